"""A raw zip writer that takes already-deflated data and writes whatever sizes it is told.

``zipfile`` cannot store pre-compressed data nor lie about sizes; zip bombs need both.
Sizes must stay below 4 GiB (no zip64).
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable

STORED, DEFLATED = 0, 8
DOS_DATE = (2023 - 1980) << 9 | 11 << 5 | 1  # 2023-11-01
DOS_TIME = 12 << 11


@dataclass
class RawEntry:
    name: str
    chunks: Iterable[bytes]  # the payload as written (deflated when method is DEFLATED)
    crc: int
    compressed_size: int
    declared_size: int  # the uncompressed size written into both headers (may lie)
    method: int = DEFLATED


def deflate_raw(data: bytes, level: int = 9, finish: bool = True) -> bytes:
    """Raw deflate (no zlib header). ``finish=False`` ends with a full flush: a byte-aligned,
    history-free piece that may be followed by any other such piece."""
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FINISH if finish else zlib.Z_FULL_FLUSH)


def entry_from_bytes(name: str, data: bytes, method: int = DEFLATED) -> RawEntry:
    payload = deflate_raw(data) if method == DEFLATED else data
    return RawEntry(name, [payload], zlib.crc32(data), len(payload), len(data), method)


def _local_header(e: RawEntry, name: bytes) -> bytes:
    return struct.pack(
        "<IHHHHHIIIHH", 0x04034B50, 20, 0x0800, e.method, DOS_TIME, DOS_DATE,
        e.crc, e.compressed_size, e.declared_size, len(name), 0,
    ) + name


def _central_header(e: RawEntry, name: bytes, offset: int) -> bytes:
    return struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x0800, e.method, DOS_TIME, DOS_DATE,
        e.crc, e.compressed_size, e.declared_size, len(name), 0, 0, 0, 0, 0o100644 << 16, offset,
    ) + name


def write_raw_zip(path: Path, entries: Iterable[RawEntry]) -> Path:
    central: list[bytes] = []
    with open(path, "wb") as f:
        for e in entries:
            offset = f.tell()
            name = e.name.encode()
            f.write(_local_header(e, name))
            written = _copy(e.chunks, f)
            if written != e.compressed_size:
                raise ValueError(f"{e.name}: wrote {written} bytes, header says {e.compressed_size}")
            central.append(_central_header(e, name, offset))
        cd_offset = f.tell()
        for record in central:
            f.write(record)
        cd_size = f.tell() - cd_offset
        n = len(central)
        if n > 0xFFFF:
            raise ValueError("more than 65535 entries needs zip64; use zipfile for that")
        f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, cd_size, cd_offset, 0))
    return path


def _copy(chunks: Iterable[bytes], f: BinaryIO) -> int:
    total = 0
    for chunk in chunks:
        f.write(chunk)
        total += len(chunk)
    return total
