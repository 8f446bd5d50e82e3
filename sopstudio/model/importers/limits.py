"""How much an import reads: hostile input (also a Ctrl+V into the editor) is refused early,
before the work that grows with it, with a message saying which limit it passed.

Each limit is several times the largest real input we know: the 74-SOP Lampiran of
Kepgub NTT 324/2024 is 339 KB and 3,728 lines as text, and as our DOCX 255 tables, 1,945
table rows, 2,051 shapes (at most a few dozen on one page), 13 cells in a row at most.
"""

from __future__ import annotations

from sopstudio.model.importers.report import ImportFailed

#: Text input (a file read as text, or pasted text), in characters.
MAX_TEXT_CHARS = 4 * 1024 * 1024
#: HTML a paste may carry (Word's HTML of a table is several times its text).
MAX_HTML_CHARS = 4 * MAX_TEXT_CHARS
#: Rows of the whole input: lines of text, or table rows and body paragraphs of a DOCX.
MAX_ROWS = 10_000
#: Cells of one row (a real flowchart table has No, Kegiatan, a dozen lanes, mutu baku).
MAX_COLUMNS = 200
#: Tables in one Word document.
MAX_TABLES = 400
#: Sections (page-setup changes; a Lampiran turns portrait/landscape once per SOP at most).
MAX_SECTIONS = 2_000
#: DrawingML/VML shapes in one Word document, and on one page of it.
MAX_SHAPES = 5_000
MAX_PAGE_SHAPES = 1_000


def check(count: int, limit: int, what: str) -> None:
    """ImportFailed when `count` passes `limit`; `what` names the unit, e.g. "baris"."""
    if count > limit:
        raise ImportFailed(
            f"Masukan terlalu besar untuk diimpor: {_number(count)} {what} (batas "
            f"{_number(limit)}). Pecah dokumen menjadi beberapa bagian."
        )


def _number(value: int) -> str:
    """An integer with Indonesian thousands dots: 10.000."""
    return f"{value:,}".replace(",", ".")
