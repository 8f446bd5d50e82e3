"""Looks at a SQLite library file before it is opened for writing: is it a SOP Studio library,
can this process write it, and does `PRAGMA quick_check` find damage.

Everything here reads through a read-only connection, so a foreign file is never switched to
WAL mode and a read-only file is never touched.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sopstudio.model.store.errors import StoreError

_HEADER = b"SQLite format 3\x00"
#: Tables every SOP Studio library has had since the first schema.
_OURS = {"alembic_version", "units", "sops"}


@dataclass(frozen=True)
class FileState:
    """What a look at an existing library file found."""

    #: Why this process cannot write the library (None when it can).
    unwritable: str | None
    #: What `PRAGMA quick_check` reported, empty when the file is sound.
    damage: tuple[str, ...]
    #: The file can only be read with `immutable=1` (WAL file in a folder we cannot write).
    immutable: bool


def connect_read_only(
    path: Path, immutable: bool = False, timeout: float = 5.0
) -> sqlite3.Connection:
    """A connection that cannot write the file: `mode=ro`, or `immutable=1` when SQLite
    cannot create the WAL index next to it (a read-only folder)."""
    flag = "immutable=1" if immutable else "mode=ro"
    conn = sqlite3.connect(
        f"file:{quote(str(path))}?{flag}", uri=True, timeout=timeout, check_same_thread=False
    )
    conn.isolation_level = None
    return conn


def probe(path: Path) -> FileState:
    """Look at an existing file; StoreError if it is not a SOP Studio library at all."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as exc:
        raise StoreError(f"pustaka tidak dapat dibaca ({exc.strerror}): {path}") from exc
    if header and header != _HEADER:
        raise StoreError(f"berkas ini bukan pustaka SOP Studio (bukan basis data SQLite): {path}")
    immutable = False
    try:
        tables = _tables(path, immutable)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise StoreError(f"pustaka sedang dikunci oleh proses lain: {path}") from exc
        immutable = True  # the WAL index cannot be created here: read the file as it is
        tables = _tables(path, immutable)
    if tables and not tables >= _OURS:
        raise StoreError(
            f"berkas ini bukan pustaka SOP Studio (berisi tabel aplikasi lain): {path}"
        )
    return FileState(unwritable_reason(path), quick_check(path, immutable), immutable)


def _tables(path: Path, immutable: bool) -> set[str]:
    try:
        with closing(connect_read_only(path, immutable)) as conn:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and not immutable:
            raise
        raise StoreError(f"pustaka rusak dan tidak dapat dibaca ({exc}): {path}") from exc
    return {name for (name,) in rows}


def quick_check(path: Path, immutable: bool = False, full: bool = False) -> tuple[str, ...]:
    """The problems `PRAGMA quick_check` (`full`: the slower `integrity_check`, which also
    compares indexes with their tables) finds; empty when the file is sound."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        with closing(connect_read_only(path, immutable)) as conn:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return (str(exc),)
    if rows == ["ok"]:
        return ()
    # Each row may hold several lines; "*** in database main ***" only heads them.
    lines = (line for row in rows for line in str(row).splitlines())
    return tuple(line for line in lines if line and not line.startswith("*** in database"))


def unwritable_reason(path: Path) -> str | None:
    """Why this process cannot write the library file (SQLite also writes next to it)."""
    if not os.access(path, os.W_OK):
        return "berkas pustaka hanya-baca"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "folder pustaka hanya-baca"
    return None
