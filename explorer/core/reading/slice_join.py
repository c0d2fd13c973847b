"""Join the columns of a worksheet read in slices (`sheet_slices.py`) into what one read gives.

fastexcel types each slice's columns from that slice's cells alone: a column of numbers with a
few texts in one slice is text there and numbers elsewhere, a column empty in one slice has no
type there. One read of the whole sheet would have made such a column text, or numbers,
throughout. The join does the same: an empty slice takes the column's type; numbers of two
kinds become floats; numbers beside text become text written as fastexcel writes them (at most
nine decimals, trailing zeros dropped, never an exponent). Any other mix (dates beside text,
booleans beside numbers) returns None and the sheet is read whole.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc


def _is_empty(chunk: pa.Array) -> bool:
    return chunk.null_count == len(chunk)


def _is_number(kind: pa.DataType) -> bool:
    return pa.types.is_integer(kind) or pa.types.is_floating(kind)


def _target(kinds: set[pa.DataType]) -> pa.DataType | None:
    if len(kinds) == 1:
        return next(iter(kinds))
    if all(_is_number(k) for k in kinds):
        return pa.float64()
    if all(_is_number(k) or k == pa.string() for k in kinds):
        return pa.string()
    return None


def number_text(chunk: pa.Array) -> pa.Array:
    """Numbers as text the way fastexcel writes a number cell in a text column."""
    values = chunk.to_numpy(zero_copy_only=False)
    valid = ~pc.is_null(chunk).to_numpy(zero_copy_only=False)
    distinct, codes = np.unique(values[valid], return_inverse=True)
    if pa.types.is_integer(chunk.type):
        texts = [str(int(v)) for v in distinct]
    else:
        texts = [format(v, ".9f").rstrip("0").rstrip(".") for v in distinct]
    out = np.full(len(values), None, dtype=object)
    out[valid] = np.asarray(texts, dtype=object)[codes] if texts else []
    return pa.array(out, type=pa.string())


def _as(chunk: pa.Array, target: pa.DataType) -> pa.Array:
    if _is_empty(chunk):
        return pa.nulls(len(chunk), target)
    if chunk.type == target:
        return chunk
    if target == pa.string():
        return number_text(chunk)
    return pc.cast(chunk, target)


def join_columns(batches: list[pa.RecordBatch]) -> list[pa.ChunkedArray] | None:
    """One chunked column per sheet column (the widest slice decides how many), or None."""
    width = max((batch.num_columns for batch in batches), default=0)
    columns = []
    for index in range(width):
        chunks = [batch.column(index) if index < batch.num_columns else pa.nulls(batch.num_rows)
                  for batch in batches]
        kinds = {chunk.type for chunk in chunks if not _is_empty(chunk)}
        target = _target(kinds) if kinds else next((c.type for c in chunks if not pa.types.is_null(c.type)),
                                                  pa.null())
        if target is None:
            return None
        columns.append(pa.chunked_array([_as(chunk, target) for chunk in chunks], type=target))
    return columns
