"""The Library API on SQLite and PostgreSQL: round trips, revisions, search, units, documents."""

from __future__ import annotations

import copy
import threading
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings

from sopstudio.model import ops
from sopstudio.model.sop import Port, Sop, Step, new_id
from sopstudio.model.store import (
    Library,
    NotFoundError,
    Relation,
    StaleRevisionError,
    StoreError,
)
from tests.examples import examples
from tests.model.store.samples import sample_sop
from tests.strategies import STORABLE_TEXT, any_sops

SHARED_LIBRARY = settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


# -- round trip -------------------------------------------------------------------------


def test_save_and_load_is_lossless(library: Library):
    sop = sample_sop()
    assert library.save_sop(sop) == 1
    loaded = library.load_sop(sop.id)
    assert loaded == sop
    assert loaded is not sop


@SHARED_LIBRARY
@given(sop=any_sops(text=STORABLE_TEXT))
def test_round_trip_of_generated_sops(library: Library, sop: Sop):
    sop.id = new_id()
    library.save_sop(sop)
    assert library.load_sop(sop.id) == sop
    # A second library object reads the rows without any cache of this process.
    other = Library.open(library.url)
    try:
        assert other.load_sop(sop.id) == sop
    finally:
        other.close()


@SHARED_LIBRARY
@given(first=any_sops(text=STORABLE_TEXT), second=any_sops(text=STORABLE_TEXT))
def test_update_from_any_sop_to_any_other_is_lossless(library: Library, first: Sop, second: Sop):
    # Saving a different content under the same id exercises the row diff (update,
    # insert and delete of child rows) in both directions of size.
    first.id = second.id = new_id()
    library.save_sop(first)
    second.revision = first.revision
    library.save_sop(second)
    assert library.load_sop(second.id) == second
    other = Library.open(library.url)
    try:
        reloaded = other.load_sop(second.id)
        assert reloaded == second
        reloaded.steps.reverse()
        reloaded.actors.reverse()
        other.save_sop(reloaded)  # diff computed from rows read from the database
        assert library.load_sop(second.id) == reloaded
    finally:
        other.close()


def test_editor_operations_are_saved(library: Library):
    sop = sample_sop(8)
    library.save_sop(sop)
    edits = [
        ops.SetStepField("s1", "text", "Mengetik konsep surat"),
        ops.insert_step_after(sop, "s2", Step(id="baru", actor="staf", text="Memaraf konsep")),
        ops.remove_step(sop, "s3"),
        ops.add_actor(sop, "Sekretaris Daerah"),
        ops.link("d", Port.NO, "s1"),
        ops.SetField("judul", "Penanganan Surat Masuk dan Keluar"),
    ]
    for number, edit in enumerate(edits, start=2):
        edit.apply(sop)
        assert library.save_sop(sop) == number
        assert library.load_sop(sop.id) == sop


def test_nul_is_refused(library: Library):
    sop = sample_sop()
    sop.steps[1].text = "teks\x00rusak"
    with pytest.raises(StoreError, match="NUL"):
        library.save_sop(sop)
    with pytest.raises(NotFoundError):
        library.load_sop(sop.id)


# -- revisions and lineage --------------------------------------------------------------


def test_revision_increments_only_when_content_changes(library: Library):
    sop = sample_sop()
    assert library.save_sop(sop) == 1
    assert library.save_sop(sop) == 1
    sop.steps[0].waktu = "10 menit"
    assert library.save_sop(sop) == 2
    assert sop.revision == 2
    assert library.save_sop(sop) == 2
    assert [r.revision for r in library.history(sop.id)] == [1, 2]


def test_new_sop_keeps_the_revision_it_arrives_with(library: Library):
    sop = sample_sop()
    sop.revision = 7
    assert library.save_sop(sop) == 7
    assert library.lineage(sop.id)[-1][0] == 7


