"""The one message catalogue: every visible string of the window, in Dutch and English.

Deliberately small (napari removed a gettext layer that nobody maintained): a dictionary of
keys to `{"nl": ..., "en": ...}` with `{placeholders}`, and `tr()`. tests/core/test_i18n.py
checks that every message has both languages with the same placeholders.

Keys that end in `.one` / `.other` are the singular and plural of one message; `tr_count`
picks between them (Dutch and English share that rule).

The catalogue also words what the lower rooms hand up as codes: an `InputError`'s code and values
(installed into core/errors.py when this module loads, so that reading and the release register
need not import it) and a withheld figure's reason code (`reason_text`).
"""

from __future__ import annotations

from explorer.core.errors import Count, InputError, Phrase, Size, word_errors_with

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
        "nl": "Hier komt elke vraag als grafiek, met 95%-intervallen en een keuze om uit te splitsen.",
        "en": "Each question will appear here as a chart, with 95% intervals and a choice to split by.",
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
    "status.pending_roles": {"nl": "Te bevestigen: {roles}", "en": "To confirm: {roles}"},
    "status.pending_roles.tip": {
        "nl": "Survey Explorer twijfelt over deze kenmerken van het bedrijf en gebruikt ze pas als u ze "
              "bevestigt. Klik om de kolommen en vragen te openen.",
        "en": "Survey Explorer is unsure about these characteristics of the firm and uses them only once you "
              "confirm them. Click to open the columns and questions.",
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
    # Filter panel (explorer/ui/panels/filter_panel.py) and the filter line (core/survey/filter_text.py).
    "filters.all": {"nl": "Alle bedrijven", "en": "All firms"},
    "filters.part": {"nl": "{dimension}: {values}", "en": "{dimension}: {values}"},
    "filters.value.nace": {"nl": "NACE {code} {title}", "en": "NACE {code} {title}"},
    "filters.dim.sector": {"nl": "Sector", "en": "Sector"},
    "filters.dim.section": {"nl": "Sectie", "en": "Section"},
    "filters.dim.size": {"nl": "Grootte", "en": "Size"},
    "filters.dim.tech": {"nl": "Technologie", "en": "Technology"},
    "filters.dim.region": {"nl": "Regio", "en": "Region"},
    "filters.dim.wave": {"nl": "Ronde", "en": "Round"},
    "filters.group.sector": {"nl": "Sector (NACE)", "en": "Sector (NACE)"},
    "filters.group.sector.labels": {"nl": "Sector", "en": "Sector"},
    "filters.group.size": {"nl": "Grootteklasse ({scheme})", "en": "Size class ({scheme})"},
    "filters.group.tech": {"nl": "Technologieklasse", "en": "Technology class"},
    "filters.group.region": {"nl": "Regio", "en": "Region"},
    "filters.group.wave": {"nl": "Ronde", "en": "Round"},
    "filters.scheme.eu": {"nl": "EU", "en": "EU"},
    "filters.scheme.ems": {"nl": "EMS", "en": "EMS"},
    "filters.selected": {"nl": "{selected} van {total} bedrijven", "en": "{selected} of {total} firms"},
    "filters.reset": {"nl": "Filters wissen", "en": "Reset filters"},
    "filters.reset.tip": {
        "nl": "Alle filters uitzetten, zodat alle bedrijven weer meetellen",
        "en": "Turn every filter off, so that all firms count again",
    },
    "filters.add": {"nl": "+ filter toevoegen…", "en": "+ add filter…"},
    "filters.add.tip": {
        "nl": "Bedrijven ook filteren op hun antwoord op een andere vraag",
        "en": "Also filter firms by their answer to another question",
    },
    "filters.remove.tip": {"nl": "Dit filter verwijderen", "en": "Remove this filter"},
    "filters.count.tip": {
        "nl": "{count} bedrijven voldoen aan de andere filters en hebben deze waarde",
        "en": "{count} firms pass the other filters and have this value",
    },
    "filters.no_survey": {
        "nl": "Open een enquête om bedrijven te filteren op sector, grootte en technologie.",
        "en": "Open a survey to filter firms by sector, size and technology.",
    },
    "filters.none_checked.tip": {
        "nl": "Niets aangevinkt: alle waarden tellen mee",
        "en": "Nothing ticked: every value counts",
    },
    # Mapping dialog (explorer/ui/dialogs/mapping_dialog.py and explorer/ui/dialogs/mapping/).
    "mapping.title": {"nl": "Kolommen en vragen — {file}", "en": "Columns and questions — {file}"},
    "mapping.intro": {
        "nl": "Zo heeft Survey Explorer {file} begrepen. Dubbelklik op een rol of soort om die te verbeteren.",
        "en": "This is how Survey Explorer understood {file}. Double-click a role or kind to correct it.",
    },
    "mapping.intro.review": {
        "nl": "Survey Explorer twijfelt over {file}: controleer de gemarkeerde rijen. Dubbelklik op een rol of "
              "soort om die te verbeteren.",
        "en": "Survey Explorer is unsure about {file}: please check the highlighted rows. Double-click a role or "
              "kind to correct it.",
    },
    "mapping.column.name": {"nl": "Kolom", "en": "Column"},
    "mapping.column.role": {"nl": "Rol", "en": "Role"},
    "mapping.column.question": {"nl": "Vraag", "en": "Question"},
    "mapping.column.kind": {"nl": "Soort", "en": "Kind"},
    "mapping.column.confidence": {"nl": "Zekerheid", "en": "Confidence"},
    "mapping.column.samples": {"nl": "Voorbeelden", "en": "Examples"},
    "mapping.role.none": {"nl": "(geen rol)", "en": "(no role)"},
    "mapping.role.id": {"nl": "Bedrijfs-id", "en": "Firm id"},
    "mapping.role.name": {"nl": "Bedrijfsnaam", "en": "Firm name"},
    "mapping.role.sector": {"nl": "Sector", "en": "Sector"},
    "mapping.role.size": {"nl": "Grootte", "en": "Size"},
    "mapping.role.tech": {"nl": "Technologie", "en": "Technology"},
    "mapping.role.region": {"nl": "Regio", "en": "Region"},
    "mapping.role.wave": {"nl": "Ronde", "en": "Round"},
    "mapping.role.weight": {"nl": "Gewicht", "en": "Weight"},
    "mapping.kind.yesno": {"nl": "Ja/nee", "en": "Yes/no"},
    "mapping.kind.single": {"nl": "Eén keuze", "en": "Single choice"},
    "mapping.kind.multi": {"nl": "Meerdere keuzes", "en": "Multiple choice"},
    "mapping.kind.likert": {"nl": "Likertschaal", "en": "Likert scale"},
    "mapping.kind.numeric": {"nl": "Getal", "en": "Number"},
    "mapping.kind.text": {"nl": "Vrije tekst", "en": "Free text"},
    "mapping.cell.metadata": {"nl": "(enquêtetool)", "en": "(survey tool)"},
    "mapping.cell.unused": {"nl": "(niet gebruikt)", "en": "(not used)"},
    "mapping.tip.edit_role": {
        "nl": "Dubbelklik om te kiezen welk kenmerk van het bedrijf deze kolom geeft",
        "en": "Double-click to choose which characteristic of the firm this column gives",
    },
    "mapping.tip.edit_kind": {
        "nl": "Dubbelklik om de soort vraag te kiezen",
        "en": "Double-click to choose the kind of question",
    },
    "mapping.tip.header": {"nl": "Kop in het bestand: {header}", "en": "Header in the file: {header}"},
    "mapping.tip.unsure": {
        "nl": "Survey Explorer twijfelt hierover: controleer dit.",
        "en": "Survey Explorer is unsure about this: please check it.",
    },
    "mapping.panel.title": {"nl": "Geselecteerde vraag", "en": "Selected question"},
    "mapping.panel.none": {
        "nl": "Kies een rij in de tabel om de vraag te zien.",
        "en": "Pick a row in the table to see its question.",
    },
    "mapping.panel.role": {
        "nl": "Deze kolom is geen vraag maar een kenmerk van het bedrijf: {role}.",
        "en": "This column is not a question but a characteristic of the firm: {role}.",
    },
    "mapping.panel.metadata": {
        "nl": "Deze kolom bevat gegevens van het enquêteprogramma (zoals een tijdstip of respondentnummer); "
              "het is geen vraag.",
        "en": "This column holds data from the survey tool (such as a time or a respondent number); it is not "
              "a question.",
    },
    "mapping.panel.unused": {
        "nl": "Deze kolom is leeg of bevat geen antwoorden die Survey Explorer kan gebruiken.",
        "en": "This column is empty or holds no answers that Survey Explorer can use.",
    },
    "mapping.panel.kind": {"nl": "Soort: {kind}", "en": "Kind: {kind}"},
    "mapping.panel.samples": {
        "nl": "Voorbeelden uit deze kolom: {values}",
        "en": "Examples from this column: {values}",
    },
    "mapping.panel.no_samples": {"nl": "Deze kolom is leeg.", "en": "This column is empty."},
    "mapping.panel.order": {
        "nl": "Volgorde van de antwoordopties (sleep ze, of gebruik de knoppen; dubbelklik om een optie "
              "een andere naam te geven):",
        "en": "Order of the answer options (drag them, or use the buttons; double-click to rename an option):",
    },
    "mapping.panel.short_title": {"nl": "Korte titel:", "en": "Short title:"},
    "mapping.panel.short_title.hint": {
        "nl": "Zoals de vraag in grafieken, tabellen, dia's en briefings heet (leeg: de tekst uit het bestand)",
        "en": "How the question is called in charts, tables, slides and briefings (empty: the file's text)",
    },
    "mapping.panel.option.tip": {
        "nl": "In het bestand: {option}. Dubbelklik om de naam te wijzigen (leeg: terug naar de tekst uit het bestand).",
        "en": "In the file: {option}. Double-click to rename (empty: back to the file's text).",
    },
    "mapping.panel.up": {"nl": "Omhoog", "en": "Move up"},
    "mapping.panel.down": {"nl": "Omlaag", "en": "Move down"},
    "mapping.panel.no_options": {
        "nl": "Deze soort vraag heeft geen vaste antwoordopties.",
        "en": "This kind of question has no fixed answer options.",
    },
    "mapping.panel.columns": {
        "nl": "Kolommen die samen deze vraag vormen:",
        "en": "Columns that together form this question:",
    },
    "mapping.panel.other_column": {"nl": "(toelichting bij ‘anders’)", "en": "(text for ‘other’)"},
    "mapping.panel.split": {"nl": "Splitsen in losse vragen", "en": "Split into separate questions"},
    "mapping.panel.split.tip": {
        "nl": "Elke kolom van deze vraag wordt een vraag op zich",
        "en": "Each column of this question becomes a question of its own",
    },
    "mapping.group.title": {"nl": "Kolommen samenvoegen", "en": "Combine columns"},
    "mapping.group.hint": {
        "nl": "Selecteer in de tabel twee of meer kolommen met aankruisvakjes (Ctrl- of Shift-klik) om er "
              "één vraag met meerdere antwoorden van te maken.",
        "en": "Select two or more checkbox columns in the table (Ctrl- or Shift-click) to make them one "
              "multiple-choice question.",
    },
    "mapping.group.button": {"nl": "Samenvoegen tot één vraag", "en": "Group as one question"},
    "mapping.group.count.one": {"nl": "{count} kolom geselecteerd", "en": "{count} column selected"},
    "mapping.group.count.other": {"nl": "{count} kolommen geselecteerd", "en": "{count} columns selected"},
    "mapping.group.need_two": {
        "nl": "Selecteer eerst twee of meer kolommen.",
        "en": "Select two or more columns first.",
    },
    "mapping.group.has_role": {
        "nl": "Een kolom met een rol hoort niet bij een vraag; zet die rol eerst op ‘geen rol’.",
        "en": "A column with a role is not part of a question; set its role to ‘no role’ first.",
    },
    "mapping.group.has_metadata": {
        "nl": "Gegevens van het enquêteprogramma kunnen geen vraag vormen.",
        "en": "Data from the survey tool cannot form a question.",
    },
    "mapping.group.already": {
        "nl": "Deze kolommen vormen al samen één vraag.",
        "en": "These columns already form one question.",
    },
    "mapping.group.failed": {
        "nl": "Deze kolommen zijn niet samengevoegd: ze gedragen zich niet als aankruisvakjes (per optie een "
              "label of 0/1).",
        "en": "These columns were not grouped: they do not behave like checkboxes (a label or 0/1 per option).",
    },
    "mapping.preview": {
        "nl": "Resultaat: {questions}; kenmerken van de bedrijven: {roles}.",
        "en": "Result: {questions}; firm characteristics: {roles}.",
    },
    "mapping.preview.questions.one": {"nl": "{count} vraag", "en": "{count} question"},
    "mapping.preview.questions.other": {"nl": "{count} vragen", "en": "{count} questions"},
    "mapping.preview.none": {"nl": "geen", "en": "none"},
    "mapping.preview.missing": {
        "nl": "Geen kolom voor {roles}: kies er een in de kolom Rol.",
        "en": "No column for {roles}: choose one in the Role column.",
    },
    "mapping.preview.unsure.one": {"nl": "{count} rij is onzeker.", "en": "{count} row is unsure."},
    "mapping.preview.unsure.other": {"nl": "{count} rijen zijn onzeker.", "en": "{count} rows are unsure."},
    "mapping.preview.proposed": {
        "nl": "Wacht op uw bevestiging: {roles}.",
        "en": "Waiting for your confirmation: {roles}.",
    },
    "mapping.role.proposed": {"nl": "{role}?", "en": "{role}?"},
    "mapping.notes.proposed": {
        "nl": "Survey Explorer denkt dat deze kolom het kenmerk ‘{role}’ van het bedrijf kan zijn, maar is niet "
              "zeker (zekerheid {confidence}). Tot u het bevestigt, blijft de kolom een vraag.",
        "en": "Survey Explorer thinks this column may be the firm’s ‘{role}’, but is not sure (confidence "
              "{confidence}). Until you confirm it, the column stays a question.",
    },
    "mapping.notes.confirm": {"nl": "Gebruiken als {role}", "en": "Use as {role}"},
    "mapping.notes.no_answer": {
        "nl": "Volgens de labels in het SPSS-bestand betekenen deze antwoorden ‘geen antwoord’; ze tellen niet "
              "mee: {answers}.",
        "en": "By the labels in the SPSS file these answers mean ‘no answer’; they are left out: {answers}.",
    },
    "mapping.notes.no_answer.kept": {
        "nl": "Deze antwoorden tellen mee, hoewel hun SPSS-label ‘geen antwoord’ betekent: {answers}.",
        "en": "These answers count, although their SPSS label means ‘no answer’: {answers}.",
    },
    "mapping.notes.count": {"nl": "Toch als antwoord meetellen", "en": "Count them as answers"},
    "mapping.notes.uncount": {"nl": "Niet meetellen", "en": "Leave them out"},
    "mapping.preview.changed": {
        "nl": "Gewijzigd; de grafieken volgen na OK.",
        "en": "Changed; the charts follow after OK.",
    },
    "mapping.preview.profile": {"nl": "Profiel toegepast: {name}.", "en": "Profile applied: {name}."},
    "mapping.save_profile": {"nl": "Opslaan als profiel…", "en": "Save as profile…"},
    "mapping.save_profile.tip": {
        "nl": "Deze indeling bewaren, zodat ze terugkomt bij bestanden met dezelfde kolommen",
        "en": "Keep this mapping, so that it is applied again to files with the same columns",
    },
    "mapping.reset": {"nl": "Herkenning herstellen", "en": "Reset to detection"},
    "mapping.reset.tip": {
        "nl": "Alle correcties weggooien en teruggaan naar wat Survey Explorer zelf herkende",
        "en": "Drop every correction and go back to what Survey Explorer detected by itself",
    },
    "mapping.profile.title": {"nl": "Profiel opslaan", "en": "Save profile"},
    "mapping.profile.prompt": {"nl": "Naam van het profiel:", "en": "Name of the profile:"},
    "mapping.profile.replace": {
        "nl": "Er bestaat al een profiel ‘{name}’. Wilt u het vervangen?",
        "en": "A profile ‘{name}’ already exists. Do you want to replace it?",
    },
    "mapping.profile.failed": {
        "nl": "Het profiel kon niet worden opgeslagen in {folder}.",
        "en": "The profile could not be saved in {folder}.",
    },
    "mapping.profile.saved": {"nl": "Profiel ‘{name}’ opgeslagen.", "en": "Profile ‘{name}’ saved."},
}


