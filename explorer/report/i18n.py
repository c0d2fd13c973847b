"""Every fixed text of the PDF, in Dutch and English.

Kept as plain dictionaries beside the renderer: the briefing's language is chosen per document
(a Flemish advisor may hand an English briefing to a foreign-owned firm), independent of the
language the app runs in. Texts are trusted markup (they may hold <b>); placeholders are filled
with already-escaped values.
"""

from __future__ import annotations

from explorer.core.disclosure import REASON_TEXTS, Reason, Verdict

STRINGS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Benchmarkbriefing",
        "subtitle": "Uw bedrijf vergeleken met vergelijkbare bedrijven",
        "firm_id": "Bedrijfsnummer {firm_id}",
        "date": "Datum",
        "source": "Gegevensbron",
        "peer_group": "Vergelijkingsgroep",
        "peer_n": "Vergelijkbare bedrijven",
        "peer_n_value": "{n} bedrijven (uw bedrijf niet meegeteld)",
        "widened": "Groep verruimd",
        "min_peers": "Minimale groepsgrootte",
        "min_peers_value": "{n} bedrijven naast uw bedrijf",
        "how_to_read": "Zo leest u deze briefing",
        "legend_bar": "Aandeel van de vergelijkbare bedrijven dat hetzelfde antwoordde",
        "legend_firm_bar": "Antwoorden die uw bedrijf ook gaf",
        "legend_whisker": "95 %-betrouwbaarheidsinterval: de marge door het kleine aantal bedrijven",
        "legend_firm": "Uw bedrijf",
        "legend_quartiles": "Middelste helft van de vergelijkbare bedrijven, met de mediaan",
        "legend_c": "Cijfer afgeschermd om andere bedrijven te beschermen; de reden staat in een voetnoot",
        "legend_n": "n = aantal vergelijkbare bedrijven dat de vraag beantwoordde",
        "privacy": "Deze briefing bevat geen antwoorden of waarden van individuele andere bedrijven. "
                   "Alle cijfers over vergelijkbare bedrijven zijn groepscijfers.",
        "key_points": "Belangrijkste bevindingen",
        "no_key_points": "Er zijn geen bevindingen die zonder afscherming getoond kunnen worden.",
        "references": "Gepubliceerde referentiecijfers",
        "references_intro": "Ter vergelijking: cijfers uit openbare studies over de maakindustrie.",
        "ref_figure": "Cijfer",
        "ref_value": "Waarde",
        "ref_source": "Bron",
        "compared_with": "Vergeleken met: {definition} (n = {n})",
        "compared_with_round": "Vergeleken met: {definition}, ronde {round} (n = {n})",
        "round": "Ronde",
        "round_value": "{round} (vergeleken met andere bedrijven in dezelfde ronde)",
        "trajectory": "Uw antwoorden in eerdere rondes",
        "trajectory_intro": "Uw eigen antwoorden per ronde, en per ronde het aandeel van de vergelijkbare "
                            "bedrijven (dezelfde groepsdefinitie, dezelfde ronde) dat hetzelfde antwoordde; bij getallen "
                            "in welk kwart van hen uw bedrijf valt.",
        "trajectory_round": "Ronde",
        "trajectory_answer": "Uw antwoord",
        "trajectory_share": "Vergelijkbare bedrijven in die ronde",
        "trajectory_median": "mediaan {median}",
        "trajectory_current": "{round} (deze briefing)",
        "your_answer": "Uw antwoord: <b>{answer}</b>.",
        "no_answer": "Uw bedrijf heeft deze vraag niet beantwoord.",
        "share_sentence": "{share} van de vergelijkbare bedrijven gaf hetzelfde antwoord "
                          "(95 %-interval {ci}).",
        "share_sentence_no_ci": "{share} van de vergelijkbare bedrijven gaf hetzelfde antwoord.",
        "share_suppressed": "Aandeel van de vergelijkbare bedrijven: {c}.",
        "n_is": "n = {n}",
        "multi_caption": "Oranjerode balken: door uw bedrijf aangekruist. Percentage: aandeel van de "
                         "vergelijkbare bedrijven dat de optie aankruiste, met 95 %-interval.",
        "multi_no_answer": "Uw bedrijf heeft deze vraag niet beantwoord; de balken tonen alleen de "
                           "vergelijkbare bedrijven.",
        "ticked": "aangekruist",
        "likert_caption": "Spreiding van de vergelijkbare bedrijven over de schaal.",
        "likert_suppressed": "Spreiding van de vergelijkbare bedrijven: {c}.",
        "your_firm": "Uw bedrijf",
        "your_value": "Uw waarde: <b>{value}</b>",
        "band": "Positie tussen de vergelijkbare bedrijven: {band}",
        "band_lowest": "bij de laagste {high} %",
        "band_middle": "tussen {low} % en {high} %",
        "band_highest": "bij de hoogste {width} %",
        "quartiles": "Vergelijkbare bedrijven: mediaan {median}, middelste helft {q1} tot {q3}",
        "quartiles_suppressed": "Mediaan en kwartielen: {c}",
        "numeric_suppressed": "Vergelijking met de vergelijkbare bedrijven: {c}.",
        "band_axis": "positie (%)",
        "figure_quartiles": "mediaan en kwartielen",
        "method": "Methode en verantwoording",
        "method_source": "Gegevensbron",
        "method_sha": "SHA-256 van het bronbestand",
        "method_filters": "Filters",
        "method_no_filters": "geen",
        "method_peers": "Vergelijkingsgroep",
        "method_widened": "Verruiming",
        "method_not_widened": "niet nodig",
        "method_base": "Basis van aandelen",
        "method_base_value": "de vergelijkbare bedrijven die de vraag beantwoordden; uw bedrijf telt "
                             "nooit mee. Bij meerkeuzevragen: het aandeel dat de optie aankruiste.",
        "method_intervals": "Intervallen",
        "method_numbers": "Getallen",
        "method_numbers_value": "mediaan en kwartielen (lineaire interpolatie), afgerond op twee "
                                "significante cijfers, grover waar een kwartiel gelijk zou zijn aan de waarde van "
                                "een bedrijf; uw positie als kwart van de vergelijkbare bedrijven (laagste 25 %, "
                                "25–50 %, 50–75 %, hoogste 25 %).",
        "method_rounding": "Afronding",
        "method_rounding_value": "percentages op hele procenten; daardoor tellen ze niet altijd op "
                                 "tot 100 %.",
        "rules": "Regels voor geheimhouding",
        "rules_intro": "Voor elk cijfer in deze briefing is gecontroleerd:",
        "rules_none": "Geen regels opgegeven.",
        "suppressed": "Afgeschermde cijfers",
        "suppressed_none": "Er is geen cijfer afgeschermd.",
        "suppressed_figure": "Cijfer",
        "suppressed_reason": "Reden",
        "page": "pagina {page} van {total}",
        "R1": "Elke vergelijkingsgroep telt minstens {min_peers} bedrijven naast uw bedrijf. "
              "Is de groep te klein, dan wordt ze stap voor stap verruimd (sector → sectie, "
              "grootteklasse weglaten, technologieklasse); volstaat dat niet, dan wordt het cijfer "
              "afgeschermd.",
        "R2": "Bedragen zoals omzet worden niet getoond als één bedrijf het bedrag van een "
              "ander tot op 10 % zou kunnen schatten, of als twee bedrijven samen meer dan 85 % van "
              "het totaal uitmaken.",
        "R3": "Geen individuele waarden: geen minimum, maximum of losse punten; kwartielen "
              "pas vanaf 10 bedrijven, afgerond op twee significante cijfers.",
        "R4": "Een aandeel wordt afgeschermd als alle vergelijkbare bedrijven, of alle op "
              "twee na, hetzelfde antwoord gaven: twee bedrijven die hun eigen antwoorden samenleggen, "
              "leren niets over een derde.",
        "R5": "Een afgeschermd cijfer staat als <b>c</b> met de reden in een noot; waar "
              "nodig wordt een tweede cijfer afgeschermd, zodat het eerste niet uit een totaal te "
              "berekenen is.",
    },
    "en": {
        "title": "Benchmark briefing",
        "subtitle": "Your firm compared with similar firms",
        "firm_id": "Firm ID {firm_id}",
        "date": "Date",
        "source": "Data source",
        "peer_group": "Peer group",
        "peer_n": "Peer firms",
        "peer_n_value": "{n} firms (your firm not counted)",
        "widened": "Group widened",
        "min_peers": "Minimum group size",
        "min_peers_value": "{n} firms besides yours",
        "how_to_read": "How to read this briefing",
        "legend_bar": "Share of peer firms that gave the same answer",
        "legend_firm_bar": "Answers your firm gave as well",
        "legend_whisker": "95% confidence interval: the margin due to the small number of firms",
        "legend_firm": "Your firm",
        "legend_quartiles": "Middle half of the peer firms, with the median",
        "legend_c": "Figure suppressed to protect other firms; the reason is given in a note",
        "legend_n": "n = number of peer firms that answered the question",
        "privacy": "This briefing contains no answers or values of individual other firms. "
                   "Every figure about peer firms is a group figure.",
        "key_points": "Key points",
        "no_key_points": "There are no findings that can be shown without suppression.",
        "references": "Published reference figures",
        "references_intro": "For comparison: figures from public studies of manufacturing.",
        "ref_figure": "Figure",
        "ref_value": "Value",
        "ref_source": "Source",
        "compared_with": "Compared with: {definition} (n = {n})",
        "compared_with_round": "Compared with: {definition}, round {round} (n = {n})",
        "round": "Round",
        "round_value": "{round} (compared with other firms in the same round)",
        "trajectory": "Your answers in earlier rounds",
        "trajectory_intro": "Your own answers per round and, per round, the share of peers (the same group "
                            "definition, the same round) who gave the same answer; for numbers, which quarter of them your "
                            "firm falls in.",
        "trajectory_round": "Round",
        "trajectory_answer": "Your answer",
        "trajectory_share": "Peers in that round",
        "trajectory_median": "median {median}",
        "trajectory_current": "{round} (this briefing)",
        "your_answer": "Your answer: <b>{answer}</b>.",
        "no_answer": "Your firm did not answer this question.",
        "share_sentence": "{share} of the peer firms gave the same answer (95% interval {ci}).",
        "share_sentence_no_ci": "{share} of the peer firms gave the same answer.",
        "share_suppressed": "Share of peer firms: {c}.",
        "n_is": "n = {n}",
        "multi_caption": "Orange-red bars: ticked by your firm. Percentage: share of peer firms that "
                         "ticked the option, with 95% interval.",
        "multi_no_answer": "Your firm did not answer this question; the bars show the peer firms only.",
        "ticked": "ticked",
        "likert_caption": "How the peer firms spread over the scale.",
        "likert_suppressed": "Spread of the peer firms: {c}.",
        "your_firm": "Your firm",
        "your_value": "Your value: <b>{value}</b>",
        "band": "Position among the peer firms: {band}",
        "band_lowest": "among the lowest {high}%",
        "band_middle": "between {low}% and {high}%",
        "band_highest": "among the highest {width}%",
        "quartiles": "Peer firms: median {median}, middle half {q1} to {q3}",
        "quartiles_suppressed": "Median and quartiles: {c}",
        "numeric_suppressed": "Comparison with the peer firms: {c}.",
        "band_axis": "position (%)",
        "figure_quartiles": "median and quartiles",
        "method": "Method and sources",
        "method_source": "Data source",
        "method_sha": "SHA-256 of the source file",
        "method_filters": "Filters",
        "method_no_filters": "none",
        "method_peers": "Peer group",
        "method_widened": "Widening",
        "method_not_widened": "not needed",
        "method_base": "Base of shares",
        "method_base_value": "the peer firms that answered the question; your firm never counts. "
                             "Multiple choice: the share that ticked the option.",
        "method_intervals": "Intervals",
        "method_numbers": "Numbers",
        "method_numbers_value": "median and quartiles (linear interpolation), rounded to two "
                                "significant figures, coarser where a quartile would equal a firm's value; "
                                "your position as a quarter of the peer firms (lowest 25%, 25–50%, 50–75%, highest 25%).",
        "method_rounding": "Rounding",
        "method_rounding_value": "percentages to whole per cent, so they do not always add up to 100%.",
        "rules": "Disclosure rules",
        "rules_intro": "Every figure in this briefing was checked against:",
        "rules_none": "No rules given.",
        "suppressed": "Suppressed figures",
        "suppressed_none": "No figure was suppressed.",
        "suppressed_figure": "Figure",
        "suppressed_reason": "Reason",
        "page": "page {page} of {total}",
        "R1": "Every peer group has at least {min_peers} firms besides yours. A group that is "
              "too small is widened step by step (division → section, size class dropped, technology "
              "class); if that does not suffice, the figure is suppressed.",
        "R2": "Amounts such as turnover are not shown when one firm could estimate another's "
              "to within 10%, or when two firms make up more than 85% of the total.",
        "R3": "No individual values: no minimum, maximum or single points; quartiles only "
              "from 10 firms, rounded to two significant figures.",
        "R4": "A share is suppressed when all peer firms, or all but two, gave the same answer: two "
              "firms that pool their own answers learn nothing about a third.",
        "R5": "A suppressed figure shows as <b>c</b> with the reason in a note; where needed "
              "a second figure is suppressed so the first cannot be worked out from a total.",
    },
}

