"""Column mapping of a flowchart table: which column holds what, read from its header labels.

Houses name the columns differently (Kegiatan / Tahap Kegiatan / Uraian Prosedur / Aktivitas;
Ket / Keterangan; Kelengkapan / Persyaratan) and the header spans two or three rows with
grouped cells (Pelaksana over the lanes, Mutu Baku over three columns). A reader passes the
header rows as a grid (a merged cell's text at its first column, the rest empty, or repeated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sopstudio.model.importers.text import fold

_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern))
    for role, pattern in (
        ("no", r"^(?:no|nomor|no\s*urut)$"),
        # Anchored: "Pejabat Pengelola Teknis Kegiatan" is a lane, not the activity column.
        (
            "kegiatan",
            r"^(?:tahap\w*|uraian|langkah|rincian)?\s*/?\s*"
            r"(?:kegiatan|prosedur|aktivitas|aktifitas)\b|^uraian\b|^tahap\w*$",
        ),
        ("pelaksana", r"^pelaksana"),
        ("mutu", r"^mutu\s*b[au]ku"),
        ("kelengkapan", r"kelengkapan|persyaratan|^syarat|^input|^bahan|^dokumen"),
        ("waktu", r"^waktu"),
        ("output", r"^output|^keluaran|^hasil"),
        ("keterangan", r"^ket(?:erangan|\b|$)"),
    )
)

MUTU_ORDER = ("kelengkapan", "waktu", "output")
_SINGLE_ROLES = ("no", "kegiatan", "kelengkapan", "waktu", "output", "keterangan")


def label_role(text: str) -> str | None:
    """The role a header label names, None for an actor name or empty text."""
    folded = fold(text)
    if not folded:
        return None
    for role, pattern in _ROLES:
        if pattern.search(folded):
            return role
    # A label broken inside its word in a narrow column ("Wakt u", "Keteran gan").
    compact = folded.replace(" ", "")
    for role, pattern in _ROLES:
        if compact != folded and pattern.fullmatch(compact) and role in _SINGLE_ROLES:
            return role
    if re.fullmatch(r"\d+", folded):
        return "number"
    return None


def is_table_header(cells: list[str]) -> bool:
    """True for the first header row of a flowchart table ("No | Kegiatan | Pelaksana ...")."""
    roles = [label_role(c) for c in cells]
    return (
        "no" in roles[:2]
        and "kegiatan" in roles[:4]
        and ("pelaksana" in roles or "mutu" in roles or "waktu" in roles or len(cells) >= 4)
    )


def is_number_row(cells: list[str]) -> bool:
    """True for the optional column-number row "1 | 2 | 3 ..."."""
    values = [c.strip() for c in cells if c.strip()]
    return len(values) >= 3 and all(re.fullmatch(r"\d{1,2}", v) for v in values)


@dataclass
class ColumnMap:
    """Where each part of a step sits in a table's rows (column indexes)."""

    no: int = 0
    kegiatan: int = 1
    #: (column, lane name as printed; "" when the header has no name).
    lanes: list[tuple[int, str]] = field(default_factory=list)
    kelengkapan: int | None = None
    waktu: int | None = None
    output: int | None = None
    keterangan: int | None = None

    @property
    def mutu_start(self) -> int | None:
        """The first Mutu Baku column."""
        cols = [c for c in (self.kelengkapan, self.waktu, self.output) if c is not None]
        return min(cols) if cols else None


def map_columns(header: list[list[str]]) -> ColumnMap:
    """Read the column map from a table's header rows (the first holds "No" and "Kegiatan")."""
    width = max((len(r) for r in header), default=0)
    grid = [[(r[j] if j < len(r) else "") for j in range(width)] for r in header]
    roles: dict[int, str] = {}
    names: dict[int, str] = {}
    groups: dict[int, str] = {}
    for j in range(width):
        for row in grid:
            text = " ".join(row[j].split())
            role = label_role(text)
            if role in _SINGLE_ROLES:
                roles[j] = role
            elif role in ("pelaksana", "mutu"):
                groups[j] = role
                # "Pelaksana TIM KERJA": the group label carries a sub-title, not an actor.
            elif role is None and text:
                names[j] = text  # deepest non-role label wins (sub-lanes under a group)
    cmap = ColumnMap()
    for role in _SINGLE_ROLES:
        cols = sorted(j for j, r in roles.items() if r == role)
        if cols:
            setattr(cmap, role, cols[0])
    # Mutu Baku group without sub-labels: Kelengkapan, Waktu, Output in that order.
    for j, role in sorted(groups.items()):
        if role != "mutu":
            continue
        for offset, sub in enumerate(MUTU_ORDER):
            col = j + offset
            if (
                getattr(cmap, sub) is None
                and col < width
                and col not in roles
                and (offset == 0 or groups.get(col) != "pelaksana")
            ):
                if cmap.keterangan is not None and col >= cmap.keterangan:
                    break
                setattr(cmap, sub, col)
                roles[col] = sub
    first_mutu = cmap.mutu_start
    if first_mutu is None:
        first_mutu = cmap.keterangan if cmap.keterangan is not None else width
    # Every column between Kegiatan and Mutu Baku is a lane, named or not.
    lane_cols = [j for j in range(cmap.kegiatan + 1, first_mutu) if j not in roles]
    cmap.lanes = [(j, names.get(j, "")) for j in lane_cols]
    return cmap
