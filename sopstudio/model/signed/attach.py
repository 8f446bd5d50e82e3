"""Close the loop: a signature package freezes what it holds (Diajukan), and a verified
signed PDF made from one of its PDFs makes the decree and its SOPs Disahkan.

A signed PDF is *ours* when the package PDF is a byte prefix of it covered by a valid
signature: PAdES signs by appending an incremental update, so the signed revision starts
with the exact bytes we exported.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader

from sopstudio.model import decree_json
from sopstudio.model.decree import Decree
from sopstudio.model.errors import FormatError, SopStudioError
from sopstudio.model.lifecycle import SIGNED, Status, effective_date
from sopstudio.model.package import (
    DECREE_DOCUMENT,
    DECREE_PDF,
    Manifest,
    decree_hash,
    read_package,
)
from sopstudio.model.signed.certs import parse_certificates, read_certificates
from sopstudio.model.signed.verify import SignatureReport, VerifyResult, verify_signed_pdf
from sopstudio.model.store import Library
from sopstudio.model.store.lifecycle import SOP_KIND, SignedFile, Signing, StatusRecord
from sopstudio.model.store.mapping import (
    Content,
    document_from_snapshot,
    document_snapshot,
    sop_from_snapshot,
)

#: A signed PDF larger than this is refused before it is read.
MAX_SIGNED_BYTES = 200 * 1024 * 1024


class SignedError(SopStudioError):
    """A signed PDF that cannot be verified, matched or attached (the reason in Indonesian)."""


@dataclass(frozen=True)
class Match:
    """The package PDF a signed file was made from, and the signature covering it."""

    package: str  # SHA-256 of the manifest
    manifest: Manifest
    member: str
    signature: SignatureReport

    def describe(self) -> str:
        """One line for the user."""
        return (
            f"Cocok dengan paket keputusan {self.manifest.decree_nomor or self.manifest.decree_id}"
            f" ({self.member}, dibuat {self.manifest.created}): revisi yang ditandatangani "
            "sama byte demi byte dengan PDF paket."
        )


# -- packages --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    """A signature package as a signed PDF is matched against it: its manifest, the SHA-256
    that names it, and (when read from its zip) the decree it holds."""

    sha256: str
    manifest: Manifest
    decree: Decree | None = None


def manifest_sha256(manifest: Manifest) -> str:
    """The name under which the library records a package."""
    return hashlib.sha256(manifest.dumps()).hexdigest()


def read_submission(path: str | os.PathLike[str]) -> Submission:
    """An intact package read from its zip; PackageError otherwise."""
    manifest, decree = read_package(path)
    return Submission(manifest_sha256(manifest), manifest, decree)


def submit_package(library: Library, manifest: Manifest, decree: Decree) -> None:
    """Record a package and freeze (Diajukan) the revisions it holds that are saved in the
    library: an unsaved revision may change without its number changing."""
    lifecycle = library.lifecycle
    with library.transaction():
        lifecycle.add_package(
            manifest_sha256(manifest), decree.id, decree.revision, manifest.dumps()
        )
        for sop in decree.lampiran.sops:
            content = Content(sop)
            if (sop.revision, content.hash) in library.lineage(sop.id):
                lifecycle.freeze(
                    SOP_KIND, sop.id, sop.revision, content.hash, content.snapshot(sop.revision)
                )
        head = (decree.revision, decree_hash(decree))
        if head in library.document_lineage(DECREE_DOCUMENT, decree.id):
            lifecycle.freeze(
                DECREE_DOCUMENT,
                decree.id,
                decree.revision,
                head[1],
                document_snapshot(decree_json.decree_to_dict(decree)),
            )


def match_package(
    data: bytes, result: VerifyResult, packages: Sequence[Submission]
) -> Match | None:
    """The first package PDF that is a prefix of `data` signed by a valid signature in the
    very next revision (nothing else was appended to our PDF before it was signed)."""
    for package in packages:
        if package.manifest.draft:
            continue  # a package of drafts is not for signature
        for item in package.manifest.files:
            if not item.path.endswith(".pdf") or item.size > len(data):
                continue
            if hashlib.sha256(data[: item.size]).hexdigest() != item.sha256:
                continue
            revisions = _revisions(data[: item.size])
            for signature in result.signatures:
                if (
                    signature.valid
                    and item.size <= signature.covered_end
                    and signature.revision == revisions
                ):
                    return Match(package.sha256, package.manifest, item.path, signature)
    return None


def _revisions(pdf: bytes) -> int:
    """How many revisions a PDF has (-1 when it cannot be read)."""
    try:
        return PdfFileReader(io.BytesIO(pdf), strict=False).xrefs.total_revisions
    except Exception:  # noqa: BLE001 - a package PDF that pyHanko cannot read matches nothing
        return -1


def mismatch_reason(packages: Sequence[Submission]) -> str:
    """Why a valid signed PDF matched none of `packages`."""
    if len(packages) == 1 and packages[0].manifest.draft:
        return "paket ini paket DRAF (dokumen masih bergalat), bukan untuk ditandatangani"
    if not packages:
        return (
            "tidak ada paket tanda tangan untuk dicocokkan; buat paket dari pustaka ini "
            "atau sebutkan paketnya (--package)"
        )
    return (
        f"PDF bertanda tangan ini tidak cocok dengan {len(packages)} paket yang diperiksa: "
        "revisi yang ditandatangani tidak diawali PDF paket mana pun byte demi byte, atau ada "
        "perubahan lain yang ditambahkan ke PDF paket sebelum ditandatangani"
    )


@dataclass(frozen=True)
class Check:
    """A signed PDF verified, and matched against a package when one was given."""

    result: VerifyResult
    match: Match | None
    #: Why it is refused ("" when valid, and made from the package when one was given).
    refusal: str

    @property
    def ok(self) -> bool:
        """Valid (and matching)."""
        return not self.refusal

    def lines(self) -> list[str]:
        """The report of every signature, then the match."""
        return self.result.lines() + ([self.match.describe()] if self.match else [])


def check_signed(
    data: bytes,
    name: str,
    trusted: Sequence[x509.Certificate],
    package: Submission | None = None,
) -> Check:
    """Verify a signed PDF and, with `package`, prove it was made from that package."""
    result = verify_signed_pdf(data, name, trusted)
    if not result.valid:
        return Check(result, None, "; ".join(result.reasons()))
    if package is None:
        return Check(result, None, "")
    match = match_package(data, result, [package])
    return Check(result, match, "" if match else mismatch_reason([package]))


# -- trust -----------------------------------------------------------------------------------


def trusted_certificates(
    library: Library | None, files: Sequence[str | os.PathLike[str]] = ()
) -> list[x509.Certificate]:
    """The certificates trusted by the library plus those in `files` (PEM or DER)."""
    certs = (
        []
        if library is None
        else [
            cert
            for der in library.lifecycle.trusted()
            for cert in parse_certificates(der, "pustaka")
        ]
    )
    for path in files:
        certs += read_certificates(path)
    return certs


def read_signed(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a signed PDF; SignedError when it cannot be read."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_SIGNED_BYTES:
            raise SignedError(f"{path.name}: terlalu besar ({path.stat().st_size} bita)")
        return path.read_bytes()
    except OSError as exc:
        raise SignedError(f"{path.name}: tidak dapat dibaca ({exc.strerror})") from exc


# -- attaching -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachResult:
    """What attaching a signed PDF did."""

    match: Match
    signed: list[str]
    replaced: list[str]
    in_force: list[str]

    def lines(self) -> list[str]:
        """A summary for the user."""
        signature = self.match.signature
        out = [
            self.match.describe(),
            f"Disahkan oleh {signature.signer} ({len(self.signed)} dokumen):",
            *(f"- {item}" for item in self.signed),
        ]
        if self.in_force:
            out += ["Berlaku (tanggal berlakunya sudah tiba):", *(f"- {i}" for i in self.in_force)]
        if self.replaced:
            out += ["Berakhir masa berlakunya:", *(f"- {i}" for i in self.replaced)]
        return out


def attach_signed(
    library: Library,
    data: bytes,
    name: str,
    trusted: Sequence[x509.Certificate],
    today: datetime.date,
    package: Submission | None = None,
) -> AttachResult:
    """Verify a signed PDF, match it to a package built from the library, store it, and make
    what it signs Disahkan (Berlaku when its effective date is `today` or earlier).

    SignedError (nothing written) when the signature is not valid, the file matches no
    package, or it was attached already.
    """
    result = verify_signed_pdf(data, name, trusted)
    if not result.valid:
        raise SignedError("PDF bertanda tangan ditolak: " + "; ".join(result.reasons()))
    lifecycle = library.lifecycle
    digest = hashlib.sha256(data).hexdigest()
    if lifecycle.has_signed_file(digest):
        raise SignedError(f"{name} sudah dilampirkan ke pustaka sebelumnya")
    packages = [Submission(sha, Manifest.loads(raw)) for sha, raw in lifecycle.packages()]
    if package is not None:
        if package.manifest.draft:
            raise SignedError("PDF bertanda tangan ditolak: " + mismatch_reason([package]))
        packages.insert(0, package)
    match = match_package(data, result, packages)
    if match is None:
        raise SignedError("PDF bertanda tangan ditolak: " + mismatch_reason(packages))
    signature = match.signature
    signed_at = signature.signing_time or datetime.datetime.now(datetime.UTC)
    items = _signed_items(match)
    decree_date = _decree_effective(library, match, signed_at.date())
    signed = []
    with library.transaction():
        if package is not None and package.decree is not None:
            # A package built elsewhere and imported here: it freezes what it holds now.
            submit_package(library, package.manifest, package.decree)
        lifecycle.add_signed_file(
            SignedFile(
                digest,
                name,
                match.package,
                match.member,
                signature.signer,
                signature.signer_id,
                signed_at,
            ),
            data,
        )
        for kind, item_id, revision, label in items:
            status = lifecycle.status(kind, item_id, revision)
            if status in SIGNED or status is Status.DRAF:
                # Signed before (an unchanged SOP in a later decree), or not a revision
                # saved in this library when the package was built or imported.
                continue
            effective = (
                decree_date
                if kind != SOP_KIND
                else _sop_effective(library, item_id, revision, decree_date)
            )
            lifecycle.sign(
                kind,
                item_id,
                revision,
                Signing(signature.signer, signature.signer_id, signed_at, effective, digest),
            )
            signed.append(label)
        if not signed:
            raise SignedError(
                "PDF bertanda tangan ditolak: keputusan dan SOP paket ini tidak tersimpan di "
                "pustaka ini (atau sudah disahkan); impor paketnya dahulu (package import)"
            )
        due = bring_into_force(library, today)
    labels = {(kind, item_id, revision): label for kind, item_id, revision, label in items}

    def describe(record: StatusRecord) -> str:
        key = (record.kind, record.id, record.revision)
        return labels.get(key) or f"{record.id} (revisi {record.revision})"

    in_force = [describe(r) for r in due if r.status is Status.BERLAKU]
    replaced = [
        f"{describe(r)}: {r.status.label}"
        for r in due
        if r.status in (Status.DIGANTI, Status.DICABUT)
    ]
    return AttachResult(match, signed, replaced, in_force)


def bring_into_force(library: Library, today: datetime.date) -> list[StatusRecord]:
    """Put signed revisions whose date has come in force (Berlaku), ending what they replace:
    earlier revisions of the same item (Diganti) and the SOPs a decree's mapping table lists
    by old number (Diganti when the row names a new SOP, Dicabut when it does not).
    Returns every record changed; nothing in a read-only library (it is shown as stored)."""
    if library.read_only:
        return []
    lifecycle = library.lifecycle
    with library.transaction():
        changed = lifecycle.promote_due(today)
        for record in list(changed):
            if record.kind == DECREE_DOCUMENT and record.status is Status.BERLAKU:
                raw = lifecycle.snapshot(record.kind, record.id, record.revision)
                decree = decree_json.decree_from_dict(document_from_snapshot(raw))
                changed += _end_mapped(library, decree)
    return changed


def _end_mapped(library: Library, decree: Decree) -> list[StatusRecord]:
    """End the SOPs in force that the decree's mapping table replaces or revokes."""
    ends = {
        _fold(row.old_no): Status.DIGANTI
        if (row.new_no or row.new_title).strip()
        else Status.DICABUT
        for row in decree.lampiran.mapping
        if row.old_no.strip()
    }
    if not ends:
        return []
    enacted = {sop.id for sop in decree.lampiran.sops}
    lifecycle = library.lifecycle
    ended = []
    for record in lifecycle.in_force(SOP_KIND):
        if record.id in enacted:
            continue
        sop = sop_from_snapshot(lifecycle.snapshot(SOP_KIND, record.id, record.revision))
        status = ends.get(_fold(sop.nomor))
        if status is not None:
            ended.append(lifecycle.retire(SOP_KIND, record.id, record.revision, status))
    return ended


