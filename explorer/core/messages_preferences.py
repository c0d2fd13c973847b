"""Messages of Edit ▸ Preferences (Bewerken ▸ Voorkeuren), merged into the one catalogue."""

from __future__ import annotations

PREFERENCES_MESSAGES: dict[str, dict[str, str]] = {
    "menu.edit": {"nl": "Be&werken", "en": "&Edit"},
    "action.preferences": {"nl": "&Voorkeuren…", "en": "&Preferences…"},
    "preferences.title": {"nl": "Voorkeuren", "en": "Preferences"},
    "preferences.general": {"nl": "Algemeen", "en": "General"},
    "preferences.language": {"nl": "&Taal:", "en": "&Language:"},
    "preferences.language.system": {"nl": "Taal van het systeem", "en": "System language"},
    "preferences.scheme": {"nl": "&Grootteklassen:", "en": "&Size classes:"},
    "preferences.weighted": {
        "nl": "Cijfers wegen als het bestand een gewichtskolom &heeft",
        "en": "&Weight figures when the file has a weight column",
    },
    "preferences.cache": {
        "nl": "Ingelezen bestanden &bewaren, zodat ze sneller weer openen",
        "en": "&Keep files once read, so that they open faster next time",
    },
    "preferences.mapping": {
        "nl": "&Kolommen en vragen tonen als de herkenning onzeker is",
        "en": "Sh&ow columns and questions when recognition is unsure",
    },
    "preferences.confidentiality": {"nl": "Vertrouwelijkheid van briefings", "en": "Confidentiality of briefings"},
    "preferences.min_peers": {"nl": "&Minimum aantal vergelijkbare bedrijven:", "en": "&Minimum number of peer firms:"},
    "preferences.min_peers.note": {
        "nl": "Standaard {default}. Een lager minimum (nooit onder {lowest}) geldt alleen voor briefings en "
              "vraagt een reden; die wordt vastgelegd in het register van verstrekte groepen en op de "
              "methodepagina van elke briefing vermeld. Tabellen en grafieken houden het standaardminimum.",
        "en": "Default {default}. A lower minimum (never below {lowest}) applies to briefings only and needs a "
              "reason; it is recorded in the register of released groups and named on the method page of every "
              "briefing. Tables and charts keep the default minimum.",
    },
    "preferences.reason": {"nl": "&Reden:", "en": "&Reason:"},
    "preferences.reason.placeholder": {
        "nl": "Waarom minder dan {default} bedrijven?",
        "en": "Why fewer than {default} firms?",
    },
    "preferences.reason.needed": {
        "nl": "Geef een reden voor een minimum onder {default}, of kies {default} of meer.",
        "en": "Give a reason for a minimum below {default}, or choose {default} or more.",
    },
    "preferences.register": {"nl": "Register van verstrekte groepen", "en": "Register of released groups"},
    "preferences.register.count.one": {
        "nl": "1 groep bedrijven staat in het register.",
        "en": "1 group of firms is on record.",
    },
    "preferences.register.count.other": {
        "nl": "{count} groepen bedrijven staan in het register.",
        "en": "{count} groups of firms are on record.",
    },
    "preferences.register.cleared": {
        "nl": "Laatst gewist op {date}. Reden: {reason}",
        "en": "Last cleared on {date}. Reason: {reason}",
    },
    "preferences.register.show": {"nl": "Register bek&ijken…", "en": "Show regis&ter…"},
    "preferences.branding": {"nl": "Uw organisatie op briefings", "en": "Your organisation on briefings"},
    "preferences.organisation": {"nl": "&Organisatie:", "en": "Orga&nisation:"},
    "preferences.logo": {"nl": "&Logo (PNG of SVG):", "en": "Lo&go (PNG or SVG):"},
    "preferences.logo.choose": {"nl": "Kie&zen…", "en": "C&hoose…"},
    "preferences.logo.dialog": {"nl": "Logo kiezen", "en": "Choose a logo"},
    "preferences.logo.filter": {"nl": "Afbeeldingen ({patterns})", "en": "Images ({patterns})"},
    "preferences.advisor": {"nl": "A&dviseur:", "en": "A&dvisor:"},
    "preferences.contact": {"nl": "&Contact (e-mail of telefoon):", "en": "Cont&act (e-mail or phone):"},
    "preferences.branding.note": {
        "nl": "Staat op het voorblad en de pagina met kernpunten van elke briefing; de organisatie is ook de "
              "auteur van de pdf.",
        "en": "Printed on the cover and the key-points page of every briefing; the organisation is also the "
              "PDF's author.",
    },
}
