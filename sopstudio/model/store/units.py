"""Organisation units (instansi, sekretariat, biro, bagian, ...) and their kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Leading words of a unit name and the kind they denote, most specific first.
_KIND_PREFIXES: tuple[tuple[str, str], ...] = (
    ("SUB BAGIAN", "subbagian"),
    ("SUBBAGIAN", "subbagian"),
    ("BAGIAN", "bagian"),
    ("BIRO", "biro"),
    ("SEKRETARIAT", "sekretariat"),
    ("PEMERINTAH", "instansi"),
    ("DINAS", "perangkat_daerah"),
    ("BADAN", "perangkat_daerah"),
    ("INSPEKTORAT", "perangkat_daerah"),
    ("SATUAN", "perangkat_daerah"),
    ("KECAMATAN", "perangkat_daerah"),
)
UNIT_KINDS: tuple[str, ...] = (
    "instansi",
    "sekretariat",
    "perangkat_daerah",
    "biro",
    "bagian",
    "subbagian",
    "unit",
)


@dataclass(frozen=True)
class Unit:
    """One organisation unit; `parent_id` is None for a top-level instansi."""

    id: int
    name: str
    kind: str
    parent_id: int | None


def clean_unit_name(name: str) -> str:
    """A unit name with runs of whitespace collapsed (as typed in a unit header)."""
    return re.sub(r"\s+", " ", name).strip().rstrip(",")


def unit_kind(name: str) -> str:
    """The kind of unit a name denotes, from its leading word ("unit" when unknown)."""
    upper = clean_unit_name(name).upper()
    for prefix, kind in _KIND_PREFIXES:
        if upper == prefix or upper.startswith(prefix + " "):
            return kind
    return "unit"
