"""Why a file or an argument cannot be used: every `InputError` of core, by code (merged into the one
catalogue in i18n.py). Core raises `InputError("error.…", **params)`; the command line words it in
its `--lang` (or the locale's language), the window in its own. tests/core/test_error_codes.py walks
every raise site and checks that its code is here, in both languages, with the same placeholders.
"""

ERROR_MESSAGES: dict[str, dict[str, str]] = {
    # Arguments of the command line (argparse's own wording comes through as {detail}).
    "error.arguments": {"nl": "Ongeldige opdracht: {detail}", "en": "{detail}"},
    "error.cli.output_is_input": {
        "nl": "'{file}' is het enquêtebestand zelf; kies een andere naam.",
        "en": "'{file}' is the survey file itself; choose another name.",
    },
    "error.cli.firm_needs_out": {"nl": "--firm vraagt om --out BESTAND.pdf.", "en": "--firm needs --out FILE.pdf."},
    "error.cli.all_needs_out_dir": {"nl": "--all vraagt om --out-dir MAP.", "en": "--all needs --out-dir DIR."},
    "error.cli.interrupted": {"nl": "onderbroken.", "en": "interrupted."},
    # Opening a file.
    "error.file.missing": {"nl": "Het bestand {file} bestaat niet.", "en": "The file {file} does not exist."},
    "error.file.folder": {"nl": "{file} is een map, geen bestand.", "en": "{file} is a folder, not a file."},
    "error.file.permission": {
        "nl": "U hebt geen toestemming om {file} te lezen.",
        "en": "You do not have permission to read {file}.",
    },
    "error.file.unreadable": {
        "nl": "{file} kan niet worden gelezen ({reason}).",
        "en": "{file} could not be read ({reason}).",
    },
    "error.file.empty": {"nl": "{file} is leeg.", "en": "{file} is empty."},
    "error.file.foreign": {
        "nl": "{file} is {what}, geen spreadsheet.",
        "en": "{file} is {what}, not a spreadsheet.",
    },
    "error.file.html": {
        "nl": "{file} is een webpagina (HTML), geen spreadsheet; sla het vanuit Excel op als .xlsx of .csv.",
        "en": "{file} is a web page (HTML), not a spreadsheet; save it from Excel as .xlsx or .csv.",
    },
    "error.kind.pdf": {"nl": "een pdf-document", "en": "a PDF document"},
    "error.kind.png": {"nl": "een PNG-afbeelding", "en": "a PNG image"},
    "error.kind.gif": {"nl": "een GIF-afbeelding", "en": "a GIF image"},
    "error.kind.jpeg": {"nl": "een JPEG-afbeelding", "en": "a JPEG image"},
    "error.kind.rar": {"nl": "een RAR-archief", "en": "a RAR archive"},
    "error.kind.7z": {"nl": "een 7-Zip-archief", "en": "a 7-Zip archive"},
    "error.kind.gzip": {"nl": "een gzip-archief", "en": "a gzip archive"},
    "error.kind.rtf": {"nl": "een RTF-document", "en": "an RTF document"},
    "error.kind.odt": {"nl": "een OpenDocument-tekstdocument", "en": "an OpenDocument text document"},
    "error.kind.word": {"nl": "een Word-document", "en": "a Word document"},
    "error.kind.powerpoint": {"nl": "een PowerPoint-presentatie", "en": "a PowerPoint presentation"},
    "error.kind.zip": {"nl": "een zip-archief", "en": "a zip archive"},
    "error.file.password": {
        "nl": "{file} is beveiligd met een wachtwoord; open het in Excel, verwijder het wachtwoord en sla het "
              "opnieuw op.",
        "en": "{file} is password-protected; open it in Excel, remove the password and save it again.",
    },
    "error.file.damaged": {
        "nl": "{file} is beschadigd of geen werkmap die deze app kan lezen.",
        "en": "{file} is damaged or not a workbook this app can read.",
    },
    "error.file.office_without_workbook": {
        "nl": "{file} is een Office-bestand zonder werkmap.",
        "en": "{file} is an Office file that holds no workbook.",
    },
    "error.file.spss_damaged": {
        "nl": "{file} is beschadigd of geen SPSS-gegevensbestand dat deze app kan lezen.",
        "en": "{file} is damaged or not an SPSS data file this app can read.",
    },
    # Zip-based workbooks and their bounds.
    "error.zip.too_many_parts": {
        "nl": "{file} bevat {parts} delen, veel meer dan een spreadsheet; het is te groot om veilig te openen.",
        "en": "{file} holds {parts} parts, far more than any spreadsheet; it is too large to open safely.",
    },
    "error.zip.bomb": {
        "nl": "{file} zou {packed} uitpakken tot {unpacked}, wat alleen een zipbom doet; het is te groot om "
              "veilig te openen.",
        "en": "{file} would unpack {packed} into {unpacked}, which only a zip bomb does; it is too large to "
              "open safely.",
    },
    "error.zip.sizes": {
        "nl": "{file} is beschadigd: de groottes die in het bestand staan, kloppen niet met de inhoud.",
        "en": "{file} is damaged: the sizes recorded inside the file do not match its contents.",
    },
    "error.zip.too_large": {
        "nl": "{file} zou uitpakken tot {unpacked}, meer dan de {limit} die deze app opent; het is te groot "
              "om veilig te openen.",
        "en": "{file} would unpack to {unpacked}, more than the {limit} this app opens; it is too large to "
              "open safely.",
    },
    "error.zip.entities": {
        "nl": "{file} bevat XML-entiteitsdeclaraties, wat spreadsheets nooit doen; openen zou onveilig zijn.",
        "en": "{file} contains XML entity declarations, which spreadsheets never do; opening it would be "
              "unsafe.",
    },
    "error.zip.contents_list": {
        "nl": "{file} is beschadigd: de inhoudsopgave kan niet worden gelezen.",
        "en": "{file} is damaged: its list of contents cannot be read.",
    },
    "error.zip.not_zip": {
        "nl": "{file} is beschadigd of onvolledig: het is geen leesbare werkmap.",
        "en": "{file} is damaged or incomplete: it is not a readable zip-based workbook.",
    },
    "error.zip.unpack": {
        "nl": "{file} is beschadigd: een deel van de inhoud kan niet worden uitgepakt.",
        "en": "{file} is damaged: part of its contents cannot be unpacked.",
    },
    "error.zip.too_many_cells": {
        "nl": "{file} bevat meer dan {cells} cellen; het is te groot om veilig te openen.",
        "en": "{file} holds more than {cells} cells; it is too large to open safely.",
    },
    # Workbooks.
    "error.sheet.none": {"nl": "{file} bevat geen werkbladen.", "en": "{file} contains no sheets."},
    "error.sheet.unknown": {
        "nl": "{file} heeft geen werkblad '{sheet}'; de werkbladen zijn: {sheets}.",
        "en": "{file} has no sheet named '{sheet}'; its sheets are: {sheets}.",
    },
    "error.sheet.empty": {"nl": "Het werkblad '{sheet}' in {file} is leeg.", "en": "The sheet '{sheet}' in {file} is empty."},
    "error.sheet.errors": {
        "nl": "{file} bevat te veel kolommen met Excel-fouten om te lezen.",
        "en": "{file} holds too many columns of Excel errors to read.",
    },
    # Text files.
    "error.text.not_text": {
        "nl": "{file} is geen tekstbestand en geen spreadsheet die deze app kan lezen.",
        "en": "{file} is not a text file and not a spreadsheet this app can read.",
    },
    "error.text.utf16": {
        "nl": "{file} lijkt UTF-16-tekst, maar kan niet worden gedecodeerd.",
        "en": "{file} looks like UTF-16 text but cannot be decoded.",
    },
    "error.text.too_large": {
        "nl": "{file} is {size} MB tekst, meer dan deze app opent.",
        "en": "{file} is {size} MB of text, more than this app opens.",
    },
    "error.text.no_data": {"nl": "{file} is leeg: het bevat geen gegevens.", "en": "{file} is empty: it holds no data."},
    "error.text.not_delimited": {
        "nl": "{file} is geen leesbaar tekstbestand met scheidingstekens.",
        "en": "{file} is not a readable delimited text file.",
    },
    "error.table.no_data": {"nl": "{file} bevat geen gegevens.", "en": "{file} holds no data."},
    "error.table.plain_text": {
        "nl": "{file} is een gewoon tekstbestand, geen spreadsheet.",
        "en": "{file} is a plain text file, not a spreadsheet.",
    },
    "error.table.no_columns": {
        "nl": "{file} is leeg: het bevat geen kolommen met gegevens.",
        "en": "{file} is empty: it holds no columns of data.",
    },
    "error.table.no_rows": {
        "nl": "{file} heeft kolomkoppen maar geen rijen met gegevens.",
        "en": "{file} has column headers but no data rows.",
    },
    # The survey, its questions and filters.
    "error.survey.no_question": {
        "nl": "Deze enquête heeft geen vraag '{key}'; `inspect` toont de sleutels van de vragen.",
        "en": "There is no question '{key}' in this survey; `inspect` lists the question keys.",
    },
    "error.survey.size_scheme": {
        "nl": "Onbekende indeling in grootteklassen '{scheme}'; gebruik 'eu' of 'ems'.",
        "en": "Unknown size scheme '{scheme}'; use 'eu' or 'ems'.",
    },
    "error.survey.no_role": {
        "nl": "Deze enquête heeft geen kolom voor {role}; wijs er een aan in de indeling om '{name}' te gebruiken.",
        "en": "This survey has no {role} column; set one in the mapping to use '{name}'.",
    },
    "error.survey.no_tech": {
        "nl": "Deze enquête heeft geen kolom met technologie of sector om een technologieklasse uit af te leiden.",
        "en": "This survey has no technology or sector column to derive a technology class from.",
    },
    "error.survey.no_dimension": {
        "nl": "Er is geen kolom of vraag met één antwoord '{name}' om op te splitsen of te filteren.",
        "en": "There is no column or single-choice question '{name}' to group or filter by.",
    },
    "error.survey.no_wave": {
        "nl": "Deze enquête heeft geen kolom met de ronde; wijs de rol ronde aan in de indeling om de verandering "
              "door de tijd te zien.",
        "en": "This survey has no round column; set the wave role in the mapping to see change over time.",
    },
    "error.survey.no_weight": {
        "nl": "Deze enquête heeft geen gewichtskolom; wijs er een aan in de indeling of laat --weighted weg.",
        "en": "This survey has no weight column; set one in the mapping or leave out --weighted.",
    },
    "error.survey.free_text": {
        "nl": "'{key}' bevat open antwoorden; daar zijn geen aandelen van te berekenen.",
        "en": "'{key}' holds free text; there are no shares to compute.",
    },
    "error.filter.form": {
        "nl": "Het filter '{text}' heeft niet de vorm DIM=WAARDE (bijvoorbeeld size=small).",
        "en": "The filter '{text}' is not of the form DIM=VALUE (for example size=small).",
    },
    "error.filter.no_firm": {
        "nl": "Geen bedrijf heeft {dimension} '{value}'; de waarden zijn: {values}.",
        "en": "No firm has {dimension} '{value}'; the values are: {values}.",
    },
    "error.filter.none": {"nl": "geen", "en": "none"},
    # Peers and firms.
    "error.peers.form": {
        "nl": "De vergelijkingsgroep '{part}' heeft niet de vorm DIM=WAARDE (bijvoorbeeld sector=25).",
        "en": "The peer definition '{part}' is not of the form DIM=VALUE (for example sector=25).",
    },
    "error.peers.empty_value": {
        "nl": "De vergelijkingsgroep '{name}={values}' heeft een lege waarde.",
        "en": "The peer definition '{name}={values}' has an empty value.",
    },
    "error.firm.not_unique": {
        "nl": "{count} rijen hebben {role} '{wanted}'; het te vergelijken bedrijf moet uniek zijn.",
        "en": "{count} rows have {role} '{wanted}'; the firm to benchmark must be unique.",
    },
    "error.firm.unknown": {
        "nl": "Geen bedrijf '{wanted}' in deze enquête; geef het bedrijf aan met {hint}.",
        "en": "No firm '{wanted}' in this survey; name the firm by {hint}.",
    },
    "error.firm.hint.id": {"nl": "zijn id", "en": "its id"},
    "error.firm.hint.row": {"nl": "zijn rijnummer als #N", "en": "its row number as #N"},
    # Writing files.
    "error.write.folder": {
        "nl": "{file} kan niet worden geschreven: dat is een map.",
        "en": "Cannot write {file}: that is a folder.",
    },
    "error.write.no_folder": {
        "nl": "{file} kan niet worden geschreven: de map bestaat niet.",
        "en": "Cannot write {file}: the folder does not exist.",
    },
    "error.write.permission": {
        "nl": "{file} kan niet worden geschreven: het bestand is geopend in een ander programma of de map is "
              "niet beschrijfbaar.",
        "en": "Cannot write {file}: the file is open in another program or the folder is not writable.",
    },
    "error.write.failed": {"nl": "{file} kan niet worden geschreven: {reason}.", "en": "Cannot write {file}: {reason}."},
    "error.write.make_folder": {
        "nl": "De map {folder} kan niet worden aangemaakt ({reason}).",
        "en": "The folder {folder} cannot be created ({reason}).",
    },
    "error.profile.save": {
        "nl": "Het profiel kon niet worden opgeslagen in {folder} ({reason}).",
        "en": "The profile could not be saved in {folder} ({reason}).",
    },
    # Sessions.
    "error.session.not_session": {
        "nl": "Dit bestand is geen sessie van Survey Explorer.",
        "en": "This file is not a Survey Explorer session.",
    },
    "error.session.newer": {
        "nl": "Deze sessie is opgeslagen door een nieuwere versie van Survey Explorer.",
        "en": "This session was saved by a newer version of Survey Explorer.",
    },
    "error.session.damaged": {
        "nl": "Dit sessiebestand is beschadigd: de bron of de instellingen kunnen niet worden gelezen.",
        "en": "This session file is damaged: its source or settings cannot be read.",
    },
    "error.session.missing": {
        "nl": "Het sessiebestand {file} bestaat niet.",
        "en": "The session file {file} does not exist.",
    },
    "error.session.unreadable": {
        "nl": "Het sessiebestand {file} kan niet worden gelezen.",
        "en": "The session file {file} cannot be read.",
    },
    "error.session.not_json": {
        "nl": "{file} is geen sessie van Survey Explorer (het is geen geldige JSON).",
        "en": "{file} is not a Survey Explorer session (it is not valid JSON).",
    },
}
