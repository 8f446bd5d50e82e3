"""`Library.transaction()` on SQLite and PostgreSQL: one commit for many calls, nothing on
failure, nested blocks as savepoints, and other connections see nothing until the commit."""

from __future__ import annotations

import threading

import pytest

from sopstudio.model.store import Library, NotFoundError, StaleRevisionError
from sopstudio.model.store.mapping import Content
from tests.model.store.samples import sample_sop


class Boom(Exception):
    """The injected failure."""


def snapshot(library: Library) -> dict:
    """What a user could see in a library: units, SOPs with history, documents."""
    return {
        "units": [(u.name, u.kind) for u in library.units()],
        "sops": {
            s.id: (library.load_sop(s.id), library.lineage(s.id)) for s in library.list_sops()
        },
        "documents": {
            d.id: library.load_document(d.kind, d.id) for d in library.list_documents("decree")
        },
    }


def write_everything(library: Library) -> tuple[str, str]:
    """One of each write method: units, SOPs (insert, update, adopt, delete), documents."""
    unit = library.ensure_unit(["PEMERINTAH PROVINSI", "BIRO ORGANISASI"])
    library.rename_unit(unit, "BIRO ORGANISASI DAN TATA LAKSANA")
    spare = library.add_unit("BAGIAN SEMENTARA", unit)
    library.delete_unit(spare)
    sop = sample_sop()
    library.save_sop(sop, unit)
    sop.judul = "Judul revisi kedua"
    library.save_sop(sop)
    gone = sample_sop()
    library.save_sop(gone)
    library.delete_sop(gone.id)
    adopted = sample_sop()
    adopted.revision = 4
    library.adopt_sop(adopted, [(4, Content(adopted).hash)])
    library.save_document("decree", "kepgub-1", {"nomor": "1"}, "Keputusan 1")
    library.save_document("decree", "kepgub-2", {"nomor": "2"}, "Keputusan 2")
    library.delete_document("decree", "kepgub-2")
    return sop.id, adopted.id


def test_block_commits_every_write_at_its_end(library: Library):
    other = Library.open(library.url)
    try:
        with library.transaction():
            sop_id, adopted_id = write_everything(library)
            # Inside, the block reads its own writes ...
            assert library.load_sop(sop_id).judul == "Judul revisi kedua"
            assert [r.revision for r in library.history(sop_id)] == [1, 2]
            # ... and another connection sees none of them yet.
            assert other.list_sops() == [] and other.units() == []
            assert other.list_documents("decree") == []
        assert {s.id for s in other.list_sops()} == {sop_id, adopted_id}
        assert other.unit_path(other.sop_unit(sop_id)) == (
            "PEMERINTAH PROVINSI",
            "BIRO ORGANISASI DAN TATA LAKSANA",
        )
        assert other.load_sop(adopted_id).revision == 4
        assert [d.id for d in other.list_documents("decree")] == ["kepgub-1"]
    finally:
        other.close()


def test_exception_rolls_back_every_write(library: Library):
    before_sop = sample_sop()
    library.save_sop(before_sop)
    library.save_document("decree", "lama", {"nomor": "lama"}, "Keputusan lama")
    before = snapshot(library)
    with pytest.raises(Boom), library.transaction():
        write_everything(library)
        edited = library.load_sop(before_sop.id)
        edited.judul = "Tidak jadi"
        library.save_sop(edited)
        library.delete_document("decree", "lama")
        raise Boom
    assert snapshot(library) == before
    # The library stays usable, and what this process remembered of the rolled-back save
    # does not leak into the next one.
    again = library.load_sop(before_sop.id)
    again.judul = "Jadi"
    assert library.save_sop(again) == 2
    assert library.load_sop(before_sop.id) == again


def test_nested_block_joins_the_outer_one(library: Library):
    other = Library.open(library.url)
    try:
        with library.transaction():
            library.save_document("decree", "luar", {"n": 1}, "Luar")
            with library.transaction():
                library.save_document("decree", "dalam", {"n": 2}, "Dalam")
            # The inner block ending commits nothing.
            assert other.list_documents("decree") == []
            with pytest.raises(Boom), library.transaction():
                library.save_document("decree", "gagal", {"n": 3}, "Gagal")
                raise Boom
            assert {d.id for d in library.list_documents("decree")} == {"luar", "dalam"}
        assert {d.id for d in other.list_documents("decree")} == {"luar", "dalam"}
    finally:
        other.close()


def test_outer_rollback_undoes_a_finished_inner_block(library: Library):
    with pytest.raises(Boom), library.transaction():
        with library.transaction():
            library.save_sop(sample_sop())
        raise Boom
    assert library.list_sops() == []


def test_failed_call_inside_leaves_the_block_usable(library: Library):
    sop = sample_sop()
    library.save_sop(sop)
    stale = library.load_sop(sop.id)
    with library.transaction():
        fresh = library.load_sop(sop.id)
        fresh.judul = "Revisi dua"
        library.save_sop(fresh)
        stale.judul = "Dari salinan lama"
        with pytest.raises(StaleRevisionError):
            library.save_sop(stale)
        with pytest.raises(NotFoundError):
            library.delete_unit(12345)
        library.save_document("decree", "tetap", {"n": 1}, "Tetap")
    assert library.load_sop(sop.id).judul == "Revisi dua"
    assert [d.id for d in library.list_documents("decree")] == ["tetap"]


def test_other_threads_do_not_join_the_block(library: Library):
    seen: list[list[str]] = []
    with library.transaction():
        library.save_document("decree", "baru", {"n": 1}, "Baru")
        worker = threading.Thread(
            target=lambda: seen.append([d.id for d in library.list_documents("decree")])
        )
        worker.start()
        worker.join(30)
    assert seen == [[]]
    assert [d.id for d in library.list_documents("decree")] == ["baru"]
