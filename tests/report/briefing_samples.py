"""Hand-built briefings for the rendering tests and for looking at the PDF as an image."""

from __future__ import annotations

import datetime as dt

from explorer.core.disclosure import SHOWN, Reason, Verdict
from explorer.report.content.model import (
    Briefing,
    LikertItem,
    MethodInfo,
    MultiItem,
    MultiOption,
    NumericItem,
    Reference,
    ShareItem,
    SuppressedCell,
    Theme,
)

SHA = "3f2a9c0d5e7b1a4c6d8e0f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c"
FEW = Verdict.suppress(Reason.TOO_FEW_PEERS, min_peers=5)
SAME = Verdict.suppress(Reason.ALL_OR_ALL_BUT_ONE)
QUARTILES = Verdict.suppress(Reason.QUARTILES_NEED_10, min_firms=10)

TEXT = {
    "nl": {
        "themes": ("Reshoring en nearshoring", "Motieven en knelpunten", "Toeleveringsketen",
                   "Bedrijfsprofiel"),
        "reshoring_q": "Overweegt uw bedrijf de komende twee jaar productie terug te halen naar Europa?",
        "yes": "Ja", "no": "Nee",
        "near_q": "Heeft uw bedrijf in 2021 leveranciers dichter bij huis gezocht?",
        "near_a": "Ja, maar erg moeilijk en/of veel duurder",
        "backshored_q": "Heeft uw bedrijf sinds 2019 productie uit het buitenland teruggehaald?",
        "motives_q": "Welke motieven spelen een rol bij (over)weging van reshoring? (meerdere antwoorden)",
        "motives": ("Automatisering", "Kwaliteitsproblemen bij leveranciers",
                    "Nabijheid van klanten", "'Made in'-effect", "Innovatiestrategie",
                    "Kleiner loonkostenverschil"),
        "barriers_q": "Hoe groot is het probleem van logistieke verstoringen voor uw bedrijf?",
        "scale": ("Geen probleem", "Klein probleem", "Matig probleem", "Groot probleem",
                  "Zeer groot probleem"),
        "stock_q": "Hoe heeft uw bedrijf zijn voorraadbeleid aangepast na corona?",
        "stock_scale": ("Veel minder voorraad", "Minder", "Gelijk", "Meer", "Veel meer voorraad"),
        "suppliers_q": "Welke veranderingen heeft uw bedrijf in de toeleveringsketen doorgevoerd?",
        "suppliers": ("Meer Europese leveranciers", "Meer gespreide leveranciers",
                      "Meer Belgische leveranciers", "Andere"),
        "staff_q": "Aantal werknemers (voltijdse equivalenten)", "staff_unit": "VTE",
        "export_q": "Aandeel van de omzet uit export", "rd_q": "Uitgaven aan O&O per werknemer",
        "points": (
            "Uw bedrijf overweegt reshoring; 18% van de 27 vergelijkbare bedrijven ook.",
            "U kruiste automatisering aan als motief; dat deed 41% van de vergelijkbare bedrijven.",
            "Met 42 VTE zit u boven de mediaan (35 VTE) van de vergelijkbare bedrijven.",
            "Logistieke verstoringen zijn voor u een groot probleem; voor 30% van de "
            "vergelijkbare bedrijven ook.",
        ),
        "peers": "NACE 25 × 10–49 werknemers × middel-laagtechnologisch",
        "widened": ("NACE-afdeling 25 verruimd tot sectie C (metaal en elektro)",),
        "filters": "Golf 2021; regio Vlaanderen",
        "interval": "Wilson-scoreinterval, 95%, ongewogen",
        "refs": (("Bedrijven die productie terughaalden (EMS 2013–2015)", 0.043, "EMS, rapport 002 §2.3.1"),
                 ("Leveranciers dichter bij huis: ja, maar erg moeilijk", 0.42, "Fedustria, sept. 2021"),
                 ("Strategische voorraad na corona", 0.35, "Flanders Make 2021")),
        "extra_cell": "Omzet (som over de vergelijkbare bedrijven)",
        "method_note": "Ongewogen: elk bedrijf telt even zwaar.",
    },
    "en": {
        "themes": ("Reshoring and nearshoring", "Motives and barriers", "Supply chain",
                   "Firm profile"),
        "reshoring_q": "Is your firm considering bringing production back to Europe within two years?",
        "yes": "Yes", "no": "No",
        "near_q": "Did your firm look for suppliers closer to home in 2021?",
        "near_a": "Yes, but very hard and/or much more expensive",
        "backshored_q": "Has your firm brought production back from abroad since 2019?",
        "motives_q": "Which motives play a role in (considering) reshoring? (several answers)",
        "motives": ("Automation", "Poor quality at suppliers", "Proximity to customers",
                    "'Made in' effect", "Innovation strategy", "Smaller labour-cost gap"),
        "barriers_q": "How big a problem are logistics disruptions for your firm?",
        "scale": ("No problem", "Small problem", "Moderate problem", "Big problem",
                  "Very big problem"),
        "stock_q": "How did your firm change its stock policy after corona?",
        "stock_scale": ("Much less stock", "Less", "Same", "More", "Much more stock"),
        "suppliers_q": "Which supply-chain changes has your firm made?",
        "suppliers": ("More European suppliers", "More diversified suppliers",
                      "More Belgian suppliers", "Other"),
        "staff_q": "Number of employees (full-time equivalents)", "staff_unit": "FTE",
        "export_q": "Share of turnover from exports", "rd_q": "R&D spending per employee",
        "points": (
            "Your firm is considering reshoring; so are 18% of the 27 peer firms.",
            "You ticked automation as a motive; so did 41% of the peer firms.",
            "With 42 FTE you are above the median (35 FTE) of the peer firms.",
            "Logistics disruptions are a big problem for you; for 30% of the peer firms as well.",
        ),
        "peers": "NACE 25 × 10–49 employees × medium-low technology",
        "widened": ("NACE division 25 widened to section C (manufacturing)",),
        "filters": "Wave 2021; region Flanders",
        "interval": "Wilson score interval, 95%, unweighted",
        "refs": (("Firms that backshored production (EMS 2013–2015)", 0.043, "EMS, report 002 §2.3.1"),
                 ("Suppliers closer to home: yes, but very hard", 0.42, "Fedustria, Sept. 2021"),
                 ("Strategic stock after corona", 0.35, "Flanders Make 2021")),
        "extra_cell": "Turnover (sum over the peer firms)",
        "method_note": "Unweighted: every firm counts the same.",
    },
}


