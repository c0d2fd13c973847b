"""What reading a file produces: one frame of answers plus what the header rows said."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class ColumnInfo:
    """One data column as the file presented it.

    `name` is unique within the table and is what `inspect` reports; `question_text` and
    `option_label` come from the header rows of tools that write two or three of them
    (SurveyMonkey, Qualtrics) or from SPSS variable labels.
    """

    name: str
    question_text: str = ""
    option_label: str = ""
    export_tag: str = ""
    is_metadata: bool = False
    open_ended: bool = False
    value_labels: tuple[tuple[object, str], ...] = ()


@dataclass(frozen=True)
class LoadedTable:
    """A survey file read into memory. The frame is never modified after loading."""

    path: str
    sheet: str | None
    sheets: tuple[str, ...]
    format: str
    header_rows: int
    frame: pd.DataFrame
    columns: tuple[ColumnInfo, ...]
    warnings: tuple[str, ...]
    sha256: str
    from_cache: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return len(self.frame)

    def column(self, name: str) -> ColumnInfo:
        for info in self.columns:
            if info.name == name:
                return info
        raise KeyError(name)
