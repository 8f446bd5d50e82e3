"""The SOP library: units, SOPs with revision history, and generic documents (decrees).

A library is one SQLite file or a PostgreSQL database. `Library.open` connects and runs the
Alembic migrations to the current schema. Every public write is one transaction, or part of
the caller's when it runs inside `Library.transaction()`.
"""

from __future__ import annotations

import os
import threading
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    URL,
    Connection,
    Engine,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

from sopstudio.model import jsonio, style_json
from sopstudio.model.legal_text import clean_tree
from sopstudio.model.sop import Sop
from sopstudio.model.store import mapping, migrate, sqlite_file
from sopstudio.model.store.engine import (
    WRITE,
    create_library_engine,
    default_library_path,
    describe_failure,
    library_url,
)
from sopstudio.model.store.errors import (
    DamagedError,
    DiskFullError,
    NotFoundError,
    ReadOnlyError,
    StaleRevisionError,
    StoreError,
)
from sopstudio.model.store.lifecycle import LifecycleStore
from sopstudio.model.store.lineage import Lineage, Relation, compare_lineage
from sopstudio.model.store.mapping import Content, Row
from sopstudio.model.store.schema import (
    ID_CHARS,
    document_revisions,
    documents,
    house_styles,
    sop_actors,
    sop_revisions,
    sop_steps,
    sops,
    units,
)
from sopstudio.model.store.units import Unit, clean_unit_name, unit_kind
from sopstudio.model.style import HouseStyle, StyleCatalog

#: The largest revision number (a 32-bit INTEGER column on PostgreSQL).
MAX_REVISION = 2**31 - 1
#: The longest id of an SOP or document.
MAX_ID_CHARS = ID_CHARS

#: Snapshots kept per SOP or document: the editor autosaves often and each changed save
#: adds one (about 4 KB for 100 steps). Older revisions keep their hash for lineage only.
SNAPSHOTS_KEPT = 50


@dataclass(frozen=True)
class SopSummary:
    """One line of the library list."""

    id: str
    judul: str
    nomor: str
    unit_id: int | None
    unit_path: tuple[str, ...]
    revision: int
    updated_at: datetime


@dataclass(frozen=True)
class Revision:
    """One saved revision of an SOP or a document; `has_snapshot` is False when only its
    hash is known (pruned, or taken over from another library)."""

    revision: int
    content_hash: str
    saved_at: datetime
    has_snapshot: bool


@dataclass(frozen=True)
class DocumentSummary:
    """One stored document (e.g. a decree) without its data."""

    kind: str
    id: str
    title: str
    revision: int
    updated_at: datetime


@dataclass(frozen=True)
class _Saved:
    """What this process last wrote or read for an SOP: lets autosave diff without a query."""

    revision: int
    content_hash: str
    actor_rows: list[Row]
    step_rows: list[Row]


