"""Parts of a decree that are not SOPs: the old -> new SOP table, and SOP titles standing as
headings above a flowchart table (the Lampiran of a Peraturan has no identity blocks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sopstudio.model.decree import MappingRow
from sopstudio.model.importers.raw import (
    IDENTITY_LABELS,
    LIST_LABELS,
    is_unit_line,
    match_label,
)
from sopstudio.model.importers.text import fold, one_line

#: Longest heading read as an SOP title.
MAX_TITLE = 160
_NOT_TITLE = re.compile(
    r"^(?:lampiran|nomor|tanggal|tentang|peraturan|keputusan|bupati|wali\s*kota|gubernur|"
    r"menimbang|mengingat|memutuskan|menetapkan|halaman|daftar|ditetapkan|bab|pasal|kesatu|"
    r"kedua|ketiga|keempat|kelima|keenam)\b"
)
_SOP_WORDS = re.compile(r"\b(?:sop|standar\s+operasional\s+prosedur|prosedur)\b", re.IGNORECASE)
_TITLE_PREFIX = re.compile(
    r"^\s*(?:(?:[a-z]|\d{1,2}|[ivxl]+)\s*[.)]\s*)?"
    r"(?:standar\s+operasional\s+prosedur|sop)(?:\s+(?:administrasi\s+pemerintahan|ap))?"
    r"\s*(?:tentang\s+)?[:\-\u2013]?\s*",
    re.IGNORECASE,
)


def heading_title(text: str) -> str | None:
    """The SOP title a heading line names ("A. SOP PENERBITAN IZIN KERAMAIAN" ->
    "PENERBITAN IZIN KERAMAIAN"), or None for any other line."""
    flat = one_line(text)
    folded = fold(flat)
    if not 4 <= len(flat) <= MAX_TITLE or flat.endswith((".", ";", ",")):
        return None
    if _NOT_TITLE.match(folded) or is_unit_line(flat) or not _SOP_WORDS.search(flat):
        return None
    if match_label(flat, IDENTITY_LABELS) or match_label(flat, LIST_LABELS):
        return None
    title = _TITLE_PREFIX.sub("", flat, count=1).strip(" :-")
    return title if len(title) >= 3 else None


_OLD = re.compile(r"\blama\b")
_NEW = re.compile(r"\bbaru\b")
_NUMBER_LABEL = re.compile(r"^(?:no\.?|nomor)(?:\s*sop)?$")
_TITLE_LABEL = re.compile(r"^(?:judul|nama|uraian)(?:\s*sop)?$")


@dataclass
class MappingReader:
    """Reads the rows of an old -> new SOP table ("No | SOP Lama | SOP Baru")."""

    old: int
    new: int
    width: int
    #: Column of each MappingRow field.
    columns: dict[str, int] = field(default_factory=dict)
    rows: list[MappingRow] = field(default_factory=list)

    @staticmethod
    def starts(cells: list[str]) -> bool:
        """True for the header row of an old -> new table."""
        folded = [fold(c) for c in cells]
        old = [j for j, c in enumerate(folded) if _OLD.search(c) and len(c) < 40]
        new = [j for j, c in enumerate(folded) if _NEW.search(c) and len(c) < 40]
        named = bool(old) and ("sop" in folded[old[0]] or folded[0] in ("no", "nomor"))
        return bool(named and new and old[0] < new[0])

    @classmethod
    def from_header(cls, cells: list[str]) -> MappingReader:
        """The reader of the table this header row starts."""
        folded = [fold(c) for c in cells]
        old = next(j for j, c in enumerate(folded) if _OLD.search(c))
        new = next(j for j, c in enumerate(folded) if _NEW.search(c))
        reader = cls(old, new, len(cells))
        # "No | Nama SOP Lama | No | Nama SOP Baru": each side's number stands before it.
        paired = (
            old > 0
            and new - old >= 2
            and all(_NUMBER_LABEL.match(folded[t - 1]) for t in (old, new))
        )
        for side, start, end in (("old", old, new), ("new", new, len(cells))):
            if paired:
                reader.columns[f"{side}_no"], reader.columns[f"{side}_title"] = start - 1, start
            elif end - start >= 2:
                # A side over two columns ("SOP Lama" over "Nomor | Judul").
                reader.columns[f"{side}_no"], reader.columns[f"{side}_title"] = start, start + 1
            else:
                reader.columns[f"{side}_title"] = start
        return reader

    def feed(self, cells: list[str]) -> bool:
        """Read one more row; False when the row is no longer part of the table."""
        folded = [fold(c) for c in cells]
        labels = {
            j for j, c in enumerate(folded) if _NUMBER_LABEL.match(c) or _TITLE_LABEL.match(c)
        }
        if labels and len(labels) >= len([c for c in folded if c]) - 1:
            self.columns = {}
            for j in sorted(labels):
                if j >= self.old:  # not the row number column
                    side = "new" if j >= self.new else "old"
                    kind = "no" if _NUMBER_LABEL.match(folded[j]) else "title"
                    self.columns.setdefault(f"{side}_{kind}", j)
            return True
        filled = [c for c in cells if c.strip()]
        if len(cells) < min(self.width, self.new + 1) or len(filled) < 2:
            return False

        def cell(name: str) -> str:
            col = self.columns.get(name)
            return one_line(cells[col]) if col is not None and col < len(cells) else ""

        self.rows.append(
            MappingRow(cell("old_no"), cell("old_title"), cell("new_no"), cell("new_title"))
        )
        return True
