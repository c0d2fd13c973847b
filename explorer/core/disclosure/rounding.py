"""The one rounding rule for figures that leave the app.

Shares go out to a tenth of a percentage point; amounts (quartiles, axis limits, bin edges) to two
significant figures. Both round half up on the decimal value, so 0.0125 → 0.013 and 125 → 130 in
every export, chart and briefing alike.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

SHARE_DECIMALS = 3
SIGNIFICANT_DIGITS = 2


def round_share(share: float) -> float:
    """A share (0–1) to a tenth of a percentage point; NaN and infinities pass unchanged."""
    share = float(share)
    if not math.isfinite(share):
        return share
    return float(Decimal(repr(share)).quantize(Decimal(1).scaleb(-SHARE_DECIMALS), rounding=ROUND_HALF_UP))


def round_significant(x: float, digits: int = SIGNIFICANT_DIGITS) -> float:
    """`x` to `digits` significant figures (1234 → 1200, 0.01567 → 0.016); 0, NaN, ±inf unchanged."""
    if digits < 1:
        raise ValueError("digits must be at least 1")
    x = float(x)
    if x == 0.0 or not math.isfinite(x):
        return x
    exponent = Decimal(repr(abs(x))).adjusted() - digits + 1
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP))
