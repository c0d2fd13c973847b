"""Which language the window speaks, and Qt's own translations for its standard dialogs.

Our strings come from explorer.core.i18n; Qt's (dialog buttons, file dialogs, context menus)
come from the `qtbase_<lang>.qm` files shipped with PySide6, installed as a QTranslator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from explorer.core.i18n import language_for_locale, normalise_language

# Keeps the installed translators alive (Qt does not own them) and lets a switch remove them.
_installed: list[QTranslator] = []

_QT_LOCALES = {"nl": "nl_NL", "en": "en_GB"}

# Strings Qt 6.11 changed (they gained a mnemonic) that its shipped qtbase_nl.qm does not yet
# know; found by looking at the Dutch file dialog. Extend when a screenshot shows another one.
_QT_GAPS = {
    "nl": {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestands&type:",
    },
}


class _GapTranslator(QTranslator):
    """Fills the few holes in Qt's own catalogue for one language."""

    def __init__(self, texts: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self._texts = texts

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None becomes a null QString: "not mine, ask the next translator" ("" would stop the search).
        return self._texts.get((context, source))

    def isEmpty(self) -> bool:
        return False


def system_language() -> str:
    return language_for_locale(QLocale.system().name())


def choose_language(requested: str | None, preferred: str) -> str:
    """The command line's choice, else the saved preference, else the system's language."""
    return normalise_language(requested) or normalise_language(preferred) or system_language()


def apply_qt_language(lang: str) -> bool:
    """Install Qt's own translations for `lang` (none needed for English); True if found."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    # Numbers and dates in Qt widgets follow the window's language, not only the system's.
    system = QLocale.system()
    if language_for_locale(system.name()) == lang:
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(_QT_LOCALES.get(lang, "en_GB")))
    if lang == "en" or app is None:
        return lang == "en"
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{lang}", folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    if lang in _QT_GAPS:
        gaps = _GapTranslator(_QT_GAPS[lang])
        app.installTranslator(gaps)  # installed last, so asked first
        _installed.append(gaps)
    return True
