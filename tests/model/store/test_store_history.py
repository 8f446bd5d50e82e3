"""Revision history of documents (decrees) as for SOPs, snapshot pruning, and the 0002
migration of a library holding data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import JSON, DateTime, String, Text, column, insert, inspect, table

from sopstudio.model.store import (
    SNAPSHOTS_KEPT,
    Library,
    NotFoundError,
    Relation,
    StaleRevisionError,
    StoreError,
    migrate,
)
from sopstudio.model.store.engine import create_library_engine, library_url
from sopstudio.model.store.mapping import Content, document_hash
from tests.model.store.samples import sample_sop


def decree(nomor: str, revision: int = 0) -> dict:
    return {"format": "sopstudio.decree", "id": "kep-1", "revision": revision, "nomor": nomor}


# -- documents have a history -------------------------------------------------------------


def test_document_revision_goes_up_only_when_the_content_changes(library: Library):
    assert library.save_document("decree", "kep-1", decree("1"), "Keputusan 1") == 1
    assert library.load_document("decree", "kep-1")["revision"] == 1
    # Same content, whatever revision the copy says: no new revision.
    assert library.save_document("decree", "kep-1", decree("1", 1), "Judul baru") == 1
    assert [d.title for d in library.list_documents("decree")] == ["Judul baru"]
    assert library.save_document("decree", "kep-1", decree("2", 1), "Keputusan 2") == 2
    assert library.load_document("decree", "kep-1") == decree("2", 2)
    history = library.document_history("decree", "kep-1")
    assert [(r.revision, r.has_snapshot) for r in history] == [(1, True), (2, True)]
    assert library.document_lineage("decree", "kep-1") == [
        (1, document_hash(decree("1"))),
        (2, document_hash(decree("2"))),
    ]
    assert library.load_document_revision("decree", "kep-1", 1) == decree("1", 1)
    assert library.list_documents("decree")[0].revision == 2
    with pytest.raises(NotFoundError, match="tidak ada di pustaka"):
        library.load_document_revision("decree", "kep-1", 7)


def test_document_edited_from_an_older_copy_is_stale(library: Library):
    library.save_document("decree", "kep-1", decree("1"), "K")
    library.save_document("decree", "kep-1", decree("2", 1), "K")
    with pytest.raises(StaleRevisionError, match="revisi 2"):
        library.save_document("decree", "kep-1", decree("3", 1), "K")
    # Data without a revision of its own is simply replaced (generic documents).
    assert library.save_document("note", "n", {"teks": "a"}, "N") == 1
    assert library.save_document("note", "n", {"teks": "b"}, "N") == 2
    assert library.load_document("note", "n") == {"teks": "b"}


def test_document_relation_and_adoption(library: Library):
    ours = [decree("1", 0), decree("2", 1)]
    for data in ours:
        library.save_document("decree", "kep-1", data, "K")
    base = library.document_lineage("decree", "kep-1")
    newer = [*base, (3, document_hash(decree("3")))]
    branch = [base[0], (2, document_hash(decree("lain")))]
    assert library.document_relation("decree", "lain", newer) is Relation.NEW
    assert library.document_relation("decree", "kep-1", base) is Relation.UNCHANGED
    assert library.document_relation("decree", "kep-1", newer) is Relation.NEWER
    assert library.document_relation("decree", "kep-1", base[:1]) is Relation.OLDER
    assert library.document_relation("decree", "kep-1", branch) is Relation.CONFLICT

    with pytest.raises(StoreError, match="silsilah"):
        library.adopt_document("decree", "kep-1", decree("3", 3), "K", base)
    # Taken on top of ours (revision 3): our revision 2 is never replaced.
    assert library.adopt_document("decree", "kep-1", decree("lain", 2), "Dari paket", branch) == 3
    assert library.document_lineage("decree", "kep-1") == [*base, (3, branch[-1][1])]
    assert library.load_document("decree", "kep-1") == decree("lain", 3)
    assert library.load_document_revision("decree", "kep-1", 2) == decree("2", 2)
    library.adopt_document("decree", "baru", decree("3", 3), "Baru", newer)
    assert [r.has_snapshot for r in library.document_history("decree", "baru")] == [
        False,
        False,
        True,
    ]
    library.delete_document("decree", "baru")
    assert library.document_history("decree", "baru") == []


# -- pruning ------------------------------------------------------------------------------


def test_only_the_newest_snapshots_are_kept(library: Library):
    assert library.snapshots_kept == SNAPSHOTS_KEPT == 50
    library.snapshots_kept = 3
    sop = sample_sop()
    for number in range(6):
        sop.judul = f"Judul {number}"
        library.save_sop(sop)
        library.save_document("decree", "kep-1", decree(str(number), number), "K")
    for history in (library.history(sop.id), library.document_history("decree", "kep-1")):
        assert [(r.revision, r.has_snapshot) for r in history] == [
            (1, False),
            (2, False),
            (3, False),
            (4, True),
            (5, True),
            (6, True),
        ]
    assert len(library.lineage(sop.id)) == 6  # every (revision, hash) stays, for lineage
    assert library.load_revision(sop.id, 4).judul == "Judul 3"
    with pytest.raises(NotFoundError, match="hanya menyimpan isi 3 revisi terakhir"):
        library.load_revision(sop.id, 3)
    with pytest.raises(NotFoundError, match="hanya menyimpan isi 3 revisi terakhir"):
        library.load_document_revision("decree", "kep-1", 1)


def test_adopting_prunes_too(library: Library):
    library.snapshots_kept = 2
    sop = sample_sop()
    for number in range(3):
        sop.judul = f"Judul {number}"
        library.save_sop(sop)
    lineage = library.lineage(sop.id)
    sop.judul = "Dari paket"
    sop.revision = 4
    library.adopt_sop(sop, [*lineage, (4, Content(sop).hash)])
    assert [r.has_snapshot for r in library.history(sop.id)] == [False, False, True, True]


# -- migration 0002 -----------------------------------------------------------------------


#: The documents table as migration 0001 created it.
DOCUMENTS_0001 = table(
    "documents",
    column("kind", String),
    column("id", String),
    column("title", Text),
    column("data", JSON),
    column("updated_at", DateTime(timezone=True)),
)


def test_library_with_data_at_0001_upgrades_to_head(library_location):
    sop = sample_sop()
    with Library.open(library_location) as library:
        library.save_sop(sop)
        sop.judul = "Revisi dua"
        library.save_sop(sop)
    engine = create_library_engine(library_url(library_location))
    legacy = {"format": "sopstudio.decree", "id": "kep-1", "revision": 3, "nomor": "267"}
    try:
        migrate.downgrade(engine, "0001")
        assert migrate.current_revision(engine) == "0001"
        with engine.begin() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("documents")}
            assert "revision" not in columns  # really the 0001 table
            saved_at = datetime(2024, 9, 17, tzinfo=UTC)
            conn.execute(
                insert(DOCUMENTS_0001),
                [
                    {
                        "kind": "decree",
                        "id": "kep-1",
                        "title": "Keputusan 267",
                        "data": legacy,
                        "updated_at": saved_at,
                    },
                    {
                        "kind": "catatan",
                        "id": "c",
                        "title": "Catatan",
                        "data": {"teks": "x"},
                        "updated_at": saved_at,
                    },
                ],
            )
    finally:
        engine.dispose()

    with Library.open(library_location) as library:
        assert library.load_sop(sop.id) == sop
        assert [r.revision for r in library.history(sop.id)] == [1, 2]
        assert library.load_document("decree", "kep-1") == legacy
        assert library.document_lineage("decree", "kep-1") == [(3, document_hash(legacy))]
        assert library.load_document_revision("decree", "kep-1", 3) == legacy
        assert library.document_lineage("catatan", "c") == [(1, document_hash({"teks": "x"}))]
        assert {d.id: d.revision for d in library.list_documents("catatan")} == {"c": 1}
        # The migrated history goes on from there.
        assert library.save_document("decree", "kep-1", dict(legacy, nomor="268"), "K") == 4
