"""Where an export is suggested and under which name: what is in it, never the data file's name or folder.

`backshoring per grootteklasse 2025-03-14.xlsx` in the user's documents folder: the question (its
short title when it has one), the split and the day, in the user's language. The data file's own
folder is never the default, so an export cannot land beside (or over) the survey it came from.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from explorer.core.i18n import tr
from explorer.core.survey.group_labels import by_label

MAX_STEM = 80
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def documents_folder() -> Path:
    """The user's documents folder (platformdirs), or the home folder when there is none."""
    from platformdirs import user_documents_dir

    folder = Path(user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def safe_stem(text: str) -> str:
    """A file name stem on every system: no path or reserved characters, no leading dots or spaces."""
    stem = _UNSAFE.sub(" ", str(text))
    stem = " ".join(stem.split()).strip(" .")
    return stem[:MAX_STEM].rstrip(" .") or "export"


def export_stem(question: str, by: str | None, lang: str, when: dt.date | None = None) -> str:
    """`backshoring per grootteklasse 2025-03-14`: the question, the split and the day."""
    parts = [question]
    if by:
        parts.append(tr("export.name.by", lang, by=by_label(by, lang)))
    parts.append((when or dt.date.today()).isoformat())
    return safe_stem(" ".join(parts))


def suggested_path(question: str, by: str | None, lang: str, suffix: str, folder: Path | None = None,
                   when: dt.date | None = None) -> Path:
    return (folder or documents_folder()) / (export_stem(question, by, lang, when) + suffix)
