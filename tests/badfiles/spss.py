"""SPSS .sav files written with pyreadstat: value labels, user-missing codes, compression, truncation."""

from __future__ import annotations

from pathlib import Path

from .expect import DAMAGED, Case, Opens, Refused

SAV_ROWS = 20
DONT_KNOW = 99  # user-missing code of "reshoring": "Weet niet/geen antwoord"
NO_ANSWER = 9  # user-missing code of "tevredenheid"
EMPLOYEES_MISSING = {"lo": 9998.0, "hi": 9999.0}  # user-missing range of "werknemers"


def _reshoring(i: int) -> int:
    return DONT_KNOW if i % 5 == 3 else 1 + i % 2


def _frame():
    import pandas as pd

    return pd.DataFrame({
        "bedrijf_id": [float(8001 + i) for i in range(SAV_ROWS)],
        "nace": [float([25, 28, 22, 10][i % 4]) for i in range(SAV_ROWS)],
        "werknemers": [9999.0 if i == 7 else float(10 + 13 * i) for i in range(SAV_ROWS)],
        "reshoring": [float(_reshoring(i)) for i in range(SAV_ROWS)],
        "tevredenheid": [float(NO_ANSWER if i % 6 == 5 else 1 + i % 5) for i in range(SAV_ROWS)],
    })


VALUE_LABELS = {
    "reshoring": {1.0: "Ja", 2.0: "Nee", float(DONT_KNOW): "Weet niet/geen antwoord"},
    "tevredenheid": {1.0: "Zeer ontevreden", 2.0: "Ontevreden", 3.0: "Neutraal", 4.0: "Tevreden",
                     5.0: "Zeer tevreden", float(NO_ANSWER): "Geen antwoord"},
}
MISSING = {"reshoring": [float(DONT_KNOW)], "tevredenheid": [float(NO_ANSWER)], "werknemers": [EMPLOYEES_MISSING]}
COLUMN_LABELS = ["Bedrijfsnummer", "NACE-afdeling", "Aantal werknemers",
                 "Heeft uw bedrijf productie teruggehaald?", "Tevredenheid met leveranciers"]


def _write_sav(path: Path, compress: bool = False) -> Path:
    import pyreadstat

    pyreadstat.write_sav(_frame(), str(path), column_labels=COLUMN_LABELS, compress=compress,
                         variable_value_labels=VALUE_LABELS, missing_ranges=MISSING,
                         variable_measure={"reshoring": "nominal", "tevredenheid": "ordinal"})
    return path


def make_labels_user_missing_sav(folder: Path) -> Path:
    """20 firms; value labels; 99 = "Weet niet/geen antwoord" user-missing in "reshoring", 9 in
    "tevredenheid", 9998–9999 a missing range in "werknemers"."""
    return _write_sav(folder / "labels_user_missing.sav")


def make_zlib_compressed_sav(folder: Path) -> Path:
    """The same data zlib-compressed (.zsav format) under a .sav name."""
    return _write_sav(folder / "zlib_compressed.sav", compress=True)


def make_truncated_sav(folder: Path) -> Path:
    """The .sav above cut in half."""
    path = _write_sav(folder / "truncated.sav")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


_SAMPLES = (("reshoring", 0, "Ja"), ("reshoring", 3, None), ("tevredenheid", 5, None), ("werknemers", 7, None),
            ("werknemers", 0, 10))
CASES = [
    Case("sav_labels_user_missing", make_labels_user_missing_sav, Opens(SAV_ROWS, 5, samples=_SAMPLES),
         "user-missing codes (99, 9, 9998–9999) become missing, not answers; labels replace codes"),
    Case("sav_zlib_compressed", make_zlib_compressed_sav, Opens(SAV_ROWS, 5, samples=_SAMPLES)),
    Case("sav_truncated", make_truncated_sav, Refused(DAMAGED)),
]
