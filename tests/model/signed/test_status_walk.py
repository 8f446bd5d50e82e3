"""One SOP through every status, for real: review, package, signature, effective date, a
later decree replacing it; and an edit of a signed SOP starts a new draft."""

from __future__ import annotations

import datetime
import zipfile

import pytest

from sopstudio.export.package import build_package
from sopstudio.model.decree import MappingRow
from sopstudio.model.lifecycle import LifecycleError, Status
from sopstudio.model.signed.attach import SignedError, attach_signed, read_submission
from sopstudio.model.sop import new_id
from sopstudio.model.store import Library
from sopstudio.model.store.lifecycle import SOP_KIND
from sopstudio.model.store.mapping import Content, sop_from_snapshot
from tests.hostile.packages import CREATED, sample_decree, sample_sops
from tests.model.signed.conftest import enact
from tests.signing import sign_pdf

SIGNED_DAY = datetime.date(2024, 9, 16)
EFFECTIVE = datetime.date(2024, 9, 17)  # the sample decree's tanggal ditetapkan


def package_and_sign(library, decree, folder, pki, name) -> None:
    """Build the decree's package from the library and attach its signed decree PDF."""
    result = build_package(decree, folder / f"{name}.zip", created=CREATED, library=library)
    assert (
        library.lifecycle.status(
            SOP_KIND, decree.lampiran.sops[0].id, decree.lampiran.sops[0].revision
        )
        is Status.DIAJUKAN
    )
    with zipfile.ZipFile(result.path) as archive:
        signed = sign_pdf(archive.read("keputusan.pdf"), pki)
    attach_signed(library, signed, f"{name}.pdf", [pki.root.asn1], SIGNED_DAY)


def test_one_sop_walks_through_every_status(tmp_path, pki):
    with Library.open(tmp_path / "pustaka.sqlite") as library:
        decree = enact(library, sample_decree(sample_sops(1)))
        sop_id = decree.lampiran.sops[0].id
        lifecycle = library.lifecycle
        assert lifecycle.status(SOP_KIND, sop_id) is Status.DRAF
        lifecycle.set_status(SOP_KIND, sop_id, Status.DIREVIU)
        assert lifecycle.status(SOP_KIND, sop_id) is Status.DIREVIU
        with pytest.raises(LifecycleError, match="saat paket"):
            lifecycle.set_status(SOP_KIND, sop_id, Status.DIAJUKAN)

        package_and_sign(library, decree, tmp_path, pki, "pertama")
        first = lifecycle.record(SOP_KIND, sop_id)
        assert first.status is Status.DISAHKAN
        assert first.signer == "Budi Santoso, S.H."
        lifecycle.promote_due(EFFECTIVE - datetime.timedelta(days=1))
        assert lifecycle.status(SOP_KIND, sop_id) is Status.DISAHKAN
        lifecycle.promote_due(EFFECTIVE)
        assert lifecycle.status(SOP_KIND, sop_id) is Status.BERLAKU

        # A later decree enacts a changed revision: from its effective date the old one is
        # replaced (Diganti).
        sop = library.load_sop(sop_id)
        sop.steps[0].text = "Menerima dan mencatat surat masuk"
        decree.lampiran.sops = [sop]
        later = enact(library, decree)
        assert lifecycle.status(SOP_KIND, sop_id) is Status.DRAF
        package_and_sign(library, later, tmp_path, pki, "kedua")
        assert lifecycle.status(SOP_KIND, sop_id) is Status.DISAHKAN
        assert lifecycle.status(SOP_KIND, sop_id, first.revision) is Status.BERLAKU
        changed = lifecycle.promote_due(EFFECTIVE)
        assert [(r.revision, r.status) for r in changed if r.kind == SOP_KIND] == [
            (first.revision, Status.DIGANTI),
            (first.revision + 1, Status.BERLAKU),
        ]

        # Revoked by hand (a decree that only revokes).
        lifecycle.set_status(SOP_KIND, sop_id, Status.DICABUT)
        walked = {r.status for r in lifecycle.records(SOP_KIND, sop_id)}
        assert walked == {Status.DIGANTI, Status.DICABUT}
        with pytest.raises(LifecycleError):
            lifecycle.set_status(SOP_KIND, sop_id, Status.BERLAKU)


