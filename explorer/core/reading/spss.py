"""SPSS .sav files: value labels become the answers, user-missing codes become missing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.errors import InputError


def read_sav(path: Path, label: str | None = None) -> tuple[pd.DataFrame, object, list[str]]:
    """The raw frame (codes), pyreadstat's metadata and warnings."""
    import pyreadstat  # only needed for .sav files

    try:
        frame, meta = pyreadstat.read_sav(str(path), user_missing=True, apply_value_formats=False)
    except Exception:
        raise InputError(f"{label or path.name} is damaged or not an SPSS data file this app can read.") from None
    return frame, meta, []


def user_missing_mask(series: pd.Series, ranges: list[dict]) -> np.ndarray:
    mask = np.zeros(len(series), dtype=bool)
    numeric = pd.to_numeric(series, errors="coerce")
    for declared in ranges:
        low, high = declared.get("lo"), declared.get("hi")
        if isinstance(low, str) or isinstance(high, str):
            mask |= series.astype("str").isin({low, high}).to_numpy()
        else:
            mask |= ((numeric >= low) & (numeric <= high)).fillna(False).to_numpy()
    return mask