def sample_briefing(lang: str = "nl", firm_name: str = "Łódź Škoda Ærø <b>& Zonen</b> BV",
                    peer_n: int = 27) -> Briefing:
    x = TEXT[lang]
    reshoring = Theme(x["themes"][0], [
        ShareItem(x["reshoring_q"], x["yes"], 0.18, (0.08, 0.36), 27, SHOWN),
        ShareItem(x["near_q"], x["near_a"], 0.42, (0.26, 0.60), 26, SHOWN),
        ShareItem(x["backshored_q"], x["no"], None, None, 27, SAME),
    ])
    motive_shares = (0.41, 0.22, 0.37, 0.15, 0.19, 0.07)
    motive_ci = ((0.25, 0.59), (0.11, 0.41), (0.22, 0.55), (0.06, 0.33), (0.08, 0.37), (0.02, 0.23))
    motives = Theme(x["themes"][1], [
        MultiItem(x["motives_q"], [
            MultiOption(label, label in (x["motives"][0], x["motives"][2]),
                        share if i != 5 else None, 27, SHOWN if i != 5 else SAME, ci if i != 5 else None)
            for i, (label, share, ci) in enumerate(zip(x["motives"], motive_shares, motive_ci))
        ]),
        LikertItem(x["barriers_q"], x["scale"], 3, (0.11, 0.19, 0.33, 0.30, 0.07), 27, SHOWN),
        LikertItem(x["stock_q"], x["stock_scale"], 2, None, 4, FEW),
    ])
    supply = Theme(x["themes"][2], [
        MultiItem(x["suppliers_q"], [
            MultiOption(x["suppliers"][0], True, 0.20, 25, SHOWN, (0.09, 0.39)),
            MultiOption(x["suppliers"][1], False, 0.17, 25, SHOWN, (0.06, 0.35)),
            MultiOption(x["suppliers"][2], True, 0.08, 25, SHOWN, (0.02, 0.25)),
            MultiOption(x["suppliers"][3], False, None, 25, SAME),
        ]),
    ])
    profile = Theme(x["themes"][3], [
        NumericItem(x["staff_q"], x["staff_unit"], 42, (50, 75), 35, 22, 48, 27, SHOWN),
        NumericItem(x["export_q"], "%", 65, (50, 75), None, None, None, 8, SHOWN, QUARTILES),
        NumericItem(x["rd_q"], "€", 4300.5, None, None, None, None, 3, FEW),
    ])
    return Briefing(
        firm_id="NL-0425", firm_name=firm_name, lang=lang, created=dt.date(2025, 3, 14),
        source_file="association_reshoring_survey_2021.xlsx", source_sha256=SHA,
        peer_definition=x["peers"], peer_n=peer_n, widened_steps=list(x["widened"]), min_peers=5,
        key_points=list(x["points"]), themes=[reshoring, motives, supply, profile],
        method=MethodInfo(
            filters=x["filters"], interval_method=x["interval"],
            rules_applied=["R1", "R2", "R3", "R4", "R5"],
            suppressed=[SuppressedCell(x["extra_cell"], Verdict.suppress(Reason.DOMINANCE))],
            notes=[x["method_note"]],
        ),
        references=[Reference(text, value, source) for text, value, source in x["refs"]],
    )
