"""Where a library lives and how to connect to it (SQLite file or PostgreSQL URL)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.engine import Connection

from sopstudio.model.store.errors import DiskFullError, StoreError
from sopstudio.model.store.sqlite_file import connect_read_only
from sopstudio.userdirs import data_dir

#: File name of the default library inside the user data directory.
LIBRARY_FILE = "pustaka.sqlite"
#: How long a writer waits for another process's write lock (SQLite) or another client's
#: row lock (PostgreSQL `lock_timeout`) before failing (ms).
BUSY_TIMEOUT_MS = 10_000
#: Execution option that makes a SQLite transaction take the write lock at BEGIN.
WRITE = "sopstudio_write"


def default_library_path() -> Path:
    """The library used when `--library` is not given (platformdirs user data dir)."""
    return data_dir() / LIBRARY_FILE


def library_url(location: str | os.PathLike[str] | URL) -> URL:
    """The SQLAlchemy URL of a library given as a file path or a database URL."""
    if isinstance(location, URL):
        return location
    text = os.fspath(location)
    if "://" in text:
        try:
            return make_url(text)
        except Exception as exc:  # sqlalchemy raises ArgumentError for malformed URLs
            raise StoreError(f"alamat pustaka tidak sah: {text!r}") from exc
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def create_library_engine(url: URL, read_only: bool = False, immutable: bool = False) -> Engine:
    """An engine configured for the library: SQLite pragmas and explicit transactions, a
    lock timeout on PostgreSQL. A `read_only` SQLite engine never writes the file
    (`immutable` when SQLite cannot even create its WAL index there)."""
    if url.get_backend_name() != "sqlite":
        # Without it a writer waits forever for a row another client holds.
        options = f"-c lock_timeout={BUSY_TIMEOUT_MS}"
        return create_engine(url, pool_pre_ping=True, connect_args={"options": options})
    if read_only:
        path = Path(url.database or "")
        engine = create_engine(
            url,
            creator=lambda: connect_read_only(path, immutable, BUSY_TIMEOUT_MS / 1000),
        )
        event.listen(engine, "connect", _sqlite_connect_read_only)
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA query_only=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's begin event (below) issue BEGIN itself: pysqlite's implicit BEGIN
    # comes only before the first write, so the read of the current revision in save_sop
    # would otherwise sit outside the transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StoreError(f"pustaka tidak dapat memakai mode WAL (mode: {mode})")
        # FULL: in WAL mode each commit fsyncs the WAL, so a save the editor reported as
        # done survives a power cut too; NORMAL would only be safe against process crashes.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # Writers take the lock up front (BEGIN IMMEDIATE) so two processes saving at once
    # queue on busy_timeout instead of failing with "database is locked" mid-transaction.
    immediate = conn.get_execution_options().get(WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


#: Failures of the environment: PostgreSQL SQLSTATE codes, words of SQLite's messages, and
#: what the user is told. The SQL and its parameters are never shown.
_FAILURES: tuple[tuple[tuple[str, ...], tuple[str, ...], str, type[StoreError]], ...] = (
    (
        ("55P03", "40P01"),
        ("database is locked", "database table is locked"),
        (
            "pustaka sedang dikunci oleh pengguna atau proses lain lebih dari {seconds} detik; "
            "tidak ada yang diubah, coba lagi nanti"
        ),
        StoreError,
    ),
    (
        ("53100",),
        ("database or disk is full", "disk i/o error"),
        (
            "cakram penuh atau tidak dapat ditulisi; tidak ada yang diubah, kosongkan ruang "
            "lalu coba lagi"
        ),
        DiskFullError,
    ),
    (
        ("25006", "42501"),
        ("readonly database",),
        "pustaka hanya-baca; tidak ada yang diubah",
        StoreError,
    ),
    (
        ("XX001", "XX002"),
        ("malformed", "file is not a database"),
        "pustaka rusak; jalankan `sopstudio library check` lalu `sopstudio library recover`",
        StoreError,
    ),
    (
        ("22003", "22001"),
        ("too large", "out of range"),
        "nilai terlalu besar atau terlalu panjang untuk disimpan di pustaka",
        StoreError,
    ),
    ((), ("unable to open database file",), "berkas pustaka tidak dapat dibuka", StoreError),
)


def describe_failure(exc: BaseException) -> StoreError:
    """A StoreError in Bahasa Indonesia for a database failure (`DBAPIError`, or the
    `OverflowError` sqlite3 raises for an integer it cannot store)."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlstate", None)
    text = str(orig).lower()
    for codes, words, message, error in _FAILURES:
        if code in codes or any(word in text for word in words):
            return error(message.format(seconds=BUSY_TIMEOUT_MS // 1000))
    first_line = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    return StoreError(f"pustaka gagal diakses ({first_line})")
