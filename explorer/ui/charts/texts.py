"""Every visible string of the charts and their exports, in Dutch and English.

The messages themselves live in the one catalogue (explorer/core/messages_charts.py, merged into
explorer.core.i18n); `tr` here is that catalogue's.

Also here: cheap number formatting for labels that are redrawn on every filter click (babel costs
tens of microseconds per call; a chart formats up to a few hundred numbers per update), and the
display names of group codes (size classes, technology classes, NACE divisions).
"""

from __future__ import annotations

import math

from explorer.core.disclosure import reason_text  # noqa: F401  (the one wording of a reason)

from explorer.core.i18n import FALLBACK_LANGUAGE as FALLBACK, MESSAGES, tr  # noqa: F401  (one catalogue)


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


def total_text(summary, lang: str) -> str:
    """'n = 140 of 385 selected firms' (weighted: with the effective n); for a survey asked in rounds
    'n = 140 · selected: 385 answers from 206 firms in 3 rounds'."""
    total = summary.total
    n, n_eff = format_count(total.n, lang), format_count(total.n_eff, lang)
    if summary.rounds is not None:
        from explorer.core.survey.panel_text import counts_sentence

        selection = counts_sentence(summary.rounds, lang)
        if summary.weighted:
            return tr("chart.n_eff.total.rounds", lang, n=n, n_eff=n_eff, selection=selection)
        return tr("chart.n.total.rounds", lang, n=n, selection=selection)
    selected = format_count(summary.firms_selected, lang)
    if summary.weighted:
        return tr("chart.n_eff.total", lang, n=n, n_eff=n_eff, selected=selected)
    return tr("chart.n.total", lang, n=n, selected=selected)


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
