"""The row-by-row reader shared by the text and DOCX importers.

A small state machine recognises unit header lines, identity fields (as rows or as HTML
fragments in a cell), the 2 x 3 list grid (in rows, or as "Label :" followed by "- item"
lines) and flowchart tables with their repeated header rows. A new SOP starts at a unit
header or an identity field once the current SOP has steps, and at a flowchart table that
restarts at step 1 when the current SOP already has its step 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sopstudio.model.decree import MappingRow
from sopstudio.model.importers.columns import is_number_row, is_table_header, map_columns
from sopstudio.model.importers.decree_tables import MappingReader, heading_title
from sopstudio.model.importers.raw import (
    IDENTITY_LABELS,
    LIST_LABELS,
    RawCell,
    RawDocument,
    RawRow,
    RawSop,
    RawTable,
    is_unit_line,
    letterhead_lines,
    match_label,
    step_number,
    unit_header_lines,
)
from sopstudio.model.importers.report import ImportReport
from sopstudio.model.importers.text import fold, split_items, starts_with_marker
from sopstudio.model.sop import StepKind

#: Header rows a flowchart table may have below its "No | Kegiatan" row.
MAX_EXTRA_HEADER_ROWS = 3

_NIP_END = re.compile(r"\bNIP\.?\s*:?\s*(?:\d[\s.]?){17}\d", re.IGNORECASE)


@dataclass
class RowReader:
    """Reads a document row by row and collects the raw SOPs in it."""

    report: ImportReport
    sops: list[RawSop] = field(default_factory=list)
    current: RawSop | None = None
    mode: str = ""
    list_columns: dict[int, str] = field(default_factory=dict)
    last_list: str | None = None
    last_field: str | None = None
    table: RawTable | None = None
    table_no_col: int = 0
    table_attached: bool = False
    #: The last lone line of text seen, a candidate subtitle for the next table.
    subtitle: str = ""
    #: The title of the SOP whose identity sub-procedures share.
    base_title: str = ""
    #: Lists of the current SOP whose items carry numbers or bullets.
    numbered: set[str] = field(default_factory=set)
    #: The last title-like lone line since the last table ("A. SOP PENERBITAN ..."), and
    #: the one standing above the table being read.
    heading: str = ""
    table_heading: str = ""
    #: A decree's old -> new SOP table, read apart from the SOPs.
    mapping: list[MappingRow] = field(default_factory=list)
    mapping_reader: MappingReader | None = None
    #: Letterhead lines waiting for the SOP they head.
    pending_unit: list[str] = field(default_factory=list)

    def new_sop(self, where: str) -> RawSop:
        """Start collecting a new SOP found at `where`."""
        self.current = RawSop(where, unit_header=self.pending_unit)
        self.pending_unit = []
        self.sops.append(self.current)
        self.list_columns, self.last_list, self.last_field = {}, None, None
        self.numbered = set()
        return self.current

    def feed(
        self, where: str, cells: list[str], symbols: list[StepKind | None] | None = None
    ) -> None:
        """Read one row; `where` names it in the source, `symbols` are drawn lane symbols."""
        if not any(cells) and not (symbols and any(symbols)):
            return
        if self.mapping_reader is not None:
            if self.mapping_reader.feed(cells):
                return
            self.mapping.extend(self.mapping_reader.rows)
            self.mapping_reader = None
        # Inside a flowchart table only a header row ("No | SOP Lama | SOP Baru") starts one:
        # a step whose cells say "SOP lama" and "SOP baru" does not.
        if MappingReader.starts(cells) and (
            self.mode not in ("table", "header") or fold(cells[0]) in ("no", "nomor")
        ):
            self.mapping_reader = MappingReader.from_header(cells)
            self.mode = ""
            return
        if self._unit_header(cells, where) or self._letterhead(cells, where):
            return
        if self.mode == "unit" and sum(1 for c in cells if c) == 1:
            only = next(c for c in cells if c)
            if is_unit_line(only) and self.current is not None:
                self.current.unit_header.append(" ".join(only.split()))
                return
        if self._identity(cells, where):
            return
        if self.mode not in ("table", "header") and self._list_labels(cells, where):
            return
        if is_table_header(cells):
            self._start_table(cells, where)
            return
        filled = [c for c in cells if c]
        if len(filled) == 1 and self.mode in ("table", "lists") and len(filled[0]) < 120:
            self.subtitle = " ".join(filled[0].split())
        if len(filled) == 1 and self.mode != "header" and (title := heading_title(filled[0])):
            self.heading = title
        if self.mode == "header":
            assert self.table is not None, "header rows follow a table's first row"
            if is_number_row(cells):
                self.mode = "table"
                return
            no = cells[self.table_no_col] if self.table_no_col < len(cells) else ""
            if step_number(no) is None and len(self.table.header) <= MAX_EXTRA_HEADER_ROWS:
                self.table.header.append(cells)
                self.table_no_col = map_columns(self.table.header).no
                return
            self.mode = "table"
        if self.mode == "table":
            self._body_row(cells, where, symbols)
        elif self.mode == "identity" and self.current is not None:
            self._identity_continuation(cells)
        elif self.mode == "lists":
            self._list_row(cells)

    def _letterhead(self, cells: list[str], where: str) -> bool:
        """Letterhead lines without "PEMERINTAH ..." ("BAGIAN ... / SEKRETARIAT DAERAH KOTA
        ..."), alone or beside the identity fields: the unit header of the next SOP that
        starts (a letterhead repeated above a flowchart page is dropped at its table)."""
        if self.mode in ("header", "unit") or is_table_header(cells):
            return False
        filled = [j for j, c in enumerate(cells) if c]
        for j in filled:
            lines = letterhead_lines(cells[j])
            rest = cells[j + 1 :]
            beside = any(match_label(c, IDENTITY_LABELS) for c in rest if c)
            if lines is None or (len(filled) > 1 and not beside):
                continue
            self.pending_unit.extend(lines)
            if any(rest):
                self._identity(rest, where)
            return True
        return False

    def _unit_header(self, cells: list[str], where: str) -> bool:
        for j, cell in enumerate(cells):
            lines = unit_header_lines(cell)
            if lines is None:
                continue
            cur = self.current
            if cur is None or cur.fields or cur.row_count or cur.lists:
                cur = self.new_sop(where)
            cur.unit_header = lines
            cur.where = where
            self.mode = "unit"
            rest = cells[j + 1 :]
            if any(rest):
                self._identity(rest, where)
            return True
        return False

    def _identity(self, cells: list[str], where: str) -> bool:
        labels = [(j, match_label(c, IDENTITY_LABELS)) for j, c in enumerate(cells) if c]
        found = [(j, m) for j, m in labels if m]
        if not found:
            return False
        values = 0
        pairs: list[tuple[str, str]] = []
        label_cols = {j for j, _ in found}
        for j, (name, value) in found:
            if len(found) == 1:
                # "NOMOR SOP | : 29 | tahun 2024": the value may run over several cells.
                value = " ".join(v for v in [value, *cells[j + 1 :]] if v)
            elif not value and j + 1 < len(cells) and j + 1 not in label_cols:
                value = cells[j + 1]
            values += bool(value)
            # Disahkan oleh keeps its lines (jabatan, nama, pangkat, NIP); others are one line.
            flat = "\n".join(" ".join(line.split()) for line in value.split("\n") if line.strip())
            pairs.append((name, flat if name == "disahkan" else " ".join(value.split())))
        if len(found) >= 2 and not values:
            return False  # a list table's header ("No | Judul SOP | Nomor SOP")
        for name, value in pairs:
            cur = self.current
            if (
                cur is None
                or cur.row_count
                or (value and cur.fields.get(name) and cur.fields[name] != value)
            ):
                if cur is not None and cur.row_count == 0 and cur.fields.get(name):
                    self.report.problem(
                        "SOP_WITHOUT_TABLE",
                        "Blok identitas tanpa tabel diagram alir.",
                        cur.where,
                    )
                cur = self.new_sop(where)
            if value or name not in cur.fields:
                cur.fields[name] = value
            if name == "judul":
                self._split_judul(cur)
            self.last_field = name
        self.mode = "identity"
        other = [
            c if j not in label_cols and j - 1 not in label_cols else ""
            for j, c in enumerate(cells)
        ]
        if any(other):
            self._list_labels(other, where)
        return True

    def _split_judul(self, cur: RawSop) -> None:
        """Move the approver's name and NIP that OCR shifted into the Judul SOP cell."""
        judul = cur.fields["judul"]
        nip = _NIP_END.search(judul)
        if nip:
            approver = f"{cur.fields.get('disahkan', '')} {judul[: nip.end()]}"
            cur.fields["disahkan"] = approver.strip()
            cur.fields["judul"] = judul[nip.end() :].strip(" :")
            self.report.guess(
                "JUDUL_HELD_APPROVER",
                "Nama dan NIP pengesah di sel Judul SOP dipindah ke Disahkan oleh.",
                cur.where,
            )

    def _identity_continuation(self, cells: list[str]) -> None:
        """A lone value under the identity table continues the field above it."""
        values = [c for c in cells if c]
        if len(values) != 1 or self.current is None:
            return
        fields = self.current.fields
        if self.last_field == "disahkan":
            fields["disahkan"] += " " + values[0]
        elif self.last_field == "judul" and not fields.get("judul"):
            fields["judul"] = " ".join(values[0].split())

    def _list_labels(self, cells: list[str], where: str) -> bool:
        labels = {j: match_label(c, LIST_LABELS) for j, c in enumerate(cells) if c}
        found = {j: m for j, m in labels.items() if m}
        if not found:
            return False
        current = self.current if self.current is not None else self.new_sop(where)
        self.list_columns = {j: name for j, (name, _value) in found.items()}
        for name, value in found.values():
            current.lists.setdefault(name, [])
            if value:
                self._add_items(name, value)
            self.last_list = name
        # A value cell right of a label cell belongs to it ("Peringatan | Apabila ...").
        for j, cell in enumerate(cells):
            if cell and j not in found and j - 1 in found:
                self._add_items(found[j - 1][0], cell)
        self.mode = "lists"
        return True

    def _list_row(self, cells: list[str]) -> None:
        if self.current is None:
            return
        filled = [(j, c) for j, c in enumerate(cells) if c]
        for j, cell in filled:
            if len(filled) == 1 and j not in self.list_columns:
                name = self.last_list
            else:
                left = [k for k in self.list_columns if k <= j]
                name = self.list_columns[max(left)] if left else self.last_list
            if name:
                self._add_items(name, cell)

    def _add_items(self, name: str, cell: str) -> None:
        """Add a cell's items to a list; an unnumbered first line under numbered items
        continues the last item (an item broken across a page)."""
        assert self.current is not None
        items = split_items(cell)
        existing = self.current.lists.setdefault(name, [])
        if existing and items and name in self.numbered and not starts_with_marker(cell):
            existing[-1] = f"{existing[-1]} {items.pop(0)}"
        existing.extend(items)
        if starts_with_marker(cell):
            self.numbered.add(name)

    def _start_table(self, cells: list[str], where: str) -> None:
        if self.current is None:
            self.new_sop(where)
            self.report.problem(
                "SOP_WITHOUT_IDENTITY", "Tabel diagram alir tanpa blok identitas.", where
            )
        self.table = RawTable([cells], where)
        if self.mode not in ("table", "lists"):
            self.subtitle = ""
        self.table_heading, self.heading = self.heading, ""
        self.pending_unit = []
        self.table_no_col = map_columns(self.table.header).no
        self.table_attached = False
        self.mode = "header"

    def _split_sub_procedure(self) -> None:
        """Start a new SOP for a table that restarts at step 1 under the same identity.

        Offices put several flows under one identity ("A. Melalui Media Surat", "B. ...");
        each becomes an SOP with a copy of the identity and the subtitle in its title.
        """
        assert self.table is not None and self.current is not None
        parent = self.current
        if not parent.sub_procedure:
            self.base_title = parent.fields.get("judul", "")
        child = self.new_sop(self.table.where)
        child.unit_header = list(parent.unit_header)
        child.fields = dict(parent.fields)
        child.lists = {name: list(items) for name, items in parent.lists.items()}
        child.sub_procedure = True
        if self.subtitle:
            child.fields["judul"] = f"{self.base_title} - {self.subtitle}".strip(" -")
        self.report.guess(
            "SUB_PROCEDURE",
            "Tabel baru mulai dari langkah 1; dibaca sebagai SOP tersendiri dengan identitas "
            f"yang sama ({parent.where}).",
            self.table.where,
        )

    def _body_row(
        self, cells: list[str], where: str, symbols: list[StepKind | None] | None
    ) -> None:
        assert self.table is not None and self.current is not None
        drawn = bool(symbols and any(symbols))
        if (sum(1 for c in cells if c) < 2 and not drawn) or is_number_row(cells):
            return  # a stray line ("Selesai", a signature), or column numbers after a break
        no = cells[self.table_no_col] if self.table_no_col < len(cells) else ""
        if not self.table_attached:
            first = step_number(no)
            # A second table restarting at 1 is a new SOP only if this one has its step 1;
            # otherwise it is this SOP's first page, scanned out of order.
            titled = self._titled_by_heading(first)
            if not titled and first == 1 and _has_step_one(self.current):
                self._split_sub_procedure()
            self.current.tables.append(self.table)
            self.table_attached = True
        marks = symbols or []
        self.table.rows.append(
            RawRow(
                [RawCell(c, marks[j] if j < len(marks) else None) for j, c in enumerate(cells)],
                where,
            )
        )

    def _titled_by_heading(self, first: int | None) -> bool:
        """Take the SOP's title from the heading above its table (a Lampiran of a Peraturan
        has no identity block): the table starts a new SOP when it restarts at step 1 under
        a new heading. A heading repeated over a table continuing the SOP changes nothing."""
        heading, cur = self.table_heading, self.current
        assert cur is not None and self.table is not None
        if not heading or (cur.fields.get("judul") and not cur.titled_by_heading):
            return False
        if cur.row_count and first == 1 and heading.casefold() != cur.fields["judul"].casefold():
            parent = cur
            cur = self.new_sop(self.table.where)
            cur.unit_header = list(parent.unit_header)
        if not cur.fields.get("judul"):
            cur.fields["judul"] = heading
            cur.titled_by_heading = True
            self.report.guess(
                "JUDUL_FROM_HEADING",
                f"Judul SOP diambil dari judul di atas tabel: {heading!r}.",
                self.table.where,
            )
        return True

    def finish(self) -> RawDocument:
        """The raw SOPs read, in document order (fragments without a table or title dropped),
        and the decree's old -> new table if there was one."""
        if self.mapping_reader is not None:
            self.mapping.extend(self.mapping_reader.rows)
            self.mapping_reader = None
        sops = [sop for sop in self.sops if sop.row_count or sop.fields.get("judul")]
        return RawDocument(sops, self.mapping)


def _has_step_one(sop: RawSop) -> bool:
    for table in sop.tables:
        for row in table.rows:
            cell = row.cells[0].text if row.cells else ""
            if step_number(cell) == 1:
                return True
    return False
