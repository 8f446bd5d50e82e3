"""The library's record of what happened after editing: lifecycle status per revision,
the signature packages built, the signed files attached, and the trusted certificates.

`Library.lifecycle` gives a `LifecycleStore` sharing the library's connections and
transactions. Statuses move only as `sopstudio.model.lifecycle` allows.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from sopstudio.model.lifecycle import (
    IN_FORCE,
    LifecycleError,
    Status,
    check_transition,
    is_due,
)
from sopstudio.model.store.errors import NotFoundError, StoreError
from sopstudio.model.store.schema import (
    documents,
    lifecycle,
    signature_packages,
    signed_files,
    sops,
    trusted_certificates,
)

if TYPE_CHECKING:
    from sopstudio.model.store.library import Library

#: The `kind` of SOP rows in `lifecycle`; decrees use their document kind ("decree").
SOP_KIND = "sop"


@dataclass(frozen=True)
class StatusRecord:
    """The lifecycle of one revision."""

    kind: str
    id: str
    revision: int
    status: Status
    content_hash: str
    changed_at: datetime.datetime
    effective_date: datetime.date | None = None
    signer: str | None = None
    signer_id: str | None = None
    signed_at: datetime.datetime | None = None
    signed_file: str | None = None


@dataclass(frozen=True)
class SignedFile:
    """A signed PDF stored in the library (without its bytes)."""

    sha256: str
    name: str
    package: str
    member: str
    signer: str
    signer_id: str
    signed_at: datetime.datetime


@dataclass(frozen=True)
class Signing:
    """Who signed a revision, when, and from when it is in force."""

    signer: str
    signer_id: str
    signed_at: datetime.datetime
    effective_date: datetime.date
    signed_file: str


class LifecycleStore:
    """Lifecycle, packages, signed files and trusted certificates of one library."""

    def __init__(self, library: Library) -> None:
        self._library = library

    # -- statuses --------------------------------------------------------------------------

    def record(self, kind: str, item_id: str, revision: int | None = None) -> StatusRecord:
        """The lifecycle of a revision (the current one when None); a Draf without a row."""
        with self._library._read() as conn:
            if revision is None:
                revision, digest = _head(conn, kind, item_id)
            else:
                digest = ""
            row = conn.execute(select(lifecycle).where(*_key(kind, item_id, revision))).first()
        if row is None or (digest and row.content_hash != digest):
            # No row, or the row of other content that took this revision number (a
            # conflicting revision taken from a package): the current content is a Draf.
            return StatusRecord(kind, item_id, revision, Status.DRAF, digest, _EPOCH)
        return _record(row)

    def status(self, kind: str, item_id: str, revision: int | None = None) -> Status:
        """The status of a revision (the current one when None)."""
        return self.record(kind, item_id, revision).status

    def statuses(self, kind: str) -> dict[str, Status]:
        """The status of the current revision of every SOP ("sop") or document of a kind."""
        table = sops if kind == SOP_KIND else documents
        query = select(table.c.id, lifecycle.c.status).select_from(
            table.outerjoin(
                lifecycle,
                (lifecycle.c.kind == kind)
                & (lifecycle.c.id == table.c.id)
                & (lifecycle.c.revision == table.c.revision)
                & (lifecycle.c.content_hash == table.c.content_hash),
            )
        )
        if kind != SOP_KIND:
            query = query.where(documents.c.kind == kind)
        with self._library._read() as conn:
            rows = conn.execute(query).all()
        return {r.id: Status(r.status) if r.status else Status.DRAF for r in rows}

    def records(self, kind: str, item_id: str) -> list[StatusRecord]:
        """Every revision of an item that left the Draf status, oldest first."""
        with self._library._read() as conn:
            rows = conn.execute(
                select(lifecycle)
                .where(lifecycle.c.kind == kind, lifecycle.c.id == item_id)
                .order_by(lifecycle.c.revision)
            ).all()
        return [_record(r) for r in rows]

    def set_status(self, kind: str, item_id: str, status: Status) -> StatusRecord:
        """Move the current revision by hand: review (Direviu, back to Draf), in force
        (Berlaku), revoked (Dicabut) or replaced (Diganti). Diajukan comes only from building
        a package, Disahkan only from a verified signed PDF."""
        if status is Status.DIAJUKAN:
            raise LifecycleError("status Diajukan diberikan saat paket tanda tangan dibuat")
        if status is Status.DISAHKAN:
            raise LifecycleError("status Disahkan diberikan saat PDF bertanda tangan dilampirkan")
        now = _now()
        with self._library._write() as conn:
            revision, digest = _head(conn, kind, item_id)
            row = conn.execute(select(lifecycle).where(*_key(kind, item_id, revision))).first()
            old = Status(row.status) if row is not None else Status.DRAF
            check_transition(old, status)
            if row is None:
                conn.execute(
                    insert(lifecycle).values(
                        kind=kind,
                        id=item_id,
                        revision=revision,
                        status=status,
                        content_hash=digest,
                        changed_at=now,
                    )
                )
            else:
                conn.execute(
                    update(lifecycle)
                    .where(*_key(kind, item_id, revision))
                    .values(status=status, changed_at=now)
                )
        return self.record(kind, item_id, revision)

    def retire(self, kind: str, item_id: str, revision: int, status: Status) -> StatusRecord:
        """End a revision in force: revoked (Dicabut) or replaced (Diganti) by a later
        decree."""
        if status not in (Status.DICABUT, Status.DIGANTI):
            raise LifecycleError("hanya Dicabut atau Diganti yang mengakhiri masa berlaku")
        with self._library._write() as conn:
            row = conn.execute(select(lifecycle).where(*_key(kind, item_id, revision))).first()
            check_transition(Status(row.status) if row is not None else Status.DRAF, status)
            conn.execute(
                update(lifecycle)
                .where(*_key(kind, item_id, revision))
                .values(status=status, changed_at=_now())
            )
        return self.record(kind, item_id, revision)

    def in_force(self, kind: str) -> list[StatusRecord]:
        """The revisions of a kind that are Disahkan or Berlaku."""
        with self._library._read() as conn:
            rows = conn.execute(
                select(lifecycle)
                .where(
                    lifecycle.c.kind == kind,
                    lifecycle.c.status.in_([s.value for s in IN_FORCE]),
                )
                .order_by(lifecycle.c.id, lifecycle.c.revision)
            ).all()
        return [_record(r) for r in rows]

    def freeze(
        self, kind: str, item_id: str, revision: int, content_hash: str, snapshot: bytes
    ) -> Status:
        """Mark a revision Diajukan (a package was built from it), keeping a copy of its
        content; a revision already frozen keeps its status. Returns the status."""
        now = _now()
        with self._library._write() as conn:
            row = conn.execute(select(lifecycle).where(*_key(kind, item_id, revision))).first()
            if row is not None and row.content_hash and row.content_hash != content_hash:
                raise StoreError(
                    f"revisi {revision} dari {item_id} tercatat dengan isi lain; paket ditolak"
                )
            old = Status(row.status) if row is not None else Status.DRAF
            if old not in (Status.DRAF, Status.DIREVIU):
                return old
            values = {
                "status": Status.DIAJUKAN,
                "content_hash": content_hash,
                "changed_at": now,
                "snapshot": snapshot,
            }
            if row is None:
                conn.execute(
                    insert(lifecycle).values(kind=kind, id=item_id, revision=revision, **values)
                )
            else:
                conn.execute(update(lifecycle).where(*_key(kind, item_id, revision)).values(values))
        return Status.DIAJUKAN

    def snapshot(self, kind: str, item_id: str, revision: int) -> bytes:
        """The frozen content of a submitted revision (zlib-compressed JSON)."""
        with self._library._read() as conn:
            data = conn.scalar(select(lifecycle.c.snapshot).where(*_key(kind, item_id, revision)))
        if data is None:
            raise NotFoundError(f"revisi {revision} dari {item_id} belum pernah diajukan")
        return data

    def sign(self, kind: str, item_id: str, revision: int, signing: Signing) -> None:
        """Mark a Diajukan revision Disahkan with who signed it, when, and from when it is
        in force."""
        with self._library._write() as conn:
            row = conn.execute(select(lifecycle).where(*_key(kind, item_id, revision))).first()
            old = Status(row.status) if row is not None else Status.DRAF
            check_transition(old, Status.DISAHKAN)
            conn.execute(
                update(lifecycle)
                .where(*_key(kind, item_id, revision))
                .values(
                    status=Status.DISAHKAN,
                    changed_at=_now(),
                    signer=signing.signer,
                    signer_id=signing.signer_id,
                    signed_at=signing.signed_at,
                    effective_date=signing.effective_date,
                    signed_file=signing.signed_file,
                )
            )

    def promote_due(self, today: datetime.date) -> list[StatusRecord]:
        """Move every Disahkan revision whose effective date has come to Berlaku; the earlier
        revisions of the same item still in force are replaced by it (Diganti). Returns the
        records changed."""
        changed: list[tuple[str, str, int]] = []
        with self._library._write() as conn:
            rows = conn.execute(
                select(lifecycle)
                .where(lifecycle.c.status == Status.DISAHKAN.value)
                .order_by(lifecycle.c.revision)
            ).all()
            for r in rows:
                if not is_due(Status.DISAHKAN, r.effective_date, today):
                    continue
                earlier = (
                    conn.execute(
                        select(lifecycle.c.revision).where(
                            lifecycle.c.kind == r.kind,
                            lifecycle.c.id == r.id,
                            lifecycle.c.revision < r.revision,
                            lifecycle.c.status.in_([s.value for s in IN_FORCE]),
                        )
                    )
                    .scalars()
                    .all()
                )
                for number, status in [
                    *((n, Status.DIGANTI) for n in earlier),
                    (r.revision, Status.BERLAKU),
                ]:
                    conn.execute(
                        update(lifecycle)
                        .where(*_key(r.kind, r.id, number))
                        .values(status=status, changed_at=_now())
                    )
                    changed.append((r.kind, r.id, number))
        return [self.record(*key) for key in changed]

    # -- packages and signed files ---------------------------------------------------------

    def add_package(
        self, sha256: str, decree_id: str, decree_revision: int, manifest: bytes
    ) -> None:
        """Remember a signature package built from this library (once per manifest)."""
        with self._library._write() as conn:
            known = conn.scalar(
                select(signature_packages.c.sha256).where(signature_packages.c.sha256 == sha256)
            )
            if known is None:
                conn.execute(
                    insert(signature_packages).values(
                        sha256=sha256,
                        decree_id=decree_id,
                        decree_revision=decree_revision,
                        created_at=_now(),
                        manifest=manifest,
                    )
                )

    def packages(self) -> list[tuple[str, bytes]]:
        """(manifest SHA-256, manifest bytes) of every package built, newest first."""
        with self._library._read() as conn:
            rows = conn.execute(
                select(signature_packages.c.sha256, signature_packages.c.manifest).order_by(
                    signature_packages.c.created_at.desc()
                )
            ).all()
        return [(r.sha256, r.manifest) for r in rows]

    def add_signed_file(self, info: SignedFile, data: bytes) -> None:
        """Store a signed PDF byte for byte."""
        with self._library._write() as conn:
            conn.execute(
                insert(signed_files).values(
                    sha256=info.sha256,
                    name=info.name,
                    data=data,
                    package=info.package,
                    member=info.member,
                    signer=info.signer,
                    signer_id=info.signer_id,
                    signed_at=info.signed_at,
                    imported_at=_now(),
                )
            )

    def signed_files(self) -> list[SignedFile]:
        """Every signed PDF stored, by signing time."""
        columns = [signed_files.c[name] for name in SignedFile.__dataclass_fields__]
        with self._library._read() as conn:
            rows = conn.execute(select(*columns).order_by(signed_files.c.signed_at)).all()
        return [SignedFile(**{**r._asdict(), "signed_at": _utc(r.signed_at)}) for r in rows]

    def has_signed_file(self, sha256: str) -> bool:
        """Whether this signed PDF is stored already."""
        with self._library._read() as conn:
            return (
                conn.scalar(select(signed_files.c.sha256).where(signed_files.c.sha256 == sha256))
                is not None
            )

    def signed_file_data(self, sha256: str) -> bytes:
        """The bytes of a stored signed PDF."""
        with self._library._read() as conn:
            data = conn.scalar(select(signed_files.c.data).where(signed_files.c.sha256 == sha256))
        if data is None:
            raise NotFoundError(f"berkas bertanda tangan {sha256[:12]} tidak ada di pustaka")
        return data

    def signed_records(self) -> list[StatusRecord]:
        """Every revision that was signed, by signing time (a decree before its SOPs)."""
        with self._library._read() as conn:
            rows = conn.execute(
                select(lifecycle)
                .where(lifecycle.c.signed_file.is_not(None))
                .order_by(lifecycle.c.signed_at, lifecycle.c.kind, lifecycle.c.id)
            ).all()
        return [_record(r) for r in rows]

    # -- trusted certificates --------------------------------------------------------------

    def trust(self, sha256: str, subject: str, der: bytes) -> bool:
        """Trust a certificate; False when it was trusted already."""
        with self._library._write() as conn:
            if (
                conn.scalar(
                    select(trusted_certificates.c.sha256).where(
                        trusted_certificates.c.sha256 == sha256
                    )
                )
                is not None
            ):
                return False
            conn.execute(
                insert(trusted_certificates).values(
                    sha256=sha256, subject=subject, der=der, added_at=_now()
                )
            )
        return True

    def distrust(self, sha256: str) -> None:
        """Stop trusting a certificate (by its SHA-256 fingerprint)."""
        with self._library._write() as conn:
            gone = conn.execute(
                trusted_certificates.delete().where(trusted_certificates.c.sha256 == sha256)
            ).rowcount
        if not gone:
            raise NotFoundError(f"sertifikat {sha256[:16]}... tidak ada di daftar tepercaya")

    def trusted(self) -> list[bytes]:
        """The DER bytes of every trusted certificate, in the order they were added."""
        with self._library._read() as conn:
            return list(
                conn.execute(
                    select(trusted_certificates.c.der).order_by(trusted_certificates.c.added_at)
                ).scalars()
            )


_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def _key(kind: str, item_id: str, revision: int) -> list[Any]:
    return [lifecycle.c.kind == kind, lifecycle.c.id == item_id, lifecycle.c.revision == revision]


def _head(conn: Any, kind: str, item_id: str) -> tuple[int, str]:
    """The current revision and content hash of an SOP or document."""
    if kind == SOP_KIND:
        row = conn.execute(
            select(sops.c.revision, sops.c.content_hash).where(sops.c.id == item_id)
        ).first()
    else:
        row = conn.execute(
            select(documents.c.revision, documents.c.content_hash).where(
                documents.c.kind == kind, documents.c.id == item_id
            )
        ).first()
    if row is None:
        what = "SOP" if kind == SOP_KIND else f"dokumen {kind}"
        raise NotFoundError(f"{what} {item_id} tidak ditemukan di pustaka")
    return row.revision, row.content_hash


def _record(row: Any) -> StatusRecord:
    return StatusRecord(
        kind=row.kind,
        id=row.id,
        revision=row.revision,
        status=Status(row.status),
        content_hash=row.content_hash,
        changed_at=_utc(row.changed_at),
        effective_date=row.effective_date,
        signer=row.signer,
        signer_id=row.signer_id,
        signed_at=_utc(row.signed_at) if row.signed_at is not None else None,
        signed_file=row.signed_file,
    )


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _utc(value: datetime.datetime) -> datetime.datetime:
    return (
        value.replace(tzinfo=datetime.UTC)
        if value.tzinfo is None
        else value.astimezone(datetime.UTC)
    )
