"""Failures of the environment are messages, not tracebacks (issue 12): a lock held by
another client past the timeout, a full disk, a read-only library file or folder, numbers and
ids the schema cannot hold, a foreign SQLite file. Each gives "galat: ..." and exit status 2,
and the library stays as it was. The conditions are real: another process or connection holds
the lock, RLIMIT_FSIZE makes every write fail in the OS, and file permissions are enforced
(as a user without root's override when the tests run as root)."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from sopstudio.model import jsonio
from sopstudio.model.store import Library, StoreError, engine
from sopstudio.model.store.errors import ReadOnlyError
from tests.conftest import require_tool
from tests.model.store.samples import sample_sop

ROOT = Path(__file__).resolve().parents[3]
#: The lock timeout the tests use instead of BUSY_TIMEOUT_MS's 10 seconds.
SHORT_MS = 300


@pytest.fixture
def short_timeout(monkeypatch) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", SHORT_MS)


def no_traceback(err: str) -> None:
    assert err.splitlines()[-1].startswith("galat: "), err
    for leak in ("Traceback", "sqlalchemy", "[SQL", "parameters"):
        assert leak not in err, err


def saved_library(path: Path) -> tuple[Path, str]:
    """A library holding one SOP, and a `*.sop.json` of another SOP to add to it."""
    with Library.open(path) as library:
        library.save_sop(sample_sop())
    new = sample_sop()
    new.judul = "SOP yang akan ditambahkan"
    source = path.parent / "baru.sop.json"
    jsonio.save(new, source)
    return path, str(source)


def listing(path: Path) -> list[str]:
    with Library.open(path, read_only=True) as library:
        return [f"{s.id} {s.revision}" for s in library.list_sops()]


# -- locks -------------------------------------------------------------------------------


def hold_lock(url: str, sop_id: str):
    """Another client holding the SOP's row (PostgreSQL) or the write lock (SQLite)."""
    if url.startswith("postgresql"):
        conn = create_engine(url).connect()
        conn.execute(text("SELECT id FROM sops WHERE id = :id FOR UPDATE"), {"id": sop_id})
        return conn
    raw = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    raw.execute("BEGIN IMMEDIATE")
    return raw


def test_lock_held_by_another_client_times_out_with_a_message(library_location, short_timeout):
    with Library.open(library_location) as library:
        wait_for_lock_then_save(library)


def wait_for_lock_then_save(library: Library) -> None:
    sop = sample_sop()
    library.save_sop(sop)
    holder = hold_lock(library.url.render_as_string(hide_password=False), sop.id)
    outcome: list[BaseException | int] = []
    sop.judul = "Diubah saat terkunci"
    saver = threading.Thread(target=lambda: _save(library, sop, outcome))
    started = time.monotonic()
    saver.start()
    saver.join(10 * SHORT_MS / 1000 + 5)
    waited = time.monotonic() - started
    holder.rollback()
    holder.close()
    saver.join()
    assert waited < 5, "the writer waited for the lock without a timeout"
    assert isinstance(outcome[0], StoreError), outcome
    assert "dikunci oleh pengguna atau proses lain" in str(outcome[0])
    assert library.load_sop(sop.id).judul == "Penanganan Surat Masuk"
    assert library.save_sop(sop) == 2  # usable again once the lock is gone


def _save(library: Library, sop, outcome: list) -> None:
    try:
        outcome.append(library.save_sop(sop))
    except StoreError as exc:
        outcome.append(exc)


