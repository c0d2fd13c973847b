"""Messages of the tests between groups, grids, nets and splits (merged into i18n.py)."""

ANALYSIS_MESSAGES: dict[str, dict[str, str]] = {
    # The footnote under a crosstab (window, table export).
    "tests.letters": {
        "nl": "Letters: het aandeel is significant hoger dan dat van de groep met die letter (z-toets voor twee "
              "proporties, Fishers exacte toets waar een verwachte frequentie onder 5 ligt; Holm-correctie per "
              "antwoord; 5%).",
        "en": "Letters: the share is significantly higher than that of the group with that letter (two-proportion "
              "z-test, Fisher's exact test where an expected count is under 5; Holm correction per answer; 5%).",
    },
    "tests.letters.weighted": {
        "nl": "Letters: het gewogen aandeel is significant hoger dan dat van de groep met die letter (z-toets voor "
              "twee proporties op de effectieve n; paren met een verwachte frequentie onder 5 niet getoetst; "
              "Holm-correctie per antwoord; 5%).",
        "en": "Letters: the weighted share is significantly higher than that of the group with that letter "
              "(two-proportion z-test on the effective n; pairs with an expected count under 5 not tested; Holm "
              "correction per answer; 5%).",
    },
    "tests.names": {
        "nl": "Hoger dan: het aandeel is significant hoger dan dat van de genoemde groepen (z-toets voor twee "
              "proporties, Fishers exacte toets waar een verwachte frequentie onder 5 ligt; Holm-correctie per "
              "antwoord; 5%).",
        "en": "Higher than: the share is significantly higher than that of the groups named (two-proportion "
              "z-test, Fisher's exact test where an expected count is under 5; Holm correction per answer; 5%).",
    },
    "tests.names.weighted": {
        "nl": "Hoger dan: het gewogen aandeel is significant hoger dan dat van de genoemde groepen (z-toets voor "
              "twee proporties op de effectieve n; paren met een verwachte frequentie onder 5 niet getoetst; "
              "Holm-correctie per antwoord; 5%).",
        "en": "Higher than: the weighted share is significantly higher than that of the groups named "
              "(two-proportion z-test on the effective n; pairs with an expected count under 5 not tested; Holm "
              "correction per answer; 5%).",
    },
    "tests.table": {
        "nl": "Chikwadraattoets van de hele tabel: χ² = {statistic}, df = {df}, {p}{verdict}.",
        "en": "Chi-square test of the whole table: χ² = {statistic}, df = {df}, {p}{verdict}.",
    },
    "tests.table.weighted": {
        "nl": "Chikwadraattoets van de hele tabel op de effectieve n: χ² = {statistic}, df = {df}, {p}{verdict}.",
        "en": "Chi-square test of the whole table on the effective n: χ² = {statistic}, df = {df}, {p}{verdict}.",
    },
    "tests.options": {
        "nl": "Chikwadraattoets per antwoord: de groepen verschillen significant bij {options}.",
        "en": "Chi-square test per answer: the groups differ significantly on {options}.",
    },
    "tests.options.none": {
        "nl": "Chikwadraattoets per antwoord: bij geen enkel antwoord verschillen de groepen significant.",
        "en": "Chi-square test per answer: the groups differ significantly on no answer.",
    },
    "tests.option": {
        "nl": "Chikwadraattoets van dit antwoord tussen de groepen: χ² = {statistic}, df = {df}, {p}{verdict}.",
        "en": "Chi-square test of this answer between the groups: χ² = {statistic}, df = {df}, {p}{verdict}.",
    },
    "tests.p": {"nl": "p = {p}", "en": "p = {p}"},
    "tests.p.below": {"nl": "p < {p}", "en": "p < {p}"},
    "tests.significant": {"nl": " (significant bij 5%)", "en": " (significant at 5%)"},
    "tests.not_significant": {"nl": " (niet significant bij 5%)", "en": " (not significant at 5%)"},
    "tests.small": {
        "nl": "{cells} van {of} cellen hebben een verwachte frequentie onder 5 (kleinste {smallest}).",
        "en": "{cells} of {of} cells have an expected count under 5 (smallest {smallest}).",
    },
    "tests.small.unreliable": {
        "nl": "{cells} van {of} cellen hebben een verwachte frequentie onder 5 (kleinste {smallest}): de p-waarde "
              "is bij benadering.",
        "en": "{cells} of {of} cells have an expected count under 5 (smallest {smallest}): the p-value is "
              "approximate.",
    },
    "tests.withheld": {
        "nl": "Chikwadraattoets weggelaten: {reason}",
        "en": "Chi-square test left out: {reason}",
    },
    "tests.not_tested.one-group": {
        "nl": "Geen toetsen tussen groepen: maar één groep heeft geantwoord.",
        "en": "No tests between groups: only one group answered.",
    },
    "tests.not_tested.overlapping-groups": {
        "nl": "Geen toetsen tussen groepen: een bedrijf kan in meer dan één groep zitten.",
        "en": "No tests between groups: a firm can be in more than one group.",
    },
    "tests.not_tested.repeated-firms": {
        "nl": "Geen toetsen tussen groepen: de selectie bevat meer dan één antwoord van hetzelfde bedrijf "
              "(filter op één ronde om te toetsen; de verandering tussen rondes staat onder Trend).",
        "en": "No tests between groups: the selection holds more than one answer of the same firm (filter on "
              "one round to test; change between rounds is under Trend).",
    },
    "tests.tip.higher": {
        "nl": "Significant hoger dan: {groups}",
        "en": "Significantly higher than: {groups}",
    },
    "tests.group_letter": {"nl": "({letter}) {label}", "en": "({letter}) {label}"},
    "export.table.letters": {"nl": "Hoger dan", "en": "Higher than"},
    "reason.spread_needs_10": {
        "nl": "een standaardafwijking vraagt minstens {min_firms} bedrijven.",
        "en": "a standard deviation needs at least {min_firms} firms.",
    },
    "views.crosstab.sd": {"nl": "Standaardafwijking", "en": "Standard deviation"},
    "export.grid.statement": {"nl": "Stelling", "en": "Statement"},
    "export.grid.top": {"nl": "Top-2", "en": "Top 2"},
    "export.grid.top1": {"nl": "Top-1", "en": "Top 1"},
    "export.grid.mean": {"nl": "Gemiddelde score", "en": "Mean score"},
    "export.grid.sd": {"nl": "Standaardafwijking", "en": "Standard deviation"},
    "export.grid.note": {
        "nl": "Aandelen van wie de stelling beantwoordde. {name}: {top}. Gemiddelde score: de {points} "
              "antwoorden geteld als 1 tot {points}, van oneens naar eens.",
        "en": "Shares of those who answered the statement. {name}: {top}. Mean score: the {points} answers "
              "counted as 1 to {points}, from disagreement to agreement.",
    },
    "grid.top": {"nl": "{name} {share}", "en": "{name} {share}"},
    "grid.mean": {"nl": "gem. {mean}", "en": "mean {mean}"},
    "grid.note.top": {
        "nl": "{name}: {top}. Gemiddelde score: de {points} antwoorden geteld als 1 tot {points}.",
        "en": "{name}: {top}. Mean score: the {points} answers counted as 1 to {points}.",
    },
    "tab.grid": {"nl": "Stellingen", "en": "Statements"},
    "placeholder.grid": {
        "nl": "Hier komen de stellingen van één vraag samen, als één grafiek met hun instemming.",
        "en": "The statements of one question will appear here together, as one chart of their agreement.",
    },
    "views.grid.label": {"nl": "&Stellingen:", "en": "&Statements:"},
    "views.grid.by_agreement": {"nl": "Meest eens &bovenaan", "en": "Most agreed &first"},
    "views.grid.by_agreement.tip": {
        "nl": "De stellingen sorteren op het aandeel dat het (helemaal) eens is, en dan op de gemiddelde score",
        "en": "Sort the statements by the share that (strongly) agrees, then by the mean score",
    },
    "views.grid.none": {
        "nl": "Deze enquête heeft geen reeks stellingen op één schaal (zoals ‘helemaal oneens’ … ‘helemaal eens’).",
        "en": "This survey has no set of statements on one scale (such as ‘strongly disagree’ … ‘strongly agree’).",
    },
    "views.grid.count": {
        "nl": "{statements} stellingen · {selected} van {total} bedrijven geselecteerd",
        "en": "{statements} statements · {selected} of {total} firms selected",
    },
    "views.grid.mean.short": {"nl": "Gem. score", "en": "Mean score"},
    "views.grid.sd.short": {"nl": "St.afw.", "en": "SD"},
    "views.grid.tip.share": {"nl": "{option}: {share} (95%-interval, Wilson)", "en": "{option}: {share} (95% interval, Wilson)"},
    "views.grid.legend": {
        "nl": "Per stelling: aandelen van wie de stelling beantwoordde (95%-interval in de tip); top-2 met "
              "95%-interval (Wilson); gemiddelde score en standaardafwijking. Grijs: minder dan {min_n} antwoorden. Rood "
              "hoekje: cijfer dat bij exporteren en kopiëren als c wordt weggelaten.",
        "en": "Per statement: shares of those who answered it (95% interval in the tooltip); top 2 with its 95% "
              "interval (Wilson); mean score and standard deviation. Grey: fewer than {min_n} answers. Red corner: figure "
              "left out as c when exported or copied.",
    },
    "tip.sd": {"nl": "Standaardafwijking {sd}", "en": "Standard deviation {sd}"},
    "action.derived": {"nl": "Ge&combineerde antwoorden…", "en": "Co&mbined answers…"},
    "derived.title": {"nl": "Gecombineerde antwoorden", "en": "Combined answers"},
    "derived.intro": {
        "nl": "Maak een nieuwe vraag uit een bestaande: vink antwoorden aan om ze samen te nemen (bij een "
              "vraag met meerdere antwoorden: ja als het bedrijf er één van aanvinkte), of deel een getal in "
              "klassen in. De nieuwe vraag werkt overal als een gewone vraag en wordt in profiel en sessie bewaard.",
        "en": "Make a new question out of an existing one: tick answers to take them together (for a "
              "multi-select question: yes when the firm ticked any of them), or put a number in classes. The new "
              "question works everywhere as any other and is kept in the profile and the session.",
    },
    "derived.source": {"nl": "&Vraag:", "en": "&Question:"},
    "derived.options": {"nl": "Antwoorden:", "en": "Answers:"},
    "derived.answer": {"nl": "Samen &als:", "en": "Together &as:"},
    "derived.edges": {"nl": "&Klassengrenzen:", "en": "Class &edges:"},
    "derived.edges.placeholder": {"nl": "bijv. 10; 50; 250 — leeg: de kwartielen",
                                  "en": "e.g. 10; 50; 250 — empty: the quartiles"},
    "derived.name": {"nl": "&Naam van de nieuwe vraag:", "en": "&Name of the new question:"},
    "derived.add": {"nl": "&Toevoegen", "en": "&Add"},
    "derived.made": {"nl": "Gemaakte vragen:", "en": "Questions made:"},
    "derived.remove": {"nl": "&Verwijderen", "en": "&Remove"},
    "derived.yes": {"nl": "Ja", "en": "Yes"},
    "derived.no": {"nl": "Nee", "en": "No"},
    "derived.made.net": {"nl": "{name} — antwoorden samengenomen uit ‘{source}’",
                         "en": "{name} — answers combined from ‘{source}’"},
    "derived.made.classes": {"nl": "{name} — klassen van ‘{source}’", "en": "{name} — classes of ‘{source}’"},
    "derived.made.ticked": {"nl": "{name} — ja/nee uit ‘{source}’", "en": "{name} — yes/no from ‘{source}’"},
    "derived.problem.source": {"nl": "Kies een vraag.", "en": "Choose a question."},
    "derived.problem.name": {"nl": "Geef de nieuwe vraag een naam.", "en": "Give the new question a name."},
    "derived.problem.taken": {"nl": "Er is al een vraag of kolom ‘{name}’; kies een andere naam.",
                              "en": "There already is a question or column ‘{name}’; choose another name."},
    "derived.problem.options": {"nl": "Vink minstens één antwoord aan.", "en": "Tick at least one answer."},
    "derived.problem.answer": {"nl": "Geef de samengenomen antwoorden een naam.",
                               "en": "Give the combined answers a name."},
    "derived.problem.all": {"nl": "Laat minstens één antwoord apart: alle antwoorden samen zeggen niets.",
                            "en": "Leave at least one answer apart: all answers together say nothing."},
    "derived.problem.edges": {"nl": "Klassengrenzen zijn oplopende getallen, gescheiden door ; (bijv. 10; 50; 250).",
                              "en": "Class edges are rising numbers separated by ; (e.g. 10; 50; 250)."},
    "derived.problem.cannot": {"nl": "Deze vraag kan zo niet worden gemaakt (te weinig antwoorden voor kwartielen?).",
                               "en": "This question cannot be made this way (too few answers for quartiles?)."},
}
