"""Verify the electronic signatures (TTE, PAdES) of a signed PDF offline with pyHanko.

Each signature is checked for integrity, a certificate chain to a root the user trusts, the
part of the file it covers, and revocation, using only what the file carries (CRLs, OCSP
responses and certificates in the signature and in the document security store) at the
signing time (the timestamp's when there is one). Nothing is fetched from the network.
"""

from __future__ import annotations

import datetime
import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import x509
from pyhanko.pdf_utils.decode_limits import DecodePurpose
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import (
    EmbeddedPdfSignature,
    PdfSignatureStatus,
    SignatureCoverageLevel,
    validate_pdf_signature,
)
from pyhanko.sign.validation.dss import DocumentSecurityStore, NoDSSFoundError
from pyhanko.sign.validation.generic_cms import extract_tst_data_iter, find_cms_attribute_iter
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext

from sopstudio.model.signed.certs import display_name

# pyHanko logs every failed check with a traceback; the report says what failed instead.
for _logger in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())
    logging.getLogger(_logger).propagate = False

#: A signer certificate fit for signing documents has one of these key usages.
_KEY_USAGE = KeyUsageConstraints(key_usage={"non_repudiation", "digital_signature"})
#: NIK (16 digits) or NIP (18 digits) in a certificate subject attribute.
_ID_NUMBER = re.compile(r"(?<!\d)(\d{18}|\d{16})(?!\d)")

#: The user's words for AdES sub-indications (by name).
_TRUST_REASONS = {
    "NO_CERTIFICATE_CHAIN_FOUND": (
        "rantai sertifikat tidak sampai ke akar tepercaya; tambahkan sertifikat akar "
        "(mis. Root CA Indonesia DS G1) dan CA penerbit (mis. BSrE) ke daftar tepercaya"
    ),
    "REVOKED": "sertifikat penanda tangan telah DICABUT",
    "REVOKED_NO_POE": "sertifikat penanda tangan telah DICABUT",
    "REVOKED_CA_NO_POE": "sertifikat CA dalam rantai telah DICABUT",
    "EXPIRED": "sertifikat sudah kedaluwarsa pada waktu penandatanganan",
    "NOT_YET_VALID": "sertifikat belum berlaku pada waktu penandatanganan",
    "OUT_OF_BOUNDS_NO_POE": ("sertifikat tidak berlaku pada waktu penandatanganan"),
    "TRY_LATER": ("status pencabutan tidak dapat dipastikan dari data yang tertanam dalam berkas"),
    "CHAIN_CONSTRAINTS_FAILURE": "rantai sertifikat melanggar batasan CA",
    "SIG_CONSTRAINTS_FAILURE": (
        "sertifikat penanda tangan tidak untuk menandatangani dokumen (key usage)"
    ),
}

#: Trust problems (AdES sub-indications) that mean a certificate was revoked.
_REVOKED = frozenset({"REVOKED", "REVOKED_NO_POE", "REVOKED_CA_NO_POE"})

_CHANGE_TEXT = {
    ModificationLevel.LTA_UPDATES: "hanya data validasi (DSS) atau stempel waktu dokumen",
    ModificationLevel.FORM_FILLING: "isian formulir atau tanda tangan lain",
    ModificationLevel.ANNOTATIONS: "anotasi",
    ModificationLevel.OTHER: "perubahan isi dokumen",
}


@dataclass(frozen=True)
class SignatureReport:
    """What one signature of a PDF proves."""

    index: int
    field: str
    signer: str
    signer_id: str
    signing_time: datetime.datetime | None
    timestamped: bool
    intact: bool
    trusted: bool
    trust_text: str
    whole_file: bool
    changes_ok: bool
    changes_text: str
    revoked: bool
    revocation_text: str
    #: Bytes [0, covered_end) are signed and come before the signature value.
    covered_end: int
    #: The signed revision ends here; later bytes were appended after signing.
    signed_end: int
    #: Which revision of the file (0 = the original) the signature signs.
    revision: int

    @property
    def valid(self) -> bool:
        """Intact, trusted, not revoked, and nothing but validation data appended."""
        return self.intact and self.trusted and not self.revoked and self.changes_ok

    def problems(self) -> list[str]:
        """Why the signature is not valid, in the user's words."""
        found = []
        if not self.intact:
            found.append("isi yang ditandatangani telah berubah (tanda tangan tidak cocok)")
        elif not self.trusted:  # a chain is only checked for intact content; says revoked
            found.append(self.trust_text)
        if not self.changes_ok:
            found.append(self.changes_text)
        return found

    def lines(self) -> list[str]:
        """The report of this signature as text lines."""
        who = self.signer or "(tanpa nama)"
        ident = f" (NIK/NIP {self.signer_id})" if self.signer_id else " (NIK/NIP tidak tercantum)"
        if self.signing_time is None:
            when = "tidak tercantum"
        else:
            source = (
                "stempel waktu"
                if self.timestamped
                else "menurut penanda tangan; tanpa stempel waktu"
            )
            when = f"{_format_time(self.signing_time)} ({source})"
        return [
            f"Tanda tangan {self.index} ({self.field}): {'SAH' if self.valid else 'TIDAK SAH'}",
            f"  Penanda tangan   : {who}{ident}",
            f"  Waktu tanda tangan: {when}",
            "  Keutuhan         : "
            + ("utuh" if self.intact else "RUSAK: isi yang ditandatangani berubah"),
            f"  Rantai sertifikat: {self.trust_text}",
            f"  Cakupan          : {self.changes_text}",
            f"  Status pencabutan: {self.revocation_text}",
        ]


