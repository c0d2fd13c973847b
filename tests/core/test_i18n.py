"""The message catalogue is complete: both languages, non-empty, the same placeholders."""

from __future__ import annotations

import string

import pytest

from explorer.core.i18n import LANGUAGES, MESSAGES, language_for_locale, normalise_language, tr, tr_count


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key):
    texts = MESSAGES[key]
    assert set(texts) == set(LANGUAGES)
    assert all(texts[lang].strip() for lang in LANGUAGES)
    assert placeholders(texts["nl"]) == placeholders(texts["en"])


def test_plural_messages_come_in_pairs():
    stems = {key.rsplit(".", 1)[0] for key in MESSAGES if key.endswith((".one", ".other"))}
    for stem in stems:
        assert f"{stem}.one" in MESSAGES and f"{stem}.other" in MESSAGES


def test_tr_fills_placeholders_and_falls_back_to_english():
    assert tr("status.selection", "nl", selected="3", total="10") == "3 van 10 bedrijven geselecteerd"
    assert tr("status.selection", "de", selected="3", total="10") == "3 of 10 firms selected"
    assert tr_count("warnings.bar", "nl", 1, file="a.csv") == "Bij het openen van a.csv viel 1 ding op."
    assert tr_count("warnings.bar", "en", 2, file="a.csv") == "Opening a.csv raised 2 notes."
    with pytest.raises(KeyError):
        tr("status.selection", "nl", selected="3")


@pytest.mark.parametrize(("locale", "lang"), [("nl_NL", "nl"), ("nl_BE", "nl"), ("nl", "nl"), ("nl-BE", "nl"),
                                              ("en_GB", "en"), ("fr_BE", "en"), ("C", "en"), ("", "en")])
def test_language_for_locale(locale, lang):
    assert language_for_locale(locale) == lang


def test_normalise_language():
    assert normalise_language(" NL ") == "nl"
    assert normalise_language("de") is None and normalise_language(None) is None