class Library:
    """A library of SOPs organised by unit, with history; open it with `Library.open`."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._saved: dict[str, _Saved] = {}
        #: How many of the newest snapshots each SOP and document keeps (see `SNAPSHOTS_KEPT`).
        self.snapshots_kept = SNAPSHOTS_KEPT
        # The connection of the transaction this thread has open, if any: each thread has
        # its own, so a worker thread never writes into the UI thread's transaction.
        self._local = threading.local()
        #: Why the library is open read-only (unwritable, damaged, or asked for); None when
        #: it can be written. Every write raises ReadOnlyError while it is set.
        self.read_only_reason: str | None = None

    @property
    def read_only(self) -> bool:
        """True when writes are refused (see `read_only_reason`)."""
        return self.read_only_reason is not None

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        location: str | os.PathLike[str] | URL | None = None,
        create: bool = True,
        read_only: bool = False,
    ) -> Library:
        """Open (and by default create) a library and upgrade its schema to the current one.

        `location` is a file path or database URL; None means `default_library_path()`,
        so the CLI's `--library` value can be passed straight through. A SQLite file this
        process cannot write, or one `PRAGMA quick_check` finds damaged, opens read-only
        (see `read_only_reason`), as does any library with `read_only`; a file that is not
        a SOP Studio library is refused without being changed.
        """
        url = library_url(default_library_path() if location is None else location)
        reason = "dibuka hanya-baca" if read_only else None
        immutable = False
        if url.get_backend_name() == "sqlite" and url.database:
            path = Path(url.database)
            if path.exists():
                state = sqlite_file.probe(path)
                immutable = state.immutable
                if state.damage:
                    reason = f"pustaka rusak ({'; '.join(state.damage[:3])})"
                elif state.unwritable:
                    reason = state.unwritable
            elif not create or read_only:
                raise NotFoundError(f"pustaka tidak ditemukan: {path}")
            else:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(
                        f"folder pustaka tidak dapat dibuat ({exc.strerror}): {path.parent}"
                    ) from exc
        try:
            engine = _prepared_engine(url, reason is not None, immutable)
        except DiskFullError:
            if reason is not None or url.get_backend_name() != "sqlite":
                raise
            # SQLite cannot even create its WAL index on a full disk; the file still reads.
            reason = "cakram penuh"
            wal = Path(f"{url.database}-wal")
            if wal.exists() and wal.stat().st_size:
                reason += "; simpanan terakhir mungkin belum tampil sampai ruang dikosongkan"
            engine = _prepared_engine(url, True, True)
        library = cls(engine)
        library.read_only_reason = reason
        return library

    @property
    def url(self) -> URL:
        """Where the library lives."""
        return self._engine.url

    @property
    def lifecycle(self) -> LifecycleStore:
        """Statuses of revisions, signature packages, signed files and trusted certificates."""
        return LifecycleStore(self)

    def close(self) -> None:
        """Release every connection (the SQLite file can then be moved or deleted)."""
        self._engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Make every Library call inside the block one transaction: all of it or none.

        Calls inside commit nothing on their own; the block commits when it ends and rolls
        back when an exception leaves it. A nested `transaction()` joins the outer one as a
        savepoint: an exception leaving it undoes its own writes, and the outer block still
        decides what is committed. Objects saved in a block that rolled back keep the
        revision numbers they were given; load them again.
        """
        with self._write() as _conn:
            yield

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        active: Connection | None = getattr(self._local, "conn", None)
        if active is not None:
            yield active  # sees the transaction's own uncommitted writes
            return
        with _failures_as_messages(), self._engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        if self.read_only_reason is not None:
            raise ReadOnlyError(
                f"pustaka hanya-baca ({self.read_only_reason}); perubahan tidak disimpan"
            )
        active: Connection | None = getattr(self._local, "conn", None)
        saved = dict(self._saved)
        try:
            if active is not None:
                # A savepoint keeps each write all-or-nothing inside the caller's transaction,
                # and leaves that transaction usable after a failed write (PostgreSQL aborts
                # the whole transaction on an error otherwise).
                with active.begin_nested():
                    yield active
                return
            with _failures_as_messages(), self._engine.connect() as conn:
                conn.execution_options(**{WRITE: True})
                with conn.begin():
                    self._local.conn = conn
                    try:
                        yield conn
                    finally:
                        self._local.conn = None
        except BaseException:
            # What this process remembers of saved rows must not outlive a rollback.
            self._saved = saved
            raise

    def _damaged(self, what: str) -> DamagedError:
        """Note damage found while reading: the library turns read-only."""
        self.read_only_reason = f"pustaka rusak: {what}"
        return DamagedError(
            f"{what}: isi tersimpan tidak cocok dengan hash-nya (pustaka rusak); pustaka kini "
            "hanya-baca. Jalankan `sopstudio library check` lalu `sopstudio library recover`"
        )

    # -- units -----------------------------------------------------------------------------

    def units(self) -> list[Unit]:
        """Every unit, parents before children, siblings by name."""
        with self._read() as conn:
            rows = conn.execute(select(units).order_by(units.c.name, units.c.id)).all()
        by_parent: dict[int | None, list[Unit]] = {}
        for r in rows:
            by_parent.setdefault(r.parent_id, []).append(Unit(r.id, r.name, r.kind, r.parent_id))
        ordered: list[Unit] = []
        pending = list(reversed(by_parent.get(None, [])))
        while pending:
            unit = pending.pop()
            ordered.append(unit)
            pending.extend(reversed(by_parent.get(unit.id, [])))
        return ordered

    def add_unit(self, name: str, parent_id: int | None = None, kind: str | None = None) -> int:
        """Create a unit under `parent_id` and return its id."""
        name = clean_unit_name(name)
        if not name:
            raise StoreError("nama unit wajib diisi")
        with self._write() as conn:
            if self._child_unit(conn, parent_id, name) is None:
                unit_id = self._insert_unit(conn, parent_id, name, kind)
                if unit_id is not None:
                    return unit_id
        raise _duplicate_unit(name)

    def ensure_unit(self, path: Sequence[str]) -> int:
        """The id of the unit at the end of `path` (e.g. a unit header), creating the chain."""
        names = [clean_unit_name(n) for n in path if clean_unit_name(n)]
        if not names:
            raise StoreError("jalur unit kosong")
        with self._write() as conn:
            parent_id: int | None = None
            for name in names:
                unit_id = self._child_unit(conn, parent_id, name)
                if unit_id is None:
                    unit_id = self._insert_unit(conn, parent_id, name, None)
                if unit_id is None:
                    # Another writer added it since the look-up (PostgreSQL); it is there now.
                    unit_id = self._child_unit(conn, parent_id, name)
                    assert unit_id is not None
                parent_id = unit_id
        assert parent_id is not None
        return parent_id

    def rename_unit(self, unit_id: int, name: str) -> None:
        """Give a unit a new name."""
        name = clean_unit_name(name)
        if not name:
            raise StoreError("nama unit wajib diisi")
        with self._write() as conn:
            row = conn.execute(select(units.c.parent_id).where(units.c.id == unit_id)).first()
            if row is None:
                raise NotFoundError(f"unit {unit_id} tidak ditemukan")
            other = self._child_unit(conn, row.parent_id, name)
            if other is not None and other != unit_id:
                raise _duplicate_unit(name)
            try:
                with conn.begin_nested():
                    conn.execute(update(units).where(units.c.id == unit_id).values(name=name))
            except IntegrityError as exc:  # committed by another writer since the look-up
                raise _duplicate_unit(name) from exc

    def delete_unit(self, unit_id: int) -> None:
        """Remove a unit that has no sub-units and no SOPs."""
        with self._write() as conn:
            if conn.execute(select(units.c.id).where(units.c.id == unit_id)).first() is None:
                raise NotFoundError(f"unit {unit_id} tidak ditemukan")
            children = conn.scalar(select(func.count()).where(units.c.parent_id == unit_id))
            members = conn.scalar(select(func.count()).where(sops.c.unit_id == unit_id))
            if children or members:
                raise StoreError("unit masih memiliki sub-unit atau SOP; pindahkan dahulu")
            conn.execute(delete(units).where(units.c.id == unit_id))

    def unit_path(self, unit_id: int) -> tuple[str, ...]:
        """The names from the top-level unit down to `unit_id`."""
        with self._read() as conn:
            paths = self._unit_paths(conn)
        if unit_id not in paths:
            raise NotFoundError(f"unit {unit_id} tidak ditemukan")
        return paths[unit_id]

    @staticmethod
    def _child_unit(conn: Connection, parent_id: int | None, name: str) -> int | None:
        # Compared case-insensitively in Python: unit headers vary in case, and NULL parents
        # make a portable SQL comparison awkward; a parent has few children.
        parent = (
            units.c.parent_id.is_(None) if parent_id is None else units.c.parent_id == parent_id
        )
        wanted = mapping.fold(name)
        for row in conn.execute(select(units.c.id, units.c.name).where(parent)):
            if mapping.fold(row.name) == wanted:
                return row.id
        return None

    @staticmethod
    def _insert_unit(
        conn: Connection, parent_id: int | None, name: str, kind: str | None
    ) -> int | None:
        """Insert a unit and return its id; None when the same name under the same parent
        was committed by another writer since the caller looked (the unique index says so)."""
        if (
            parent_id is not None
            and conn.execute(select(units.c.id).where(units.c.id == parent_id)).first() is None
        ):
            raise NotFoundError(f"unit induk {parent_id} tidak ditemukan")
        values = {"parent_id": parent_id, "name": name, "kind": kind or unit_kind(name)}
        try:
            # A savepoint: on PostgreSQL a failed statement would abort the whole transaction.
            with conn.begin_nested():
                return conn.execute(insert(units).values(values).returning(units.c.id)).scalar_one()
        except IntegrityError:
            return None

    @staticmethod
    def _unit_paths(conn: Connection) -> dict[int, tuple[str, ...]]:
        rows = {r.id: r for r in conn.execute(select(units.c.id, units.c.parent_id, units.c.name))}
        paths: dict[int, tuple[str, ...]] = {}

        def path(unit_id: int) -> tuple[str, ...]:
            if unit_id not in paths:
                row = rows[unit_id]
                head = path(row.parent_id) if row.parent_id is not None else ()
                paths[unit_id] = (*head, row.name)
            return paths[unit_id]

        for unit_id in rows:
            path(unit_id)
        return paths

    # -- SOPs ------------------------------------------------------------------------------

    def save_sop(self, sop: Sop, unit_id: int | None = None) -> int:
        """Insert or update an SOP in one transaction and return its (new) revision.

        The revision goes up by one only when the content (everything but id and revision)
        changed; `sop.revision` is updated to match after the commit. A changed SOP whose
        revision is not the stored one was edited from an older copy: StaleRevisionError.
        `unit_id` None keeps the SOP's current unit (none for a new SOP).
        """
        _check_storable(f"SOP {sop.judul or sop.id[:40]!r}", sop.id, [sop.revision])
        content = Content(sop)
        now = _now()
        try:
            with self._write() as conn:
                stored = _stored_sop(conn, sop.id)
                if stored is not None and stored.content_hash == content.hash:
                    revision = stored.revision
                    if unit_id is not None and unit_id != stored.unit_id:
                        conn.execute(
                            update(sops).where(sops.c.id == sop.id).values(unit_id=unit_id)
                        )
                else:
                    revision = _next_revision(f"SOP {sop.judul or sop.id!r}", stored, sop.revision)
                    if stored is None:
                        self._insert_sop(conn, sop.id, content, revision, unit_id, now)
                    else:
                        self._update_sop(conn, sop.id, content, revision, unit_id, stored, now)
                    self._add_revision(conn, sop.id, content, revision, now)
        except IntegrityError as exc:
            raise StoreError(f"SOP tidak dapat disimpan ({_reason(exc)})") from exc
        sop.revision = revision
        self._saved[sop.id] = _Saved(revision, content.hash, content.actor_rows, content.step_rows)
        return revision

    def _insert_sop(
        self,
        conn: Connection,
        sop_id: str,
        content: Content,
        revision: int,
        unit_id: int | None,
        now: datetime,
    ) -> None:
        conn.execute(
            insert(sops).values(
                id=sop_id,
                unit_id=unit_id,
                revision=revision,
                content_hash=content.hash,
                created_at=now,
                updated_at=now,
                **content.sop_row,
            )
        )
        _write_children(conn, sop_id, [], content.actor_rows, [], content.step_rows)

    def _update_sop(
        self,
        conn: Connection,
        sop_id: str,
        content: Content,
        revision: int,
        unit_id: int | None,
        stored: Any,
        now: datetime,
    ) -> None:
        values: dict[str, Any] = dict(content.sop_row, revision=revision, updated_at=now)
        values["content_hash"] = content.hash
        if unit_id is not None:
            values["unit_id"] = unit_id
        conn.execute(update(sops).where(sops.c.id == sop_id).values(values))
        saved = self._saved.get(sop_id)
        if saved is None or (saved.revision, saved.content_hash) != (
            stored.revision,
            stored.content_hash,
        ):
            saved = _Saved(stored.revision, stored.content_hash, *_child_rows(conn, sop_id))
        _write_children(
            conn, sop_id, saved.actor_rows, content.actor_rows, saved.step_rows, content.step_rows
        )

    def _add_revision(
        self, conn: Connection, sop_id: str, content: Content, revision: int, now: datetime
    ) -> None:
        snapshot = content.snapshot(revision)
        key = {"sop_id": sop_id}
        self._add_revision_row(conn, sop_revisions, key, revision, content.hash, snapshot, now)

    def load_sop(self, sop_id: str) -> Sop:
        """The stored SOP as saved, its text made legal (`legal_text`: an older version may
        have stored control characters; the next save then adds a revision without them)."""
        with self._read() as conn:
            row = conn.execute(select(sops).where(sops.c.id == sop_id)).first()
            if row is None:
                raise NotFoundError(f"SOP {sop_id} tidak ditemukan di pustaka")
            actor_rows, step_rows = _child_rows(conn, sop_id)
        sop = mapping.sop_from_rows(sop_id, row, actor_rows, step_rows)
        if Content(sop).hash != row.content_hash and not self._same_as_snapshot(sop):
            raise self._damaged(f"SOP {sop_id} revisi {row.revision}")
        self._saved[sop_id] = _Saved(row.revision, row.content_hash, actor_rows, step_rows)
        return clean_tree(sop)[0]

    def _same_as_snapshot(self, sop: Sop) -> bool:
        """Whether an SOP read from rows equals its revision's intact snapshot: then a hash
        mismatch comes from a changed JSON form (a newer version), not from damage."""
        try:
            return self.load_revision(sop.id, sop.revision) == sop
        except StoreError:
            return False

    def delete_sop(self, sop_id: str) -> None:
        """Remove an SOP with its history."""
        with self._write() as conn:
            if conn.execute(delete(sops).where(sops.c.id == sop_id)).rowcount == 0:
                raise NotFoundError(f"SOP {sop_id} tidak ditemukan di pustaka")
        self._saved.pop(sop_id, None)

    def sop_unit(self, sop_id: str) -> int | None:
        """The unit an SOP belongs to."""
        with self._read() as conn:
            row = conn.execute(select(sops.c.unit_id).where(sops.c.id == sop_id)).first()
        if row is None:
            raise NotFoundError(f"SOP {sop_id} tidak ditemukan di pustaka")
        return row.unit_id

    def list_sops(self, unit_id: int | None = None) -> list[SopSummary]:
        """Every SOP (or those directly in `unit_id`), ordered by nomor and judul."""
        query = _summary_query()
        if unit_id is not None:
            query = query.where(sops.c.unit_id == unit_id)
        return self._summaries(query)

    def search(self, text: str) -> list[SopSummary]:
        """SOPs whose nomor, judul or step text contains every word of `text` (any case)."""
        query = _summary_query()
        for word in mapping.fold(text).split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(sops.c.search_text.like(f"%{escaped}%", escape="\\"))
        return self._summaries(query)

    def _summaries(self, query: Any) -> list[SopSummary]:
        with self._read() as conn:
            paths = self._unit_paths(conn)
            rows = conn.execute(query).all()
        return [
            SopSummary(
                id=r.id,
                judul=r.judul,
                nomor=r.nomor,
                unit_id=r.unit_id,
                unit_path=paths.get(r.unit_id, ()) if r.unit_id is not None else (),
                revision=r.revision,
                updated_at=_utc(r.updated_at),
            )
            for r in rows
        ]

    def duplicate_nomor(self) -> dict[str, list[str]]:
        """Each non-empty nomor used by more than one SOP, with the ids of those SOPs."""
        with self._read() as conn:
            shared = (
                select(sops.c.nomor)
                .where(sops.c.nomor != "")
                .group_by(sops.c.nomor)
                .having(func.count() > 1)
            )
            rows = conn.execute(
                select(sops.c.nomor, sops.c.id)
                .where(sops.c.nomor.in_(shared.scalar_subquery()))
                .order_by(sops.c.nomor, sops.c.id)
            ).all()
        result: dict[str, list[str]] = {}
        for nomor, sop_id in rows:
            result.setdefault(nomor, []).append(sop_id)
        return result

    # -- history and lineage ---------------------------------------------------------------

    def history(self, sop_id: str) -> list[Revision]:
        """The saved revisions of an SOP, oldest first."""
        return self._history(sop_revisions, {"sop_id": sop_id})

    def lineage(self, sop_id: str) -> list[tuple[int, str]]:
        """The (revision, content hash) pairs an SOP went through, oldest first."""
        return [(r.revision, r.content_hash) for r in self.history(sop_id)]

    def load_revision(self, sop_id: str, revision: int) -> Sop:
        """An SOP as it was at an earlier revision (NotFoundError if its content is gone)."""
        data = self._snapshot(sop_revisions, {"sop_id": sop_id}, revision, f"SOP {sop_id}")
        return jsonio.sop_from_dict(data)

    def relation(self, sop_id: str, their_lineage: Lineage) -> Relation:
        """How an incoming SOP with this lineage relates to ours (see `compare_lineage`)."""
        return compare_lineage(self.lineage(sop_id), their_lineage)

    def adopt_sop(self, sop: Sop, lineage: Lineage, unit_id: int | None = None) -> int:
        """Store an SOP from another library on top of ours and return its revision here.

        The last lineage entry must be the SOP's own revision and content. The SOP keeps
        that revision when it is above every revision we have, else it becomes our next
        one; its earlier lineage entries are recorded where their numbers are free. No
        revision of ours is ever deleted or changed.
        """
        _check_storable(f"SOP {sop.judul or sop.id[:40]!r}", sop.id, [rev for rev, _ in lineage])
        content = Content(sop)
        if not lineage or tuple(lineage[-1]) != (sop.revision, content.hash):
            raise StoreError("silsilah revisi tidak cocok dengan isi SOP yang diimpor")
        now = _now()
        key = {"sop_id": sop.id}
        with _added_meanwhile(f"SOP {sop.judul or sop.id[:40]!r}"), self._write() as conn:
            stored = _stored_sop(conn, sop.id)
            ours = _revisions(conn, sop_revisions, key)
            revision = _incoming_revision(ours, lineage)
            if stored is None:
                self._insert_sop(conn, sop.id, content, revision, unit_id, now)
            else:
                self._update_sop(conn, sop.id, content, revision, unit_id, stored, now)
            snapshot = content.snapshot(revision)
            self._take_lineage(conn, sop_revisions, key, ours, lineage, revision, snapshot, now)
        self._saved[sop.id] = _Saved(revision, content.hash, content.actor_rows, content.step_rows)
        return revision

    def head(self, sop_id: str) -> tuple[int, str] | None:
        """An SOP's stored (revision, content hash), None if it is not in the library.

        Inside `transaction()` the SOP stays locked against other writers until the block
        ends, so what was read cannot change before the block's own writes.
        """
        with self._read() as conn:
            row = _stored_sop(conn, sop_id)
        return None if row is None else (row.revision, row.content_hash)

    def _history(self, table: Table, key: dict[str, Any]) -> list[Revision]:
        with self._read() as conn:
            rows = conn.execute(
                select(
                    table.c.revision,
                    table.c.content_hash,
                    table.c.saved_at,
                    table.c.snapshot.is_not(None).label("has_snapshot"),
                )
                .where(*_match(table, key))
                .order_by(table.c.revision)
            ).all()
        return [
            Revision(r.revision, r.content_hash, _utc(r.saved_at), r.has_snapshot) for r in rows
        ]

    def _snapshot(
        self, table: Table, key: dict[str, Any], revision: int, what: str
    ) -> dict[str, Any]:
        """The JSON of a revision's snapshot, checked against the revision's content hash."""
        with self._read() as conn:
            row = conn.execute(
                select(table.c.snapshot, table.c.content_hash).where(
                    *_match(table, key), table.c.revision == revision
                )
            ).first()
        if row is None:
            raise NotFoundError(f"revisi {revision} dari {what} tidak ada di pustaka")
        if row.snapshot is None:
            raise NotFoundError(
                f"isi revisi {revision} dari {what} tidak tersimpan lagi: pustaka hanya menyimpan "
                f"isi {self.snapshots_kept} revisi terakhir (revisi dari pustaka lain hanya "
                "tercatat silsilahnya)"
            )
        try:
            data = mapping.snapshot_data(row.snapshot)
            intact = mapping.snapshot_hash(data) == row.content_hash
        except (StoreError, zlib.error, ValueError):
            intact = False
        if not intact:
            raise self._damaged(f"{what} revisi {revision}")
        return data

    def _add_revision_row(
        self,
        conn: Connection,
        table: Table,
        key: dict[str, Any],
        revision: int,
        content_hash: str,
        snapshot: bytes,
        now: datetime,
    ) -> None:
        """Record a revision with its snapshot, then drop the snapshots beyond the newest
        `snapshots_kept` of the same item (their revision and hash stay, for lineage)."""
        conn.execute(
            insert(table).values(
                **key, revision=revision, content_hash=content_hash, saved_at=now, snapshot=snapshot
            )
        )
        kept = (
            select(table.c.revision)
            .where(*_match(table, key), table.c.snapshot.is_not(None))
            .order_by(table.c.revision.desc())
            .offset(self.snapshots_kept)
        )
        conn.execute(
            update(table)
            .where(*_match(table, key), table.c.revision.in_(kept.scalar_subquery()))
            .values(snapshot=None)
        )

    def _take_lineage(
        self,
        conn: Connection,
        table: Table,
        key: dict[str, Any],
        ours: dict[int, str],
        lineage: Lineage,
        revision: int,
        snapshot: bytes,
        now: datetime,
    ) -> None:
        """Record an incoming version as `revision` (see `_incoming_revision`) with its
        `snapshot`, and its earlier lineage entries, by hash only, where the number is free."""
        missing = [
            {**key, "revision": int(rev), "content_hash": digest, "saved_at": now}
            for rev, digest in lineage[:-1]
            if int(rev) not in ours and int(rev) < revision
        ]
        if missing:
            conn.execute(insert(table), missing)
        head_hash = lineage[-1][1]
        if ours.get(revision) != head_hash:
            self._add_revision_row(conn, table, key, revision, head_hash, snapshot, now)

    # -- documents -------------------------------------------------------------------------

    def save_document(self, kind: str, doc_id: str, data: dict[str, Any], title: str) -> int:
        """Insert or update a document (e.g. a decree as its JSON dict); return its revision.

        Revisions work as for `save_sop`: the revision goes up by one only when the content
        (everything but "id" and "revision") changed, and the history records each one.
        Data with an integer "revision" is stored carrying the library's revision; when it
        changed and its revision is not the stored one, it was edited from an older copy:
        StaleRevisionError.
        """
        carried = mapping.document_revision(data)
        _check_storable(f"dokumen {title!r}", doc_id, [carried or 0])
        digest = mapping.document_hash(data)
        key = {"kind": kind, "id": doc_id}
        now = _now()
        with self._write() as conn:
            stored = _stored_document(conn, key)
            if stored is not None and stored.content_hash == digest:
                conn.execute(update(documents).where(*_match(documents, key)).values(title=title))
                return stored.revision
            revision = _next_revision(f"dokumen {title!r}", stored, carried)
            if carried is not None:
                data = dict(data, revision=revision)
            self._put_document(conn, key, data, title, revision, digest, stored is None, now)
            snapshot = mapping.document_snapshot(data)
            self._add_revision_row(conn, document_revisions, key, revision, digest, snapshot, now)
        return revision

    def adopt_document(
        self, kind: str, doc_id: str, data: dict[str, Any], title: str, lineage: Lineage
    ) -> int:
        """Store a document from another library on top of ours, as `adopt_sop`, and return
        its revision here; the last lineage entry must be the data's "revision" and content."""
        _check_storable(f"dokumen {title!r}", doc_id, [rev for rev, _ in lineage])
        digest = mapping.document_hash(data)
        carried = mapping.document_revision(data)
        if carried is None or not lineage or tuple(lineage[-1]) != (carried, digest):
            raise StoreError("silsilah revisi tidak cocok dengan isi dokumen yang diimpor")
        key = {"kind": kind, "id": doc_id}
        now = _now()
        with _added_meanwhile(f"dokumen {title!r}"), self._write() as conn:
            stored = _stored_document(conn, key)
            ours = _revisions(conn, document_revisions, key)
            revision = _incoming_revision(ours, lineage)
            data = dict(data, revision=revision)
            self._put_document(conn, key, data, title, revision, digest, stored is None, now)
            snapshot = mapping.document_snapshot(data)
            self._take_lineage(
                conn, document_revisions, key, ours, lineage, revision, snapshot, now
            )
        return revision

    def document_head(self, kind: str, doc_id: str) -> tuple[int, str] | None:
        """A document's stored (revision, content hash), locked as `head` does."""
        with self._read() as conn:
            row = _stored_document(conn, {"kind": kind, "id": doc_id})
        return None if row is None else (row.revision, row.content_hash)

    @staticmethod
    def _put_document(
        conn: Connection,
        key: dict[str, Any],
        data: dict[str, Any],
        title: str,
        revision: int,
        digest: str,
        new: bool,
        now: datetime,
    ) -> None:
        values = {
            "title": title,
            "data": data,
            "updated_at": now,
            "revision": revision,
            "content_hash": digest,
        }
        if new:
            conn.execute(insert(documents).values(**key, **values))
        else:
            conn.execute(update(documents).where(*_match(documents, key)).values(values))

    def load_document(self, kind: str, doc_id: str) -> dict[str, Any]:
        """The data of a stored document."""
        with self._read() as conn:
            row = conn.execute(
                select(documents.c.data, documents.c.content_hash, documents.c.revision).where(
                    documents.c.kind == kind, documents.c.id == doc_id
                )
            ).first()
        if row is None:
            raise NotFoundError(f"dokumen {kind} {doc_id} tidak ditemukan di pustaka")
        if mapping.document_hash(row.data) != row.content_hash:
            raise self._damaged(f"dokumen {kind} {doc_id} revisi {row.revision}")
        return row.data

    def list_documents(self, kind: str) -> list[DocumentSummary]:
        """The stored documents of a kind, by title."""
        with self._read() as conn:
            rows = conn.execute(
                select(
                    documents.c.kind,
                    documents.c.id,
                    documents.c.title,
                    documents.c.revision,
                    documents.c.updated_at,
                )
                .where(documents.c.kind == kind)
                .order_by(documents.c.title, documents.c.id)
            ).all()
        return [
            DocumentSummary(r.kind, r.id, r.title, r.revision, _utc(r.updated_at)) for r in rows
        ]

    def document_kinds(self) -> list[str]:
        """The kinds of the stored documents (e.g. "decree")."""
        with self._read() as conn:
            kinds = select(documents.c.kind).distinct().order_by(documents.c.kind)
            return list(conn.scalars(kinds))

    def delete_document(self, kind: str, doc_id: str) -> None:
        """Remove a stored document with its history."""
        with self._write() as conn:
            key = (documents.c.kind == kind) & (documents.c.id == doc_id)
            if conn.execute(delete(documents).where(key)).rowcount == 0:
                raise NotFoundError(f"dokumen {kind} {doc_id} tidak ditemukan di pustaka")

    # -- house styles ----------------------------------------------------------------------

    def save_style(self, style: HouseStyle) -> None:
        """Store a house style, replacing the one of the same name."""
        data = style_json.style_to_dict(style)
        with self._write() as conn:
            conn.execute(delete(house_styles).where(house_styles.c.name == style.name))
            conn.execute(insert(house_styles).values(name=style.name, data=data, updated_at=_now()))

    def styles(self) -> list[HouseStyle]:
        """The stored house styles by name (FormatError names one that cannot be read)."""
        with self._read() as conn:
            rows = conn.execute(select(house_styles).order_by(house_styles.c.name)).all()
        return [style_json.style_from_dict(row.data) for row in rows]

    def delete_style(self, name: str) -> None:
        """Remove a stored house style (SOPs naming it then fail validation)."""
        with self._write() as conn:
            if conn.execute(delete(house_styles).where(house_styles.c.name == name)).rowcount == 0:
                raise NotFoundError(f"gaya {name} tidak ditemukan di pustaka")

    def style_catalog(self) -> StyleCatalog:
        """The presets and the stored styles: every style the library's SOPs may name."""
        return StyleCatalog(self.styles())

    def document_history(self, kind: str, doc_id: str) -> list[Revision]:
        """The saved revisions of a document, oldest first."""
        return self._history(document_revisions, {"kind": kind, "id": doc_id})

    def document_lineage(self, kind: str, doc_id: str) -> list[tuple[int, str]]:
        """The (revision, content hash) pairs a document went through, oldest first."""
        return [(r.revision, r.content_hash) for r in self.document_history(kind, doc_id)]

    def load_document_revision(self, kind: str, doc_id: str, revision: int) -> dict[str, Any]:
        """A document's data as it was at an earlier revision (NotFoundError if gone)."""
        key = {"kind": kind, "id": doc_id}
        return self._snapshot(document_revisions, key, revision, f"dokumen {kind} {doc_id}")

    def document_relation(self, kind: str, doc_id: str, their_lineage: Lineage) -> Relation:
        """How an incoming document with this lineage relates to ours (`compare_lineage`)."""
        return compare_lineage(self.document_lineage(kind, doc_id), their_lineage)