def test_saving_from_an_older_copy_is_refused(library: Library):
    sop = sample_sop()
    library.save_sop(sop)
    stale = copy.deepcopy(sop)
    sop.judul = "Judul baru"
    library.save_sop(sop)
    stale.nomor = "02 TAHUN 2024"
    with pytest.raises(StaleRevisionError, match="revisi 2"):
        library.save_sop(stale)
    assert library.load_sop(sop.id) == sop
    # An older copy with the same content as stored is simply up to date.
    same = copy.deepcopy(sop)
    same.revision = 1
    assert library.save_sop(same) == 2


def test_history_and_snapshots(library: Library):
    sop = sample_sop()
    versions = []
    for title in ("Satu", "Dua", "Tiga"):
        sop.judul = title
        library.save_sop(sop)
        versions.append(copy.deepcopy(sop))
    history = library.history(sop.id)
    assert [h.revision for h in history] == [1, 2, 3]
    assert len({h.content_hash for h in history}) == 3
    assert all(h.has_snapshot for h in history)
    assert history[0].saved_at <= history[-1].saved_at
    assert library.lineage(sop.id) == [(h.revision, h.content_hash) for h in history]
    for version in versions:
        assert library.load_revision(sop.id, version.revision) == version
    with pytest.raises(NotFoundError):
        library.load_revision(sop.id, 9)


def test_content_hash_ignores_id_and_revision(library: Library):
    a, b = sample_sop(), sample_sop()
    b.revision = 5
    library.save_sop(a)
    library.save_sop(b)
    assert library.lineage(a.id)[-1][1] == library.lineage(b.id)[-1][1]


def test_relation_of_incoming_lineages(tmp_path, library: Library):
    sop = sample_sop()
    library.save_sop(sop)
    base = library.lineage(sop.id)
    assert library.relation("tidak-ada", base) is Relation.NEW
    assert library.relation(sop.id, base) is Relation.UNCHANGED

    # The other library continues from revision 1: theirs is newer.
    theirs = copy.deepcopy(sop)
    remote = Library.open(tmp_path / "laptop.sqlite")
    try:
        remote.adopt_sop(theirs, base)
        theirs.judul = "Diubah di laptop"
        remote.save_sop(theirs)
        their_lineage = remote.lineage(sop.id)
    finally:
        remote.close()
    assert library.relation(sop.id, their_lineage) is Relation.NEWER

    # We change ours too: now both sides changed since revision 1.
    sop.judul = "Diubah di biro"
    library.save_sop(sop)
    assert library.relation(sop.id, their_lineage) is Relation.CONFLICT
    assert library.relation(sop.id, base) is Relation.OLDER

    # The user chooses theirs: added on top of our history, which stays whole.
    ours = library.lineage(sop.id)
    assert library.adopt_sop(theirs, their_lineage) == 3
    assert library.load_sop(sop.id) == replace(theirs, revision=3)
    assert library.lineage(sop.id) == [*ours, (3, their_lineage[-1][1])]
    assert library.load_revision(sop.id, 2) == sop
    assert library.relation(sop.id, their_lineage) is Relation.UNCHANGED


def test_adopt_refuses_a_lineage_that_does_not_match(library: Library):
    sop = sample_sop()
    with pytest.raises(StoreError, match="silsilah"):
        library.adopt_sop(sop, [(sop.revision, "0" * 64)])


# -- listing, search, nomor -------------------------------------------------------------


def test_list_and_delete(library: Library):
    unit = library.ensure_unit(["PEMERINTAH PROVINSI NTT", "BIRO ORGANISASI"])
    a, b = sample_sop(), sample_sop()
    a.nomor, b.nomor = "02", "01"
    library.save_sop(a, unit)
    library.save_sop(b)
    listed = library.list_sops()
    assert [s.id for s in listed] == [b.id, a.id]
    assert listed[1].unit_path == ("PEMERINTAH PROVINSI NTT", "BIRO ORGANISASI")
    assert listed[0].unit_path == ()
    assert listed[1].judul == a.judul and listed[1].revision == 1
    assert listed[1].updated_at.tzinfo is not None
    assert [s.id for s in library.list_sops(unit)] == [a.id]
    library.delete_sop(a.id)
    assert [s.id for s in library.list_sops()] == [b.id]
    assert library.history(a.id) == []
    with pytest.raises(NotFoundError):
        library.delete_sop(a.id)
    with pytest.raises(NotFoundError):
        library.load_sop(a.id)


