"""The `*.style.json` format: one house style per file, versioned, checked field by field.

Every file carries ``"format": "sopstudio.style"`` and an integer ``"version"``; anything
unreadable raises `FormatError` naming the place, in Bahasa Indonesia. The presets in
resources/styles are files of this format.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sopstudio.model import logo
from sopstudio.model.errors import FormatError
from sopstudio.model.jsonio import load_file, migrate, parse_json, write_atomic
from sopstudio.model.style import (
    PLAIN_STYLE,
    Fonts,
    HouseStyle,
    Labels,
    Letterhead,
    Paper,
    SignatureBlock,
)
from sopstudio.resources import STYLES

FORMAT = "sopstudio.style"
VERSION = 1
#: A style file is a few KB, and its logo at most `logo.MAX_BYTES` (in base64, 4/3 of that).
MAX_BYTES = 64 * 1024 + logo.MAX_BYTES * 4 // 3
#: Style names are identifiers stored in SOPs: lower-case letters, digits and dashes.
NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
SUFFIX = ".style.json"

#: version -> function upgrading a dict of that version to version + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

#: The nested parts of a style and their JSON keys.
_PARTS: dict[str, type] = {
    "labels": Labels,
    "fonts": Fonts,
    "letterhead": Letterhead,
    "signature": SignatureBlock,
}


def style_to_dict(style: HouseStyle) -> dict[str, Any]:
    """The JSON-ready dict of a style (current version)."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": style.name,
        "description": style.description,
        "paper": style.paper.value,
        "column_numbers": style.column_numbers,
        "separate_terminator_rows": style.separate_terminator_rows,
    }
    for key in _PARTS:
        part = getattr(style, key)
        data[key] = {f.name: getattr(part, f.name) for f in fields(part)}
    return data


def dumps(style: HouseStyle) -> str:
    """The style as `*.style.json` text."""
    return json.dumps(style_to_dict(style), ensure_ascii=False, indent=2) + "\n"


def save(style: HouseStyle, path: str | os.PathLike[str]) -> None:
    """Write a `*.style.json` file atomically."""
    write_atomic(Path(path), dumps(style).encode("utf-8"))


def loads(text: str | bytes) -> HouseStyle:
    """Parse `*.style.json` text."""
    return style_from_dict(parse_json(text, MAX_BYTES))


def load(path: str | os.PathLike[str]) -> HouseStyle:
    """Read a `*.style.json` file."""
    return load_file(path, loads, MAX_BYTES, "sebuah gaya instansi")


def style_from_dict(data: Any) -> HouseStyle:
    """Build a style from a dict of any supported version, checking every field."""
    data = migrate(data, FORMAT, VERSION, MIGRATIONS)
    name = data.get("name")
    if not isinstance(name, str) or not NAME.match(name):
        raise FormatError(
            "nama gaya harus huruf kecil, angka atau tanda hubung (contoh: kota-malang)", "name"
        )
    paper = data.get("paper", Paper.F4.value)
    if paper not in [p.value for p in Paper]:
        raise FormatError(f"kertas tidak dikenal: {paper!r} (f4 atau a4)", "paper")
    parts = {key: _part(cls, data.get(key, {}), key) for key, cls in _PARTS.items()}
    return HouseStyle(
        name=name,
        description=_typed(data.get("description", ""), str, "description"),
        paper=Paper(paper),
        column_numbers=_typed(data.get("column_numbers", True), bool, "column_numbers"),
        separate_terminator_rows=_typed(
            data.get("separate_terminator_rows", False), bool, "separate_terminator_rows"
        ),
        **parts,
    )


def _part(cls: type, data: Any, where: str) -> Any:
    """One nested dataclass (labels, fonts, ...) from a JSON object; missing keys keep the
    defaults, unknown keys are refused (a typo must not pass silently)."""
    if not isinstance(data, dict):
        raise FormatError("harus berupa objek JSON", where)
    assert is_dataclass(cls)
    known = {f.name: f for f in fields(cls)}
    for key in data:
        if key not in known:
            raise FormatError("kunci tidak dikenal", f"{where}.{key}")
    values = {}
    for key, value in data.items():
        if cls is Letterhead and key == "logo":
            values[key] = _logo(value, f"{where}.{key}")
            continue
        kind = type(getattr(cls(), key))
        values[key] = _typed(value, kind, f"{where}.{key}")
    return cls(**values)


def _logo(value: Any, where: str) -> str:
    """A logo `data:` URL, checked to hold a PNG ("" for no logo)."""
    if value == "":
        return value
    if not isinstance(value, str):
        raise FormatError(f"harus berupa teks, bukan {type(value).__name__}", where)
    try:
        logo.logo_png(value)
    except FormatError as exc:
        raise FormatError(exc.message, where) from exc
    return value


def _typed(value: Any, kind: type, where: str) -> Any:
    """`value` checked against the type of its default: text, a yes/no, or a size."""
    if kind is bool:
        if not isinstance(value, bool):
            raise FormatError("harus true atau false", where)
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 200:
            raise FormatError("harus berupa angka antara 0 dan 200", where)
        return float(value)
    if not isinstance(value, str):
        raise FormatError(f"harus berupa teks, bukan {type(value).__name__}", where)
    if len(value) > 500:
        raise FormatError("teks terlalu panjang (lebih dari 500 huruf)", where)
    return value


@lru_cache(maxsize=1)
def preset_styles() -> tuple[HouseStyle, ...]:
    """The preset styles in resources/styles, the plain Permenpan-RB one first."""
    styles = [load(path) for path in sorted(STYLES.glob("*" + SUFFIX))]
    return tuple(sorted(styles, key=lambda s: (s.name != PLAIN_STYLE, s.name)))
