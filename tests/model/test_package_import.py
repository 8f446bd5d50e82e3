"""Importing a package into another library: new, unchanged, newer, older and conflicting
SOPs; nothing overwritten silently; all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sopstudio.model import decree_json
from sopstudio.model.package import (
    DECREE_DOCUMENT,
    OURS,
    THEIRS,
    PackageError,
    apply_import,
    plan_import,
)
from sopstudio.model.store import Library, Relation
from tests.hostile.packages import (
    build,
    decree_dict,
    edit,
    library_decree,
    library_dump,
    rewrite_zip,
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
    build(library_decree(library, ids), path, library=library)
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
    assert stored == decree_dict(library_decree(library_a, ids))
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
        plan.decree.id: Relation.NEWER,  # same decree text, a newer SOP inside
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
    assert library_b.load_document(DECREE_DOCUMENT, plan.decree.id) == decree_dict(
        library_decree(library_a, ids)
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
    # The stored decree still embeds revision 1 of that SOP, so the package's is newer.
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

    apply_import(plan, library_b, {ids[2]: THEIRS}, confirm_newer=True)
    assert library_b.load_sop(ids[2]) == theirs
    assert library_b.lineage(ids[2]) == library_a.lineage(ids[2])
    stored = decree_json.decree_from_dict(library_b.load_document(DECREE_DOCUMENT, plan.decree.id))
    assert stored.lampiran.sops[2] == theirs


def test_decree_changed_on_both_sides_is_a_conflict(library_a, library_b, tmp_path):
    ids = ids_of(library_a)
    decree = library_decree(library_a, ids)
    build(decree, tmp_path / "v1.zip", library=library_a)
    apply_import(plan_import(tmp_path / "v1.zip", library_b), library_b)
    ours = library_decree(library_a, ids)
    ours.tentang = "Judul yang diubah di Biro"
    library_b.save_document(DECREE_DOCUMENT, ours.id, decree_dict(ours), "diubah")
    decree.tentang = "Judul yang diubah analis"
    build(decree, tmp_path / "v2.zip", library=library_a)
    plan = plan_import(tmp_path / "v2.zip", library_b)
    assert plan.conflicts() == [decree.id]
    apply_import(plan, library_b, {decree.id: OURS})
    assert library_b.load_document(DECREE_DOCUMENT, decree.id)["tentang"] == ours.tentang

    decree.revision = 1  # a later revision of the decree replaces ours, after confirmation
    build(decree, tmp_path / "v3.zip", library=library_a)
    plan = plan_import(tmp_path / "v3.zip", library_b)
    assert plan.decree.relation is Relation.NEWER
    apply_import(plan, library_b, confirm_newer=True)
    assert library_b.load_document(DECREE_DOCUMENT, decree.id) == decree_dict(decree)


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


@pytest.mark.parametrize(("method", "call"), [("adopt_sop", 3), ("save_document", 1)])
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
    fail_on_call(monkeypatch, library_b, "save_document", 1)  # after both SOPs were replaced
    with pytest.raises(PackageError, match="impor gagal"):
        apply_import(plan, library_b, choices, confirm_newer=True)
    assert library_dump(library_b) == before

    monkeypatch.undo()
    apply_import(plan, library_b, choices, confirm_newer=True)
    for sop_id in (ids[0], ids[2]):
        assert library_b.load_sop(sop_id) == library_a.load_sop(sop_id)
        assert library_b.lineage(sop_id) == library_a.lineage(sop_id)


def test_tampered_package_is_not_imported(library_a, library_b, tmp_path):
    paket = package_of(library_a, ids_of(library_a), tmp_path / "paket.zip")
    tampered = tmp_path / "ubah.zip"
    rewrite_zip(
        paket,
        tampered,
        lambda name, data: data.replace(b"Menerima", b"Menolak")
        if name == "data/keputusan.decree.json"
        else data,
    )
    with pytest.raises(PackageError, match="paket tidak utuh") as error:
        plan_import(tampered, library_b)
    assert "data/keputusan.decree.json" in str(error.value)
    assert library_dump(library_b) == {"units": [], "sops": {}, "documents": {}}
