"""Reading tab-separated text: a table copied from Word or Excel, or a transcribed decree.

Each line is a row, its cells split on tabs; HTML fragments in cells are cleaned, and an HTML
table inside a cell becomes rows of its own. The rows go to the shared `RowReader`.
"""

from __future__ import annotations

import re

from sopstudio.model.importers.limits import MAX_COLUMNS, MAX_ROWS, check
from sopstudio.model.importers.raw import IDENTITY_LABELS, RawDocument, match_label
from sopstudio.model.importers.report import ImportReport
from sopstudio.model.importers.rows import RowReader
from sopstudio.model.importers.text import clean_cell

_TABLE = re.compile(r"<table\b.*?</table\s*>", re.IGNORECASE | re.DOTALL)
_TR = re.compile(r"<tr\b.*?</tr\s*>", re.IGNORECASE | re.DOTALL)
_TD = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]\s*>", re.IGNORECASE | re.DOTALL)


def split_rows(text: str) -> list[tuple[int, list[str]]]:
    """(line number, cleaned cells) for each row; HTML tables inside a cell become rows."""
    rows: list[tuple[int, list[str]]] = []
    lines = text.splitlines()
    check(len(lines), MAX_ROWS, "baris")
    check(
        max((line.count("\t") for line in lines), default=0) + 1,
        MAX_COLUMNS,
        "kolom dalam satu baris",
    )
    for number, line in enumerate(lines, start=1):
        cells = line.split("\t")
        pending: list[str] = []
        for cell in cells:
            lower = cell.lower()
            # (A closing tag after the first opening one, or the lazy search is quadratic.)
            if (
                "<table" in lower
                and lower.rfind("</table") > lower.find("<table")
                and _TABLE.search(cell)
            ):
                if any(c.strip() for c in pending):
                    rows.append((number, [clean_cell(c) for c in pending]))
                pending = []
                for tr in _TR.findall(cell):
                    tds = _TD.findall(tr)
                    check(len(tds), MAX_COLUMNS, "kolom dalam satu baris")
                    rows.append((number, [clean_cell(td) for td in tds]))
                check(len(rows), MAX_ROWS, "baris")
            else:
                pending.append(cell)
        if any(c.strip() for c in pending):
            rows.extend((number, r) for r in _expand_fragments([clean_cell(c) for c in pending]))
    check(len(rows), MAX_ROWS, "baris")
    return rows


def _expand_fragments(cells: list[str]) -> list[list[str]]:
    """Rows for a cell holding several "Label : value" paragraphs of the identity table."""
    out: list[list[str]] = []
    rest: list[str] = []
    for cell in cells:
        lines = cell.split("\n")
        labelled = [line for line in lines if match_label(line, IDENTITY_LABELS)]
        if len(labelled) >= 2:
            if any(rest):
                out.append(rest)
            rest = []
            out.extend([line] for line in lines)
        else:
            rest.append(cell)
    if any(rest):
        out.append(rest)
    return out


def read_text(text: str, report: ImportReport) -> RawDocument:
    """The raw SOPs in a tab-separated text, in document order."""
    reader = RowReader(report)
    for line, cells in split_rows(text):
        reader.feed(f"baris {line}", cells)
    return reader.finish()
