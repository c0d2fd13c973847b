"""A minimal OLE2 compound file writer (MS-CFB version 3, 512-byte sectors), flat streams only.

Streams under 4096 bytes go to the mini stream, as the format requires; the directory is a
balanced all-black tree sorted the CFB way (by name length, then upper-cased name).
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _ceil(n: int, size: int) -> int:
    return -(-n // size)


def _dir_entry(name: str, kind: int, child: int, left: int, right: int, start: int, size: int) -> bytes:
    if not name:
        return b"\0" * 64 + struct.pack("<HBB3I", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM) + b"\0" * 36 + \
            struct.pack("<IQ", 0, 0)
    encoded = name.encode("utf-16-le")
    if len(encoded) > 62:
        raise ValueError(f"stream name too long: {name!r}")
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB3I", len(encoded) + 2, kind, 1, left, right, child)
        + b"\0" * 16 + b"\0" * 4 + b"\0" * 16  # CLSID, state bits, creation and modified time
        + struct.pack("<IQ", start, size)
    )


def _tree(ids: list[int]) -> tuple[int, dict[int, tuple[int, int]]]:
    """Balanced binary tree over sorted ids: (root, {id: (left, right)})."""
    links: dict[int, tuple[int, int]] = {}

    def build(lo: int, hi: int) -> int:
        if lo >= hi:
            return NOSTREAM
        mid = (lo + hi) // 2
        links[ids[mid]] = (build(lo, mid), build(mid + 1, hi))
        return ids[mid]

    return build(0, len(ids)), links


def compound_file_bytes(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file whose root storage holds ``streams``."""
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    small = [n for n in names if len(streams[n]) < MINI_CUTOFF]
    large = [n for n in names if len(streams[n]) >= MINI_CUTOFF]

    mini_stream = bytearray()
    minifat: list[int] = []
    start: dict[str, int] = {}
    for n in small:
        data = streams[n]
        count = _ceil(len(data), MINI_SECTOR)
        start[n] = len(minifat) if count else ENDOFCHAIN
        minifat += [len(minifat) + k + 1 for k in range(count - 1)] + ([ENDOFCHAIN] if count else [])
        mini_stream += data.ljust(count * MINI_SECTOR, b"\0")

    n_entries = 1 + len(names)
    n_dir = _ceil(n_entries, SECTOR // 128)
    n_minifat = _ceil(len(minifat) * 4, SECTOR)
    n_mini_stream = _ceil(len(mini_stream), SECTOR)
    large_counts = [_ceil(len(streams[n]), SECTOR) for n in large]
    rest = n_dir + n_minifat + n_mini_stream + sum(large_counts)
    n_fat = 1
    while n_fat * (SECTOR // 4) < n_fat + rest:
        n_fat += 1
    if n_fat > 109:
        raise ValueError("file too large for a header-only DIFAT")

    fat: list[int] = [FATSECT] * n_fat
    chains: list[bytes] = []

    def chain(count: int, data: bytes) -> int:
        if count == 0:
            return ENDOFCHAIN
        first = len(fat)
        fat.extend(first + k + 1 for k in range(count - 1))
        fat.append(ENDOFCHAIN)
        chains.append(bytes(data).ljust(count * SECTOR, b"\0"))
        return first

    # Directory content is only known after the start sectors; reserve its sectors first.
    dir_start = len(fat)
    fat.extend(dir_start + k + 1 for k in range(n_dir - 1))
    fat.append(ENDOFCHAIN)
    minifat_start = chain(n_minifat, b"".join(struct.pack("<I", v) for v in minifat)
                          .ljust(n_minifat * SECTOR, b"\xff"))
    mini_stream_start = chain(n_mini_stream, bytes(mini_stream))
    for n, count in zip(large, large_counts):
        start[n] = chain(count, streams[n])

    ids = {n: i + 1 for i, n in enumerate(names)}
    root_child, links = _tree([ids[n] for n in names])
    entries = [_dir_entry("Root Entry", 5, root_child, NOSTREAM, NOSTREAM, mini_stream_start, len(mini_stream))]
    for n in names:
        left, right = links[ids[n]]
        entries.append(_dir_entry(n, 2, NOSTREAM, left, right, start[n], len(streams[n])))
    while len(entries) % (SECTOR // 128):
        entries.append(_dir_entry("", 0, NOSTREAM, NOSTREAM, NOSTREAM, 0, 0))
    directory = b"".join(entries)

    fat += [FREESECT] * (n_fat * SECTOR // 4 - len(fat))
    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    header = (
        MAGIC + b"\0" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, MINI_CUTOFF,
                      minifat_start, n_minifat, ENDOFCHAIN, 0)
        + struct.pack("<109I", *difat)
    )
    assert len(header) == SECTOR
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return header + fat_bytes + directory + b"".join(chains)


def write_compound_file(path: Path, streams: dict[str, bytes]) -> Path:
    path.write_bytes(compound_file_bytes(streams))
    return path
