"""What a reader finds in a document before reconstruction: identity texts and table rows.

Both readers (tab-separated text and DOCX) produce `RawSop`s; `reconstruct` turns each into
a `Sop` and its report. Every piece keeps `where`, its place in the source, for the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sopstudio.model.decree import MappingRow
from sopstudio.model.importers.text import fold
from sopstudio.model.sop import StepKind


@dataclass
class RawCell:
    """One table cell: its text and, for a lane cell of a DOCX table, the drawn symbol."""

    text: str = ""
    symbol: StepKind | None = None


@dataclass
class RawRow:
    """One body row of a flowchart table."""

    cells: list[RawCell]
    where: str


@dataclass
class RawTable:
    """One flowchart table (or the part of it on one page): header rows, then body rows."""

    header: list[list[str]]
    where: str
    rows: list[RawRow] = field(default_factory=list)


@dataclass
class RawSop:
    """The identity texts and flowchart tables of one SOP as found in the source."""

    where: str
    unit_header: list[str] = field(default_factory=list)
    #: Identity field name ("nomor", "judul", "tanggal_*", "disahkan") -> text.
    fields: dict[str, str] = field(default_factory=dict)
    #: List field name (see `sop.LIST_FIELDS`) -> items.
    lists: dict[str, list[str]] = field(default_factory=dict)
    tables: list[RawTable] = field(default_factory=list)
    #: True for a flow that shares the identity of the SOP before it (a sub-procedure).
    sub_procedure: bool = False
    #: Drawn arrows: (tail row `where`, head row `where`, "yes" / "no" / "").
    links: list[tuple[str, str, str]] = field(default_factory=list)
    #: True when the title was read from a heading above the table, not an identity block.
    titled_by_heading: bool = False

    @property
    def row_count(self) -> int:
        """The number of body rows found so far."""
        return sum(len(t.rows) for t in self.tables)

    def is_empty(self) -> bool:
        """True when nothing of an SOP was found."""
        return not (self.fields or self.lists or self.row_count)


@dataclass
class RawDocument:
    """What a reader found: the raw SOPs, and a decree's old -> new SOP table if any."""

    sops: list[RawSop] = field(default_factory=list)
    mapping: list[MappingRow] = field(default_factory=list)


#: Identity labels (folded text start) -> field name. "Tanggal Pengesahan" is the
#: house name some offices use for Tanggal Efektif.
IDENTITY_LABELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (r"^nomor\s*sop(?:\s*ap)?\b", "nomor"),
        (r"^no\.?\s*sop(?:\s*ap)?\b", "nomor"),
        (r"^tanggal\s*pembuatan\b", "tanggal_pembuatan"),
        (r"^tanggal\s*revisi\b", "tanggal_revisi"),
        (r"^tanggal\s*(?:efektif|pengesahan|berlaku)\b", "tanggal_efektif"),
        (r"^disahkan\s*oleh\b", "disahkan"),
        (r"^(?:judul|nama)\s*sop(?:\s*ap)?\b", "judul"),
    )
)

#: List labels of the 2 x 3 grid (folded text start) -> field name.
LIST_LABELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (r"^dasar\s*hukum\b", "dasar_hukum"),
        (r"^kualifikasi\s*pelaksana\b", "kualifikasi"),
        (r"^keterkaitan(?:\s*dengan\s*sop(?:\s*lain)?)?\b", "keterkaitan"),
        (r"^peralatan(?:\s*/\s*|\s+dan\s+)?(?:perlengkapan)?\b", "peralatan"),
        (r"^peringatan\b", "peringatan"),
        (r"^pencatatan(?:\s*(?:dan|&|/)\s*pendataan)?\b", "pencatatan"),
    )
)


def match_label(
    text: str, labels: tuple[tuple[re.Pattern[str], str], ...]
) -> tuple[str, str] | None:
    """(field name, value after the label) when `text` starts with one of `labels`."""
    folded = fold(text)
    for pattern, name in labels:
        match = pattern.match(folded)
        if match:
            flat = " ".join(text.split())
            rest = flat[match.end() :] if len(flat) >= match.end() else ""
            return name, rest.strip().lstrip(":").strip()
    return None


#: A step number cell: "1", "1.", "2)", and OCR's "1.'2." (group 1 is the first number).
STEP_NUMBER = re.compile(r"^\s*(\d{1,3})\s*(?:[.)'`,]+\s*(?:\d{1,3}\s*[.)]?)?)?\s*$")


def step_number(text: str) -> int | None:
    """The step number a No cell holds, or None."""
    match = STEP_NUMBER.match(text)
    return int(match.group(1)) if match else None


_UNIT_WORDS = (
    r"SEKRETARIAT|BIRO|BAGIAN|SUB\s*BAGIAN|SUBBAGIAN|DINAS|BADAN|KANTOR|UPT|BIDANG|INSPEKTORAT"
)
_UNIT_START = re.compile(r"^PEMERINTAH\s+(?:PROVINSI|KABUPATEN|KOTA)\b")
_UNIT_LINE = re.compile(rf"^(?:{_UNIT_WORDS})\b")
_UNIT_SPLIT = re.compile(rf"\s+(?=(?:{_UNIT_WORDS})\b)")


def unit_header_lines(text: str) -> list[str] | None:
    """The stacked unit header lines when `text` starts one ("PEMERINTAH PROVINSI ...")."""
    flat = " ".join(text.split())
    if not _UNIT_START.match(flat):
        return None
    lines: list[str] = []
    for line in text.split("\n"):
        parts = _UNIT_SPLIT.split(" ".join(line.split()))
        # "SUB BAGIAN X" must not split into "SUB" + "BAGIAN X".
        for part in parts:
            if lines and lines[-1] == "SUB":
                lines[-1] = f"SUB {part}"
            else:
                lines.append(part)
    return [line for line in lines if line]


def letterhead_lines(text: str) -> list[str] | None:
    """The lines of a letterhead without its "PEMERINTAH ..." line: capital lines naming
    units ("BAGIAN ORGANISASI", "SEKRETARIAT DAERAH KOTA KUPANG"), or None."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    return lines if lines and all(is_unit_line(line) for line in lines) else None


def is_unit_line(text: str) -> bool:
    """True for a continuation line of a stacked unit header ("BIRO ORGANISASI")."""
    flat = " ".join(text.split())
    return bool(_UNIT_LINE.match(flat)) and flat.upper() == flat and len(flat) < 120
