"""Pasting a table copied from Word or Excel into an empty SOP.

The clipboard's HTML table (merged cells padded out, as the transcriptions in the seeds
are) or its tab-separated text goes through the tab-separated importer; the first SOP it
finds fills the empty SOP as one operation: empty identity fields, the lanes, the steps.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from PySide6.QtCore import QMimeData

from sopstudio.model.importers import import_text
from sopstudio.model.importers.limits import MAX_HTML_CHARS, check
from sopstudio.model.ops import Batch, InsertActor, InsertStep, Op, RemoveActor, SetField
from sopstudio.model.sop import LIST_FIELDS, Sop

#: Identity fields a pasted table may fill when they are empty.
_FILLABLE = (
    "nomor",
    "judul",
    "tanggal_pembuatan",
    "tanggal_revisi",
    "tanggal_efektif",
    "unit_header",
    *LIST_FIELDS,
)
_APPROVER = ("jabatan", "nama", "pangkat", "nip")


class _TableParser(HTMLParser):
    """Collects the rows of the HTML tables as lists of cell texts (colspan padded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._span = 1
        self._depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "table":
            self._depth += 1
        elif tag == "tr" and self._depth:
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = int(span) if span.isdigit() else 1
        elif tag in ("br", "p", "li") and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._depth = max(0, self._depth - 1)
        elif tag in ("td", "th") and self._cell is not None and self.rows:
            text = re.sub(r"\s+", " ", "".join(self._cell)).strip()
            self.rows[-1] += [text] + [""] * (min(self._span, 50) - 1)
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def html_table_text(html: str) -> str | None:
    """The tables of an HTML fragment as tab-separated text; None without a table.
    ImportFailed when the fragment is larger than a paste may be."""
    if not re.search(r"<table\b", html, re.IGNORECASE):
        return None
    check(len(html), MAX_HTML_CHARS, "karakter HTML")
    parser = _TableParser()
    parser.feed(html)
    rows = [row for row in parser.rows if any(cell for cell in row)]
    return "\n".join("\t".join(row) for row in rows) if rows else None


def clipboard_table(mime: QMimeData | None) -> str | None:
    """The copied table as tab-separated text, or None when the clipboard holds no table;
    ImportFailed when it is too large to read."""
    if mime is None:
        return None
    if mime.hasHtml():
        text = html_table_text(mime.html())
        if text:
            return text
    if mime.hasText():
        text = mime.text()
        if sum(1 for line in text.splitlines() if "\t" in line) >= 2:
            return text
    return None


def fill_op(sop: Sop, found: Sop, placeholder_title: str = "") -> Op:
    """The operation filling an SOP without steps from an imported one.

    Empty identity fields (and a title still equal to `placeholder_title`) take the
    imported values; the lanes are replaced by the imported lanes; the steps are added.
    """
    ops: list[Op] = []
    for name in _FILLABLE:
        current = getattr(sop, name)
        empty = not current or (name == "judul" and current.strip() == placeholder_title)
        value = getattr(found, name)
        if empty and value:
            ops.append(SetField(name, list(value) if isinstance(value, list) else value))
    for name in _APPROVER:
        value = getattr(found.approver, name)
        if not getattr(sop.approver, name) and value:
            ops.append(SetField(f"approver.{name}", value))
    ops += [RemoveActor(actor.id) for actor in sop.actors]
    ops += [InsertActor(index, actor) for index, actor in enumerate(found.actors)]
    ops += [InsertStep(index, step) for index, step in enumerate(found.steps)]
    return Batch(tuple(ops))


def pasted_sop(text: str) -> Sop | None:
    """The first SOP the importer finds in pasted text (None when it finds none);
    ImportFailed when the text cannot be read at all."""
    result = import_text(text)
    return result.sops[0].sop if result.sops else None