@dataclass(frozen=True)
class VerifyResult:
    """The verification of one signed PDF."""

    name: str
    signatures: tuple[SignatureReport, ...] = ()
    #: Why the file as a whole cannot be verified ("" when it could be).
    problem: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def valid(self) -> bool:
        """At least one signature, and every signature valid."""
        return not self.problem and bool(self.signatures) and all(s.valid for s in self.signatures)

    def reasons(self) -> list[str]:
        """Why the file is refused (empty when valid)."""
        if self.problem:
            return [self.problem]
        return [f"tanda tangan {s.index}: {p}" for s in self.signatures for p in s.problems()]

    def lines(self) -> list[str]:
        """The whole report as text lines."""
        out = [f"Berkas: {self.name}"]
        if self.problem:
            return [*out, f"TIDAK SAH: {self.problem}"]
        for signature in self.signatures:
            out += signature.lines()
        return [*out, *self.notes]


def verify_signed_pdf(data: bytes, name: str, trusted: Sequence[x509.Certificate]) -> VerifyResult:
    """Verify every signature of a PDF against the `trusted` certificates, offline."""
    if data.lstrip()[:5] != b"%PDF-":
        return VerifyResult(name, problem="berkas ini bukan PDF")
    # pyHanko and asn1crypto raise many kinds of exception on damaged input (ValueError,
    # KeyError, AttributeError for an unknown algorithm, ...): each one means "refused".
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_regular_signatures)
        embedded = _embedded_validation_data(reader) if signatures else _Embedded()
    except Exception as exc:  # noqa: BLE001 - see above
        return VerifyResult(name, problem=f"PDF rusak atau tidak dapat dibaca ({_brief(exc)})")
    if not signatures:
        return VerifyResult(name, problem="PDF ini tidak memuat tanda tangan elektronik")
    reports = []
    for index, signature in enumerate(signatures, start=1):
        try:
            reports.append(_verify_one(index, signature, trusted, embedded))
        except Exception as exc:  # noqa: BLE001 - see above
            problem = f"tanda tangan {index} tidak dapat diperiksa ({_brief(exc)})"
            return VerifyResult(name, problem=problem)
    notes = (
        ()
        if trusted
        else (
            (
                "Catatan: daftar sertifikat tepercaya kosong; tambahkan sertifikat akar "
                "dengan --trust atau 'sopstudio signed trust add'."
            ),
        )
    )
    return VerifyResult(name, tuple(reports), notes=notes)


@dataclass(frozen=True)
class _Embedded:
    """Certificates and revocation data the document security store carries."""

    certs: tuple[x509.Certificate, ...] = ()
    crls: tuple[asn1_crl.CertificateList, ...] = ()
    ocsps: tuple[asn1_ocsp.OCSPResponse, ...] = ()


def _embedded_validation_data(reader: PdfFileReader) -> _Embedded:
    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except NoDSSFoundError:
        return _Embedded()
    crls = tuple(
        asn1_crl.CertificateList.load(ref.get_object().read_data(DecodePurpose.CRL))
        for ref in dss.crls
    )
    ocsps = tuple(
        asn1_ocsp.OCSPResponse.load(ref.get_object().read_data(DecodePurpose.OCSP_RESPONSE))
        for ref in dss.ocsps
    )
    return _Embedded(tuple(dss.load_certs()), crls, ocsps)


