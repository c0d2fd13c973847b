"""The names of a summary's groups and splits as a reader sees them, in every output.

`small` → `Klein (10–49)`, `medium-high` → `Midden-hoogtechnologisch`, `25` → `25 Vervaardiging van
producten van metaal …`, `total` → `Totaal`: exports, slides and charts never show internal codes.
"""

from __future__ import annotations

from explorer.core.i18n import MESSAGES, tr

TOTAL = "total"


def group_label(code: str, by: str | None, scheme: str, lang: str, short: bool = False) -> str:
    """The display name of a group code of the split `by`; `short`: a sector's short name (charts)."""
    if code == TOTAL:
        return tr("chart.total", lang)
    try:
        if by == "size":
            from explorer.core.taxonomy import size_label

            return size_label(code, scheme, lang)
        if by == "tech":
            from explorer.core.taxonomy import tech_label

            return tech_label(code, lang)
        if by in ("sector", "section"):
            from explorer.core.taxonomy import division_short_title, division_title, section_title

            title = division_title(code, lang) if by == "sector" else section_title(code, lang)
            if short and by == "sector":
                title = division_short_title(code, lang) or title
            return f"{code} {title}" if title else code
    except (ValueError, KeyError, LookupError):
        pass
    return code


def by_label(by: str | None, lang: str) -> str:
    """The name of a split: `grootteklasse`, `technology class`; a question key as it is."""
    if not by:
        return ""
    key = f"by.{by}"
    return tr(key, lang) if key in MESSAGES else by
