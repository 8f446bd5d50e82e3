"""The `*.decree.json` interchange format: a decree with its SOPs embedded.

Versioned like `*.sop.json` (``"format": "sopstudio.decree"``); embedded SOPs use the SOP
format's own dict (with its own format/version keys) so each migrates on its own.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from sopstudio.model import jsonio
from sopstudio.model.decree import (
    Article,
    Chapter,
    Decree,
    DecreeKind,
    Diktum,
    Lampiran,
    MappingRow,
    ParafRow,
    Promulgation,
    Signer,
)
from sopstudio.model.errors import FormatError
from sopstudio.model.jsonio import JsonReader

FORMAT = "sopstudio.decree"
VERSION = 1
#: Files larger than this are refused before parsing (decrees embed SOPs: five SOPs' limit).
MAX_BYTES = 5 * jsonio.MAX_BYTES
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

_TEXT = (
    "region",
    "nomor",
    "tentang",
    "tempat_ditetapkan",
    "tanggal_ditetapkan",
    "issuer",
    "ordinal_first",
)
_LISTS = ("kop", "menimbang", "mengingat", "memperhatikan", "tembusan")
_SIGNER = tuple(f.name for f in fields(Signer))


def decree_to_dict(decree: Decree) -> dict[str, Any]:
    """The JSON-ready dict of a decree (current version)."""
    lampiran = decree.lampiran
    return {
        "format": FORMAT,
        "version": VERSION,
        "id": decree.id,
        "revision": decree.revision,
        "kind": decree.kind.value,
        **{name: getattr(decree, name) for name in _TEXT},
        **{name: list(getattr(decree, name)) for name in _LISTS},
        "diktum": [asdict(d) for d in decree.diktum],
        "chapters": [asdict(c) for c in decree.chapters],
        "signer": asdict(decree.signer),
        "promulgation": asdict(decree.promulgation) if decree.promulgation else None,
        "salinan": asdict(decree.salinan) if decree.salinan else None,
        "paraf": [asdict(p) for p in decree.paraf],
        "lampiran": {
            "title_lines": list(lampiran.title_lines),
            "sops": [jsonio.sop_to_dict(sop) for sop in lampiran.sops],
            "mapping": [asdict(m) for m in lampiran.mapping],
            "mapping_years": list(lampiran.mapping_years),
            "policy": [asdict(c) for c in lampiran.policy],
        },
    }


def dumps(decree: Decree) -> str:
    """The decree as `*.decree.json` text."""
    return json.dumps(decree_to_dict(decree), ensure_ascii=False, indent=2) + "\n"


def save(decree: Decree, path: str | os.PathLike[str]) -> None:
    """Write a decree file atomically."""
    jsonio.write_atomic(Path(path), dumps(decree).encode("utf-8"))


def load(path: str | os.PathLike[str]) -> Decree:
    """Read a `*.decree.json` file."""
    return jsonio.load_file(path, loads, MAX_BYTES, "sebuah keputusan")


def loads(text: str | bytes) -> Decree:
    """Parse `*.decree.json` text (decrees embed SOPs, so the size limit is 5x an SOP's)."""
    if len(text) > MAX_BYTES:
        raise FormatError("data terlalu besar untuk sebuah keputusan")
    return decree_from_dict(jsonio.parse_json(text, MAX_BYTES))


def decree_from_dict(data: Any) -> Decree:
    """Build a decree from a dict of any supported version, checking every field."""
    data = jsonio.migrate(data, FORMAT, VERSION, MIGRATIONS)
    r = JsonReader(data, "")
    kind_text = r.text("kind") or DecreeKind.KEPUTUSAN_GUBERNUR.value
    try:
        kind = DecreeKind(kind_text)
    except ValueError:
        known = ", ".join(k.value for k in DecreeKind)
        raise FormatError(
            f"jenis keputusan tidak dikenal: {kind_text!r} ({known})", "kind"
        ) from None
    lampiran = r.obj("lampiran")
    sops = []
    for index, item in enumerate(lampiran.values("sops")):
        try:
            sops.append(jsonio.sop_from_dict(item))
        except FormatError as exc:
            where = f"lampiran.sops[{index}]"
            raise FormatError(exc.message, f"{where}.{exc.where}" if exc.where else where) from exc
    years = lampiran.texts("mapping_years") or ["", ""]
    if len(years) != 2:
        raise FormatError("harus berisi dua tahun", "lampiran.mapping_years")
    texts: dict[str, Any] = {name: r.text(name) for name in _TEXT if name != "ordinal_first"}
    lists: dict[str, Any] = {name: r.texts(name) for name in _LISTS}
    promulgation = r.data.get("promulgation")
    salinan = r.data.get("salinan")
    decree = Decree(
        kind=kind,
        id=r.text("id") or Decree().id,
        revision=r.integer("revision"),
        **texts,
        ordinal_first=r.text("ordinal_first") or "KESATU",
        **lists,
        diktum=[_diktum(item) for item in r.items("diktum")],
        chapters=[_chapter(item) for item in r.items("chapters")],
        signer=_signer(r.obj("signer")),
        promulgation=None if promulgation is None else _promulgation(r.obj("promulgation")),
        salinan=None if salinan is None else _signer(r.obj("salinan")),
        paraf=[ParafRow(p.text("jabatan"), p.text("paraf")) for p in r.items("paraf")],
        lampiran=Lampiran(
            title_lines=lampiran.texts("title_lines"),
            sops=sops,
            mapping=[
                MappingRow(**{k: m.text(k) for k in ("old_no", "old_title", "new_no", "new_title")})
                for m in lampiran.items("mapping")
            ],
            mapping_years=(years[0], years[1]),
            policy=[_chapter(item) for item in lampiran.items("policy")],
        ),
    )
    return decree


def _signer(r: JsonReader) -> Signer:
    return Signer(**{name: r.text(name) for name in _SIGNER})


def _diktum(r: JsonReader) -> Diktum:
    items = r.data.get("sop_items")
    return Diktum(
        text=r.text("text"),
        lists_sops=r.boolean("lists_sops"),
        sop_items=None if items is None else r.texts("sop_items"),
    )


def _chapter(r: JsonReader) -> Chapter:
    return Chapter(
        title=r.text("title"),
        articles=[
            Article(paragraphs=a.texts("paragraphs"), lists_sops=a.boolean("lists_sops"))
            for a in r.items("articles")
        ],
    )


def _promulgation(r: JsonReader) -> Promulgation:
    return Promulgation(
        tempat=r.text("tempat"),
        tanggal=r.text("tanggal"),
        signer=_signer(r.obj("signer")),
        berita_daerah=r.text("berita_daerah"),
    )
