"""The one message catalogue: every visible string of the window, in Dutch and English.

Deliberately small (napari removed a gettext layer that nobody maintained): a dictionary of
keys to `{"nl": ..., "en": ...}` with `{placeholders}`, and `tr()`. tests/core/test_i18n.py
checks that every message has both languages with the same placeholders.

Keys that end in `.one` / `.other` are the singular and plural of one message; `tr_count`
picks between them (Dutch and English share that rule).
"""

from __future__ import annotations

LANGUAGES = ("nl", "en")
FALLBACK_LANGUAGE = "en"

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
"""Each language named in itself, so a user who cannot read the current one still finds theirs."""

MESSAGES: dict[str, dict[str, str]] = {
    # Window and menus. `&` marks the keyboard mnemonic; letters are unique within each menu.
    "app.name": {"nl": "Survey Explorer", "en": "Survey Explorer"},
    "window.title.file": {"nl": "{file} — Survey Explorer", "en": "{file} — Survey Explorer"},
    "menu.file": {"nl": "&Bestand", "en": "&File"},
    "menu.survey": {"nl": "&Enquête", "en": "&Survey"},
    "menu.view": {"nl": "Beel&d", "en": "&View"},
    "menu.language": {"nl": "&Taal", "en": "&Language"},
    "menu.help": {"nl": "&Help", "en": "&Help"},
    "menu.recent": {"nl": "&Recent geopend", "en": "Open &recent"},
    "menu.export": {"nl": "&Exporteren", "en": "&Export"},
    "action.open": {"nl": "&Openen…", "en": "&Open…"},
    "action.open.tip": {
        "nl": "Een enquêtebestand openen (Excel, CSV, ODS of SPSS)",
        "en": "Open a survey file (Excel, CSV, ODS or SPSS)",
    },
    "action.open_sample": {"nl": "&Voorbeeldenquête openen", "en": "Open sa&mple survey"},
    "action.save_session": {"nl": "Sessie op&slaan…", "en": "&Save session…"},
    "action.open_session": {"nl": "Sessie o&penen…", "en": "Open sess&ion…"},
    "action.quit": {"nl": "&Afsluiten", "en": "&Quit"},
    "action.recent.empty": {"nl": "(geen recente bestanden)", "en": "(no recent files)"},
    "action.recent.clear": {"nl": "Lijst &wissen", "en": "&Clear list"},
    "action.export.chart": {"nl": "&Grafiek…", "en": "&Chart…"},
    "action.export.table": {"nl": "&Tabel…", "en": "&Table…"},
    "action.export.data": {"nl": "Ge&filterde gegevens…", "en": "Filtered &data…"},
    "action.mapping": {"nl": "&Kolommen en vragen…", "en": "&Columns and questions…"},
    "action.weighted": {"nl": "&Gewogen cijfers", "en": "&Weighted figures"},
    "action.about": {"nl": "&Over Survey Explorer", "en": "&About Survey Explorer"},
    "toolbar.main": {"nl": "Werkbalk", "en": "Toolbar"},
    # Central area. The placeholders mark where the survey views plug in.
    "tab.overview": {"nl": "Overzicht", "en": "Overview"},
    "tab.questions": {"nl": "Vragen", "en": "Questions"},
    "tab.crosstab": {"nl": "Kruistabel", "en": "Crosstab"},
    "tab.benchmark": {"nl": "Benchmark", "en": "Benchmark"},
    "tab.data": {"nl": "Gegevens", "en": "Data"},
    "placeholder.overview": {
        "nl": "Hier komt het overzicht van de reshoringvragen, per grootteklasse en per technologieklasse.",
        "en": "The overview of the reshoring questions, by size class and by technology class, will appear here.",
    },
    "placeholder.questions": {
        "nl": "Hier komt elke vraag als grafiek, met 95 %-intervallen en een keuze om uit te splitsen.",
        "en": "Each question will appear here as a chart, with 95 % intervals and a choice to split by.",
    },
    "placeholder.crosstab": {
        "nl": "Hier komt de kruistabel met rijpercentages, n en intervallen.",
        "en": "The crosstab with row percentages, n and intervals will appear here.",
    },
    "placeholder.benchmark": {
        "nl": "Hier komt de benchmark van één bedrijf tegenover vergelijkbare bedrijven.",
        "en": "The benchmark of one firm against its peers will appear here.",
    },
    "placeholder.filters": {
        "nl": "Hier komen de filters op sector, grootteklasse en technologieklasse.",
        "en": "Filters on sector, size class and technology class will appear here.",
    },
    "dock.filters": {"nl": "Filters", "en": "Filters"},
    "data.empty": {
        "nl": "Open een enquêtebestand via Bestand ▸ Openen, of sleep het naar dit venster.",
        "en": "Open a survey file with File ▸ Open, or drag it onto this window.",
    },
    "header.tip.column": {"nl": "Kolom: {name}", "en": "Column: {name}"},
    "header.tip.question": {"nl": "Vraag: {question}", "en": "Question: {question}"},
    "header.tip.option": {"nl": "Antwoordoptie: {option}", "en": "Answer option: {option}"},
    "header.tip.answered": {"nl": "Ingevuld: {answered} van {rows}", "en": "Answered: {answered} of {rows}"},
    "header.tip.metadata": {
        "nl": "Gegevens van het enquêteprogramma, geen vraag",
        "en": "Data from the survey tool, not a question",
    },
    # Status bar.
    "status.no_file": {"nl": "Geen bestand geopend", "en": "No file open"},
    "status.selection": {
        "nl": "{selected} van {total} bedrijven geselecteerd",
        "en": "{selected} of {total} firms selected",
    },
    "status.weights.on": {"nl": "Gewogen", "en": "Weighted"},
    "status.weights.off": {"nl": "Ongewogen", "en": "Unweighted"},
    "status.weights.tip": {
        "nl": "Of de cijfers met de gewichtskolom van het bestand zijn gewogen",
        "en": "Whether the figures are weighted with the file's weight column",
    },
    "status.loading": {"nl": "{file} laden…", "en": "Loading {file}…"},
    "status.loaded": {
        "nl": "Geopend: {rows} rijen, {columns} kolommen",
        "en": "Opened: {rows} rows, {columns} columns",
    },
    "status.cancelled": {"nl": "Laden van {file} geannuleerd", "en": "Loading {file} cancelled"},
    "status.refused": {"nl": "{file} niet geopend", "en": "{file} not opened"},
    "progress.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "progress.cancel.tip": {"nl": "Het laden stoppen", "en": "Stop loading"},
    "progress.hashing": {"nl": "Bestand controleren", "en": "Checking the file"},
    "progress.reading": {"nl": "Lezen", "en": "Reading"},
    "progress.typing": {"nl": "Kolommen herkennen", "en": "Recognising columns"},
    "progress.done": {"nl": "Klaar", "en": "Done"},
    "progress.working": {"nl": "Bezig", "en": "Working"},
    # Warnings from reading a file (the warnings themselves come from core, in English).
    "warnings.bar.one": {
        "nl": "Bij het openen van {file} viel 1 ding op.",
        "en": "Opening {file} raised 1 note.",
    },
    "warnings.bar.other": {
        "nl": "Bij het openen van {file} vielen {count} dingen op.",
        "en": "Opening {file} raised {count} notes.",
    },
    "warnings.show": {"nl": "Toon details", "en": "Show details"},
    "warnings.hide.tip": {"nl": "Deze melding verbergen", "en": "Hide this note"},
    "warnings.dialog.title": {"nl": "Meldingen bij het openen", "en": "Notes from opening the file"},
    "warnings.dialog.text": {
        "nl": "{file} is geopend, maar let op het volgende:",
        "en": "{file} was opened, but note the following:",
    },
    # Dialogs.
    "dialog.open.title": {"nl": "Enquêtebestand openen", "en": "Open survey file"},
    "dialog.open.filter.surveys": {"nl": "Enquêtebestanden ({patterns})", "en": "Survey files ({patterns})"},
    "dialog.open.filter.all": {"nl": "Alle bestanden (*)", "en": "All files (*)"},
    "dialog.sheet.title": {"nl": "Werkblad kiezen", "en": "Choose a sheet"},
    "dialog.sheet.text": {
        "nl": "{file} heeft meerdere werkbladen met gegevens. Welk werkblad bevat de antwoorden?",
        "en": "{file} has several sheets with data. Which sheet holds the answers?",
    },
    "dialog.refused.title": {"nl": "Bestand niet geopend", "en": "File not opened"},
    "dialog.refused.text": {
        "nl": "{file} kon niet worden geopend.\n\nReden: {reason}",
        "en": "{file} could not be opened.\n\nReason: {reason}",
    },
    "dialog.missing.text": {
        "nl": "{file} staat niet meer op deze plek; het is uit de lijst met recente bestanden gehaald.",
        "en": "{file} is no longer in this place; it was removed from the list of recent files.",
    },
    "dialog.bug.title": {"nl": "Interne fout", "en": "Internal error"},
    "dialog.bug.text": {
        "nl": "Bij het openen van {file} ging iets mis in Survey Explorer zelf. Meld dit alstublieft, "
              "met deze gegevens:\n\n{detail}",
        "en": "Something went wrong inside Survey Explorer while opening {file}. Please report this, "
              "with these details:\n\n{detail}",
    },
    "dialog.about.title": {"nl": "Over Survey Explorer", "en": "About Survey Explorer"},
    "dialog.about.text": {
        "nl": "Survey Explorer {version}\n\nVerken enquêtes onder maakbedrijven: plannen om productie terug "
              "te halen, dichterbij te brengen of te verplaatsen, per sector, grootteklasse en "
              "technologieklasse, met eerlijke onzekerheidsmarges.\n\nAlles blijft op deze computer.",
        "en": "Survey Explorer {version}\n\nExplore surveys of manufacturing firms: plans to reshore, nearshore "
              "or offshore production, by sector, size class and technology class, with honest margins of "
              "uncertainty.\n\nEverything stays on this computer.",
    },
}


def tr(key: str, lang: str, **params: object) -> str:
    """The message `key` in `lang` (English if the language is unknown), placeholders filled in."""
    texts = MESSAGES[key]
    text = texts.get(lang) or texts[FALLBACK_LANGUAGE]
    return text.format(**params)


def tr_count(key: str, lang: str, count: int, **params: object) -> str:
    """`tr` for a message with a singular (`key.one`) and a plural (`key.other`) form."""
    form = "one" if count == 1 else "other"
    return tr(f"{key}.{form}", lang, count=count, **params)


def has_message(key: str) -> bool:
    return key in MESSAGES


def language_for_locale(locale_name: str) -> str:
    """Dutch for a Dutch or Flemish system (`nl_NL`, `nl_BE`, `nl`), English for anything else."""
    return "nl" if locale_name.replace("-", "_").lower().split("_")[0] == "nl" else "en"


def normalise_language(value: object) -> str | None:
    """`nl`/`en` for a known language code, None for anything else (so callers fall back)."""
    if isinstance(value, str) and value.strip().lower() in LANGUAGES:
        return value.strip().lower()
    return None