@contextmanager
def _failures_as_messages() -> Iterator[None]:
    """Database failures of the environment (locked, full disk, read-only, damaged, numbers
    too large) become a StoreError with a message; constraint violations pass unchanged."""
    try:
        yield
    except IntegrityError:
        raise
    except (DBAPIError, OverflowError) as exc:
        raise describe_failure(exc) from exc


def _prepared_engine(url: URL, read_only: bool, immutable: bool) -> Engine:
    """An engine on a library at the current schema: upgraded, or checked when read-only."""
    engine = create_library_engine(url, read_only=read_only, immutable=immutable)
    try:
        if read_only:
            migrate.check_current(engine)
        else:
            migrate.upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        failure = describe_failure(exc)
        raise type(failure)(f"pustaka tidak dapat dibuka: {failure}: {_where(url)}") from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


def _check_storable(what: str, item_id: str, revisions: Sequence[int]) -> None:
    """Refuse ids and revision numbers the schema cannot hold on every backend, before any
    database sees them (PostgreSQL would refuse them, SQLite would store them)."""
    if len(item_id) > MAX_ID_CHARS:
        raise StoreError(
            f"{what}: id terlalu panjang ({len(item_id)} karakter; batas {MAX_ID_CHARS})"
        )
    too_big = [rev for rev in revisions if not 0 <= rev <= MAX_REVISION]
    if too_big:
        raise StoreError(f"{what}: nomor revisi {too_big[0]} di luar batas (0..{MAX_REVISION})")


