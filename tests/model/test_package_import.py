"""Importing a package into another library: new, unchanged, newer, older and conflicting
SOPs; nothing overwritten silently; all or nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from sopstudio.model import decree_json, jsonio
from sopstudio.model.decree import Decree
from sopstudio.model.package import (
    DECREE_DOCUMENT,
    OURS,
    THEIRS,
    PackageError,
    apply_import,
    decree_hash,
    decree_title,
    plan_import,
)
from sopstudio.model.store import Library, Relation
from tests.hostile.packages import (
    DECREE_ID,
    build,
    decree_dict,
    edit,
    library_dump,
    rewrite_zip,
    save_decree,
    save_samples,
)


@pytest.fixture
def library_a(tmp_path) -> Iterator[Library]:
    """The analyst's library, holding three saved sample SOPs."""
    with Library.open(tmp_path / "a.sqlite") as library:
        save_samples(library)
        yield library


@pytest.fixture
def library_b(tmp_path) -> Iterator[Library]:
    """The Biro's library, empty at first."""
    with Library.open(tmp_path / "b.sqlite") as library:
        yield library


def ids_of(library: Library) -> list[str]:
    return [s.id for s in library.list_sops()]


def package_of(library: Library, ids: list[str], path: Path) -> Path:
    """A package of the decree over these SOPs, saved in the library first (as the editor
    does), so the package carries its lineage."""
    build(save_decree(library, ids), path, library=library)
    return path


def relations(plan) -> dict[str, Relation]:
    return {item.id: item.relation for item in plan.items()}


def test_round_trip_into_an_empty_library(library_a, library_b, tmp_path):
    ids = ids_of(library_a)
    paket = package_of(library_a, ids, tmp_path / "paket.zip")
    plan = plan_import(paket, library_b)
    assert [item.relation for item in plan.items()] == [Relation.NEW] * 4
    assert plan.conflicts() == [] and plan.newer() == []
    result = apply_import(plan, library_b)
    assert len(result.added) == 4 and not (result.replaced or result.kept or result.skipped)
    for sop_id in ids:
        assert library_b.load_sop(sop_id) == library_a.load_sop(sop_id)
        assert library_b.lineage(sop_id) == library_a.lineage(sop_id)
        assert library_b.unit_path(library_b.sop_unit(sop_id)) == library_a.unit_path(
            library_a.sop_unit(sop_id)
        )
    stored = library_b.load_document(DECREE_DOCUMENT, plan.decree.id)
    assert stored == library_a.load_document(DECREE_DOCUMENT, plan.decree.id)
    assert library_b.document_lineage(DECREE_DOCUMENT, plan.decree.id) == (
        library_a.document_lineage(DECREE_DOCUMENT, plan.decree.id)
    )
    assert [d.title for d in library_b.list_documents(DECREE_DOCUMENT)] == [
        "Keputusan Gubernur Nomor 267/KEP/HK/2024 tentang Standar Operasional Prosedur "
        "Administrasi Pemerintahan Biro Organisasi"
    ]


def test_reimport_is_all_unchanged_and_changes_nothing(library_a, library_b, tmp_path):
    paket = package_of(library_a, ids_of(library_a), tmp_path / "paket.zip")
    apply_import(plan_import(paket, library_b), library_b)
    before = library_dump(library_b)
    plan = plan_import(paket, library_b)
    assert set(relations(plan).values()) == {Relation.UNCHANGED}
    result = apply_import(plan, library_b)
    assert len(result.skipped) == 4 and not (result.added or result.replaced or result.kept)
    assert library_dump(library_b) == before