def _verify_one(
    index: int,
    signature: EmbeddedPdfSignature,
    trusted: Sequence[x509.Certificate],
    embedded: _Embedded,
) -> SignatureReport:
    crls, ocsps = list(embedded.crls), list(embedded.ocsps)
    for archival in find_cms_attribute_iter(
        signature.signer_info["signed_attrs"], "adobe_revocation_info_archival"
    ):
        crls += list(archival["crl"] or ())
        ocsps += list(archival["ocsp"] or ())
    stamp = _timestamp_time(signature)
    moment = stamp or signature.self_reported_timestamp
    mode = "hard-fail" if crls or ocsps else "soft-fail"

    def context(revocation_mode: str) -> ValidationContext:
        return ValidationContext(
            trust_roots=list(trusted),
            other_certs=list(embedded.certs),
            crls=crls,
            ocsps=ocsps,
            moment=moment,
            allow_fetching=False,
            revocation_mode=revocation_mode,
            retroactive_revinfo=True,
        )

    status = validate_pdf_signature(
        signature, context(mode), context("soft-fail"), key_usage_settings=_KEY_USAGE
    )
    signer, signer_id = signer_identity(signature.signer_cert)
    indic = status.trust_problem_indic
    revoked = status.revocation_details is not None or (
        indic is not None and indic.standard_name in _REVOKED
    )
    whole, changes_ok, changes_text = _coverage(status)
    start, covered, _gap, rest = (int(v) for v in signature.byte_range)
    return SignatureReport(
        index=index,
        field=signature.field_name or "",
        signer=signer,
        signer_id=signer_id,
        signing_time=moment,
        timestamped=stamp is not None
        and status.timestamp_validity is not None
        and status.timestamp_validity.intact
        and status.timestamp_validity.valid,
        intact=status.intact and status.valid,
        trusted=status.trusted and not revoked,
        trust_text=_trust_text(status, revoked),
        whole_file=whole,
        changes_ok=changes_ok,
        changes_text=changes_text,
        revoked=revoked,
        revocation_text=_revocation_text(status, revoked, len(crls), len(ocsps)),
        covered_end=start + covered,
        signed_end=_gap + rest,
        revision=signature.signed_revision,
    )


def signer_identity(cert: x509.Certificate) -> tuple[str, str]:
    """The signer's name and NIK/NIP from a certificate subject ("" when absent): the name
    is the common name; the number is the serialNumber attribute, or a 16- or 18-digit
    number in another attribute."""
    subject = cert.subject.native
    name = str(subject.get("common_name") or "")
    number = str(subject.get("serial_number") or "")
    if not number:
        for value in subject.values():
            found = _ID_NUMBER.search(str(value))
            if found:
                number = found.group(1)
                break
    return name, number


def _timestamp_time(signature: EmbeddedPdfSignature) -> datetime.datetime | None:
    """The time of the signature's timestamp token, if it carries one."""
    for token in extract_tst_data_iter(signature.signer_info, signed=False):
        info = token["encap_content_info"]["content"].parsed
        return info["gen_time"].native
    return None


def _coverage(status: PdfSignatureStatus) -> tuple[bool, bool, str]:
    """(whole file covered, acceptable, text) for the part of the file a signature covers."""
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return True, True, "seluruh berkas"
    if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return False, False, "TIDAK mencakup seluruh revisi yang ditandatangani"
    level = status.modification_level or ModificationLevel.OTHER
    what = _CHANGE_TEXT.get(level, "perubahan isi dokumen")
    ok = level <= ModificationLevel.LTA_UPDATES and status.docmdp_ok is not False
    verdict = "boleh" if ok else "DITOLAK: berkas diubah setelah ditandatangani"
    return False, ok, f"revisi yang ditandatangani; sesudahnya ditambahkan {what} ({verdict})"


def _trust_text(status: PdfSignatureStatus, revoked: bool) -> str:
    if revoked:
        return _TRUST_REASONS["REVOKED"]
    if not (status.intact and status.valid):
        return "tidak diperiksa: isi yang ditandatangani berubah"
    if status.trusted:
        path = status.validation_path
        root = display_name(path.trust_anchor.authority.name) if path is not None else ""
        return f"tepercaya, sampai akar {root}" if root else "tepercaya"
    indic = status.trust_problem_indic
    reason = _TRUST_REASONS.get(indic.standard_name) if indic is not None else None
    return (
        reason or f"tidak tepercaya ({indic.standard_name if indic else 'sebab tidak diketahui'})"
    )


def _revocation_text(status: PdfSignatureStatus, revoked: bool, crls: int, ocsps: int) -> str:
    if revoked:
        details = status.revocation_details
        when = f" sejak {_format_time(details.revocation_date)}" if details else ""
        return f"DICABUT{when} (menurut data pencabutan dalam berkas)"
    if not crls and not ocsps:
        return "tidak diperiksa: berkas tidak memuat data pencabutan (CRL/OCSP)"
    if status.validation_path is None:
        return "tidak diperiksa: rantai sertifikat tidak tepercaya"
    return f"tidak dicabut (diperiksa dengan {crls} CRL dan {ocsps} OCSP dalam berkas)"


def _brief(exc: Exception) -> str:
    """An exception as one short line for the report."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


def _format_time(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