@contextmanager
def _added_meanwhile(what: str) -> Iterator[None]:
    """An item another writer inserted since the look-up (PostgreSQL) is a stale revision."""
    try:
        yield
    except IntegrityError as exc:
        raise StaleRevisionError(f"{what} baru saja disimpan di tempat lain; ulangi") from exc


def _duplicate_unit(name: str) -> StoreError:
    return StoreError(f"unit {name!r} sudah ada di bawah induk yang sama")


def _match(table: Table, key: dict[str, Any]) -> list[Any]:
    """The conditions selecting one item's rows: column == value for each key column."""
    return [table.c[name] == value for name, value in key.items()]


def _stored_sop(conn: Connection, sop_id: str) -> Any:
    """The stored revision, hash and unit of an SOP (None if new), locked for this write."""
    return conn.execute(
        select(sops.c.revision, sops.c.content_hash, sops.c.unit_id)
        .where(sops.c.id == sop_id)
        .with_for_update()
    ).first()


def _stored_document(conn: Connection, key: dict[str, Any]) -> Any:
    """The stored revision and hash of a document (None if new), locked for this write."""
    return conn.execute(
        select(documents.c.revision, documents.c.content_hash)
        .where(*_match(documents, key))
        .with_for_update()
    ).first()


def _revisions(conn: Connection, table: Table, key: dict[str, Any]) -> dict[int, str]:
    """Every recorded revision of an item with its content hash."""
    query = select(table.c.revision, table.c.content_hash).where(*_match(table, key))
    return {rev: digest for rev, digest in conn.execute(query)}


