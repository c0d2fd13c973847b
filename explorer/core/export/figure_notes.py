"""The lines every exported figure ends with, in one wording: a note per reason a figure was
withheld and the closing line with the date the export was made.

Chart images, crosstab tables and slides each print these under their figures; they take them
from here so that a `c` reads the same whichever export it is in.
"""

from __future__ import annotations

import datetime as dt

from explorer.core.i18n import reason_text, tr


def withheld_notes(verdicts, lang: str) -> tuple[str, ...]:
    """One line per withheld figure's reason (the verdicts of a release plan's `reasons`)."""
    return tuple(tr("export.suppressed", lang, reason=reason_text(v.reason, lang, dict(v.params)))
                 for v in verdicts)


def made_line(when: dt.date, lang: str) -> str:
    """The closing line: the app, the date, and that small groups and traceable figures show as `c`."""
    return tr("export.made", lang, date=when.isoformat())
