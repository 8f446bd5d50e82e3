"""Opening libraries: locations, migrations, SQLite settings and unreadable files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from sopstudio.model.sop import Sop
from sopstudio.model.store import Library, NotFoundError, StoreError, default_library_path, migrate
from sopstudio.model.store import library_url as to_url
from sopstudio.model.store.engine import create_library_engine
from sopstudio.model.store.schema import metadata


def test_default_location_is_the_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = default_library_path()
    assert path == tmp_path / "sopstudio" / "pustaka.sqlite"
    with Library.open() as lib:  # no --library given
        assert lib.url.database == str(path)
    assert path.exists()


def test_paths_and_urls():
    assert to_url("/tmp/a/pustaka.sqlite").render_as_string() == "sqlite:////tmp/a/pustaka.sqlite"
    assert to_url(Path("relatif.sqlite")).database == str(Path("relatif.sqlite").resolve())
    url = to_url("postgresql+psycopg://user:rahasia@localhost:5432/pustaka")
    assert url.get_backend_name() == "postgresql" and url.database == "pustaka"
    with pytest.raises(StoreError, match="tidak sah"):
        to_url("bukan-url://::")


def test_open_creates_folders_and_migrates_to_head(tmp_path):
    path = tmp_path / "baru" / "folder" / "pustaka.sqlite"
    with Library.open(path) as lib:
        assert lib.list_sops() == []
    engine = create_library_engine(to_url(path))
    try:
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def test_open_without_create_needs_an_existing_file(tmp_path):
    with pytest.raises(NotFoundError, match="tidak ditemukan"):
        Library.open(tmp_path / "tidak-ada.sqlite", create=False)
    assert not (tmp_path / "tidak-ada.sqlite").exists()


def test_migration_from_an_empty_file(tmp_path):
    path = tmp_path / "kosong.sqlite"
    path.touch()
    with Library.open(path, create=False) as lib:
        sop = Sop(judul="Pertama")
        lib.save_sop(sop)
    with Library.open(path, create=False) as lib:
        assert lib.load_sop(sop.id) == sop


def test_sqlite_settings(tmp_path):
    path = tmp_path / "pustaka.sqlite"
    with Library.open(path) as lib:
        lib.save_sop(Sop(judul="x"))
        engine = lib._engine
        with engine.connect() as conn:
            pragma = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
            }
    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,
        "busy_timeout": 10000,
    }
    # WAL is recorded in the file itself, so other tools open it in WAL mode too.
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_not_a_library_file(tmp_path):
    path = tmp_path / "surat.sqlite"
    path.write_bytes(b"Ini bukan basis data, hanya teks biasa. " * 100)
    with pytest.raises(StoreError, match="bukan pustaka SOP Studio"):
        Library.open(path)
    assert path.read_bytes().startswith(b"Ini bukan basis data")


def test_another_applications_database_is_left_alone(tmp_path):
    path = tmp_path / "aplikasi-lain.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE pegawai (nip TEXT)")
    with pytest.raises(StoreError, match="bukan pustaka"):
        Library.open(path)
    with sqlite3.connect(path) as raw:
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        # Refused before anything was set: the file is not switched to WAL (issue 12).
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert tables == ["pegawai"]
    assert not path.with_name(path.name + "-wal").exists()


def test_library_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "pustaka.sqlite"
    Library.open(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="lebih baru"):
        Library.open(path)


def test_migrations_build_exactly_the_declared_schema(library_location):
    lib = Library.open(library_location)
    try:
        with lib._engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == []
    finally:
        lib.close()


def test_downgrade_to_base_and_upgrade_again(library_location):
    lib = Library.open(library_location)
    lib.close()
    engine = create_library_engine(to_url(library_location))
    try:
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        assert migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert set(metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_postgres_url_that_cannot_connect():
    with pytest.raises(StoreError, match="tidak dapat dibuka"):
        Library.open("postgresql+psycopg://postgres@127.0.0.1:1/tidak_ada")