def _next_revision(what: str, stored: Any, carried: int | None) -> int:
    """The rule for saving changed content, the same for SOPs and documents: a new item
    takes its own revision (at least 1); a stored one goes up by one, unless the copy was
    edited from another revision than the stored one (carried), which is StaleRevisionError.
    Content equal to what is stored is a no-op the callers handle before."""
    if stored is None:
        return max(carried or 0, 1)
    if carried is not None and carried != stored.revision:
        raise StaleRevisionError(
            f"{what} telah disimpan sebagai revisi {stored.revision} di tempat lain, sedangkan "
            f"salinan ini revisi {carried}; muat ulang atau simpan sebagai salinan"
        )
    return stored.revision + 1


def _incoming_revision(ours: dict[int, str], lineage: Lineage) -> int:
    """The revision an incoming version gets here: its own number when that is above all of
    ours (or is our head with the same content), else the one after our newest."""
    head, head_hash = int(lineage[-1][0]), lineage[-1][1]
    newest = max(ours, default=0)
    if head > newest or (head == newest and ours.get(head) == head_hash):
        return head
    return newest + 1


def _summary_query() -> Any:
    return select(
        sops.c.id,
        sops.c.judul,
        sops.c.nomor,
        sops.c.unit_id,
        sops.c.revision,
        sops.c.updated_at,
    ).order_by(sops.c.nomor, sops.c.judul, sops.c.id)


