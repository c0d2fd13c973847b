"""Which releases hold each firm: the postings of one lineage, in numpy arrays.

A new release can only be subtracted from earlier ones that share a firm with it, so finding
those must not cost more as the lineage grows. A process that judges once (one `report --firm`)
scans the flat list of postings, which is cheaper than sorting it. A process that judges many
times (a batch) sorts the postings by firm once, looks firms up in the sorted part, and scans only
the postings added since; it sorts again when that tail has grown.
"""

from __future__ import annotations

import numpy as np

SCANS_BEFORE_SORTING = 8  # judgements after which sorting pays for itself
TAIL_BEFORE_RESORTING = 65_536  # postings added since the last sort that start another one


class Growing:
    """A numpy array appended to in place (capacity doubles)."""

    def __init__(self) -> None:
        self._data = np.empty(1024, dtype=np.int64)
        self.size = 0

    def extend(self, values: np.ndarray) -> None:
        end = self.size + values.size
        if end > self._data.size:
            grown = np.empty(max(end, 2 * self._data.size), dtype=np.int64)
            grown[: self.size] = self._data[: self.size]
            self._data = grown
        self._data[self.size:end] = values
        self.size = end

    @property
    def values(self) -> np.ndarray:
        return self._data[: self.size]


class Postings:
    """(firm, release) pairs: release positions are those of LineageIndex.rows."""

    def __init__(self) -> None:
        self.firms = Growing()
        self.releases = Growing()
        self._sorted = 0  # postings covered by the sorted part
        self._starts = np.zeros(1, dtype=np.int64)  # firm f's postings: sorted_releases[starts[f]:starts[f + 1]]
        self._sorted_releases = np.empty(0, dtype=np.int64)
        self._lookups = 0

    def add(self, firms: np.ndarray, releases: np.ndarray) -> None:
        self.firms.extend(firms)
        self.releases.extend(releases)

    def releases_holding(self, wanted: np.ndarray, is_wanted: np.ndarray) -> np.ndarray:
        """One release position per posting of a firm in `wanted` (sorted firm numbers; `is_wanted`
        marks them in a boolean array at least as long as the firm numbers in use)."""
        self._lookups += 1
        tail = self.firms.size - self._sorted
        if self._lookups > SCANS_BEFORE_SORTING and tail > max(TAIL_BEFORE_RESORTING, self._sorted // 4):
            self._sort()
        found = [self.releases.values[self._sorted:][is_wanted[self.firms.values[self._sorted:]]]]
        if self._sorted:
            inside = wanted[wanted < self._starts.size - 1]
            starts, ends = self._starts[inside], self._starts[inside + 1]
            lengths = ends - starts
            if lengths.sum():
                offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
                found.append(self._sorted_releases[offsets + np.arange(int(lengths.sum()))])
        return np.concatenate(found)

    def _sort(self) -> None:
        firms, releases = self.firms.values, self.releases.values
        order = np.argsort(firms, kind="stable")
        self._sorted_releases = releases[order]
        counts = np.bincount(firms, minlength=int(firms.max(initial=-1)) + 1)
        self._starts = np.concatenate([[0], np.cumsum(counts)])
        self._sorted = firms.size
