"""Messages of the analysis views: overview, question explorer, crosstab (merged into i18n.py).

Reused from elsewhere in the catalogue rather than repeated here: the question kinds
(`mapping.kind.*`), the split dimensions (`by.*`), the total (`chart.total`) and the disclosure
reasons (`reason.*`).
"""

VIEW_MESSAGES: dict[str, dict[str, str]] = {
    # Shared by the views.
    "views.no_survey": {
        "nl": "Open een enquêtebestand om de vragen te zien.",
        "en": "Open a survey file to see its questions.",
    },
    "views.split.label": {"nl": "&Splitsen naar:", "en": "&Split by:"},
    "views.split.none": {"nl": "(niet splitsen)", "en": "(no split)"},
    "views.split.tip": {
        "nl": "Toon de cijfers per groep: een kenmerk van het bedrijf of het antwoord op een andere vraag",
        "en": "Show the figures per group: a characteristic of the firm or the answer to another question",
    },
    "views.selection": {"nl": "Selectie: {filter}", "en": "Selection: {filter}"},
    "views.selection.all": {"nl": "alle bedrijven", "en": "all firms"},
    "views.count": {
        "nl": "n = {n} antwoorden · {selected} van {total} bedrijven geselecteerd",
        "en": "n = {n} answers · {selected} of {total} firms selected",
    },
    "views.count.weighted": {
        "nl": "n = {n} antwoorden (effectief {n_eff}, gewogen) · {selected} van {total} bedrijven geselecteerd",
        "en": "n = {n} answers (effective {n_eff}, weighted) · {selected} of {total} firms selected",
    },
    "views.problem": {
        "nl": "Deze vraag kan zo niet worden getoond: {reason}",
        "en": "This question cannot be shown this way: {reason}",
    },
    # Question explorer.
    "views.questions.search": {"nl": "Vragen zoeken…", "en": "Search questions…"},
    "views.questions.search.tip": {
        "nl": "Toon alleen de vragen waarvan de tekst of kolomnaam deze woorden bevat",
        "en": "Show only the questions whose text or column name contains these words",
    },
    "views.questions.count": {"nl": "{shown} van {total} vragen", "en": "{shown} of {total} questions"},
    "views.questions.options": {"nl": "{kind} · {count} opties", "en": "{kind} · {count} options"},
    "views.questions.choose": {"nl": "Kies links een vraag.", "en": "Choose a question on the left."},
    "views.questions.text": {
        "nl": "Open antwoorden: {answered} van de {selected} geselecteerde bedrijven vulden deze vraag in. "
              "Open antwoorden krijgen geen grafiek; lees ze in het tabblad Gegevens.",
        "en": "Open answers: {answered} of the {selected} selected firms answered this question. "
              "Open answers get no chart; read them in the Data tab.",
    },
    "views.questions.tip": {
        "nl": "{label}\nKolom: {column}\nSoort: {kind}",
        "en": "{label}\nColumn: {column}\nKind: {kind}",
    },
    # Overview.
    "views.overview.title": {"nl": "Reshoring in één oogopslag", "en": "Reshoring at a glance"},
    "views.overview.question": {"nl": "&Vraag:", "en": "&Question:"},
    "views.overview.open": {"nl": "&Openen in de vragenverkenner", "en": "&Open in question explorer"},
    "views.overview.open.tip": {
        "nl": "Deze vraag bekijken in het tabblad Vragen, met een vrije keuze om uit te splitsen",
        "en": "Look at this question in the Questions tab, with a free choice of split",
    },
    "views.overview.by_size": {"nl": "Naar grootteklasse", "en": "By size class"},
    "views.overview.by_tech": {"nl": "Naar technologieklasse", "en": "By technology class"},
    "views.overview.total": {"nl": "Alle geselecteerde bedrijven", "en": "All selected firms"},
    "views.overview.share": {
        "nl": "{option}: {share} (95%-interval {low}–{high})",
        "en": "{option}: {share} (95% interval {low}–{high})",
    },
    "views.overview.fallback": {
        "nl": "Geen vraag over het verplaatsen van productie (reshoring, nearshoring, offshoring) gevonden; "
              "getoond wordt de eerste keuzevraag.",
        "en": "No question about relocating production (reshoring, nearshoring, offshoring) was found; "
              "the first choice question is shown instead.",
    },
    "views.overview.none": {
        "nl": "Deze enquête heeft geen ja/nee- of keuzevraag om samen te vatten.",
        "en": "This survey has no yes/no or choice question to summarise.",
    },
    "views.overview.no_dimensions": {
        "nl": "De enquête heeft geen grootte- of technologieklasse; getoond wordt het totaal.",
        "en": "The survey has no size or technology class; the total is shown.",
    },
    # Crosstab.
    "views.crosstab.question": {"nl": "&Vraag:", "en": "&Question:"},
    "views.crosstab.none": {
        "nl": "Deze enquête heeft geen vraag met antwoordopties of getallen om in een tabel te zetten.",
        "en": "This survey has no question with answer options or numbers to put in a table.",
    },
    "views.crosstab.group": {"nl": "Groep", "en": "Group"},
    "views.crosstab.n": {"nl": "n", "en": "n"},
    "views.crosstab.n_eff": {"nl": "n effectief", "en": "n effective"},
    "views.crosstab.mean": {"nl": "Gemiddelde", "en": "Mean"},
    "views.crosstab.median": {"nl": "Mediaan", "en": "Median"},
    "views.crosstab.q1": {"nl": "1e kwartiel", "en": "1st quartile"},
    "views.crosstab.q3": {"nl": "3e kwartiel", "en": "3rd quartile"},
    "views.crosstab.tip.share": {
        "nl": "{group} · {option}\n{share}: {count} van {n} respondenten\n95%-interval (Wilson): {low} – {high}",
        "en": "{group} · {option}\n{share}: {count} of {n} respondents\n95% interval (Wilson): {low} – {high}",
    },
    "views.crosstab.tip.weighted": {
        "nl": "Gewogen; effectief aantal respondenten {n_eff}.",
        "en": "Weighted; effective number of respondents {n_eff}.",
    },
    "views.crosstab.tip.small": {
        "nl": "Kleine groep: minder dan {min_n} antwoorden. Te weinig om buiten de app te tonen.",
        "en": "Small group: fewer than {min_n} answers. Too few to show outside the app.",
    },
    "views.crosstab.tip.withheld": {
        "nl": "Bij exporteren en kopiëren vervangen door c: {reason}",
        "en": "Replaced by c when exported or copied: {reason}",
    },
    "views.crosstab.legend": {
        "nl": "Rijpercentages met 95%-interval (Wilson). Grijs: groep met minder dan {min_n} antwoorden. "
              "Rood hoekje: cijfer dat bij exporteren en kopiëren als c wordt weggelaten.",
        "en": "Row percentages with their 95% interval (Wilson). Grey: group with fewer than {min_n} answers. "
              "Red corner: figure left out as c when exported or copied.",
    },
    "views.crosstab.legend.numeric": {
        "nl": "Gemiddelde, standaardafwijking, mediaan en kwartielen per groep. Grijs: groep met minder dan {min_n} "
              "antwoorden. "
              "Rood hoekje: cijfer dat bij exporteren en kopiëren als c wordt weggelaten.",
        "en": "Mean, standard deviation, median and quartiles per group. Grey: group with fewer than {min_n} answers. "
              "Red corner: figure left out as c when exported or copied.",
    },
    "views.crosstab.legend.multi": {
        "nl": "Meerdere antwoorden mogelijk: een rij telt niet op tot 100%.",
        "en": "Several answers possible: a row does not add up to 100%.",
    },
    "views.crosstab.copy": {"nl": "&Kopiëren", "en": "&Copy"},
    "views.crosstab.copy_headers": {"nl": "Kopiëren met &kolomkoppen", "en": "Copy with &headers"},
    "views.crosstab.select_all": {"nl": "&Alles selecteren", "en": "Select &all"},
}
