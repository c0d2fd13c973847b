"""Every visible string of the charts and their exports, in Dutch and English.

Kept beside the charts in the same shape as `explorer.core.i18n.MESSAGES` (key → {"nl", "en"},
`{placeholders}`), so that the whole dictionary can move into that one catalogue unchanged;
tests/ui/test_charts.py checks it the same way tests/core/test_i18n.py checks the catalogue.

Also here: cheap number formatting for labels that are redrawn on every filter click (babel costs
tens of microseconds per call; a chart formats up to a few hundred numbers per update), and the
display names of group codes (size classes, technology classes, NACE divisions).
"""

from __future__ import annotations

import math

from explorer.core.disclosure import Reason

FALLBACK = "en"

MESSAGES: dict[str, dict[str, str]] = {
    "chart.total": {"nl": "Totaal", "en": "Total"},
    "chart.axis.share": {"nl": "Aandeel van de respondenten", "en": "Share of respondents"},
    "chart.axis.ticked": {"nl": "Aandeel dat deze optie aankruiste", "en": "Share who ticked this option"},
    "chart.axis.option": {"nl": "Aandeel ‘{option}’", "en": "Share ‘{option}’"},
    "chart.axis.likert": {"nl": "← {negative}      {positive} →", "en": "← {negative}      {positive} →"},
    "chart.axis.bins": {"nl": "Aandeel van de respondenten per klasse", "en": "Share of respondents per bin"},
    "chart.axis.value": {"nl": "Waarde", "en": "Value"},
    "chart.n": {"nl": "n = {n}", "en": "n = {n}"},
    "chart.n_eff": {"nl": "n = {n}, effectief {n_eff}", "en": "n = {n}, effective {n_eff}"},
    "chart.n.tiny": {"nl": "n < {min_n}", "en": "n < {min_n}"},
    "chart.n.none": {"nl": "geen antwoorden", "en": "no answers"},
    "chart.n.total": {
        "nl": "n = {n} van {selected} geselecteerde bedrijven",
        "en": "n = {n} of {selected} selected firms",
    },
    "chart.n_eff.total": {
        "nl": "n = {n} (effectief {n_eff}) van {selected} geselecteerde bedrijven, gewogen",
        "en": "n = {n} (effective {n_eff}) of {selected} selected firms, weighted",
    },
    "chart.note.interval": {
        "nl": "Streepjes: 95%-betrouwbaarheidsinterval (Wilson).",
        "en": "Whiskers: 95% confidence interval (Wilson).",
    },
    "chart.note.small": {
        "nl": "Gearceerd: kleine groep (n < {small_n}), voorzichtig interpreteren.",
        "en": "Hatched: small group (n < {small_n}), interpret with care.",
    },
    "chart.note.tiny": {
        "nl": "Grijs: minder dan {min_n} antwoorden, te weinig om te delen.",
        "en": "Grey: fewer than {min_n} answers, too few to share.",
    },
    "chart.note.multi": {
        "nl": "Meerdere antwoorden mogelijk; aandelen tellen niet op tot 100%.",
        "en": "Several answers possible; shares do not add up to 100%.",
    },
    "chart.note.sorted": {"nl": "Gesorteerd op het totaal.", "en": "Sorted by the total."},
    "chart.note.dont_know": {
        "nl": "Niet meegeteld: {answers}.",
        "en": "Not counted: {answers}.",
    },
    "chart.note.more_groups": {
        "nl": "De {shown} grootste van {count} groepen getoond; niet getoond: {hidden}.",
        "en": "The {shown} largest of {count} groups shown; not shown: {hidden}.",
    },
    "chart.note.stacked": {
        "nl": "Te veel groepen voor naast elkaar geplaatste staven: per groep de verdeling over de antwoorden.",
        "en": "Too many groups for side-by-side bars: each group's answers as one stacked bar.",
    },
    "chart.note.box": {
        "nl": "Doos: eerste kwartiel, mediaan (streep) en derde kwartiel.",
        "en": "Box: first quartile, median (line) and third quartile.",
    },
    "chart.note.no_histogram": {
        "nl": "Geen verdeling beschikbaar.",
        "en": "No distribution available.",
    },
    "chart.empty": {"nl": "Geen antwoorden voor deze selectie.", "en": "No answers for this selection."},
    "chart.no_chart": {
        "nl": "Deze vraag heeft open antwoorden; daar hoort geen grafiek bij.",
        "en": "This question has open answers; there is no chart for it.",
    },
    "chart.nothing": {"nl": "Kies een vraag om de grafiek te zien.", "en": "Choose a question to see its chart."},
    "tip.share": {"nl": "{option}: {share}", "en": "{option}: {share}"},
    "tip.interval": {"nl": "95%-interval: {low} – {high}", "en": "95% interval: {low} – {high}"},
    "tip.count": {"nl": "{count} van {n} respondenten", "en": "{count} of {n} respondents"},
    "tip.small": {
        "nl": "Kleine groep (n < {small_n}): voorzichtig interpreteren.",
        "en": "Small group (n < {small_n}): interpret with care.",
    },
    "tip.tiny": {
        "nl": "Minder dan {min_n} antwoorden: niet geschikt om te delen.",
        "en": "Fewer than {min_n} answers: not fit to share.",
    },
    "tip.suppressed": {
        "nl": "Niet getoond (c); de reden staat onder de grafiek.",
        "en": "Not shown (c); the reason is given under the chart.",
    },
    "tip.bin": {"nl": "{low} tot {high}: {share}", "en": "{low} to {high}: {share}"},
    "tip.quartiles": {
        "nl": "Q1 {q1} · mediaan {median} · Q3 {q3}",
        "en": "Q1 {q1} · median {median} · Q3 {q3}",
    },
    "tip.mean": {"nl": "Gemiddelde {mean}", "en": "Mean {mean}"},
    # Export captions.
    "export.question": {"nl": "Vraag: {question}", "en": "Question: {question}"},
    "export.filter": {"nl": "Selectie: {filter}", "en": "Selection: {filter}"},
    "export.filter.all": {"nl": "alle bedrijven", "en": "all firms"},
    "export.split": {"nl": "Uitgesplitst naar: {by}", "en": "Split by: {by}"},
    "export.made": {
        "nl": "Survey Explorer, {date}. Kleine groepen en herleidbare cijfers zijn vervangen door c.",
        "en": "Survey Explorer, {date}. Small groups and traceable figures are replaced by c.",
    },
    "export.suppressed": {"nl": "c: {reason}", "en": "c: {reason}"},
    "export.refused.total": {
        "nl": "Te weinig bedrijven in deze selectie om de grafiek te delen (minder dan {min_peers}).",
        "en": "Too few firms in this selection to share the chart (fewer than {min_peers}).",
    },
    "export.refused.all": {
        "nl": "Elk cijfer in deze grafiek zou herleidbaar zijn naar afzonderlijke bedrijven; er valt niets te delen.",
        "en": "Every figure in this chart could be traced to individual firms; there is nothing to share.",
    },
    "export.refused.kind": {
        "nl": "Van open antwoorden wordt geen grafiek gemaakt.",
        "en": "Open answers are not exported as a chart.",
    },
    "export.failed": {
        "nl": "{file} kon niet worden opgeslagen: {error}",
        "en": "{file} could not be saved: {error}",
    },
    "export.no_clipboard": {
        "nl": "Het klembord is niet beschikbaar.",
        "en": "The clipboard is not available.",
    },
    "by.size": {"nl": "grootteklasse", "en": "size class"},
    "by.tech": {"nl": "technologieklasse", "en": "technology class"},
    "by.sector": {"nl": "sector (NACE-afdeling)", "en": "sector (NACE division)"},
    "by.section": {"nl": "sector (NACE-sectie)", "en": "sector (NACE section)"},
    "by.region": {"nl": "regio", "en": "region"},
    "by.wave": {"nl": "bevraging", "en": "survey round"},
    # Disclosure reasons (explorer.core.disclosure.REASON_TEXTS), translated.
    "reason.too_few_peers": {
        "nl": "minder dan {min_peers} bedrijven.",
        "en": "fewer than {min_peers} firms.",
    },
    "reason.no_data": {"nl": "geen antwoorden.", "en": "no answers."},
    "reason.p_percent": {
        "nl": "het bedrag van één bedrijf zou te nauwkeurig te schatten zijn.",
        "en": "one firm's amount could be estimated too closely.",
    },
    "reason.dominance": {
        "nl": "twee bedrijven maken het grootste deel van het totaal uit.",
        "en": "two firms make up most of the total.",
    },
    "reason.quartiles_need_10": {
        "nl": "kwartielen pas vanaf {min_firms} bedrijven.",
        "en": "quartiles need at least {min_firms} firms.",
    },
    "reason.all_or_all_but_one": {
        "nl": "alle of op één na alle bedrijven gaven hetzelfde antwoord.",
        "en": "all or all but one firm gave the same answer.",
    },
    "reason.secondary": {
        "nl": "verborgen zodat een ander verborgen cijfer niet terug te rekenen is.",
        "en": "hidden so that another hidden figure cannot be worked out.",
    },
    "reason.differencing": {
        "nl": "verschilt met minder dan {threshold} bedrijven van een andere groep.",
        "en": "differs from another group by fewer than {threshold} firms.",
    },
}