def _child_rows(conn: Connection, sop_id: str) -> tuple[list[Row], list[Row]]:
    actor_cols = [sop_actors.c[name] for name in mapping.ACTOR_COLUMNS]
    step_cols = [sop_steps.c[name] for name in mapping.STEP_COLUMNS]
    actor_rows = conn.execute(
        select(*actor_cols).where(sop_actors.c.sop_id == sop_id).order_by(sop_actors.c.position)
    ).all()
    step_rows = conn.execute(
        select(*step_cols).where(sop_steps.c.sop_id == sop_id).order_by(sop_steps.c.position)
    ).all()
    return [tuple(r) for r in actor_rows], [tuple(r) for r in step_rows]


def _write_children(
    conn: Connection,
    sop_id: str,
    old_actors: list[Row],
    new_actors: list[Row],
    old_steps: list[Row],
    new_steps: list[Row],
) -> None:
    """Bring the child rows from the old version to the new one, touching only differences."""
    for table, columns, old, new in (
        (sop_actors, mapping.ACTOR_COLUMNS, old_actors, new_actors),
        (sop_steps, mapping.STEP_COLUMNS, old_steps, new_steps),
    ):
        # Rows are keyed by position: an edit rewrites one row, an insertion shifts the rest.
        changed = [
            dict(zip(columns, row, strict=True), b_sop=sop_id, b_position=row[0])
            for row, before in zip(new, old, strict=False)
            if row != before
        ]
        if changed:
            for values in changed:
                del values["position"]
            conn.execute(
                update(table).where(
                    table.c.sop_id == bindparam("b_sop"),
                    table.c.position == bindparam("b_position"),
                ),
                changed,
            )
        if len(new) > len(old):
            added = [dict(zip(columns, row, strict=True), sop_id=sop_id) for row in new[len(old) :]]
            conn.execute(insert(table), added)
        elif len(old) > len(new):
            conn.execute(
                delete(table).where(table.c.sop_id == sop_id, table.c.position >= len(new))
            )


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes, PostgreSQL the session's zone; everything is UTC.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _reason(exc: DBAPIError) -> str:
    return str(exc.orig).splitlines()[0] if exc.orig is not None else str(exc)


def _where(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string()
