"""A signed decree PDF comes back: verified offline, matched to its package, attached.

Our exported decree PDF (a real sample decree, built into a signature package) is signed
with a test CA through pyHanko, with and without timestamp and embedded revocation data.
"""

from __future__ import annotations

import datetime
import io

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from reportlab.pdfgen import canvas

from sopstudio.model.lifecycle import Status
from sopstudio.model.package import DECREE_DOCUMENT
from sopstudio.model.signed.attach import SignedError, attach_signed, read_submission
from sopstudio.model.store.lifecycle import SOP_KIND
from tests.signing import append_dss, make_crl, make_pki, sign_pdf

TODAY = datetime.date.today()


def statuses(library, decree) -> dict[str, Status]:
    found = {DECREE_DOCUMENT: library.lifecycle.status(DECREE_DOCUMENT, decree.id)}
    for sop in decree.lampiran.sops:
        found[sop.id] = library.lifecycle.status(SOP_KIND, sop.id)
    return found


def test_building_the_package_froze_the_decree_and_its_sops(built, tmp_path):
    with built.open_copy(tmp_path) as library:
        assert set(statuses(library, built.decree).values()) == {Status.DIAJUKAN}


@pytest.mark.parametrize("variant", ["plain", "timestamp", "timestamp+crl"])
def test_valid_signed_decree_is_attached_and_disahkan(built, pki, tmp_path, variant):
    options = {
        "plain": {},
        "timestamp": {"timestamp": True},
        "timestamp+crl": {"timestamp": True, "crls": [make_crl(pki, [])]},
    }[variant]
    signed = sign_pdf(built.pdf, pki, **options)
    with built.open_copy(tmp_path) as library:
        # The day before the decree takes effect: Disahkan, not yet Berlaku.
        result = attach_signed(
            library, signed, "kep-ttd.pdf", [pki.root.asn1], datetime.date(2024, 9, 16)
        )
        assert result.match.member == "keputusan.pdf"
        assert set(statuses(library, built.decree).values()) == {Status.DISAHKAN}
        record = library.lifecycle.record(DECREE_DOCUMENT, built.decree.id)
        assert (record.signer, record.signer_id) == ("Budi Santoso, S.H.", "197103291999031002")
        assert record.effective_date == datetime.date(2024, 9, 17)  # tanggal ditetapkan
        assert library.lifecycle.signed_file_data(record.signed_file) == signed
        assert len(result.signed) == 4
        # From its effective date on, it is in force.
        library.lifecycle.promote_due(TODAY)
        assert set(statuses(library, built.decree).values()) == {Status.BERLAKU}


def refused(built, tmp_path, data, trusted, match):
    """Attaching `data` fails with a reason matching `match`, and nothing changes."""
    with built.open_copy(tmp_path) as library:
        with pytest.raises(SignedError, match=match):
            attach_signed(library, data, "ttd.pdf", trusted, TODAY)
        assert set(statuses(library, built.decree).values()) == {Status.DIAJUKAN}
        assert library.lifecycle.signed_files() == []


def test_one_byte_changed_in_the_signed_range_is_refused(built, pki, tmp_path):
    signed = bytearray(sign_pdf(built.pdf, pki, timestamp=True))
    # A byte of the exported decree text, well inside the first signed range.
    at = built.pdf.index(b"stream", 2000) + 20
    signed[at] ^= 0x20
    refused(built, tmp_path, bytes(signed), [pki.root.asn1], "isi yang ditandatangani")


def test_valid_signature_on_a_different_pdf_is_refused_as_not_matching(built, pki, tmp_path):
    other = io.BytesIO()
    page = canvas.Canvas(other)
    page.drawString(72, 720, "Keputusan lain yang tidak dibuat dari paket ini")
    page.save()
    signed = sign_pdf(other.getvalue(), pki, timestamp=True)
    refused(built, tmp_path, signed, [pki.root.asn1], "tidak cocok dengan 1 paket")


def test_a_signed_pdf_with_one_byte_changed_before_signing_does_not_match(built, pki, tmp_path):
    changed = bytearray(built.pdf)
    changed[built.pdf.index(b"/Producer") + 3] ^= 0x01
    signed = sign_pdf(bytes(changed), pki)
    refused(built, tmp_path, signed, [pki.root.asn1], "tidak diawali PDF paket")


