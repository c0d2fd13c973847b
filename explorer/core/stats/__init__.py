"""Statistical primitives on numpy arrays: Wilson intervals, weighted shares, numeric summaries.

Independent of the survey model: callers pass integer codes, tick matrices, values and weights.
"""

from explorer.core.stats.intervals import (
    DEFAULT_CONFIDENCE,
    normal_quantile,
    wilson_interval,
    wilson_intervals,
)
from explorer.core.stats.numeric import (
    NumericSummary,
    numeric_summary,
    percentile_rank,
    weighted_quantiles,
)
from explorer.core.stats.shares import ShareResult, choice_shares, multi_shares
from explorer.core.stats.weights import kish_effective_n, normalise_weights, usable_weight_mask

__all__ = [
    "DEFAULT_CONFIDENCE",
    "NumericSummary",
    "ShareResult",
    "choice_shares",
    "kish_effective_n",
    "multi_shares",
    "normal_quantile",
    "normalise_weights",
    "numeric_summary",
    "percentile_rank",
    "usable_weight_mask",
    "weighted_quantiles",
    "wilson_interval",
    "wilson_intervals",
]
