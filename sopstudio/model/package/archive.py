"""Reading a package defensively: `open_archive` checks the whole central directory before any
member is read (no path tricks, links, duplicates, bombs or encryption) and members are read
in memory with byte caps; nothing is ever extracted."""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from sopstudio.model.package.manifest import (
    _CHUNK,
    MAX_DIRECTORY_BYTES,
    MAX_ENTRIES,
    MAX_ENTRY_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR,
    PackageError,
    _name_key,
    unsafe_name_reason,
)

# -- safe reading --------------------------------------------------------------------------


class PackageArchive:
    """A zip whose every member was checked before anything is read; members are read in
    memory with byte caps, never extracted. Use `open_archive`."""

    def __init__(self, path: Path, handle: io.BufferedReader) -> None:
        self.path = path
        self._handle = handle
        try:
            self._zip = zipfile.ZipFile(handle)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, struct.error) as exc:
            raise PackageError(f"{path.name}: berkas zip rusak ({exc})") from exc
        _check_members(path.name, infos)
        self._infos = {info.filename: info for info in infos}
        self._read_total = 0

    def names(self) -> list[str]:
        """The member names (files only, in archive order)."""
        return [name for name, info in self._infos.items() if not info.is_dir()]

    def size(self, name: str) -> int:
        """The uncompressed size a member declares."""
        return self._infos[name].file_size

    def __contains__(self, name: str) -> bool:
        return name in self._infos and not self._infos[name].is_dir()

    def chunks(self, name: str) -> Iterator[bytes]:
        """A member's bytes in chunks, stopped at its declared size and the archive's cap."""
        info = self._infos[name]
        count = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    count += len(chunk)
                    self._read_total += len(chunk)
                    # zipfile already stops at the declared size; the caps hold even if not.
                    if count > info.file_size or count > MAX_ENTRY_BYTES:
                        raise PackageError(f"{name}: isi lebih besar dari ukuran yang dinyatakan")
                    if self._read_total > MAX_TOTAL_BYTES:
                        raise PackageError("isi paket melebihi batas ukuran total")
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise PackageError(f"{name}: isi berkas rusak ({exc})") from exc

    def read(self, name: str, limit: int = MAX_ENTRY_BYTES) -> bytes:
        """A member's bytes; PackageError if it is larger than `limit`."""
        if self.size(name) > limit:
            raise PackageError(f"{name}: terlalu besar ({self.size(name)} bita; batas {limit})")
        return b"".join(self.chunks(name))

    def close(self) -> None:
        """Close the zip file."""
        self._zip.close()
        self._handle.close()

    def __enter__(self) -> PackageArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_archive(path: str | os.PathLike[str]) -> PackageArchive:
    """Open a package zip for reading after checking its structure; PackageError if unsafe."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise PackageError(f"{path.name}: berkas tidak dapat dibaca ({exc.strerror})") from exc
    try:
        _check_directory(path.name, handle)
        return PackageArchive(path, handle)
    except BaseException:
        handle.close()
        raise


def _check_directory(label: str, handle: io.BufferedReader) -> None:
    """Refuse non-zips, oversized files and huge central directories before zipfile parses."""
    size = handle.seek(0, os.SEEK_END)
    if size > MAX_TOTAL_BYTES:
        raise PackageError(f"{label}: berkas terlalu besar untuk sebuah paket ({size} bita)")
    # The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
    start = max(0, size - 65_557)
    handle.seek(start)
    tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise PackageError(f"{label}: bukan berkas zip; paket SOP Studio berupa berkas .zip")
    entries, directory = struct.unpack_from("<10xHL", tail, at)
    if entries == 0xFFFF or directory == 0xFFFFFFFF:
        entries, directory = _zip64_counts(label, handle, tail, at)
    if entries > MAX_ENTRIES:
        raise PackageError(f"{label}: terlalu banyak berkas ({entries}; batas {MAX_ENTRIES})")
    if directory > MAX_DIRECTORY_BYTES:
        raise PackageError(f"{label}: daftar isi zip terlalu besar ({directory} bita)")
    handle.seek(0)


def _zip64_counts(label: str, handle: io.BufferedReader, tail: bytes, eocd: int) -> tuple[int, int]:
    """Entry count and directory size from the Zip64 end record (`eocd` indexes `tail`)."""
    locator = eocd - 20  # the Zip64 locator sits right before the end record
    if locator < 0 or tail[locator : locator + 4] != b"PK\x06\x07":
        raise PackageError(f"{label}: berkas zip rusak (catatan Zip64 tidak ditemukan)")
    (record,) = struct.unpack_from("<8xQ", tail, locator)
    handle.seek(record)
    data = handle.read(56)
    if len(data) < 56 or data[:4] != b"PK\x06\x06":
        raise PackageError(f"{label}: berkas zip rusak (catatan Zip64 tidak sah)")
    entries, directory = struct.unpack_from("<32xQQ", data)
    return entries, directory


def _check_members(label: str, infos: Sequence[zipfile.ZipInfo]) -> None:
    """Refuse the archive if any member is unsafe; nothing has been read yet."""
    if len(infos) > MAX_ENTRIES:
        raise PackageError(f"{label}: terlalu banyak berkas ({len(infos)}; batas {MAX_ENTRIES})")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        reason = unsafe_name_reason(name)
        if reason:
            raise PackageError(f"{label}: nama berkas {name!r} ditolak: {reason}")
        key = _name_key(name)
        if key in seen:
            raise PackageError(f"{label}: nama berkas {name!r} muncul lebih dari sekali")
        seen.add(key)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageError(
                f"{label}: {name!r} adalah tautan simbolik; paket tidak boleh memuatnya"
            )
        if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise PackageError(f"{label}: {name!r} bukan berkas biasa")
        if info.flag_bits & 0x1:
            raise PackageError(f"{label}: {name!r} terenkripsi; paket tidak boleh dienkripsi")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(f"{label}: {name!r} memakai metode kompresi yang tidak didukung")
        if info.file_size > MAX_ENTRY_BYTES:
            raise PackageError(
                f"{label}: {name!r} terlalu besar ({info.file_size} bita; batas {MAX_ENTRY_BYTES})"
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(
                f"{label}: {name!r} dimampatkan secara tidak wajar "
                f"({info.compress_size} bita menjadi {info.file_size} bita; bom zip)"
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageError(f"{label}: isi paket melebihi {MAX_TOTAL_BYTES} bita")