def test_newer_sop_replaces_only_after_confirmation(library_a, library_b, tmp_path):
    ids = ids_of(library_a)
    apply_import(plan_import(package_of(library_a, ids, tmp_path / "v1.zip"), library_b), library_b)
    edited = edit(library_a, ids[1], "Menerima dan mencatat surat masuk")
    paket = package_of(library_a, ids, tmp_path / "v2.zip")
    plan = plan_import(paket, library_b)
    assert relations(plan) == {
        ids[0]: Relation.UNCHANGED,
        ids[1]: Relation.NEWER,
        ids[2]: Relation.UNCHANGED,
        plan.decree.id: Relation.NEWER,  # saved again in A with the newer SOP inside
    }
    assert plan.newer() == [ids[1], plan.decree.id]
    assert "lebih baru di paket" in plan.sops[1].describe()

    before = library_dump(library_b)
    result = apply_import(plan, library_b)  # not confirmed: ours is kept
    assert len(result.kept) == 2 and not result.replaced
    assert library_dump(library_b) == before

    result = apply_import(plan, library_b, confirm_newer=True)
    assert len(result.replaced) == 2
    assert library_b.load_sop(ids[1]) == edited == library_a.load_sop(ids[1])
    assert library_b.lineage(ids[1]) == library_a.lineage(ids[1])
    assert len(library_b.lineage(ids[1])) == 2
    assert library_b.load_document(DECREE_DOCUMENT, plan.decree.id) == (
        library_a.load_document(DECREE_DOCUMENT, plan.decree.id)
    )


def test_older_package_keeps_ours(library_a, library_b, tmp_path):
    ids = ids_of(library_a)
    old = package_of(library_a, ids, tmp_path / "v1.zip")
    edit(library_a, ids[0], "Menerima usulan penataan kelembagaan")
    apply_import(plan_import(package_of(library_a, ids, tmp_path / "v2.zip"), library_b), library_b)
    before = library_dump(library_b)
    plan = plan_import(old, library_b)
    assert relations(plan)[ids[0]] is Relation.OLDER
    assert plan.decree.relation is Relation.OLDER
    assert "versi pustaka dipertahankan" in plan.sops[0].describe()
    result = apply_import(plan, library_b, confirm_newer=True)
    assert len(result.kept) == 2
    assert library_dump(library_b) == before


def test_conflict_needs_a_choice_and_overwrites_nothing_until_made(library_a, library_b, tmp_path):
    ids = ids_of(library_a)
    apply_import(plan_import(package_of(library_a, ids, tmp_path / "v1.zip"), library_b), library_b)
    theirs = edit(library_a, ids[2], "Teks dari laptop analis")
    ours = edit(library_b, ids[2], "Teks dari pustaka Biro")
    paket = package_of(library_a, ids, tmp_path / "v2.zip")
    plan = plan_import(paket, library_b)
    assert relations(plan)[ids[2]] is Relation.CONFLICT
    assert plan.conflicts() == [ids[2]]
    # B did not touch its decree; A saved its decree again with its SOP edit: newer.
    assert plan.decree.relation is Relation.NEWER
    assert "KONFLIK" in plan.sops[2].describe()

    before = library_dump(library_b)
    with pytest.raises(PackageError, match="konflik belum diputuskan") as error:
        apply_import(plan, library_b, confirm_newer=True)
    assert ids[2] in str(error.value)
    with pytest.raises(PackageError, match="bukan konflik"):
        apply_import(plan, library_b, {ids[0]: THEIRS, ids[2]: THEIRS})
    with pytest.raises(PackageError, match="'ours' atau 'theirs'"):
        apply_import(plan, library_b, {ids[2]: "keduanya"})
    assert library_dump(library_b) == before

    result = apply_import(plan, library_b, {ids[2]: OURS})
    assert len(result.kept) == 2
    assert library_b.load_sop(ids[2]) == ours
    assert library_dump(library_b) == before

    # Taking theirs adds their version on top: our revisions and snapshots all stay.
    apply_import(plan, library_b, {ids[2]: THEIRS}, confirm_newer=True)
    ours_before = before["sops"][ids[2]]
    taken = library_b.load_sop(ids[2])
    assert taken.revision == ours.revision + 1 == 3
    assert jsonio.sop_to_dict(taken) == jsonio.sop_to_dict(replace(theirs, revision=3))
    history = library_dump(library_b)["sops"][ids[2]]
    assert history["history"][:-1] == ours_before["history"]
    assert history["snapshots"][:-1] == ours_before["snapshots"]
    assert history["history"][-1][1] == library_a.lineage(ids[2])[-1][1]
    assert plan_import(paket, library_b).sops[2].relation is Relation.UNCHANGED
    stored = decree_json.decree_from_dict(library_b.load_document(DECREE_DOCUMENT, plan.decree.id))
    assert stored.lampiran.sops[2] == theirs

    # The analyst's next revision continues the line we took: newer, not a conflict.
    edit(library_a, ids[2], "Teks analis, revisi berikutnya")
    plan = plan_import(package_of(library_a, ids, tmp_path / "v3.zip"), library_b)
    assert relations(plan)[ids[2]] is Relation.NEWER
    apply_import(plan, library_b, confirm_newer=True)
    assert [rev for rev, _ in library_b.lineage(ids[2])] == [1, 2, 3, 4]