def tr(key: str, lang: str, /, **params: object) -> str:
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


def reason_text(reason: str, lang: str, params: dict | None = None) -> str:
    """A withheld figure's reason in the user's language (`reason.<code>`, a release verdict's Reason)."""
    values = {"min_peers": 5, "min_firms": 10, "threshold": 5, "share": 50}
    values.update(params or {})
    return tr(f"reason.{str(reason)}", lang, **values)


def _error_sentence(error: InputError, lang: str) -> str:
    """An error's sentence: its code's message with its values worded in `lang` (a code that is no
    catalogue key is a sentence already)."""
    if not has_message(error.code):
        return error.code
    return tr(error.code, lang, **{name: _worded(value, lang) for name, value in error.params.items()})


def _worded(value: object, lang: str) -> object:
    if isinstance(value, Phrase):
        return tr(value.key, lang)
    if isinstance(value, Count):
        from explorer.core.formatting import format_count

        return format_count(value.value, lang)
    if isinstance(value, Size):
        return _size_text(value.bytes, lang)
    return value


def _size_text(size: int, lang: str) -> str:
    from explorer.core.formatting import format_count, format_number

    megabyte = 1 << 20
    if size >= 1024 * megabyte:
        return f"{format_number(size / (1024 * megabyte), lang, 1)} GB"
    if size >= megabyte:
        return f"{format_count(size / megabyte, lang)} MB"
    return f"{format_count(max(size, 1) / 1024, lang)} KB"


