"""Conversion between the model (`Sop`, `Actor`, `Step`) and the store's rows, and the
content hashes and snapshots of SOPs and documents.

Rows are plain tuples in table column order (without `sop_id`), so the store can compare
the rows of two versions cheaply and write only the ones that changed.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
import zlib
from typing import Any

from sopstudio.model import jsonio
from sopstudio.model.sop import LIST_FIELDS, Actor, Approver, Sop, Step, StepKind
from sopstudio.model.store import schema
from sopstudio.model.store.errors import StoreError

#: Columns of `sop_actors` / `sop_steps` after `sop_id`, in row-tuple order.
ACTOR_COLUMNS: tuple[str, ...] = tuple(c.name for c in schema.sop_actors.columns)[1:]
STEP_COLUMNS: tuple[str, ...] = tuple(c.name for c in schema.sop_steps.columns)[1:]
#: Model attribute of a step for each step column after `position` and `step_id`.
_STEP_ATTRS: tuple[str, ...] = (
    "kind",
    "actor",
    "actor_guessed",
    "text",
    "kelengkapan",
    "waktu",
    "output",
    "keterangan",
    "next",
    "yes",
    "no",
)
_LIST_KEYS: tuple[str, ...] = ("unit_header", *LIST_FIELDS)

Row = tuple[Any, ...]


class Content:
    """An SOP's persistent content, computed once per save: hash, snapshot and rows."""

    def __init__(self, sop: Sop) -> None:
        data = jsonio.sop_to_dict(sop)
        self.data = data
        #: SHA-256 of the canonical JSON of everything but id and revision.
        self.hash = _hash(data, "SOP")
        self.actor_rows: list[Row] = [(i, a.id, a.name) for i, a in enumerate(sop.actors)]
        self.step_rows: list[Row] = [
            (i, s.id, *(_column_value(getattr(s, name)) for name in _STEP_ATTRS))
            for i, s in enumerate(sop.steps)
        ]
        self.sop_row: dict[str, Any] = {
            "style": sop.style,
            "nomor": sop.nomor,
            "judul": sop.judul,
            "tanggal_pembuatan": sop.tanggal_pembuatan,
            "tanggal_revisi": sop.tanggal_revisi,
            "tanggal_efektif": sop.tanggal_efektif,
            "approver_jabatan": sop.approver.jabatan,
            "approver_nama": sop.approver.nama,
            "approver_pangkat": sop.approver.pangkat,
            "approver_nip": sop.approver.nip,
            "lists": {key: list(getattr(sop, key)) for key in _LIST_KEYS},
            "search_text": search_text(sop),
        }
        _reject_nul(self.sop_row, self.actor_rows, self.step_rows)

    def snapshot(self, revision: int) -> bytes:
        """The compressed `*.sop.json` text of this content at `revision`."""
        return _compress(dict(self.data, revision=revision))


def document_hash(data: dict[str, Any]) -> str:
    """SHA-256 of a document's canonical JSON without its "id" and "revision" keys."""
    return _hash(data, "dokumen")


def document_revision(data: dict[str, Any]) -> int | None:
    """The revision a document's data carries, None when it has no integer "revision"."""
    value = data.get("revision")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def document_snapshot(data: dict[str, Any]) -> bytes:
    """The compressed JSON of a document as saved."""
    return _compress(data)


def snapshot_data(snapshot: bytes) -> dict[str, Any]:
    """The JSON a snapshot holds: an SOP's `*.sop.json` object, or a document's data."""
    return json.loads(zlib.decompress(snapshot))


def document_from_snapshot(snapshot: bytes) -> dict[str, Any]:
    """The document data in a snapshot (not checked against a hash: the caller's snapshot,
    e.g. the lifecycle's frozen copy, has its own)."""
    return snapshot_data(snapshot)


def sop_from_snapshot(snapshot: bytes) -> Sop:
    """The SOP in a snapshot (not checked against a hash, as `document_from_snapshot`)."""
    return jsonio.sop_from_dict(snapshot_data(snapshot))


def snapshot_hash(data: dict[str, Any]) -> str:
    """The content hash of a snapshot's JSON, as it was stored: compared before the JSON is
    read, so a reader that cleans or migrates what it reads cannot make it look damaged."""
    return _hash(data, "snapshot")


def _hash(data: dict[str, Any], what: str) -> str:
    # id and revision say which copy this is, not what it holds: two copies with the same
    # content have the same hash, whatever their ids and revision numbers.
    body = {k: v for k, v in data.items() if k not in ("id", "revision")}
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    try:
        encoded = canonical.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise StoreError(f"teks {what} mengandung karakter yang tidak sah (surrogate)") from exc
    return hashlib.sha256(encoded).hexdigest()


def _compress(data: dict[str, Any]) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)


def _column_value(value: Any) -> Any:
    return value.value if isinstance(value, StepKind) else value


def _reject_nul(sop_row: dict[str, Any], *row_lists: list[Row]) -> None:
    # PostgreSQL text cannot hold NUL; refuse it everywhere so both backends behave alike.
    values = [v for v in sop_row.values() if isinstance(v, str)]
    values += [item for items in sop_row["lists"].values() for item in items]
    values += [v for rows in row_lists for row in rows for v in row if isinstance(v, str)]
    if any("\x00" in v for v in values):
        raise StoreError("teks SOP mengandung karakter NUL yang tidak dapat disimpan")


def fold(text: str) -> str:
    """Text normalised for case-insensitive search (NFKC, case-folded)."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_text(sop: Sop) -> str:
    """What `Library.search` looks in: nomor, judul and every step's kegiatan."""
    return fold("\n".join([sop.nomor, sop.judul, *(s.text for s in sop.steps)]))


def sop_from_rows(sop_id: str, row: Any, actor_rows: list[Row], step_rows: list[Row]) -> Sop:
    """Rebuild an SOP from its `sops` row and its ordered actor and step rows."""
    lists = row.lists
    return Sop(
        id=sop_id,
        revision=row.revision,
        style=row.style,
        nomor=row.nomor,
        judul=row.judul,
        tanggal_pembuatan=row.tanggal_pembuatan,
        tanggal_revisi=row.tanggal_revisi,
        tanggal_efektif=row.tanggal_efektif,
        approver=Approver(
            jabatan=row.approver_jabatan,
            nama=row.approver_nama,
            pangkat=row.approver_pangkat,
            nip=row.approver_nip,
        ),
        actors=[Actor(name=name, id=actor_id) for _, actor_id, name in actor_rows],
        steps=[_step(r) for r in step_rows],
        **{key: list(lists.get(key, [])) for key in _LIST_KEYS},
    )


def _step(row: Row) -> Step:
    values = dict(zip(_STEP_ATTRS, row[2:], strict=True))
    values["kind"] = StepKind(values["kind"])
    values["actor_guessed"] = bool(values["actor_guessed"])
    return Step(id=row[1], **values)