def _fold(nomor: str) -> str:
    return " ".join(nomor.split()).casefold()


def _signed_items(match: Match) -> list[tuple[str, str, int, str]]:
    """(kind, id, revision, label) of what the matched PDF signs: the decree PDF signs the
    decree and every SOP of its Lampiran, an SOP PDF that SOP only."""
    manifest = match.manifest
    sops = [
        (SOP_KIND, s.id, s.revision, f"SOP {s.nomor or '-'} {s.judul} (revisi {s.revision})")
        for s in manifest.sops
    ]
    if match.member == DECREE_PDF:
        revision = manifest.decree_lineage[-1][0]
        label = f"Keputusan {manifest.decree_nomor or manifest.decree_id} (revisi {revision})"
        return [(DECREE_DOCUMENT, manifest.decree_id, revision, label), *sops]
    index = int(Path(match.member).name.split("-", 1)[0]) - 1
    return [sops[index]]


def _decree_effective(library: Library, match: Match, signed: datetime.date) -> datetime.date:
    """The decree's effective date: its tanggal ditetapkan, else the signing date."""
    manifest = match.manifest
    try:
        raw = library.lifecycle.snapshot(
            DECREE_DOCUMENT, manifest.decree_id, manifest.decree_lineage[-1][0]
        )
        decree = decree_json.decree_from_dict(document_from_snapshot(raw))
    except (SopStudioError, FormatError):
        return signed
    return effective_date(decree.tanggal_ditetapkan, signed)


def _sop_effective(
    library: Library, sop_id: str, revision: int, fallback: datetime.date
) -> datetime.date:
    """An SOP's tanggal efektif when it is a date, else the decree's effective date."""
    try:
        sop = sop_from_snapshot(library.lifecycle.snapshot(SOP_KIND, sop_id, revision))
    except SopStudioError:
        return fallback
    return effective_date(sop.tanggal_efektif, fallback)
