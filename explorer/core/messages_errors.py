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
    "error.round.none": {"nl": "Deze enquête heeft geen rondes om uit te kiezen; laat --wave weg.",
                         "en": "This survey has no rounds to choose from; leave out --wave."},
    "error.round.unknown": {"nl": "Geen ronde '{wave}' in deze enquête; de rondes zijn: {rounds}.",
                            "en": "No round '{wave}' in this survey; its rounds are: {rounds}."},
    "error.round.not_answered": {"nl": "Bedrijf '{firm}' antwoordde niet in ronde '{round}'; wel in: {answered}.",
                                 "en": "Firm '{firm}' did not answer in round '{round}'; it answered in: {answered}."},
    "error.round.twice": {"nl": "Bedrijf '{firm}' antwoordde {count} keer in ronde '{round}'; het te vergelijken "
                                "antwoord moet eenduidig zijn.",
                          "en": "Firm '{firm}' answered {count} times in round '{round}'; the answer to benchmark "
                                "must be unique."},
    "error.round.row_elsewhere": {"nl": "Rij {row} is geen antwoord uit ronde '{wave}'.",
                                  "en": "Row {row} is not an answer of round '{wave}'."},
    "error.cli.every_wave": {"nl": "--every-wave hoort bij --all en niet bij --wave.",
                             "en": "--every-wave goes with --all and without --wave."},
    "error.cli.grid_by": {
        "nl": "Een raster van stellingen wordt voor de selectie als geheel samengevat; laat --by weg (of vat één "
              "stelling samen met haar sleutel).",
        "en": "A grid of statements is summarised for the selection as a whole; leave out --by (or summarise one "
              "statement by its key).",
    },
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
        "nl": "{file} is {size} MB tekst, meer dan deze app opent; het is te groot om veilig te openen.",
        "en": "{file} is {size} MB of text, more than this app opens; it is too large to open safely.",
    },
    "error.text.too_wide": {
        "nl": "{file} heeft {width} kolommen, meer dan de {limit} die deze app opent; het is te groot om veilig "
              "te openen.",
        "en": "{file} has {width} columns, more than the {limit} this app opens; it is too large to open safely.",
    },
    "error.text.too_many_cells": {
        "nl": "{file} bevat ongeveer {cells} cellen ({lines} regels van {width} kolommen), meer dan de {limit} "
              "die deze app opent; het is te groot om veilig te openen.",
        "en": "{file} holds about {cells} cells ({lines} lines of {width} columns), more than the {limit} this "
              "app opens; it is too large to open safely.",
    },
    "error.sheet.chart": {
        "nl": "Het werkblad '{sheet}' in {file} is een grafiekblad; het bevat geen cellen om te lezen.",
        "en": "The sheet '{sheet}' in {file} is a chart sheet; it holds no cells to read.",
    },
    "error.sheet.only_hidden": {
        "nl": "{file} bevat alleen verborgen werkbladen ({sheets}); kies er een bij naam om het te lezen.",
        "en": "{file} holds only hidden sheets ({sheets}); choose one by name to read it.",
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
    "error.session.damaged_detail": {
        "nl": "Dit sessiebestand is beschadigd: {detail}.",
        "en": "This session file is damaged: {detail}.",
    },
    "error.session.not_survey_source": {
        "nl": "Dit sessiebestand is beschadigd: de bron is geen enquêtebestand.",
        "en": "This session file is damaged: its source is not a survey file.",
    },
    # Opening a file within bounds (explorer/core/reading/source.py, isolation.py).
    "error.file.not_regular": {
        "nl": "{file} is {what}, geen enquêtebestand; alleen gewone bestanden kunnen worden geopend.",
        "en": "{file} is {what}, not a survey file; only ordinary files can be opened.",
    },
    "error.kind.pipe": {"nl": "een pijp", "en": "a pipe"},
    "error.kind.socket": {"nl": "een socket", "en": "a socket"},
    "error.kind.device": {"nl": "een apparaat", "en": "a device"},
    "error.kind.irregular": {"nl": "geen gewoon bestand", "en": "not an ordinary file"},
    "error.file.too_large": {
        "nl": "{file} is {size}, meer dan de {limit} die deze app opent; het is te groot om veilig te openen.",
        "en": "{file} is {size}, more than the {limit} this app opens; it is too large to open safely.",
    },
    "error.file.too_large_text": {
        "nl": "{file} is {size} tekst, meer dan de {limit} die deze app opent; het is te groot om veilig te "
              "openen.",
        "en": "{file} is {size} of text, more than the {limit} this app opens; it is too large to open safely.",
    },
    "error.file.grew_too_large": {
        "nl": "{file} is groter dan de {limit} die deze app opent; het is te groot om veilig te openen.",
        "en": "{file} is more than the {limit} this app opens; it is too large to open safely.",
    },
    "error.file.ole_damaged": {
        "nl": "{file} is een beschadigd Office-bestand: {detail}.",
        "en": "{file} is a damaged Office file: {detail}.",
    },
    "error.output.is_input": {
        "nl": "{file} is het enquêtebestand zelf; kies een andere naam zodat het niet wordt overschreven.",
        "en": "{file} is the survey file itself; choose another name so that it is not overwritten.",
    },
    "error.cli.out_dir_is_file": {
        "nl": "--out-dir {folder} is een bestand, geen map.",
        "en": "--out-dir {folder} is a file, not a folder.",
    },
    "error.worker.unsafe": {
        "nl": "{file} kon niet veilig worden gelezen: de spreadsheetlezer stopte erop ({why}). Het bestand is "
              "mogelijk beschadigd.",
        "en": "{file} could not be read safely: the spreadsheet reader stopped on it ({why}). It may be damaged.",
    },
    "error.worker.too_slow": {
        "nl": "Het lezen van {file} duurde langer dan {seconds} seconden en is gestopt; het bestand is te groot "
              "of beschadigd.",
        "en": "{file} took more than {seconds} seconds to read and was stopped; it is too large or damaged.",
    },
    "error.worker.memory": {
        "nl": "{file} heeft meer dan {limit} geheugen nodig om te lezen; het is te groot om veilig te openen.",
        "en": "{file} needs more than {limit} of memory to read; it is too large to open safely.",
    },
    # The pre-scan of worksheets, shared texts and OpenDocument tables (prescan.py, ods_scan.py).
    "error.sheet.only_charts": {
        "nl": "{file} bevat alleen grafiekbladen ({charts}) en geen werkblad met gegevens.",
        "en": "{file} holds only chart sheets ({charts}) and no sheet with data.",
    },
    "error.sheet.too_many_cells": {
        "nl": "Het werkblad '{sheet}' in {file} bevat meer dan {limit} cellen, het meeste dat deze app opent; "
              "het is te groot om veilig te openen.",
        "en": "The sheet '{sheet}' in {file} holds more than {limit} cells, the most this app opens; it is too "
              "large to open safely.",
    },
    "error.sheet.beyond_column": {
        "nl": "{file} verwijst naar cel {cell} in het werkblad '{sheet}', voorbij de laatste kolom XFD van "
              "Excel; het is beschadigd of te groot om veilig te openen.",
        "en": "{file} refers to cell {cell} in the sheet '{sheet}', beyond Excel's last column XFD; it is "
              "damaged or too large to open safely.",
    },
    "error.sheet.cells_in_column": {
        "nl": "Het werkblad '{sheet}' in {file} heeft cellen in kolom {column} ({letters}), meer dan de {limit} "
              "kolommen die deze app opent; het is te groot om veilig te openen.",
        "en": "The sheet '{sheet}' in {file} has cells in column {column} ({letters}), more than the {limit} "
              "columns this app opens; it is too large to open safely.",
    },
    "error.sheet.values_in_column": {
        "nl": "Het werkblad '{sheet}' in {file} heeft waarden in kolom {column}, meer dan de {limit} kolommen "
              "die deze app opent; het is te groot om veilig te openen.",
        "en": "The sheet '{sheet}' in {file} has values in column {column}, more than the {limit} columns this "
              "app opens; it is too large to open safely.",
    },
    "error.sheet.row_beyond": {
        "nl": "{file} verwijst naar rij {row} in het werkblad '{sheet}', voorbij de laatste rij {last} van "
              "Excel; het is beschadigd of te groot om veilig te openen.",
        "en": "{file} refers to row {row} in the sheet '{sheet}', beyond Excel's last row {last}; it is "
              "damaged or too large to open safely.",
    },
    "error.sheet.beyond_row": {
        "nl": "Het werkblad '{sheet}' in {file} heeft waarden in rij {row}, voorbij de laatste rij {last} van "
              "Excel; het is beschadigd of te groot om veilig te openen.",
        "en": "The sheet '{sheet}' in {file} has values in row {row}, beyond Excel's last row {last}; it is "
              "damaged or too large to open safely.",
    },
    "error.sheet.long_row": {
        "nl": "Een rij van dit werkblad is veel langer dan welke spreadsheetrij ook; het is te groot om veilig "
              "te openen.",
        "en": "A row of this sheet is far longer than any spreadsheet row; it is too large to open safely.",
    },
    "error.sheet.span": {
        "nl": "Het werkblad '{sheet}' in {file} beslaat {rows} rijen bij {columns} kolommen ({cells} cellen), "
              "meer dan de {limit} die deze app opent; het is te groot om veilig te openen.",
        "en": "The sheet '{sheet}' in {file} spans {rows} rows by {columns} columns ({cells} cells), more than "
              "the {limit} this app opens; it is too large to open safely.",
    },
    "error.strings.declared": {
        "nl": "{file} declareert {count} verschillende teksten, meer dan de {limit} die deze app opent; het is "
              "te groot om veilig te openen.",
        "en": "{file} declares {count} distinct texts, more than the {limit} this app opens; it is too large "
              "to open safely.",
    },
    "error.strings.too_many": {
        "nl": "{file} bevat meer dan {limit} verschillende teksten; het is te groot om veilig te openen.",
        "en": "{file} holds more than {limit} distinct texts; it is too large to open safely.",
    },
    "error.strings.too_long": {
        "nl": "{file} bevat een tekst van {size} in één cel, langer dan de {limit} tekens die Excel toestaat; "
              "het is beschadigd of te groot om veilig te openen.",
        "en": "{file} holds a text of {size} in one cell, longer than the {limit} characters Excel allows; it "
              "is damaged or too large to open safely.",
    },
    "error.ods.too_many_cells": {
        "nl": "Het werkblad '{sheet}' in {file} ontvouwt zich tot {rows} rijen bij {columns} kolommen ({cells} "
              "cellen), meer dan de {limit} die deze app uit een OpenDocument-bestand opent; het is te groot om "
              "veilig te openen.",
        "en": "The sheet '{sheet}' in {file} unfolds to {rows} rows by {columns} columns ({cells} cells), more "
              "than the {limit} this app opens from an OpenDocument file; it is too large to open safely.",
    },
    "error.ods.unfolded_cells": {
        "nl": "{file} bevat meer dan {limit} cellen zodra de herhaalde rijen en cellen zijn ontvouwen; het is te "
              "groot om veilig te openen.",
        "en": "{file} holds more than {limit} cells once its repeated rows and cells are unfolded; it is too "
              "large to open safely.",
    },
    "error.ods.bomb": {
        "nl": "{file} ontvouwt {size} werkbladtekst tot {cells} cellen, veel meer dan een echte spreadsheet "
              "doet; het is te groot om veilig te openen.",
        "en": "{file} unfolds {size} of sheet text into {cells} cells, far more than a real spreadsheet does; "
              "it is too large to open safely.",
    },
    # Files the app keeps: sessions, profiles, derived questions, batch manifests (statefile.py).
    "error.state.what.session": {"nl": "Het sessiebestand", "en": "The session file"},
    "error.state.what.profile": {"nl": "Het profiel", "en": "The profile"},
    "error.state.what.derived": {"nl": "Het bestand met afgeleide vragen", "en": "The file of derived questions"},
    "error.state.what.manifest": {"nl": "Het overzicht van de reeks", "en": "The batch manifest"},
    "error.state.missing": {"nl": "{what} {file} bestaat niet.", "en": "{what} {file} does not exist."},
    "error.state.unreadable": {"nl": "{what} {file} kan niet worden gelezen.", "en": "{what} {file} cannot be read."},
    "error.state.not_regular": {
        "nl": "{what} {file} is geen gewoon bestand.",
        "en": "{what} {file} is not an ordinary file.",
    },
    "error.state.too_large": {
        "nl": "{what} {file} is {size}, veel groter dan zo'n bestand is.",
        "en": "{what} {file} is {size}, far larger than such a file is.",
    },
    "error.state.not_json": {
        "nl": "{what} {file} is beschadigd: het is geen geldige JSON.",
        "en": "{what} {file} is damaged: it is not valid JSON.",
    },
    "error.state.too_deep": {
        "nl": "{what} {file} is beschadigd: het is dieper genest dan zo'n bestand ooit is.",
        "en": "{what} {file} is damaged: it is nested deeper than such a file ever is.",
    },
    "error.state.damaged": {
        "nl": "{what} {file} is beschadigd: {detail}.",
        "en": "{what} {file} is damaged: {detail}.",
    },
    # Classes, combined answers and splits (survey/classes.py, derived.py, survey.py, filters.py).
    "error.classes.too_few": {
        "nl": "Een numerieke vraag heeft minstens {needed} antwoorden nodig om in kwartielklassen te worden "
              "verdeeld; deze heeft er {count}.",
        "en": "A numeric question needs at least {needed} answers to be split into quartile classes; this one "
              "has {count}.",
    },
    "error.classes.no_spread": {
        "nl": "De antwoorden op deze numerieke vraag verschillen te weinig om klassen te vormen.",
        "en": "The answers of this numeric question do not differ enough to form classes.",
    },
    "error.classes.not_numbers": {
        "nl": "Klassegrenzen moeten getallen zijn, bijvoorbeeld 10, 50, 250.",
        "en": "Class edges must be numbers, for example 10, 50, 250.",
    },
    "error.classes.none": {
        "nl": "Klassegrenzen moeten eindige getallen zijn, minstens één.",
        "en": "Class edges must be finite numbers, at least one.",
    },
    "error.classes.not_rising": {
        "nl": "Klassegrenzen moeten van de ene naar de volgende oplopen, bijvoorbeeld 10, 50, 250.",
        "en": "Class edges must rise from one to the next, for example 10, 50, 250.",
    },
    "error.derived.no_source": {
        "nl": "er is geen vraag '{question}' om het van af te leiden.",
        "en": "there is no question '{question}' to derive it from.",
    },
    "error.derived.net_kind": {
        "nl": "alleen de antwoorden van een enkelvoudige keuze-, ja/nee- of Likertvraag kunnen worden "
              "samengevoegd.",
        "en": "only the answers of a single-choice, yes/no or Likert question can be combined.",
    },
    "error.derived.classes_kind": {
        "nl": "alleen een numerieke vraag kan in klassen worden verdeeld.",
        "en": "only a numeric question can be put in classes.",
    },
    "error.derived.yesno_kind": {
        "nl": "een ja/nee-vraag wordt afgeleid van de opties van een meerkeuzevraag.",
        "en": "a yes/no question is derived from the options of a multi-select question.",
    },
    "error.derived.no_option": {
        "nl": "'{question}' heeft geen optie '{option}'.",
        "en": "'{question}' has no option '{option}'.",
    },
    "error.derived.no_answer": {
        "nl": "'{question}' heeft geen antwoord '{answer}'.",
        "en": "'{question}' has no answer '{answer}'.",
    },
    "error.derived.two_nets": {
        "nl": "het antwoord '{answer}' zit in twee samenvoegingen.",
        "en": "the answer '{answer}' is in two nets.",
    },
    "error.derived.net_too_few": {
        "nl": "een samenvoeging moet minstens twee verschillende antwoorden overlaten.",
        "en": "a net must leave at least two different answers.",
    },
    "error.filter.no_option": {
        "nl": "'{dimension}' heeft geen optie '{value}'; de opties zijn: {options}.",
        "en": "'{dimension}' has no option '{value}'; the options are: {options}.",
    },
    "error.grid.unknown": {
        "nl": "Deze enquête heeft geen raster van stellingen '{grid}'; `inspect` toont de rasters.",
        "en": "There is no grid of statements '{grid}' in this survey; `inspect` lists the grids.",
    },
    "error.survey.multi_split": {
        "nl": "'{question}' is een meerkeuzevraag: een bedrijf kan in meerdere van haar groepen vallen, dus het "
              "heeft geen enkele waarde per bedrijf.",
        "en": "'{question}' is a multi-select question: a firm can be in several of its groups, so it has no "
              "single value per firm.",
    },
}
