"""Collect every distinct Waktu cell of the flowchart tables in the seed decrees.

A flowchart table starts at a header row holding the cells "Kelengkapan" and "Waktu"; its data
rows start with a step number ("7." or "7"). The Waktu cell is the one under "Waktu" in the
header. OCR rows are often ragged (lane cells missing or added, several rows merged), so when
that cell does not look like a time (or is long in a ragged row), the first short time-like
cell of the row is taken instead,
and rows where some cells carry their column number as a prefix ("8 5 menit") lose it. The
sorted distinct forms are written one per line to tests/fixtures/waktu_seeds.txt for
tests/model/test_waktu.py; rows without any Waktu are listed on stderr for inspection. The
output was checked by hand against the seeds.

Usage: python tools/extract_waktu_seeds.py [SEEDS_DIR]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "waktu_seeds.txt"
STEP_ROW = re.compile(r"^\d+\.?$")
SYMBOLS = {"", "Mulai", "Ya", "Tidak", "Selesai"}
TIME_LIKE = re.compile(
    r"^[@±~]?\s*\d[\d`.,]*\s*-?\s*\d*\s*(menit|jam|hari|minggu|bulan|tahun|detik)"
    r"|^n/?a$|^-$|^sesuai\b",
    re.I,
)
#: Longest Waktu cell: longer time-like cells are merged rows or Keterangan remarks, which
#: a ragged row can put under the Waktu header.
MAX_LEN = 50
MAX_LEN_RAGGED = 30


def time_like(cell: str, limit: int = MAX_LEN) -> bool:
    """A cell that may be a Waktu: short; a number and a time unit, N/A, "-", "sesuai ..."."""
    return cell not in SYMBOLS and len(cell) <= limit and bool(TIME_LIKE.search(cell))


def strip_column_numbers(cells: list[str]) -> list[str]:
    """Remove the "<column number> " prefix OCR glued to each cell of some rows."""
    if cells[:1] != ["1"] or len(cells) < 2 or not cells[1].startswith("2 "):
        return cells
    return [re.sub(rf"^{index + 1}\s*", "", cell) for index, cell in enumerate(cells)]


def waktu_cells(text: str) -> tuple[list[str], list[str]]:
    """The Waktu cells of every flowchart table in one seed, and the rows that have none."""
    found: list[str] = []
    missing: list[str] = []
    header: list[str] | None = None
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.split("\t")]
        if "Kelengkapan" in cells and "Waktu" in cells:
            header = cells
            continue
        cells = strip_column_numbers(cells)
        if header is None or not STEP_ROW.match(cells[0]) or len(cells) < 3:
            continue
        if all(cell.isdigit() for cell in cells if cell):
            continue  # the column-number row "1 2 3 ..."
        index = header.index("Waktu")
        cell = cells[index] if index < len(cells) else ""
        limit = MAX_LEN if len(cells) == len(header) else MAX_LEN_RAGGED
        if not time_like(cell, limit):
            candidates = [c for c in cells[2:] if time_like(c, MAX_LEN_RAGGED)]
            cell = candidates[0] if candidates else ""
        if cell:
            found.append(cell)
        else:
            missing.append(line[:160])
    return found, missing


def main(argv: list[str]) -> int:
    """Extract from every seed and write the sorted distinct forms."""
    seeds = (
        Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "tests" / "corpus"
    )
    forms: set[str] = set()
    for path in sorted(seeds.glob("*.txt")):
        found, missing = waktu_cells(path.read_text(encoding="utf-8"))
        forms.update(found)
        for line in missing:
            print(f"{path.name}: tanpa Waktu: {line}", file=sys.stderr)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(f"{form}\n" for form in sorted(forms)), encoding="utf-8")
    print(f"{len(forms)} bentuk Waktu -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