def test_our_pdf_changed_in_an_update_before_signing_does_not_match(built, pki, tmp_path):
    """Our package PDF is a prefix, but a page was changed in an update appended before the
    signature: the signed revision is not the one we exported."""
    writer = IncrementalPdfFileWriter(io.BytesIO(built.pdf))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    forged = writer.add_object(generic.StreamObject(stream_data=b"BT 100 700 Td (PALSU) Tj ET"))
    page["/Contents"] = generic.ArrayObject([page.raw_get("/Contents"), forged])
    writer.update_container(page)
    changed = io.BytesIO()
    writer.write(changed)
    signed = sign_pdf(changed.getvalue(), pki)
    assert signed.startswith(built.pdf)
    refused(built, tmp_path, signed, [pki.root.asn1], "perubahan lain yang ditambahkan")


def test_untrusted_root_is_refused_with_a_clear_reason(built, pki, tmp_path):
    signed = sign_pdf(built.pdf, pki, timestamp=True)
    stranger = make_pki("Root CA Lain")
    refused(built, tmp_path, signed, [stranger.root.asn1], "tidak sampai ke akar tepercaya")
    refused(built, tmp_path, signed, [], "tidak sampai ke akar tepercaya")


def test_revoked_signer_with_embedded_crl_is_refused(built, pki, tmp_path):
    signed = append_dss(
        sign_pdf(built.pdf, pki, timestamp=True), [make_crl(pki, [pki.signer.cert])]
    )
    refused(built, tmp_path, signed, [pki.root.asn1], "DICABUT")


def test_signer_revoked_after_signing_is_valid_at_signing_time(built, pki, tmp_path):
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    signed = append_dss(
        sign_pdf(built.pdf, pki, timestamp=True),
        [make_crl(pki, [pki.signer.cert], revoked_at=later)],
    )
    with built.open_copy(tmp_path) as library:
        attach_signed(library, signed, "ttd.pdf", [pki.root.asn1], TODAY)
        assert library.lifecycle.status(DECREE_DOCUMENT, built.decree.id) is Status.BERLAKU


def test_the_same_signed_pdf_is_attached_once(built, pki, tmp_path):
    signed = sign_pdf(built.pdf, pki)
    with built.open_copy(tmp_path) as library:
        attach_signed(library, signed, "ttd.pdf", [pki.root.asn1], TODAY)
        with pytest.raises(SignedError, match="sudah dilampirkan"):
            attach_signed(library, signed, "ttd.pdf", [pki.root.asn1], TODAY)


def test_a_package_given_explicitly_is_matched_and_remembered(built, pki, tmp_path):
    signed = sign_pdf(built.pdf, pki)
    package = read_submission(built.package)
    with built.open_copy(tmp_path) as library:
        assert [sha for sha, _raw in library.lifecycle.packages()] == [package.sha256]
        result = attach_signed(library, signed, "ttd.pdf", [pki.root.asn1], TODAY, package)
        assert result.match.package == package.sha256


def test_a_package_built_elsewhere_is_matched_once_imported(built, pki, tmp_path):
    """The analyst's package, imported into the archive's library with `package import`,
    then the signed PDF: the package freezes what it holds here and the PDF is attached."""
    from sopstudio.model.package import apply_import, plan_import
    from sopstudio.model.store import Library

    signed = sign_pdf(built.pdf, pki)
    with Library.open(tmp_path / "arsip.sqlite") as library:
        with pytest.raises(SignedError, match="tidak ada paket tanda tangan"):
            attach_signed(library, signed, "ttd.pdf", [pki.root.asn1], TODAY)
        with pytest.raises(SignedError, match="impor paketnya dahulu"):
            attach_signed(
                library, signed, "ttd.pdf", [pki.root.asn1], TODAY, read_submission(built.package)
            )
        apply_import(plan_import(built.package, library), library)
        attach_signed(
            library, signed, "ttd.pdf", [pki.root.asn1], TODAY, read_submission(built.package)
        )
        assert set(statuses(library, built.decree).values()) == {Status.BERLAKU}
