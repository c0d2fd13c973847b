"""Independent probes used by test_factory to check what the files really contain (they do not reuse
the writers): a zip entry inflater that ignores declared sizes, and an OLE2 directory reader."""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Inflated:
    size: int
    crc: int
    head: bytes
    tail: bytes
    declared_local: int  # uncompressed size in the local header
    declared_central: int  # uncompressed size in the central directory


def inflate_entry(path: Path, name: str, step: int = 1 << 16, limit: int = 1 << 24) -> Inflated:
    """Stream-inflate one deflated entry from its local header, trusting no declared size."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    with open(path, "rb") as f:
        f.seek(info.header_offset)
        local = f.read(30)
        sig, *_, local_size, name_len, extra_len = struct.unpack("<IHHHHHIIIHH", local)
        assert sig == 0x04034B50
        f.seek(name_len + extra_len, 1)
        d = zlib.decompressobj(-15)
        size, crc, head, tail = 0, 0, b"", b""
        left = info.compress_size
        while left > 0 or d.unconsumed_tail:
            data = d.unconsumed_tail
            if not data:
                data = f.read(min(step, left))
                left -= len(data)
            out = d.decompress(data, limit)
            size += len(out)
            crc = zlib.crc32(out, crc)
            if len(head) < 256:
                head += out[: 256 - len(head)]
            tail = (tail + out)[-256:]
        assert d.eof, "deflate stream did not end"
    return Inflated(size, crc, head, tail, local_size, info.file_size)


def ole_streams(data: bytes) -> dict[str, int]:
    """Names and sizes of the directory entries (streams and storages) of an OLE2 file."""
    assert data[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    shift = struct.unpack_from("<H", data, 30)[0]
    sector = 1 << shift
    n_fat, first_dir = struct.unpack_from("<II", data, 44)
    fat_sectors = struct.unpack_from(f"<{min(n_fat, 109)}I", data, 76)

    def read_sector(i: int) -> bytes:
        return data[(i + 1) * sector:(i + 2) * sector]

    fat = b"".join(read_sector(s) for s in fat_sectors)
    fat_entries = struct.unpack(f"<{len(fat) // 4}I", fat)
    directory, s, seen = b"", first_dir, 0
    while s < 0xFFFFFFFA and seen < 10_000:
        directory += read_sector(s)
        s, seen = fat_entries[s], seen + 1
    names: dict[str, int] = {}
    for off in range(0, len(directory), 128):
        entry = directory[off:off + 128]
        name_len, kind = struct.unpack_from("<HB", entry, 64)
        if kind in (1, 2, 5) and name_len >= 2:
            name = entry[: name_len - 2].decode("utf-16-le")
            names[name] = struct.unpack_from("<Q", entry, 120)[0] & 0xFFFFFFFF
    return names


def zip_text(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name).decode("utf-8")
