"""The `*.sop.json` interchange format: one SOP per file, lossless, versioned.

The format is documented by `resources/schema/sop.schema.json`. Every file carries
``"format": "sopstudio.sop"`` and an integer ``"version"``; `MIGRATIONS` upgrades older
versions step by step. Anything unreadable raises `FormatError` naming the place.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sopstudio.model.errors import FormatError
from sopstudio.model.legal_text import clean
from sopstudio.model.sop import LIST_FIELDS, Actor, Approver, Sop, Step, StepKind
from sopstudio.model.style import PLAIN_STYLE

T = TypeVar("T")

FORMAT = "sopstudio.sop"
VERSION = 1
#: Files larger than this are refused before parsing (a real SOP is a few tens of KB).
MAX_BYTES = 20 * 1024 * 1024

#: version -> function upgrading a dict of that version to version + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

_STEP_TEXT = ("text", "kelengkapan", "waktu", "output", "keterangan")
_LINKS = ("next", "yes", "no")


def sop_to_dict(sop: Sop) -> dict[str, Any]:
    """The JSON-ready dict of an SOP (current version)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "id": sop.id,
        "revision": sop.revision,
        "style": sop.style,
        "unit_header": list(sop.unit_header),
        "nomor": sop.nomor,
        "title": sop.judul,
        "dates": {
            "pembuatan": sop.tanggal_pembuatan,
            "revisi": sop.tanggal_revisi,
            "efektif": sop.tanggal_efektif,
        },
        "approver": {
            "jabatan": sop.approver.jabatan,
            "nama": sop.approver.nama,
            "pangkat": sop.approver.pangkat,
            "nip": sop.approver.nip,
        },
        "lists": {name: list(getattr(sop, name)) for name in LIST_FIELDS},
        "actors": [{"id": a.id, "name": a.name} for a in sop.actors],
        "steps": [_step_to_dict(s) for s in sop.steps],
    }


def _step_to_dict(step: Step) -> dict[str, Any]:
    data: dict[str, Any] = {"id": step.id, "kind": step.kind.value, "actor": step.actor}
    data.update({name: getattr(step, name) for name in _STEP_TEXT})
    data.update({name: getattr(step, name) for name in _LINKS})
    if step.actor_guessed:
        data["actor_guessed"] = True
    return data


def dumps(sop: Sop) -> str:
    """The SOP as `*.sop.json` text."""
    return json.dumps(sop_to_dict(sop), ensure_ascii=False, indent=2) + "\n"


