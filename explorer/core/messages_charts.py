"""Messages of the charts and their exports (merged into the one catalogue in i18n.py)."""

CHART_MESSAGES: dict[str, dict[str, str]] = {
    "chart.total": {"nl": "Totaal", "en": "Total"},
    "chart.full_scale": {"nl": "0–100%", "en": "0–100%"},
    "chart.full_scale.tip": {
        "nl": "De hele schaal van 0 tot 100% tonen in plaats van een as die bij de cijfers past",
        "en": "Show the whole scale from 0 to 100% instead of an axis that fits the figures",
    },
    "chart.axis.share": {"nl": "Aandeel van de respondenten", "en": "Share of respondents"},
    "chart.axis.ticked": {"nl": "Aandeel dat deze optie aankruiste", "en": "Share who ticked this option"},
    "chart.axis.option": {"nl": "Aandeel ‘{option}’", "en": "Share ‘{option}’"},
    "chart.axis.likert": {"nl": "← {negative}      {positive} →", "en": "← {negative}      {positive} →"},
    "chart.axis.bins": {"nl": "Aandeel van de respondenten per klasse", "en": "Share of respondents per bin"},
    "chart.axis.value": {"nl": "Waarde", "en": "Value"},
    "chart.n": {"nl": "n = {n}", "en": "n = {n}"},
    "chart.n_eff": {"nl": "n = {n}, effectief {n_eff}", "en": "n = {n}, effective {n_eff}"},
    "chart.n.tiny": {"nl": "n < {min_n}", "en": "n < {min_n}"},
    "chart.n.none": {"nl": "geen antwoorden", "en": "no answers"},
    "chart.n.total": {
        "nl": "n = {n} van {selected} geselecteerde bedrijven",
        "en": "n = {n} of {selected} selected firms",
    },
    "chart.n_eff.total": {
        "nl": "n = {n} (effectief {n_eff}) van {selected} geselecteerde bedrijven, gewogen",
        "en": "n = {n} (effective {n_eff}) of {selected} selected firms, weighted",
    },
    "chart.note.interval": {
        "nl": "Streepjes: 95%-betrouwbaarheidsinterval (Wilson).",
        "en": "Whiskers: 95% confidence interval (Wilson).",
    },
    "chart.note.small": {
        "nl": "Gearceerd: kleine groep (n < {small_n}), voorzichtig interpreteren.",
        "en": "Hatched: small group (n < {small_n}), interpret with care.",
    },
    "chart.note.tiny": {
        "nl": "Grijs: minder dan {min_n} antwoorden, te weinig om te delen.",
        "en": "Grey: fewer than {min_n} answers, too few to share.",
    },
    "chart.note.multi": {
        "nl": "Meerdere antwoorden mogelijk; aandelen tellen niet op tot 100%.",
        "en": "Several answers possible; shares do not add up to 100%.",
    },
    "chart.note.sorted": {"nl": "Gesorteerd op het totaal.", "en": "Sorted by the total."},
    "chart.note.dont_know": {
        "nl": "Niet meegeteld: {answers}.",
        "en": "Not counted: {answers}.",
    },
    "chart.note.more_groups": {
        "nl": "De {shown} grootste van {count} groepen getoond; niet getoond: {hidden}.",
        "en": "The {shown} largest of {count} groups shown; not shown: {hidden}.",
    },
    "chart.note.stacked": {
        "nl": "Te veel groepen voor naast elkaar geplaatste staven: per groep de verdeling over de antwoorden.",
        "en": "Too many groups for side-by-side bars: each group's answers as one stacked bar.",
    },
    "chart.note.box": {
        "nl": "Doos: eerste kwartiel, mediaan (streep) en derde kwartiel.",
        "en": "Box: first quartile, median (line) and third quartile.",
    },
    "chart.note.no_histogram": {
        "nl": "Geen verdeling beschikbaar.",
        "en": "No distribution available.",
    },
    "chart.empty": {"nl": "Geen antwoorden voor deze selectie.", "en": "No answers for this selection."},
    "chart.no_chart": {
        "nl": "Deze vraag heeft open antwoorden; daar hoort geen grafiek bij.",
        "en": "This question has open answers; there is no chart for it.",
    },
    "chart.nothing": {"nl": "Kies een vraag om de grafiek te zien.", "en": "Choose a question to see its chart."},
    "tip.share": {"nl": "{option}: {share}", "en": "{option}: {share}"},
    "tip.interval": {"nl": "95%-interval: {low} – {high}", "en": "95% interval: {low} – {high}"},
    "tip.count": {"nl": "{count} van {n} respondenten", "en": "{count} of {n} respondents"},
    "tip.small": {
        "nl": "Kleine groep (n < {small_n}): voorzichtig interpreteren.",
        "en": "Small group (n < {small_n}): interpret with care.",
    },
    "tip.tiny": {
        "nl": "Minder dan {min_n} antwoorden: niet geschikt om te delen.",
        "en": "Fewer than {min_n} answers: not fit to share.",
    },
    "tip.suppressed": {
        "nl": "Niet getoond (c); de reden staat onder de grafiek.",
        "en": "Not shown (c); the reason is given under the chart.",
    },
    "tip.bin": {"nl": "{low} tot {high}: {share}", "en": "{low} to {high}: {share}"},
    "tip.quartiles": {
        "nl": "Q1 {q1} · mediaan {median} · Q3 {q3}",
        "en": "Q1 {q1} · median {median} · Q3 {q3}",
    },
    "tip.mean": {"nl": "Gemiddelde {mean}", "en": "Mean {mean}"},
    # Export captions.
    "export.question": {"nl": "Vraag: {question}", "en": "Question: {question}"},
    "export.filter": {"nl": "Selectie: {filter}", "en": "Selection: {filter}"},
    "export.filter.all": {"nl": "alle bedrijven", "en": "all firms"},
    "export.split": {"nl": "Uitgesplitst naar: {by}", "en": "Split by: {by}"},
    "export.made": {
        "nl": "Survey Explorer, {date}. Kleine groepen en herleidbare cijfers zijn vervangen door c.",
        "en": "Survey Explorer, {date}. Small groups and traceable figures are replaced by c.",
    },
    "export.suppressed": {"nl": "c: {reason}", "en": "c: {reason}"},
    "export.refused.total": {
        "nl": "Te weinig bedrijven in deze selectie om de grafiek te delen (minder dan {min_peers}).",
        "en": "Too few firms in this selection to share the chart (fewer than {min_peers}).",
    },
    "export.refused.all": {
        "nl": "Elk cijfer in deze grafiek zou herleidbaar zijn naar afzonderlijke bedrijven; er valt niets te delen.",
        "en": "Every figure in this chart could be traced to individual firms; there is nothing to share.",
    },
    "export.refused.kind": {
        "nl": "Van open antwoorden wordt geen grafiek gemaakt.",
        "en": "Open answers are not exported as a chart.",
    },
    "export.failed": {
        "nl": "{file} kon niet worden opgeslagen: {error}",
        "en": "{file} could not be saved: {error}",
    },
    "export.no_clipboard": {
        "nl": "Het klembord is niet beschikbaar.",
        "en": "The clipboard is not available.",
    },
    "by.size": {"nl": "grootteklasse", "en": "size class"},
    "by.tech": {"nl": "technologieklasse", "en": "technology class"},
    "by.sector": {"nl": "sector (NACE-afdeling)", "en": "sector (NACE division)"},
    "by.section": {"nl": "sector (NACE-sectie)", "en": "sector (NACE section)"},
    "by.region": {"nl": "regio", "en": "region"},
    "by.wave": {"nl": "bevraging", "en": "survey round"},
    # Disclosure reasons (explorer.core.disclosure.REASON_TEXTS), translated.
    "reason.too_few_peers": {
        "nl": "minder dan {min_peers} bedrijven.",
        "en": "fewer than {min_peers} firms.",
    },
    "reason.no_data": {"nl": "geen antwoorden.", "en": "no answers."},
    "reason.p_percent": {
        "nl": "het bedrag van één bedrijf zou te nauwkeurig te schatten zijn.",
        "en": "one firm's amount could be estimated too closely.",
    },
    "reason.dominance": {
        "nl": "twee bedrijven maken het grootste deel van het totaal uit.",
        "en": "two firms make up most of the total.",
    },
    "reason.quartiles_need_10": {
        "nl": "kwartielen pas vanaf {min_firms} bedrijven.",
        "en": "quartiles need at least {min_firms} firms.",
    },
    "reason.all_or_all_but_one": {
        "nl": "(bijna) alle bedrijven gaven hetzelfde antwoord.",
        "en": "(nearly) all firms gave the same answer.",
    },
    "reason.effective_n": {
        "nl": "door de weging telt de groep effectief minder dan {min_peers} bedrijven.",
        "en": "the weights leave an effective number of firms below {min_peers}.",
    },
    "reason.one_firm_weight": {
        "nl": "één bedrijf draagt meer dan {share} % van het gewicht.",
        "en": "one firm carries more than {share}% of the weight.",
    },
    "reason.quartile_is_a_value": {
        "nl": "een kwartiel zou gelijk zijn aan het antwoord van één bedrijf.",
        "en": "a quartile would equal one firm's answer.",
    },
    "reason.secondary": {
        "nl": "verborgen zodat een ander verborgen cijfer niet terug te rekenen is.",
        "en": "hidden so that another hidden figure cannot be worked out.",
    },
    "reason.differencing": {
        "nl": "verschilt met minder dan {threshold} bedrijven van een andere groep.",
        "en": "differs from another group by fewer than {threshold} firms.",
    },
}