word_errors_with(_error_sentence)


from explorer.core.messages_charts import CHART_MESSAGES  # noqa: E402
from explorer.core.messages_workspace import WORKSPACE_MESSAGES  # noqa: E402


def _merge(*catalogues: dict[str, dict[str, str]]) -> None:
    """Add the messages of one area; a key defined twice would silently change a message."""
    for catalogue in catalogues:
        clashes = set(catalogue) & set(MESSAGES)
        if clashes:
            raise RuntimeError(f"message keys defined twice: {sorted(clashes)}")
        MESSAGES.update(catalogue)


_merge(CHART_MESSAGES, WORKSPACE_MESSAGES)
from explorer.core.messages_views import VIEW_MESSAGES  # noqa: E402

_merge(VIEW_MESSAGES)
from explorer.core.messages_benchmark import BENCHMARK_MESSAGES  # noqa: E402

_merge(BENCHMARK_MESSAGES)
from explorer.core.messages_ledger import LEDGER_MESSAGES  # noqa: E402

_merge(LEDGER_MESSAGES)
from explorer.core.messages_briefing import BRIEFING_MESSAGES  # noqa: E402

_merge(BRIEFING_MESSAGES)
from explorer.core.messages_errors import ERROR_MESSAGES  # noqa: E402

_merge(ERROR_MESSAGES)
from explorer.core.messages_panel import PANEL_MESSAGES  # noqa: E402

_merge(PANEL_MESSAGES)
from explorer.core.messages_analysis import ANALYSIS_MESSAGES  # noqa: E402

_merge(ANALYSIS_MESSAGES)
from explorer.core.messages_preferences import PREFERENCES_MESSAGES  # noqa: E402

_merge(PREFERENCES_MESSAGES)