def test_editing_a_signed_sop_makes_a_new_draft_and_keeps_the_signed_one(tmp_path, pki):
    with Library.open(tmp_path / "pustaka.sqlite") as library:
        decree = enact(library, sample_decree(sample_sops(1)))
        signed_sop = decree.lampiran.sops[0]
        package_and_sign(library, decree, tmp_path, pki, "paket")
        lifecycle = library.lifecycle

        sop = library.load_sop(signed_sop.id)
        sop.steps[0].text = "Teks yang diubah setelah disahkan"
        revision = library.save_sop(sop)

        assert revision == signed_sop.revision + 1
        assert lifecycle.status(SOP_KIND, sop.id) is Status.DRAF
        assert lifecycle.status(SOP_KIND, sop.id, signed_sop.revision) is Status.DISAHKAN
        # The signed revision is exactly what was signed, even once the history prunes it.
        library.snapshots_kept = 1
        sop.steps[0].text = "Sekali lagi diubah"
        library.save_sop(sop)
        frozen = sop_from_snapshot(lifecycle.snapshot(SOP_KIND, sop.id, signed_sop.revision))
        assert Content(frozen).hash == Content(signed_sop).hash


def test_a_later_decree_ends_the_sops_its_mapping_table_lists(tmp_path, pki):
    with Library.open(tmp_path / "pustaka.sqlite") as library:
        first = enact(library, sample_decree(sample_sops(2)))
        package_and_sign(library, first, tmp_path, pki, "lama")
        library.lifecycle.promote_due(EFFECTIVE)
        kept, revoked = first.lampiran.sops
        # A new decree (another id) enacts a third SOP; its table replaces the first SOP by
        # it and revokes the second one without a successor.
        later = sample_decree(sample_sops(3)[2:])
        later.id, later.nomor = new_id(), "300/KEP/HK/2025"
        later.lampiran.mapping = [
            MappingRow(kept.nomor, kept.judul, later.lampiran.sops[0].nomor, "Baru"),
            MappingRow(revoked.nomor, revoked.judul),
        ]
        later = enact(library, later)
        result = build_package(later, tmp_path / "baru.zip", created=CREATED, library=library)
        with zipfile.ZipFile(result.path) as archive:
            signed = sign_pdf(archive.read("keputusan.pdf"), pki)
        attached = attach_signed(library, signed, "baru.pdf", [pki.root.asn1], EFFECTIVE)
        lifecycle = library.lifecycle
        assert lifecycle.status(SOP_KIND, kept.id) is Status.DIGANTI
        assert lifecycle.status(SOP_KIND, revoked.id) is Status.DICABUT
        assert lifecycle.status(SOP_KIND, later.lampiran.sops[0].id) is Status.BERLAKU
        assert any("Dicabut" in line for line in attached.lines())


def test_a_package_of_drafts_freezes_nothing_and_its_signed_pdf_is_refused(tmp_path, pki):
    with Library.open(tmp_path / "pustaka.sqlite") as library:
        decree = enact(library, sample_decree(sample_sops(1)))
        path = tmp_path / "draf.zip"
        build_package(decree, path, created=CREATED, library=library, draft=True)
        sop_id = decree.lampiran.sops[0].id
        assert library.lifecycle.status(SOP_KIND, sop_id) is Status.DRAF
        assert library.lifecycle.packages() == []
        with zipfile.ZipFile(path) as archive:
            signed = sign_pdf(archive.read("keputusan.pdf"), pki)
        with pytest.raises(SignedError, match="paket DRAF"):
            attach_signed(
                library, signed, "draf.pdf", [pki.root.asn1], SIGNED_DAY, read_submission(path)
            )
