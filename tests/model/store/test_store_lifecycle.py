"""`Library.lifecycle` on SQLite and PostgreSQL: statuses per revision, frozen copies,
signing, coming into force, packages, signed files and trusted certificates."""

from __future__ import annotations

import datetime

import pytest
from sqlalchemy import inspect

from sopstudio.model.lifecycle import LifecycleError, Status
from sopstudio.model.store import Library, NotFoundError, StoreError, library_url, migrate
from sopstudio.model.store.engine import create_library_engine
from sopstudio.model.store.lifecycle import SOP_KIND, SignedFile, Signing
from sopstudio.model.store.mapping import Content
from tests.model.store.samples import sample_sop

SIGNED_AT = datetime.datetime(2024, 9, 16, 8, 0, tzinfo=datetime.UTC)
EFFECTIVE = datetime.date(2024, 9, 17)


def test_a_revision_goes_from_draft_to_in_force_and_is_replaced(library):
    sop = sample_sop()
    library.save_sop(sop)
    lifecycle = library.lifecycle
    assert lifecycle.statuses(SOP_KIND) == {sop.id: Status.DRAF}
    lifecycle.set_status(SOP_KIND, sop.id, Status.DIREVIU)
    content = Content(sop)
    assert (
        lifecycle.freeze(SOP_KIND, sop.id, 1, content.hash, content.snapshot(1)) is Status.DIAJUKAN
    )
    # Building a second package of the same revision keeps it as it is.
    assert (
        lifecycle.freeze(SOP_KIND, sop.id, 1, content.hash, content.snapshot(1)) is Status.DIAJUKAN
    )
    with pytest.raises(StoreError, match="isi lain"):
        lifecycle.freeze(SOP_KIND, sop.id, 1, "0" * 64, b"")

    lifecycle.add_signed_file(
        SignedFile("a" * 64, "ttd.pdf", "b" * 64, "keputusan.pdf", "Budi", "1971", SIGNED_AT),
        b"%PDF-signed",
    )
    lifecycle.sign(SOP_KIND, sop.id, 1, Signing("Budi", "1971", SIGNED_AT, EFFECTIVE, "a" * 64))
    with pytest.raises(LifecycleError):
        lifecycle.sign(SOP_KIND, sop.id, 1, Signing("Budi", "1971", SIGNED_AT, EFFECTIVE, "a"))
    assert lifecycle.promote_due(EFFECTIVE - datetime.timedelta(days=1)) == []
    assert [r.status for r in lifecycle.promote_due(EFFECTIVE)] == [Status.BERLAKU]
    record = lifecycle.record(SOP_KIND, sop.id)
    assert (record.signer, record.signed_at, record.effective_date) == (
        "Budi",
        SIGNED_AT,
        EFFECTIVE,
    )
    assert [r.revision for r in lifecycle.in_force(SOP_KIND)] == [1]
    assert lifecycle.signed_records() == [record]
    assert lifecycle.signed_file_data("a" * 64) == b"%PDF-signed"

    # An edit makes revision 2, a Draf; revision 1 stays as it was.
    sop.steps[0].text = "Menerima berkas"
    library.save_sop(sop)
    assert lifecycle.statuses(SOP_KIND) == {sop.id: Status.DRAF}
    assert lifecycle.status(SOP_KIND, sop.id, 1) is Status.BERLAKU
    assert lifecycle.retire(SOP_KIND, sop.id, 1, Status.DIGANTI).status is Status.DIGANTI
    with pytest.raises(LifecycleError):
        lifecycle.retire(SOP_KIND, sop.id, 1, Status.DICABUT)


def test_packages_and_trusted_certificates_are_kept_once(library):
    lifecycle = library.lifecycle
    lifecycle.add_package("c" * 64, "kep", 1, b"{}")
    lifecycle.add_package("c" * 64, "kep", 1, b"{}")
    assert lifecycle.packages() == [("c" * 64, b"{}")]
    assert lifecycle.trust("d" * 64, "CN=Root", b"der")
    assert not lifecycle.trust("d" * 64, "CN=Root", b"der")
    assert lifecycle.trusted() == [b"der"]
    lifecycle.distrust("d" * 64)
    assert lifecycle.trusted() == []
    with pytest.raises(NotFoundError):
        lifecycle.distrust("d" * 64)
    with pytest.raises(NotFoundError):
        lifecycle.status(SOP_KIND, "tidak-ada")


def test_a_library_from_before_the_lifecycle_upgrades_with_every_sop_a_draft(library_location):
    sop = sample_sop()
    with Library.open(library_location) as library:
        library.save_sop(sop)
        library.lifecycle.set_status(SOP_KIND, sop.id, Status.DIREVIU)
    engine = create_library_engine(library_url(library_location))
    try:
        migrate.downgrade(engine, "0002")
        assert "lifecycle" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    with Library.open(library_location) as library:
        assert library.lifecycle.statuses(SOP_KIND) == {sop.id: Status.DRAF}
        assert library.load_sop(sop.id) == sop


def test_taking_a_packages_version_never_touches_a_frozen_revision(library):
    """A conflicting version taken from a package becomes a new revision on top (the store
    never reuses a revision number for other content): the frozen revision keeps its status
    and its content, and the new one is a draft."""
    sop = sample_sop()
    library.save_sop(sop)
    content = Content(sop)
    library.lifecycle.freeze(SOP_KIND, sop.id, 1, content.hash, content.snapshot(1))
    theirs = sample_sop()
    theirs.id, theirs.revision, theirs.judul = sop.id, 1, "Versi kantor lain"
    library.adopt_sop(theirs, [(1, Content(theirs).hash)])
    assert library.load_sop(sop.id).revision == 2
    assert library.lifecycle.status(SOP_KIND, sop.id) is Status.DRAF
    assert library.lifecycle.status(SOP_KIND, sop.id, 1) is Status.DIAJUKAN
    assert library.load_revision(sop.id, 1).judul == sop.judul
    library.lifecycle.set_status(SOP_KIND, sop.id, Status.DIREVIU)
    assert library.lifecycle.status(SOP_KIND, sop.id) is Status.DIREVIU