def test_search_title_and_step_text_in_any_case(library: Library):
    surat, cuti = sample_sop(), sample_sop()
    cuti.judul = "Pelayanan Cuti Pegawai"
    cuti.steps[1].text = "Memverifikasi BERKAS cuti tahunan"
    surat.steps[2].text = "Mengarsipkan 100% dokumen_asli"
    library.save_sop(surat)
    library.save_sop(cuti)

    def found(text: str) -> set[str]:
        return {s.id for s in library.search(text)}

    assert found("CUTI") == {cuti.id}
    assert found("berkas cuti") == {cuti.id}  # every word, anywhere
    assert found("penanganan surat") == {surat.id}
    assert found("menerima") == {surat.id, cuti.id}
    assert found("100%") == {surat.id}
    assert found("dokumen_asli") == {surat.id}
    assert found("dokumen%asli") == set()  # % and _ are literal
    assert found("tidak ada") == set()
    assert found("") == {surat.id, cuti.id}
    cuti.judul = "Pelayanan Izin"
    library.save_sop(cuti)
    assert found("pelayanan cuti") == {cuti.id}  # still in its step text
    assert found("izin") == {cuti.id}


def test_search_folds_non_ascii_case(library: Library):
    sop = sample_sop()
    sop.judul = "ÜBERPRÜFUNG Ärzte"
    library.save_sop(sop)
    assert [s.id for s in library.search("überprüfung ärzte")] == [sop.id]


def test_duplicate_nomor(library: Library):
    a, b, c, d = (sample_sop() for _ in range(4))
    a.nomor = b.nomor = "05 TAHUN 2024"
    c.nomor = "06 TAHUN 2024"
    d.nomor = ""
    e = sample_sop()
    e.nomor = ""
    for sop in (a, b, c, d, e):
        library.save_sop(sop)
    assert library.duplicate_nomor() == {"05 TAHUN 2024": sorted([a.id, b.id])}


# -- units ------------------------------------------------------------------------------


def test_ensure_unit_creates_the_chain_once(library: Library):
    header = [
        "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
        "SEKRETARIAT  DAERAH",
        "BIRO ORGANISASI",
        "BAGIAN TATA LAKSANA",
    ]
    leaf = library.ensure_unit(header)
    assert library.ensure_unit(header) == leaf
    assert library.ensure_unit([h.title() for h in header]) == leaf  # case-insensitive
    assert library.unit_path(leaf) == (
        "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
        "SEKRETARIAT DAERAH",
        "BIRO ORGANISASI",
        "BAGIAN TATA LAKSANA",
    )
    assert [u.kind for u in library.units()] == ["instansi", "sekretariat", "biro", "bagian"]
    sibling = library.ensure_unit([*header[:3], "BAGIAN KELEMBAGAAN DAN ANALISIS JABATAN"])
    units = library.units()
    assert len(units) == 5
    # Parents come before children, siblings by name.
    names = [u.name for u in units]
    assert names.index("BIRO ORGANISASI") < names.index("BAGIAN KELEMBAGAAN DAN ANALISIS JABATAN")
    assert names.index("BAGIAN KELEMBAGAAN DAN ANALISIS JABATAN") < names.index(
        "BAGIAN TATA LAKSANA"
    )
    assert {u.parent_id for u in units if u.id in (leaf, sibling)} == {units[2].id}
    with pytest.raises(StoreError):
        library.ensure_unit(["  "])


