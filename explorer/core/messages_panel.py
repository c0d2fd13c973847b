"""Messages about repeated surveys: answers, firms and rounds told apart (merged into i18n.py)."""

PANEL_MESSAGES: dict[str, dict[str, str]] = {
    "panel.answers.one": {"nl": "{n} antwoord", "en": "{n} answer"},
    "panel.answers.other": {"nl": "{n} antwoorden", "en": "{n} answers"},
    "panel.firms.one": {"nl": "{n} bedrijf", "en": "{n} firm"},
    "panel.firms.other": {"nl": "{n} bedrijven", "en": "{n} firms"},
    "panel.rounds.one": {"nl": "{n} ronde", "en": "{n} round"},
    "panel.rounds.other": {"nl": "{n} rondes", "en": "{n} rounds"},
    # "385 antwoorden van 240 bedrijven in 3 rondes"
    "panel.sentence": {"nl": "{answers} van {firms} in {rounds}", "en": "{answers} from {firms} in {rounds}"},
    "panel.sentence.no_ids": {"nl": "{answers} in {rounds}", "en": "{answers} in {rounds}"},
    # "120 van 385 antwoorden · 80 van 240 bedrijven · 2 van 3 rondes"
    "panel.selected.part": {"nl": "{selected} van {total}", "en": "{selected} of {total}"},
    "panel.selected.join": {"nl": " · ", "en": " · "},
    "filters.count.tip.round": {
        "nl": "{count} bedrijven antwoordden in deze ronde en voldoen aan de andere filters",
        "en": "{count} firms answered in this round and pass the other filters",
    },
    "benchmark.firm.rounds": {"nl": " (antwoordde in {rounds})", "en": " (answered in {rounds})"},
    "panel.round.count": {
        "nl": "{round}: {answers} van {firms}",
        "en": "{round}: {answers} from {firms}",
    },
    # Counts under a figure of a survey asked in rounds.
    "views.count.rounds": {
        "nl": "n = {n} antwoorden · geselecteerd: {selection}",
        "en": "n = {n} answers · selected: {selection}",
    },
    "views.count.rounds.weighted": {
        "nl": "n = {n} antwoorden (effectief {n_eff}, gewogen) · geselecteerd: {selection}",
        "en": "n = {n} answers (effective {n_eff}, weighted) · selected: {selection}",
    },
    "chart.n.total.rounds": {"nl": "n = {n} · geselecteerd: {selection}", "en": "n = {n} · selected: {selection}"},
    "chart.n_eff.total.rounds": {
        "nl": "n = {n} (effectief {n_eff}) · geselecteerd: {selection}, gewogen",
        "en": "n = {n} (effective {n_eff}) · selected: {selection}, weighted",
    },
    # The Trend view and its chart.
    "tab.trend": {"nl": "Trend", "en": "Trend"},
    "placeholder.trend": {
        "nl": "Hier komt de verandering tussen de rondes van een herhaalde enquête.",
        "en": "The change between the rounds of a repeated survey will appear here.",
    },
    "trend.question": {"nl": "&Vraag:", "en": "&Question:"},
    "trend.no_rounds": {
        "nl": "Deze enquête heeft geen kolom met de ronde (bevraging, golf, kwartaal). Duid ze aan via "
              "Enquête ▸ Kolommen en vragen om de verandering tussen rondes te zien.",
        "en": "This survey has no column with the round (wave, survey round, quarter). Mark it in "
              "Survey ▸ Columns and questions to see the change between rounds.",
    },
    "trend.one_round": {
        "nl": "Deze vraag is in de selectie maar in één ronde beantwoord; er is geen verandering te tonen.",
        "en": "In the selection this question was answered in one round only; there is no change to show.",
    },
    "trend.numeric": {
        "nl": "Getallen krijgen hier geen trendlijn; de Kruistabel toont ze per ronde (splitsen naar bevraging).",
        "en": "Numbers get no trend line here; the Crosstab shows them per round (split by survey round).",
    },
    "trend.tooltip": {
        "nl": "{round} · {option}: {share} (95%-interval {low} – {high}), n = {n}",
        "en": "{round} · {option}: {share} (95% interval {low} – {high}), n = {n}",
    },
    "trend.note.stars.mcnemar": {
        "nl": "* verandering significant bij 5 % (McNemar-toets op de bedrijven die beide rondes antwoordden)",
        "en": "* change significant at 5 % (McNemar's test on the firms that answered both rounds)",
    },
    "trend.note.stars.two": {
        "nl": "* verandering significant bij 5 % (toets op twee proporties: andere bedrijven per ronde)",
        "en": "* change significant at 5 % (two-proportion test: different firms in each round)",
    },
    "trend.note.stars.mixed": {
        "nl": "* verandering significant bij 5 % (McNemar-toets waar bedrijven beide rondes antwoordden, "
              "anders toets op twee proporties)",
        "en": "* change significant at 5 % (McNemar's test where firms answered both rounds, "
              "otherwise a two-proportion test)",
    },
    "trend.note.none": {
        "nl": "Geen verandering tussen opeenvolgende rondes is significant bij 5 %",
        "en": "No change between consecutive rounds is significant at 5 %",
    },
    "trend.note.first_last": {
        "nl": "{option}: {first} → {second} significant bij 5 %",
        "en": "{option}: {first} → {second} significant at 5 %",
    },
    # The table of changes under the chart.
    "trend.table.change": {"nl": "Verandering", "en": "Change"},
    "trend.table.option": {"nl": "Antwoord", "en": "Answer"},
    "trend.table.shares": {"nl": "Aandeel", "en": "Share"},
    "trend.table.test": {"nl": "Toets", "en": "Test"},
    "trend.table.firms": {"nl": "Bedrijven", "en": "Firms"},
    "trend.table.p": {"nl": "p-waarde", "en": "p-value"},
    "trend.test.mcnemar": {"nl": "McNemar", "en": "McNemar"},
    "trend.test.mcnemar.exact": {"nl": "McNemar (exact)", "en": "McNemar (exact)"},
    "trend.test.two-proportion": {"nl": "Twee proporties", "en": "Two proportions"},
    "trend.test.none": {"nl": "niet getoetst", "en": "not tested"},
    "trend.firms.mcnemar": {"nl": "{n} in beide rondes", "en": "{n} in both rounds"},
    "trend.firms.two-proportion": {"nl": "{n} antwoorden", "en": "{n} answers"},
    "trend.significant": {"nl": "significant", "en": "significant"},
    "trend.table.legend": {
        "nl": "Per antwoord: elke verandering tussen opeenvolgende rondes en tussen de eerste en de laatste. "
              "McNemar telt de bedrijven die in beide rondes antwoordden; twee proporties vergelijkt de rondes "
              "als aparte steekproeven. * = significant bij 5 %.",
        "en": "Per answer: each change between consecutive rounds and between the first and the last. "
              "McNemar counts the firms that answered both rounds; two proportions compares the rounds as "
              "separate samples. * = significant at 5 %.",
    },
}
