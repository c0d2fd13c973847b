"""Messages of the Benchmark view (explorer/ui/views/benchmark_*.py), merged into the one catalogue.

Kept in a module of their own so that this view's strings do not collide with edits elsewhere
in explorer/core/i18n.py; that file adds them with `MESSAGES.update(BENCHMARK_MESSAGES)`, and
tests/core/test_i18n.py checks them like every other message. The briefing's own texts are read
through explorer/report/content/i18n.py; the reasons a figure is withheld come from there too.
"""

from __future__ import annotations

BENCHMARK_MESSAGES: dict[str, dict[str, str]] = {
    # Choosing the firm.
    "benchmark.firm.label": {"nl": "&Bedrijf:", "en": "&Firm:"},
    "benchmark.firm.placeholder": {"nl": "Zoek op nummer of naam…", "en": "Search by id or name…"},
    "benchmark.firm.tip": {
        "nl": "Typ een deel van het bedrijfsnummer of de naam en kies een bedrijf uit de lijst; Enter toont de "
              "vergelijking.",
        "en": "Type part of the firm's id or name and choose a firm from the list; Enter shows the comparison.",
    },
    "benchmark.firm.none": {
        "nl": "Kies een bedrijf om het te vergelijken met vergelijkbare bedrijven.",
        "en": "Choose a firm to compare it with similar firms.",
    },
    "benchmark.firm.not_found": {
        "nl": "Geen bedrijf ‘{text}’ gevonden; kies een bedrijf uit de voorstellen.",
        "en": "No firm ‘{text}’ found; choose a firm from the suggestions.",
    },
    "benchmark.no_survey": {
        "nl": "Open een enquête om een bedrijf te vergelijken met vergelijkbare bedrijven en er een briefing "
              "van te maken.",
        "en": "Open a survey to compare a firm with similar firms and make a briefing of it.",
    },
    # The peer group.
    "benchmark.peers.title": {"nl": "Vergelijkingsgroep", "en": "Peer group"},
    "benchmark.peers.auto": {"nl": "&Automatisch", "en": "&Automatic"},
    "benchmark.peers.auto.text": {
        "nl": "zelfde NACE-afdeling, grootteklasse en technologieklasse; verruimd als die groep te klein is",
        "en": "same NACE division, size class and technology class; widened when that group is too small",
    },
    "benchmark.peers.auto.tip": {
        "nl": "Is de groep te klein, dan wordt ze stap voor stap verruimd: NACE-afdeling → NACE-sectie, "
              "grootteklasse weglaten, alleen technologieklasse.",
        "en": "A group that is too small is widened step by step: NACE division → NACE section, size class "
              "dropped, technology class only.",
    },
    "benchmark.peers.custom": {"nl": "&Zelf bepalen", "en": "&Define it yourself"},
    "benchmark.peers.custom.tip": {
        "nl": "Vergelijken met de bedrijven die aan deze voorwaarden voldoen. Voorwaarden op hetzelfde kenmerk "
              "gelden als ‘of’, op verschillende kenmerken als ‘en’.",
        "en": "Compare with the firms that meet these conditions. Conditions on the same characteristic count "
              "as ‘or’, on different characteristics as ‘and’.",
    },
    "benchmark.peers.add": {"nl": "+ voorwaarde", "en": "+ condition"},
    "benchmark.peers.add.tip": {
        "nl": "Nog een voorwaarde toevoegen",
        "en": "Add another condition",
    },
    "benchmark.peers.remove.tip": {"nl": "Deze voorwaarde verwijderen", "en": "Remove this condition"},
    "benchmark.peers.equals": {"nl": "=", "en": "="},
    "benchmark.peers.definition": {"nl": "Vergeleken met: {definition}", "en": "Compared with: {definition}"},
    "benchmark.peers.definition.round": {
        "nl": "Vergeleken met: {definition}, ronde {round}",
        "en": "Compared with: {definition}, round {round}",
    },
    "benchmark.round": {"nl": "Ronde:", "en": "Round:"},
    "benchmark.round.tip": {
        "nl": "Welk antwoord van het bedrijf wordt vergeleken: vergelijkbare bedrijven komen uit dezelfde ronde",
        "en": "Which of the firm's answers is compared: peers come from the same round",
    },
    "benchmark.peers.n.one": {
        "nl": "{count} vergelijkbaar bedrijf (het bedrijf zelf niet meegeteld)",
        "en": "{count} peer firm (the firm itself not counted)",
    },
    "benchmark.peers.n.other": {
        "nl": "{count} vergelijkbare bedrijven (het bedrijf zelf niet meegeteld)",
        "en": "{count} peer firms (the firm itself not counted)",
    },
    "benchmark.peers.n.withheld": {
        "nl": "Vergelijkbare bedrijven: c (groep niet vrijgegeven)",
        "en": "Peer firms: c (group not released)",
    },
    "benchmark.peers.widened": {"nl": "Verruimd: {steps}.", "en": "Widened: {steps}."},
    "benchmark.peers.not_widened": {
        "nl": "Niet verruimd: de smalste groep is groot genoeg.",
        "en": "Not widened: the narrowest group is large enough.",
    },
    "benchmark.peers.user_defined": {
        "nl": "Zelf bepaald: deze groep wordt niet automatisch verruimd.",
        "en": "Defined by you: this group is not widened automatically.",
    },
    "benchmark.peers.hint": {
        "nl": "Alleen deze definitie bepaalt de vergelijkingsgroep; de filters van de verkenner tellen hier "
              "niet mee.",
        "en": "Only this definition decides the peer group; the explorer's filters do not apply here.",
    },
    # What the briefing will withhold.
    "benchmark.disclosure.all_shown": {
        "nl": "Alle cijfers kunnen getoond worden.",
        "en": "All figures can be shown.",
    },
    "benchmark.disclosure.withheld.one": {
        "nl": "{count} cijfer afgeschermd: {reasons}",
        "en": "{count} figure withheld: {reasons}",
    },
    "benchmark.disclosure.withheld.other": {
        "nl": "{count} cijfers afgeschermd: {reasons}",
        "en": "{count} figures withheld: {reasons}",
    },
    "benchmark.disclosure.reason": {"nl": "{reason} ({count}×)", "en": "{reason} ({count}×)"},
    "benchmark.disclosure.group": {
        "nl": "Geen enkel cijfer over vergelijkbare bedrijven kan getoond worden: {reason}",
        "en": "No figure about peer firms can be shown: {reason}",
    },
    "benchmark.disclosure.tip": {
        "nl": "Wat de briefing als c afschermt om andere bedrijven te beschermen, en waarom (regels R1–R5).",
        "en": "What the briefing withholds as c to protect other firms, and why (rules R1–R5).",
    },
    "benchmark.preview.busy": {"nl": "Vergelijking berekenen…", "en": "Computing the comparison…"},
    "benchmark.preview.failed": {
        "nl": "De vergelijking kon niet worden gemaakt: {reason}",
        "en": "The comparison could not be made: {reason}",
    },
    # The preview.
    "benchmark.key_points": {"nl": "Belangrijkste bevindingen", "en": "Key points"},
    "benchmark.key_points.none": {
        "nl": "Er zijn geen bevindingen die zonder afscherming getoond kunnen worden.",
        "en": "There are no findings that can be shown without suppression.",
    },
    "benchmark.table.title": {
        "nl": "Vergelijking per vraag (zoals in de briefing)",
        "en": "Comparison per question (as in the briefing)",
    },
    "benchmark.column.question": {"nl": "Vraag", "en": "Question"},
    "benchmark.column.answer": {"nl": "Antwoord van het bedrijf", "en": "The firm's answer"},
    "benchmark.column.peers": {"nl": "Vergelijkbare bedrijven", "en": "Peer firms"},
    "benchmark.column.n": {"nl": "n", "en": "n"},
    "benchmark.column.note": {"nl": "Toelichting", "en": "Note"},
    "benchmark.column.n.tip": {
        "nl": "Aantal vergelijkbare bedrijven dat de vraag beantwoordde; het bedrijf zelf telt nooit mee",
        "en": "Number of peer firms that answered the question; the firm itself never counts",
    },
    "benchmark.answer.none": {"nl": "niet beantwoord", "en": "not answered"},
    "benchmark.answer.ticked": {"nl": "aangekruist", "en": "ticked"},
    "benchmark.answer.not_ticked": {"nl": "niet aangekruist", "en": "not ticked"},
    "benchmark.peers.median": {"nl": "mediaan {median}", "en": "median {median}"},
    "benchmark.note.share": {
        "nl": "gaven hetzelfde antwoord; 95%-interval {ci}",
        "en": "gave the same answer; 95% interval {ci}",
    },
    "benchmark.note.share.no_ci": {"nl": "gaven hetzelfde antwoord", "en": "gave the same answer"},
    "benchmark.note.no_answer": {
        "nl": "geen vergelijking: het bedrijf beantwoordde deze vraag niet",
        "en": "no comparison: the firm did not answer this question",
    },
    "benchmark.note.multi": {
        "nl": "per optie: aandeel dat de optie aankruiste",
        "en": "per option: share that ticked the option",
    },
    "benchmark.note.option": {"nl": "kruisten aan; 95%-interval {ci}", "en": "ticked it; 95% interval {ci}"},
    "benchmark.note.option.no_ci": {"nl": "kruisten aan", "en": "ticked it"},
    "benchmark.note.likert": {
        "nl": "kozen hetzelfde; van laag naar hoog: {spread}",
        "en": "chose the same; from low to high: {spread}",
    },
    "benchmark.note.likert.no_answer": {"nl": "van laag naar hoog: {spread}", "en": "from low to high: {spread}"},
    "benchmark.note.quartiles": {
        "nl": "middelste helft {q1} tot {q3}",
        "en": "middle half {q1} to {q3}",
    },
    "benchmark.note.band": {
        "nl": "positie: {band}",
        "en": "position: {band}",
    },
    "benchmark.note.quartiles_withheld": {
        "nl": "mediaan en kwartielen: {reason}",
        "en": "median and quartiles: {reason}",
    },
    # Export.
    "benchmark.export.lang": {"nl": "&Taal van de briefing:", "en": "Briefing &language:"},
    "benchmark.export.lang.tip": {
        "nl": "De taal van de PDF; die staat los van de taal van het venster.",
        "en": "The language of the PDF, independent of the language of the window.",
    },
    "benchmark.export.button": {"nl": "Briefing &exporteren…", "en": "&Export briefing…"},
    "benchmark.export.tip": {
        "nl": "Een PDF-briefing van dit bedrijf tegenover zijn vergelijkingsgroep opslaan; geen ander bedrijf is "
              "erin te herkennen.",
        "en": "Save a PDF briefing of this firm against its peer group; no other firm can be recognised in it.",
    },
    "benchmark.export.title": {"nl": "Briefing opslaan", "en": "Save briefing"},
    "benchmark.export.filter": {"nl": "PDF-bestanden (*.pdf)", "en": "PDF files (*.pdf)"},
    "benchmark.export.busy": {"nl": "Briefing opslaan: {path}…", "en": "Saving briefing: {path}…"},
    "benchmark.export.saved": {"nl": "Briefing opgeslagen: {path}", "en": "Briefing saved: {path}"},
    "benchmark.export.not_saved": {"nl": "Briefing niet opgeslagen", "en": "Briefing not saved"},
    "benchmark.export.refused.text": {
        "nl": "De briefing kon niet worden opgeslagen.\n\nReden: {reason}",
        "en": "The briefing could not be saved.\n\nReason: {reason}",
    },
    "benchmark.export.refused.question": {
        "nl": "Wilt u een andere naam of map kiezen?",
        "en": "Do you want to choose another name or folder?",
    },
    "benchmark.export.other_name": {"nl": "Andere &naam kiezen…", "en": "Choose another &name…"},
    "benchmark.export.bug.text": {
        "nl": "Bij het maken van de briefing ging iets mis in Survey Explorer zelf. Meld dit alstublieft, met "
              "deze gegevens:\n\n{detail}",
        "en": "Something went wrong inside Survey Explorer while making the briefing. Please report this, with "
              "these details:\n\n{detail}",
    },
}
