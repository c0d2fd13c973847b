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
    "panel.round.count": {
        "nl": "{round}: {answers} van {firms}",
        "en": "{round}: {answers} from {firms}",
    },
}