# Disclosure notes: core gives English text keys (gettext style); Dutch versions here.
REASON_TEXTS_NL: dict[str, str] = {
    REASON_TEXTS[Reason.TOO_FEW_PEERS]: "Minder dan {min_peers} vergelijkbare bedrijven.",
    REASON_TEXTS[Reason.NO_DATA]: "Geen antwoorden om te tonen.",
    REASON_TEXTS[Reason.OVERLAPPING_GROUPS]: "Groepen die bedrijven delen, staan alleen op het scherm; exporteer één optie "
                                             "tegelijk met een filter.",
    REASON_TEXTS[Reason.P_PERCENT]: "Het bedrag van één bedrijf zou te nauwkeurig te schatten zijn.",
    REASON_TEXTS[Reason.DOMINANCE]: "Twee bedrijven maken het grootste deel van het totaal uit.",
    REASON_TEXTS[Reason.QUARTILES_NEED_10]: "Kwartielen vragen minstens {min_firms} bedrijven.",
    REASON_TEXTS[Reason.ALL_OR_ALL_BUT_ONE]: "(Bijna) alle vergelijkbare bedrijven gaven hetzelfde antwoord.",
    REASON_TEXTS[Reason.EFFECTIVE_N]: "Door de weging telt de groep effectief minder dan {min_peers} bedrijven.",
    REASON_TEXTS[Reason.ONE_FIRM_WEIGHT]: "Eén bedrijf draagt meer dan {share} % van het gewicht.",
    REASON_TEXTS[Reason.QUARTILE_IS_A_VALUE]: "Een kwartiel zou gelijk zijn aan het antwoord van één bedrijf.",
    REASON_TEXTS[Reason.SECONDARY]: "Afgeschermd zodat een ander afgeschermd cijfer niet te "
                                    "berekenen is.",
    REASON_TEXTS[Reason.DIFFERENCING]: "Verschilt van een andere vergelijkingsgroep in minder dan "
                                       "{threshold} bedrijven.",
}

RULE_CODES = ("R1", "R2", "R3", "R4", "R5")


def texts(lang: str) -> dict[str, str]:
    return STRINGS[lang]


def band_text(band: tuple[int, int], lang: str) -> str:
    """A firm's quarter among its peers in words: 'among the lowest 25%', 'between 25% and 50%', …"""
    t = STRINGS[lang]
    low, high = band
    if low == 0:
        return t["band_lowest"].format(high=high)
    if high == 100:
        return t["band_highest"].format(width=100 - low)
    return t["band_middle"].format(low=low, high=high)


def reason_note(verdict: Verdict, lang: str) -> str:
    """The plain note for a suppressed figure in `lang` (plain text, not markup)."""
    key = verdict.text_key or ""
    template = REASON_TEXTS_NL.get(key, key) if lang == "nl" else key
    params = {name: _whole(value) for name, value in verdict.params}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a new reason with other params: say it unfilled
        return verdict.note()


def _whole(value: int | float) -> int | float:
    return int(value) if float(value).is_integer() else value