def test_unit_edits(library: Library):
    biro = library.add_unit("Biro Organisasi")
    bagian = library.add_unit("Bagian Tata Laksana", parent_id=biro, kind="bagian")
    with pytest.raises(StoreError, match="sudah ada"):
        library.add_unit("BAGIAN TATA LAKSANA", parent_id=biro)
    with pytest.raises(NotFoundError):
        library.add_unit("Bagian X", parent_id=999)
    library.rename_unit(bagian, "Bagian Tatalaksana")
    assert library.unit_path(bagian) == ("Biro Organisasi", "Bagian Tatalaksana")
    sop = sample_sop()
    library.save_sop(sop, bagian)
    with pytest.raises(StoreError, match="masih memiliki"):
        library.delete_unit(biro)
    with pytest.raises(StoreError, match="masih memiliki"):
        library.delete_unit(bagian)
    # Moving an SOP without changing its content is not a new revision.
    assert library.save_sop(sop, biro) == 1
    assert library.sop_unit(sop.id) == biro
    library.save_sop(sop)  # no unit given: stays where it is
    assert library.sop_unit(sop.id) == biro
    library.delete_unit(bagian)
    assert [u.id for u in library.units()] == [biro]
    with pytest.raises(NotFoundError):
        library.delete_unit(bagian)


# -- documents --------------------------------------------------------------------------


def test_documents(library: Library):
    decree = {"format": "sopstudio.decree", "nomor": "267 TAHUN 2024", "sops": [1, 2, {"x": None}]}
    library.save_document("decree", "kepgub-267", decree, "Keputusan Gubernur 267")
    library.save_document("decree", "kepgub-324", {"nomor": "324"}, "Keputusan Gubernur 324")
    library.save_document("note", "kepgub-267", {"lain": True}, "Bukan keputusan")
    assert library.load_document("decree", "kepgub-267") == decree
    decree["nomor"] = "268 TAHUN 2024"
    library.save_document("decree", "kepgub-267", decree, "Keputusan Gubernur 268")
    assert library.load_document("decree", "kepgub-267")["nomor"] == "268 TAHUN 2024"
    listed = library.list_documents("decree")
    assert [(d.id, d.title) for d in listed] == [
        ("kepgub-267", "Keputusan Gubernur 268"),
        ("kepgub-324", "Keputusan Gubernur 324"),
    ]
    library.delete_document("decree", "kepgub-324")
    assert [d.id for d in library.list_documents("decree")] == ["kepgub-267"]
    assert library.load_document("note", "kepgub-267") == {"lain": True}
    with pytest.raises(NotFoundError):
        library.load_document("decree", "kepgub-324")
    with pytest.raises(NotFoundError):
        library.delete_document("decree", "kepgub-324")


@pytest.mark.parametrize("count", [1, 3])
def test_two_libraries_on_one_database_see_each_other(library: Library, count: int):
    other = Library.open(library.url)
    try:
        saved = [sample_sop() for _ in range(count)]
        for sop in saved:
            other.save_sop(sop)
        assert {s.id for s in library.list_sops()} == {s.id for s in saved}
        mine = library.load_sop(saved[0].id)
        mine.judul = "Diubah di jendela pertama"
        library.save_sop(mine)
        theirs = other.load_sop(saved[0].id)
        assert theirs == mine
    finally:
        other.close()


@given(title=STORABLE_TEXT)
@SHARED_LIBRARY
def test_saving_twice_is_idempotent(library: Library, title: str):
    sop = sample_sop()
    sop.judul = title
    first = library.save_sop(sop)
    assert library.save_sop(sop) == first
    assert len(library.history(sop.id)) == 1


def test_concurrent_writers_wait_for_each_other(library: Library):
    # Two library objects (as two app windows or processes would) saving at the same time:
    # writers queue on the lock instead of failing, and every save lands.
    others = [Library.open(library.url) for _ in range(2)]
    errors: list[BaseException] = []
    shared = sample_sop()
    library.save_sop(shared)

    def work(lib: Library, name: str) -> None:
        try:
            own = sample_sop()
            for number in range(25):
                own.judul = f"{name} {number}"
                lib.save_sop(own)
                lib.save_document("catatan", name, {"n": number}, name)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [
        threading.Thread(target=work, args=(lib, f"penulis {i}")) for i, lib in enumerate(others)
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        for lib in others:
            lib.close()
    assert errors == []
    titles = sorted(s.judul for s in library.list_sops())
    assert titles == sorted(["Penanganan Surat Masuk", "penulis 0 24", "penulis 1 24"])
    assert {d.id for d in library.list_documents("catatan")} == {"penulis 0", "penulis 1"}