def save(sop: Sop, path: str | os.PathLike[str]) -> None:
    """Write an SOP atomically: a temporary file in the same folder, then a rename."""
    write_atomic(Path(path), dumps(sop).encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    """Write bytes to `path` so that a crash leaves either the old file or the new one."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp creates the file 0600; give the result the permissions a plain open() would.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process umask (read by setting it and restoring it at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def load(path: str | os.PathLike[str]) -> Sop:
    """Read a `*.sop.json` file."""
    return load_file(path, loads, MAX_BYTES, "sebuah SOP")


def load_file(
    path: str | os.PathLike[str], parse: Callable[[bytes], T], max_bytes: int, what: str
) -> T:
    """Read and parse a file, refusing it by size before reading (a huge or sparse file must
    not be pulled into memory); every failure is a FormatError naming the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FormatError(f"berkas terlalu besar ({size} bita) untuk {what}", str(path))
        raw = path.read_bytes()
    except OSError as exc:
        raise FormatError(f"berkas tidak dapat dibaca ({exc.strerror})", str(path)) from exc
    try:
        return parse(raw)
    except FormatError as exc:
        raise FormatError(exc.message, f"{path}: {exc.where}" if exc.where else str(path)) from exc


def loads(text: str | bytes) -> Sop:
    """Parse `*.sop.json` text."""
    return sop_from_dict(parse_json(text))


def parse_json(text: str | bytes, max_bytes: int = MAX_BYTES) -> Any:
    """json.loads with size and nesting limits and a FormatError for every failure."""
    if len(text) > max_bytes:
        raise FormatError(f"data terlalu besar ({len(text)} bita; batas {max_bytes})")
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")
        return json.loads(text)
    except UnicodeDecodeError as exc:
        raise FormatError(f"bukan teks UTF-8 (bita ke-{exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"JSON rusak: {exc.msg}", f"baris {exc.lineno} kolom {exc.colno}"
        ) from exc
    except RecursionError as exc:
        raise FormatError("JSON bersarang terlalu dalam") from exc


def sop_from_dict(data: Any) -> Sop:
    """Build an SOP from a dict of any supported version, checking every field."""
    data = migrate(data, FORMAT, VERSION, MIGRATIONS)
    r = JsonReader(data, "")
    actors = [_actor(item) for item in r.items("actors")]
    steps = [_step(item, index) for index, item in enumerate(r.items("steps"))]
    dates = r.obj("dates")
    approver = r.obj("approver")
    lists = r.obj("lists")
    # Keyword arguments named from a list: typed Any, as mypy cannot match names to fields.
    list_fields: dict[str, Any] = {name: lists.texts(name) for name in LIST_FIELDS}
    sop = Sop(
        id=r.text("id") or Sop().id,
        revision=r.integer("revision"),
        style=r.text("style") or PLAIN_STYLE,
        unit_header=r.texts("unit_header"),
        nomor=r.text("nomor"),
        judul=r.text("title"),
        tanggal_pembuatan=dates.text("pembuatan"),
        tanggal_revisi=dates.text("revisi"),
        tanggal_efektif=dates.text("efektif"),
        approver=Approver(**{k: approver.text(k) for k in ("jabatan", "nama", "pangkat", "nip")}),
        actors=actors,
        steps=steps,
        **list_fields,
    )
    _check_references(sop)
    return sop


def migrate(
    data: Any,
    fmt: str,
    current: int,
    migrations: dict[int, Callable[[dict[str, Any]], dict[str, Any]]],
) -> dict[str, Any]:
    """Check the format tag and upgrade `data` to the current version."""
    if not isinstance(data, dict):
        raise FormatError("isi berkas bukan objek JSON")
    if data.get("format") != fmt:
        raise FormatError(f"bukan berkas {fmt} (format: {data.get('format')!r})", "format")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FormatError(f"versi tidak sah: {version!r}", "version")
    if version > current:
        raise FormatError(
            f"versi {version} lebih baru dari yang didukung ({current}); perbarui SOP Studio",
            "version",
        )
    while version < current:
        data = migrations[version](data)
        version += 1
    return data


def _actor(r: JsonReader) -> Actor:
    name = r.text("name", required=True)
    return Actor(name=name, id=r.text("id") or name)


def _step(r: JsonReader, index: int) -> Step:
    kind_text = r.text("kind") or "process"
    try:
        kind = StepKind(kind_text)
    except ValueError:
        raise FormatError(
            f"jenis langkah tidak dikenal: {kind_text!r} (start, process, decision, end)",
            f"{r.where}.kind",
        ) from None
    texts: dict[str, Any] = {name: r.text(name) for name in _STEP_TEXT}
    links: dict[str, Any] = {name: r.optional_text(name) for name in _LINKS}
    return Step(
        id=r.text("id") or str(index + 1),
        kind=kind,
        actor=r.optional_text("actor"),
        actor_guessed=r.boolean("actor_guessed"),
        **texts,
        **links,
    )


def _check_references(sop: Sop) -> None:
    actor_ids = [a.id for a in sop.actors]
    step_ids = [s.id for s in sop.steps]
    for ids, what in ((actor_ids, "actors"), (step_ids, "steps")):
        seen: set[str] = set()
        for index, ident in enumerate(ids):
            if ident in seen:
                raise FormatError(f"id ganda: {ident!r}", f"{what}[{index}].id")
            seen.add(ident)
    for index, step in enumerate(sop.steps):
        if step.actor is not None and step.actor not in actor_ids:
            raise FormatError(f"pelaksana tidak dikenal: {step.actor!r}", f"steps[{index}].actor")


class JsonReader:
    """Typed access to one JSON object, raising FormatError with the JSON path; every text
    read is made legal (`legal_text.clean`), ids included, so references stay consistent."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise FormatError("harus berupa objek JSON", where or "(akar)")
        self.data = data
        self.where = where

    def _path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def text(self, key: str, required: bool = False) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                raise FormatError("wajib diisi", self._path(key))
            return ""
        if not isinstance(value, str):
            raise FormatError(f"harus berupa teks, bukan {type(value).__name__}", self._path(key))
        return clean(value)

    def optional_text(self, key: str) -> str | None:
        return self.text(key) if self.data.get(key) is not None else None

    def integer(self, key: str) -> int:
        value = self.data.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise FormatError("harus berupa bilangan bulat >= 0", self._path(key))
        return value

    def boolean(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise FormatError("harus true atau false", self._path(key))
        return value

    def obj(self, key: str) -> JsonReader:
        return JsonReader(self.data.get(key) or {}, self._path(key))

    def values(self, key: str) -> list[Any]:
        value = self.data.get(key) or []
        if not isinstance(value, list):
            raise FormatError("harus berupa daftar", self._path(key))
        return value

    def texts(self, key: str) -> list[str]:
        values = self.values(key)
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise FormatError("harus berupa teks", f"{self._path(key)}[{index}]")
        return [clean(value) for value in values]

    def items(self, key: str) -> list[JsonReader]:
        return [
            JsonReader(value, f"{self._path(key)}[{index}]")
            for index, value in enumerate(self.values(key))
        ]