def test_cli_on_a_library_locked_by_another_process(run, tmp_path, short_timeout):
    path, source = saved_library(tmp_path / "pustaka.sqlite")
    before = listing(path)
    locker = subprocess.Popen(
        [
            sys.executable, "-c",
            (
                "import sqlite3, time\n"
                f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
                "c.execute('BEGIN IMMEDIATE'); print('terkunci', flush=True); time.sleep(60)"
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert locker.stdout.readline().strip() == "terkunci"
        status, _, err = run("--library", str(path), "library", "add", source)
    finally:
        locker.kill()
        locker.wait()
    assert status == 2
    no_traceback(err)
    assert "pustaka sedang dikunci" in err
    assert listing(path) == before


# -- the file system ----------------------------------------------------------------------


def cli(*argv: str, limit_bytes: int | None = None, unprivileged: bool = False):
    """Run `sopstudio` in a child process: with every file write past `limit_bytes` refused
    by the OS (RLIMIT_FSIZE), and/or without root's permission override."""

    def limits() -> None:
        if limit_bytes is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a kill
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    prefix = []
    if unprivileged and os.geteuid() == 0:
        prefix = [require_tool("unshare"), "--user"]  # root without CAP_DAC_OVERRIDE
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [*prefix, sys.executable, "-m", "sopstudio", *argv],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=limits,
        timeout=120,
        check=False,
    )


def test_full_disk_is_a_message_and_changes_nothing(tmp_path):
    path, source = saved_library(tmp_path / "pustaka.sqlite")
    before, data = listing(path), path.read_bytes()
    result = cli("--library", str(path), "library", "add", source, limit_bytes=4096)
    assert result.returncode == 2, result.stderr
    no_traceback(result.stderr)
    assert "cakram penuh" in result.stderr
    # Reading still works: SQLite cannot create its WAL index, so the file opens read-only.
    listed = cli("--library", str(path), "library", "list", limit_bytes=4096)
    assert listed.returncode == 0, listed.stderr
    assert "cakram penuh" in listed.stderr and "Penanganan Surat Masuk" in listed.stdout
    assert path.read_bytes() == data and listing(path) == before


@pytest.mark.parametrize("where", ["file", "folder"])
def test_read_only_library_reads_and_refuses_writes(tmp_path, where):
    folder = tmp_path / "arsip"
    folder.mkdir()
    path, source = saved_library(folder / "pustaka.sqlite")
    before, data = listing(path), path.read_bytes()
    path.chmod(0o444)
    if where == "folder":
        folder.chmod(0o555)
    try:
        listed = cli("--library", str(path), "library", "list", unprivileged=True)
        added = cli("--library", str(path), "library", "add", source, unprivileged=True)
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    assert listed.returncode == 0, listed.stderr
    assert "hanya-baca" in listed.stderr and "Penanganan Surat Masuk" in listed.stdout
    assert added.returncode == 2
    no_traceback(added.stderr)
    assert "hanya-baca" in added.stderr
    assert path.read_bytes() == data and listing(path) == before


def test_read_only_flag_of_the_library_api(tmp_path):
    path, _ = saved_library(tmp_path / "pustaka.sqlite")
    data = path.read_bytes()
    with Library.open(path, read_only=True) as library:
        assert library.read_only
        (summary,) = library.list_sops()
        assert library.load_sop(summary.id).judul == "Penanganan Surat Masuk"
        with pytest.raises(ReadOnlyError, match="hanya-baca"):
            library.save_sop(sample_sop())
        with pytest.raises(ReadOnlyError):
            library.ensure_unit(["PEMERINTAH"])
    assert path.read_bytes() == data


# -- what the schema cannot hold ----------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("revision", 10**30, "di luar batas"),
        ("revision", 2**31, "di luar batas"),
        ("id", "x" * 5000, "id terlalu panjang"),
    ],
)
def test_absurd_numbers_and_ids_are_refused_alike_on_every_backend(library, field, value, message):
    sop = sample_sop()
    setattr(sop, field, value)
    with pytest.raises(StoreError, match=message):
        library.save_sop(sop)
    doc_id, revision = (value, 1) if field == "id" else ("k", value)
    with pytest.raises(StoreError, match=message):
        library.save_document("decree", doc_id, {"revision": revision}, "K")
    assert library.list_sops() == [] and library.list_documents("decree") == []


def test_absurd_revision_through_the_cli(run, tmp_path):
    path, _ = saved_library(tmp_path / "pustaka.sqlite")
    before = listing(path)
    sop = sample_sop()
    sop.revision = 10**30
    source = tmp_path / "aneh.sop.json"
    jsonio.save(sop, source)
    status, _, err = run("--library", str(path), "library", "add", str(source))
    assert status == 2
    no_traceback(err)
    assert "di luar batas" in err
    out = str(tmp_path / "x.sop.json")
    status, _, err = run("--library", str(path), "library", "export", "9" * 400, "-o", out)
    assert status == 2 and "tidak ditemukan" in err
    assert listing(path) == before


def test_foreign_sqlite_file_is_refused_and_left_in_its_journal_mode(run, tmp_path):
    path = tmp_path / "kepegawaian.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE pegawai (nip TEXT)")
    data = path.read_bytes()
    for action in (["list"], ["add", str(tmp_path / "tidak-ada.sop.json")]):
        status, _, err = run("--library", str(path), "library", *action)
        assert status == 2
        no_traceback(err)
        assert "bukan pustaka SOP Studio" in err
    assert path.read_bytes() == data
    assert not Path(f"{path}-wal").exists()
