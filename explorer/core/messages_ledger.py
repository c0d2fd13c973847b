"""Messages of the release register (the ledger) and of peer definitions, merged into the one catalogue.

Core raises these as TranslatableError codes: the command line prints the English text after
`error:`, the window shows the text in its own language.
"""

from __future__ import annotations

LEDGER_MESSAGES: dict[str, dict[str, str]] = {
    # Refusals of a peer definition.
    "peers.error.identifier": {
        "nl": "Een vergelijkingsgroep kan niet worden bepaald door ‘{dimension}’: die kolom noemt afzonderlijke "
              "bedrijven; gebruik sector, section, size, tech, region, wave of een vraag met één antwoord.",
        "en": "A peer group cannot be defined by ‘{dimension}’: that column names individual firms; use sector, "
              "section, size, tech, region, wave or a single-choice question.",
    },
    "peers.error.not_dimension": {
        "nl": "Een vergelijkingsgroep kan niet worden bepaald door ‘{dimension}’: alleen sector, section, size, "
              "tech, region, wave en vragen met één antwoord bepalen een vergelijkingsgroep.",
        "en": "A peer group cannot be defined by ‘{dimension}’: only sector, section, size, tech, region, wave "
              "and single-choice questions define a peer group.",
    },
    "peers.error.small_value": {
        "nl": "Een vergelijkingsgroep kan {dimension} ‘{value}’ niet gebruiken: die waarde geldt voor {count} "
              "bedrijven, minder dan {minimum}; kies waarden die elk minstens {minimum} bedrijven tellen.",
        "en": "A peer group cannot use {dimension} ‘{value}’: it holds {count} of the firms, fewer than {minimum}; "
              "choose values that each hold at least {minimum} firms.",
    },
    "peers.error.reason_needed": {
        "nl": "Een minimale groepsgrootte onder {default} vraagt een reden (--reason \"…\"); die wordt vastgelegd "
              "in het register van verstrekte groepen en op de methodepagina.",
        "en": "A minimum group size below {default} needs a reason (--reason \"…\"); it is recorded in the register "
              "of released groups and on the method page.",
    },
    # The ledger on disk.
    "ledger.error.damaged": {
        "nl": "Het register van verstrekte groepen ({path}) is beschadigd; er wordt niets verstrekt tot het "
              "bewust gewist is (survey-explorer ledger clear --reason \"…\").",
        "en": "The register of released groups ({path}) is damaged; nothing is released until it is cleared "
              "deliberately (survey-explorer ledger clear --reason \"…\").",
    },
    "ledger.error.unreadable": {
        "nl": "Het register van verstrekte groepen ({path}) kan niet gelezen worden: {reason}.",
        "en": "The register of released groups ({path}) cannot be read: {reason}.",
    },
    "ledger.error.unwritable": {
        "nl": "In het register van verstrekte groepen ({path}) kan niet geschreven worden: {reason}.",
        "en": "The register of released groups ({path}) cannot be written: {reason}.",
    },
    "ledger.error.busy": {
        "nl": "Het register van verstrekte groepen ({path}) is al te lang in gebruik door een ander "
              "programma; probeer het zo opnieuw.",
        "en": "The register of released groups ({path}) has been in use by another program for too long; "
              "try again in a moment.",
    },
    "ledger.error.no_reason": {
        "nl": "Geef een reden om het register van verstrekte groepen te wissen; die wordt vastgelegd en op "
              "latere briefings vermeld.",
        "en": "Give a reason for clearing the register of released groups; it is recorded and named on later "
              "briefings.",
    },
    # A release withheld.
    "ledger.withheld.one": {
        "nl": "Niet verstrekt: deze vergelijkingsgroep verschilt in 1 bedrijf van een groep die op {date} is "
              "verstrekt ({source}, {definition}), zodat samen het antwoord van dat bedrijf te berekenen zou zijn; "
              "verruim de vergelijkingsgroep of wis het register bewust.",
        "en": "Withheld: this peer group differs by 1 firm from a group released on {date} ({source}, "
              "{definition}), so together they would reveal that firm's answers; widen the peer group or clear "
              "the register deliberately.",
    },
    "ledger.withheld.other": {
        "nl": "Niet verstrekt: deze vergelijkingsgroep verschilt in {count} bedrijven van een groep die op {date} "
              "is verstrekt ({source}, {definition}), zodat samen de antwoorden van die bedrijven te berekenen "
              "zouden zijn; verruim de vergelijkingsgroep of wis het register bewust.",
        "en": "Withheld: this peer group differs by {count} firms from a group released on {date} ({source}, "
              "{definition}), so together they would reveal those firms' answers; widen the peer group or clear "
              "the register deliberately.",
    },
    "ledger.withheld.short.one": {
        "nl": "niet verstrekt: verschilt in 1 bedrijf van een groep verstrekt op {date}",
        "en": "withheld: differs by 1 firm from a group released on {date}",
    },
    "ledger.withheld.short.other": {
        "nl": "niet verstrekt: verschilt in {count} bedrijven van een groep verstrekt op {date}",
        "en": "withheld: differs by {count} firms from a group released on {date}",
    },
    "ledger.withheld.answers": {
        "nl": "Niet verstrekt: deze vergelijkingsgroep min een groep die op {date} is verstrekt ({source}, "
              "{definition}) laat {count} bedrijven over die op ‘{question}’ (bijna) allemaal hetzelfde "
              "antwoordden, zodat samen hun antwoorden te berekenen zouden zijn; verruim de vergelijkingsgroep of "
              "wis het register bewust.",
        "en": "Withheld: this peer group less a group released on {date} ({source}, {definition}) leaves {count} "
              "firms that (nearly) all gave the same answer to ‘{question}’, so together they would reveal those "
              "firms' answers; widen the peer group or clear the register deliberately.",
    },
    "ledger.withheld.answers.short": {
        "nl": "niet verstrekt: het verschil met een groep verstrekt op {date} zou antwoorden van {count} "
              "bedrijven prijsgeven",
        "en": "withheld: the difference with a group released on {date} would reveal answers of {count} firms",
    },
    # The register dialog (Bestand ▸ Register van verstrekte groepen).
    "action.ledger": {"nl": "Register van verstrekte &groepen…", "en": "Re&gister of released groups…"},
    "ledger.dialog.title": {"nl": "Register van verstrekte groepen", "en": "Register of released groups"},
    "ledger.dialog.intro": {
        "nl": "Elke groep bedrijven waarvan cijfers de app verlieten (briefings, exports) staat hier, over "
              "bestanden en versies heen. Een nieuwe groep wordt niet verstrekt als ze op 1 tot {threshold} "
              "bedrijven na gelijk is aan een groep hieronder, of als het verschil met zo'n groep antwoorden van "
              "bedrijven zou prijsgeven.",
        "en": "Every group of firms whose figures left the app (briefings, exports) is listed here, across files "
              "and versions. A new group is withheld when it differs from one below by 1 to {threshold} firms, or "
              "when its difference from one would give firms' answers away.",
    },
    "ledger.dialog.path": {"nl": "Bestand: {path}", "en": "File: {path}"},
    "ledger.dialog.empty": {"nl": "Er is nog geen groep verstrekt.", "en": "No group has been released yet."},
    "ledger.column.date": {"nl": "Datum", "en": "Date"},
    "ledger.column.kind": {"nl": "Soort", "en": "Kind"},
    "ledger.column.source": {"nl": "Bestand", "en": "File"},
    "ledger.column.firm": {"nl": "Bedrijf", "en": "Firm"},
    "ledger.column.group": {"nl": "Groep", "en": "Group"},
    "ledger.column.n": {"nl": "Bedrijven", "en": "Firms"},
    "ledger.kind.briefing": {"nl": "briefing", "en": "briefing"},
    "ledger.kind.export": {"nl": "export", "en": "export"},
    "ledger.kind.clear": {"nl": "gewist", "en": "cleared"},
    "ledger.clear.button": {"nl": "Register &wissen…", "en": "&Clear register…"},
    "ledger.clear.prompt": {
        "nl": "Na wissen kunnen groepen opnieuw verstrekt worden die op enkele bedrijven na gelijk zijn aan "
              "eerder verstrekte groepen. Waarom wist u het register? (Wordt vastgelegd en op latere "
              "briefings vermeld.)",
        "en": "After a clear, groups that differ from earlier ones by only a few firms can be released again. "
              "Why are you clearing the register? (Recorded and named on later briefings.)",
    },
    "ledger.clear.done": {
        "nl": "Register gewist ({count} groepen); de gewiste groepen blijven bewaard, gemarkeerd als gewist.",
        "en": "Register cleared ({count} groups); the cleared groups are kept, marked as cleared.",
    },
    "ledger.clear.reason": {"nl": "Reden: {reason}", "en": "Reason: {reason}"},
}
