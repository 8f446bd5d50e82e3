"""Where a library lives and how to connect to it (SQLite file or PostgreSQL URL)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.engine import Connection

from sopstudio.model.store.errors import StoreError
from sopstudio.userdirs import data_dir

#: File name of the default library inside the user data directory.
LIBRARY_FILE = "pustaka.sqlite"
#: How long a writer waits for another process's write lock before failing (ms).
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


def create_library_engine(url: URL) -> Engine:
    """An engine configured for the library: SQLite pragmas and explicit transactions."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


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