def edit_decree(library: Library, decree_id: str, tentang: str) -> Decree:
    """Change a stored decree's title and save it (a new revision)."""
    decree = decree_json.decree_from_dict(library.load_document(DECREE_DOCUMENT, decree_id))
    decree.tentang = tentang
    library.save_document(DECREE_DOCUMENT, decree_id, decree_dict(decree), decree_title(decree))
    return decree_json.decree_from_dict(library.load_document(DECREE_DOCUMENT, decree_id))


def test_decree_changed_on_both_sides_is_a_conflict(library_a, library_b, tmp_path):
    ids = ids_of(library_a)
    apply_import(plan_import(package_of(library_a, ids, tmp_path / "v1.zip"), library_b), library_b)
    ours = edit_decree(library_b, DECREE_ID, "Judul yang diubah di Biro")
    # Edited twice on the analyst's side: a higher revision number, and still a conflict.
    edit_decree(library_a, DECREE_ID, "Judul yang diubah analis")
    theirs = edit_decree(library_a, DECREE_ID, "Judul yang diubah analis lagi")
    assert theirs.revision > ours.revision
    build(theirs, tmp_path / "v2.zip", library=library_a)
    plan = plan_import(tmp_path / "v2.zip", library_b)
    assert plan.decree.relation is Relation.CONFLICT
    assert plan.conflicts() == [DECREE_ID]
    assert "KONFLIK" in plan.decree.describe()
    before = library_dump(library_b)
    apply_import(plan, library_b, {DECREE_ID: OURS})
    assert library_dump(library_b) == before

    ours_line = library_b.document_lineage(DECREE_DOCUMENT, DECREE_ID)
    apply_import(plan, library_b, {DECREE_ID: THEIRS})
    assert library_b.load_document(DECREE_DOCUMENT, DECREE_ID) == decree_dict(theirs)
    # Theirs (revision 3) goes on top; our revision 2 stays, theirs 2 is not recorded.
    lineage = library_a.document_lineage(DECREE_DOCUMENT, DECREE_ID)
    assert library_b.document_lineage(DECREE_DOCUMENT, DECREE_ID) == [*ours_line, lineage[-1]]

    # Now B holds A's line: A's next revision is newer and replaces B's after confirmation.
    newest = edit_decree(library_a, DECREE_ID, "Judul final")
    build(newest, tmp_path / "v3.zip", library=library_a)
    plan = plan_import(tmp_path / "v3.zip", library_b)
    assert plan.decree.relation is Relation.NEWER
    apply_import(plan, library_b, confirm_newer=True)
    assert library_b.load_document(DECREE_DOCUMENT, DECREE_ID) == decree_dict(newest)


