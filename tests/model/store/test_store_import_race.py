"""A package import never overwrites a save that lands between its plan and its writes
(issue 12), on SQLite and on the real PostgreSQL server: what the plan read is locked and
re-checked inside the write transaction, and any change since is refused as a conflict."""

from __future__ import annotations

import contextlib
import random
import threading
import time
from pathlib import Path

import pytest

from sopstudio.cli import main
from sopstudio.cli import package as cli_package
from sopstudio.model.package import (
    DECREE_DOCUMENT,
    THEIRS,
    ImportPlan,
    LibraryChangedError,
    PlannedSop,
    apply_import,
    plan_import,
)
from sopstudio.model.store import Library, Relation, StaleRevisionError
from sopstudio.model.store.mapping import Content
from tests.hostile.packages import build, edit, save_decree, save_samples

ITERATIONS = 20
#: The delay injected between the plan's check and the first write of an import.
DELAY = 0.1


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> tuple[str, Path, Path]:
    """One SOP's id, a package of it (v1) and one of its next revision (v2)."""
    folder = tmp_path_factory.mktemp("paket")
    with Library.open(folder / "analis.sqlite") as analyst:
        (sop,) = save_samples(analyst, 1)
        build(save_decree(analyst, [sop.id]), folder / "v1.zip", library=analyst)
        edit(analyst, sop.id, "Menerima dan mencatat surat masuk")
        build(save_decree(analyst, [sop.id]), folder / "v2.zip", library=analyst)
    return sop.id, folder / "v1.zip", folder / "v2.zip"


@pytest.fixture
def delayed_writes(monkeypatch) -> None:
    """Every SOP write of an import waits DELAY first, holding whatever it holds."""
    original = PlannedSop.write_to

    def slow(self, library):
        time.sleep(DELAY)
        original(self, library)

    monkeypatch.setattr(PlannedSop, "write_to", slow)


def reset(library: Library, sop_id: str, first: ImportPlan, conflict: bool) -> None:
    """Bring the library back to v1 of the package, with a local edit on top for a conflict:
    the same revisions and hashes every time, so one plan of v2 fits every iteration."""
    if library.list_sops():
        library.delete_sop(sop_id)
        library.delete_document(DECREE_DOCUMENT, first.decree.id)
    apply_import(first, library)
    if conflict:
        edit(library, sop_id, "Teks dari pustaka Biro")


@pytest.mark.parametrize("conflict", [False, True], ids=["newer", "take-theirs"])
def test_concurrent_save_is_never_overwritten(packages, library: Library, delayed_writes, conflict):
    sop_id, v1, v2 = packages
    first = plan_import(v1, library)
    reset(library, sop_id, first, conflict)
    plan = plan_import(v2, library)
    assert plan.sops[0].relation is (Relation.CONFLICT if conflict else Relation.NEWER)
    choices = {sop_id: THEIRS} if conflict else {}
    outcomes = set()
    with Library.open(library.url) as other:
        for iteration in range(ITERATIONS):
            if iteration:
                reset(library, sop_id, first, conflict)
            before = library.lineage(sop_id)
            # Another user's copy, loaded before the import starts, saved at a random moment:
            # before the import's writes (every third time for certain), or during them.
            copy = other.load_sop(sop_id)
            copy.judul = f"Disimpan pengguna lain {iteration}"
            saved: list[int] = []

            def save_other(copy=copy, saved=saved) -> None:
                time.sleep(random.uniform(0, 2 * DELAY))
                with contextlib.suppress(StaleRevisionError):
                    saved.append(other.save_sop(copy))

            saver = threading.Thread(target=save_other)
            saver.start()
            if iteration % 3 == 0:
                saver.join()
            try:
                apply_import(plan, library, choices, confirm_newer=True)
                imported = True
            except LibraryChangedError as exc:
                assert sop_id in str(exc)
                imported = False
            saver.join()

            lineage = library.lineage(sop_id)
            assert lineage[: len(before)] == before, "an import deleted a revision"
            assert imported != bool(saved), "exactly one of the two writes may win"
            if saved:
                assert lineage[-1] == (saved[0], Content(copy).hash)
                assert library.load_sop(sop_id) == copy
            else:
                assert lineage[-1][1] == plan.sops[0].lineage[-1][1]
            outcomes.add(imported)
    assert outcomes == {True, False}, "the race was not exercised both ways"


def test_import_waits_for_a_held_lock_and_then_refuses(packages, library: Library):
    sop_id, v1, v2 = packages
    reset(library, sop_id, plan_import(v1, library), conflict=False)
    with Library.open(library.url) as third:
        locked, done = threading.Event(), []

        def hold_lock() -> None:
            # A third connection saves inside a transaction and holds its lock a while.
            with third.transaction():
                done.append(edit(third, sop_id, "Disimpan sambil memegang kunci"))
                locked.set()
                time.sleep(5 * DELAY)

        holder = threading.Thread(target=hold_lock)
        holder.start()
        assert locked.wait(10)
        plan = plan_import(v2, library)  # sees the last committed state: newer
        assert plan.sops[0].relation is Relation.NEWER
        with pytest.raises(LibraryChangedError, match="tidak ada yang ditimpa"):
            apply_import(plan, library, confirm_newer=True)
        holder.join()
        assert library.lineage(sop_id)[-1] == (
            done[0].revision,
            Content(done[0]).hash,
        )
        assert library.load_sop(sop_id) == done[0]


def test_cli_reports_a_save_between_plan_and_write_as_a_conflict(
    packages, tmp_path, monkeypatch, capsys
):
    sop_id, v1, v2 = packages
    location = str(tmp_path / "biro.sqlite")
    with Library.open(location) as library:
        reset(library, sop_id, plan_import(v1, library), conflict=False)
    planned = cli_package.plan_import

    def plan_then_someone_saves(path, library):
        plan = planned(path, library)
        with Library.open(location) as other:
            edit(other, sop_id, "Disimpan pengguna lain saat impor berjalan")
        return plan

    monkeypatch.setattr(cli_package, "plan_import", plan_then_someone_saves)
    status = main(["--library", location, "package", "import", str(v2), "--yes"])
    out = capsys.readouterr().out
    assert status == 1
    assert "Impor dihentikan" in out and "KONFLIK" in out and sop_id in out
    with Library.open(location) as library:
        kept = library.load_sop(sop_id).steps[0].text
    assert kept == "Disimpan pengguna lain saat impor berjalan"