def tr(key: str, lang: str, **params: object) -> str:
    texts = MESSAGES[key]
    text = texts.get(lang) or texts[FALLBACK]
    return text.format(**params) if params else text


def reason_text(reason: Reason | str, lang: str, params: dict | None = None) -> str:
    """A disclosure reason in plain words; placeholders come from the Verdict's params."""
    values = {"min_peers": 5, "min_firms": 10, "threshold": 5}
    values.update(params or {})
    return tr(f"reason.{Reason(reason).value}", lang, **values)


# ---- numbers ----------------------------------------------------------------------------------

def format_count(value: int | float, lang: str) -> str:
    """12.345 (nl) / 12,345 (en); without babel, it runs on every redraw."""
    text = f"{int(round(value)):,}"
    return text.replace(",", ".") if lang == "nl" else text


def format_decimal(value: float, lang: str, decimals: int = 1) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    text = f"{value:,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_percent(percent: float, lang: str, decimals: int | None = None) -> str:
    """A percentage (0–100, not a fraction): one decimal under 10 %, none from 10 % up."""
    if percent is None or not math.isfinite(percent):
        return "–"
    if decimals is None:
        decimals = 1 if abs(percent) < 9.95 else 0
    return format_decimal(percent, lang, decimals) + "%"


def format_value(value: float, lang: str) -> str:
    """A measured value (numeric question) with as many decimals as its size needs."""
    if value is None or not math.isfinite(value):
        return "–"
    size = abs(value)
    decimals = 0 if size >= 100 or float(value).is_integer() else (1 if size >= 10 else 2)
    return format_decimal(value, lang, decimals)