def test_package_without_decree_lineage_imports_by_the_decree_revision(
    library_a, library_b, tmp_path
):
    # Packages written before decrees had a lineage in the manifest.
    paket = package_of(library_a, ids_of(library_a), tmp_path / "paket.zip")
    old = tmp_path / "lama.zip"

    def drop_lineage(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        del manifest["decree"]["lineage"]
        return json.dumps(manifest).encode()

    rewrite_zip(paket, old, drop_lineage)
    plan = plan_import(old, library_b)
    decree = plan.decree.decree
    assert plan.decree.lineage == ((decree.revision, decree_hash(decree)),)
    apply_import(plan, library_b)
    assert plan_import(paket, library_b).decree.relation is Relation.UNCHANGED


def test_plan_is_rechecked_before_applying(library_a, library_b, tmp_path):
    ids = ids_of(library_a)
    plan = plan_import(package_of(library_a, ids, tmp_path / "paket.zip"), library_b)
    save_samples(library_b, 1)  # the library changes after the plan was made
    with pytest.raises(PackageError, match="pustaka berubah sejak rencana impor dibuat"):
        apply_import(plan, library_b)


class Boom(Exception):
    """The injected failure."""


def fail_on_call(monkeypatch, library: Library, method: str, call: int) -> None:
    """Make `library.<method>` raise on its `call`-th call (1-based), once."""
    original = getattr(library, method)
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == call:
            raise Boom("cakram penuh")
        return original(*args, **kwargs)

    monkeypatch.setattr(library, method, failing)


@pytest.mark.parametrize(("method", "call"), [("adopt_sop", 3), ("adopt_document", 1)])
def test_failure_into_empty_library_leaves_it_empty(
    library_a, library_b, tmp_path, monkeypatch, method, call
):
    plan = plan_import(package_of(library_a, ids_of(library_a), tmp_path / "p.zip"), library_b)
    before = library_dump(library_b)
    fail_on_call(monkeypatch, library_b, method, call)
    with pytest.raises(PackageError, match="impor gagal; pustaka dikembalikan") as error:
        apply_import(plan, library_b)
    assert "cakram penuh" in str(error.value)
    assert library_dump(library_b) == before
    assert library_b.units() == []


def test_failure_after_replacing_restores_history_and_snapshots(
    library_a, library_b, tmp_path, monkeypatch
):
    ids = ids_of(library_a)
    apply_import(plan_import(package_of(library_a, ids, tmp_path / "v1.zip"), library_b), library_b)
    # SOP 0 newer in A; SOP 2 changed on both sides, twice in B (two snapshots to lose).
    edit(library_a, ids[0], "Versi baru dari analis")
    edit(library_a, ids[2], "Teks dari laptop analis")
    edit(library_b, ids[2], "Teks Biro, revisi pertama")
    edit(library_b, ids[2], "Teks Biro, revisi kedua")
    paket = package_of(library_a, ids, tmp_path / "v2.zip")
    plan = plan_import(paket, library_b)
    assert relations(plan)[ids[2]] is Relation.CONFLICT
    before = library_dump(library_b)
    assert len(before["sops"][ids[2]]["snapshots"]) == 3
    assert plan.decree.relation is Relation.NEWER
    choices = {ids[2]: THEIRS}
    fail_on_call(monkeypatch, library_b, "adopt_document", 1)  # after both SOPs were replaced
    with pytest.raises(PackageError, match="impor gagal"):
        apply_import(plan, library_b, choices, confirm_newer=True)
    assert library_dump(library_b) == before

    monkeypatch.undo()
    apply_import(plan, library_b, choices, confirm_newer=True)
    assert library_b.load_sop(ids[0]) == library_a.load_sop(ids[0])
    assert library_b.lineage(ids[0]) == library_a.lineage(ids[0])
    # The conflict taken from the package sits on top of B's three revisions.
    ours = [(rev, digest) for rev, digest, _ in before["sops"][ids[2]]["history"]]
    assert library_b.lineage(ids[2]) == [*ours, (4, library_a.lineage(ids[2])[-1][1])]


def test_tampered_package_is_not_imported(library_a, library_b, tmp_path):
    paket = package_of(library_a, ids_of(library_a), tmp_path / "paket.zip")
    tampered = tmp_path / "ubah.zip"
    rewrite_zip(
        paket,
        tampered,
        lambda name, data: (
            data.replace(b"Menerima", b"Menolak") if name == "data/keputusan.decree.json" else data
        ),
    )
    with pytest.raises(PackageError, match="paket tidak utuh") as error:
        plan_import(tampered, library_b)
    assert "data/keputusan.decree.json" in str(error.value)
    assert library_dump(library_b) == {"units": [], "sops": {}, "documents": {}}
