"""Messages of the survey menu, exports and sessions (merged into the one catalogue in i18n.py)."""

WORKSPACE_MESSAGES: dict[str, dict[str, str]] = {
    "menu.scheme": {"nl": "Gr&ootteklassen", "en": "Si&ze classes"},
    "action.scheme.eu": {"nl": "&EU (micro, klein, middelgroot, groot)", "en": "&EU (micro, small, medium, large)"},
    "action.scheme.ems": {"nl": "E&MS (1–49, 50–249, 250–999, 1000+)", "en": "E&MS (1–49, 50–249, 250–999, 1000+)"},
    "action.copy_chart": {"nl": "Grafiek &kopiëren", "en": "Co&py chart"},
    "action.export_chart_svg": {"nl": "Grafiek als &SVG…", "en": "Chart as &SVG…"},
    "dialog.save.chart_png": {"nl": "Grafiek opslaan als PNG", "en": "Save chart as PNG"},
    "dialog.save.chart_svg": {"nl": "Grafiek opslaan als SVG", "en": "Save chart as SVG"},
    "dialog.save.table": {"nl": "Tabel exporteren", "en": "Export table"},
    "dialog.save.data": {"nl": "Geselecteerde gegevens exporteren", "en": "Export selected data"},
    "dialog.save.session": {"nl": "Sessie opslaan", "en": "Save session"},
    "dialog.open.session": {"nl": "Sessie openen", "en": "Open session"},
    "dialog.filter.png": {"nl": "PNG-afbeelding (*.png)", "en": "PNG image (*.png)"},
    "dialog.filter.svg": {"nl": "SVG-afbeelding (*.svg)", "en": "SVG image (*.svg)"},
    "dialog.filter.table": {"nl": "Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)",
                            "en": "Excel workbook (*.xlsx);;CSV file (*.csv)"},
    "dialog.filter.session": {"nl": "Survey Explorer-sessie (*.sesx.json)",
                              "en": "Survey Explorer session (*.sesx.json)"},
    "export.title": {"nl": "Exporteren", "en": "Export"},
    "export.nothing": {"nl": "Deze weergave heeft niets om te exporteren.",
                       "en": "This view has nothing to export."},
    "workspace.export_failed": {"nl": "Exporteren is niet gelukt: {reason}", "en": "The export failed: {reason}"},
    "export.done": {"nl": "Geëxporteerd naar {path}.", "en": "Exported to {path}."},
    "export.copied": {"nl": "Grafiek gekopieerd naar het klembord.", "en": "Chart copied to the clipboard."},
    "export.rows": {"nl": "{rows} bedrijven geëxporteerd naar {path}.", "en": "{rows} firms exported to {path}."},
    "export.table.kind": {"nl": "Open antwoorden kunnen niet als tabel worden geëxporteerd.",
                          "en": "Free-text answers cannot be exported as a table."},
    "export.table.one_option": {
        "nl": "Deze vraag heeft maar één antwoord; een tabel zou het antwoord van elk bedrijf verraden.",
        "en": "This question has only one answer; a table would tell every firm's answer.",
    },
    "export.data.note": {
        "nl": "Dit bestand bevat de afzonderlijke antwoorden van {rows} bedrijven. Geef het niet door buiten "
              "wie de antwoorden mag zien.",
        "en": "This file holds the individual answers of {rows} firms. Do not pass it on to anyone who may not "
              "see those answers.",
    },
    "export.data.confirm.title": {"nl": "Antwoorden van afzonderlijke bedrijven", "en": "Individual firms' answers"},
    "export.data.confirm": {
        "nl": "U exporteert de afzonderlijke antwoorden van {rows} bedrijven, niet afgeschermd zoals tabellen en "
              "grafieken. Kolommen die bedrijven of personen aanwijzen of vrije tekst bevatten, blijven weg: {columns}.",
        "en": "You are exporting the individual answers of {rows} firms, not protected as tables and charts are. "
              "Columns that identify firms or people or hold free text are left out: {columns}.",
    },
    "export.data.confirm.none": {"nl": "(geen gevonden)", "en": "(none found)"},
    "export.data.export": {"nl": "Exporteren…", "en": "Export…"},
    "export.data.include": {"nl": "Deze kolommen toch meenemen", "en": "Include these columns anyway"},
    "session.saved": {"nl": "Sessie opgeslagen in {path}.", "en": "Session saved to {path}."},
    "session.title": {"nl": "Sessie", "en": "Session"},
    "session.failed": {"nl": "De sessie kon niet worden geopend: {reason}",
                       "en": "The session could not be opened: {reason}"},
    "session.missing": {
        "nl": "Het bronbestand van deze sessie is niet gevonden:\n{path}\n\nWilt u het bestand zoeken?",
        "en": "The source file of this session was not found:\n{path}\n\nDo you want to locate it?",
    },
    "session.changed": {
        "nl": "Het bronbestand is gewijzigd sinds de sessie werd opgeslagen:\n{path}\n\n"
              "Toch openen (de cijfers kunnen afwijken), of een ander bestand zoeken?",
        "en": "The source file has changed since the session was saved:\n{path}\n\n"
              "Open it anyway (the figures may differ), or locate another file?",
    },
    "session.open_anyway": {"nl": "Toch openen", "en": "Open anyway"},
    "session.locate": {"nl": "Bestand zoeken…", "en": "Locate file…"},
    "mapping.review": {
        "nl": "Survey Explorer twijfelt over een deel van de indeling van {file}. Controleer de kolommen.",
        "en": "Survey Explorer is unsure about part of the layout of {file}. Please check the columns.",
    },
    "status.mapping_applied": {"nl": "Nieuwe indeling toegepast: {questions} vragen.",
                               "en": "New layout applied: {questions} questions."},
    "status.profile_applied": {"nl": "Profiel ‘{profile}’ toegepast.", "en": "Profile ‘{profile}’ applied."},
}