def n_text(n: int, n_eff: float, weighted: bool, lang: str) -> str:
    if weighted:
        return tr("chart.n_eff", lang, n=format_count(n, lang), n_eff=format_count(n_eff, lang))
    return tr("chart.n", lang, n=format_count(n, lang))


# ---- group names ------------------------------------------------------------------------------

def group_label(code: str, by: str | None, scheme: str, lang: str) -> str:
    """The display name of a group code: `small` → `Klein (10–49)`, `25` → `25 Vervaardiging …`."""
    if code == "total":
        return tr("chart.total", lang)
    try:
        if by == "size":
            from explorer.core.taxonomy import size_label

            return size_label(code, scheme, lang)
        if by == "tech":
            from explorer.core.taxonomy import tech_label

            return tech_label(code, lang)
        if by == "sector":
            from explorer.core.taxonomy import division_title

            title = division_title(code, lang)
            return f"{code} {title}" if title else code
        if by == "section":
            from explorer.core.taxonomy import section_title

            title = section_title(code, lang)
            return f"{code} {title}" if title else code
    except (ValueError, KeyError, LookupError):
        pass
    return code


def by_label(by: str | None, lang: str) -> str:
    if not by:
        return ""
    key = f"by.{by}"
    return tr(key, lang) if key in MESSAGES else by
