"""Tables rebuilt from a PDF page's ruling lines, with the text and symbols inside them.

Ruling lines that touch form one table. Its grid is every distinct x of its vertical lines and
y of its horizontal lines; a grid line missing between two grid cells merges them, and a merged
cell's text sits at its top-left grid cell (the others empty), as the DOCX reader expands
merged cells. Lines of text in a cell are joined into paragraphs: a line that starts with a
list marker, or follows a line that ended short of the cell's right edge, starts a new one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from sopstudio.model.importers.pdfpage import SAME, Box, Segment, Symbol, TextRun
from sopstudio.model.importers.text import starts_with_marker
from sopstudio.model.sop import StepKind

#: Room a wrapped line may leave at the right of its cell (padding plus a narrow space).
WRAP_SLACK = 18.0
#: Room a word broken across lines leaves at the right of its cell (the cell's padding).
BROKEN_SLACK = 9.0
#: A cell's padding on each side, at least (points).
PADDING = 3.0


@dataclass
class PdfTable:
    """One ruled table of a page: grid lines, and per grid cell its text and symbol."""

    xs: list[float]
    ys: list[float]
    vertical: list[Segment] = field(default_factory=list)
    horizontal: list[Segment] = field(default_factory=list)
    #: Grid cell -> the top-left grid cell of the merged cell holding it.
    anchor: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    runs: dict[tuple[int, int], list[TextRun]] = field(default_factory=dict)
    symbols: dict[tuple[int, int], StepKind] = field(default_factory=dict)
    #: Symbol (by index in the page's list) -> grid row it stands in.
    placed: dict[int, int] = field(default_factory=dict)

    @property
    def box(self) -> Box:
        """The table's outer box."""
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def locate(self, x: float, y: float) -> tuple[int, int] | None:
        """The grid cell (row, column) holding a point, or None outside the table."""
        row = bisect.bisect_right(self.ys, y) - 1
        col = bisect.bisect_right(self.xs, x) - 1
        if 0 <= row < len(self.ys) - 1 and 0 <= col < len(self.xs) - 1:
            return row, col
        return None

    def _covered(self, lines: list[Segment], at: float, middle: float) -> bool:
        return any(
            abs(s.at - at) <= SAME and s.low - SAME <= middle <= s.high + SAME for s in lines
        )

    def merge_cells(self) -> None:
        """Join grid cells that no ruling line separates."""
        parent: dict[tuple[int, int], tuple[int, int]] = {}

        def find(cell: tuple[int, int]) -> tuple[int, int]:
            while parent.get(cell, cell) != cell:
                cell = parent[cell]
            return cell

        def union(a: tuple[int, int], b: tuple[int, int]) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        rows, cols = len(self.ys) - 1, len(self.xs) - 1
        for r in range(rows):
            middle = (self.ys[r] + self.ys[r + 1]) / 2
            for c in range(cols - 1):
                if not self._covered(self.vertical, self.xs[c + 1], middle):
                    union((r, c), (r, c + 1))
        for c in range(cols):
            middle = (self.xs[c] + self.xs[c + 1]) / 2
            for r in range(rows - 1):
                if not self._covered(self.horizontal, self.ys[r + 1], middle):
                    union((r, c), (r + 1, c))
        self.anchor = {(r, c): find((r, c)) for r in range(rows) for c in range(cols)}

    def cuts(self, run: TextRun) -> list[float]:
        """The x of the grid lines between cells that a run crosses."""
        cell = self.locate(*run.centre)
        if cell is None:
            return []
        middle = run.centre[1]
        return [
            x
            for x in self.xs[1:-1]
            if run.box[0] + 1 < x < run.box[2] - 1 and self._covered(self.vertical, x, middle)
        ]

    def add_run(self, run: TextRun) -> None:
        """Put a run of text into the merged cell under its centre."""
        cell = self.locate(*run.centre)
        if cell is not None:
            self.runs.setdefault(self.anchor[cell], []).append(run)

    def add_symbol(self, index: int, symbol: Symbol) -> bool:
        """Put a step symbol into the grid cell under its centre; False if outside."""
        cell = self.locate(*symbol.centre)
        if cell is None:
            return False
        if symbol.kind is not None:
            self.symbols.setdefault(self.anchor[cell], symbol.kind)
            self.placed[index] = self.anchor[cell][0]
        return True

    def rows(self) -> list[tuple[list[str], list[StepKind | None]]]:
        """Each grid row's cell texts and symbols (merged cells at their top-left cell)."""
        right: dict[tuple[int, int], float] = {}
        for (_r, c), a in self.anchor.items():
            right[a] = max(right.get(a, 0.0), self.xs[c + 1])
        out = []
        for r in range(len(self.ys) - 1):
            texts: list[str] = []
            marks: list[StepKind | None] = []
            for c in range(len(self.xs) - 1):
                if self.anchor[(r, c)] != (r, c):
                    texts.append("")
                    marks.append(None)
                    continue
                texts.append(cell_text(self.runs.get((r, c), []), self.xs[c], right[(r, c)]))
                marks.append(self.symbols.get((r, c)))
            out.append((texts, marks))
        return out


def lines_of(runs: list[TextRun]) -> list[list[TextRun]]:
    """Runs grouped into lines (top to bottom), each line's runs left to right."""
    lines: list[list[TextRun]] = []
    for run in sorted(runs, key=lambda r: (r.box[1], r.box[0])):
        if lines:
            last = lines[-1][-1]
            height = min(last.box[3] - last.box[1], run.box[3] - run.box[1])
            if abs(run.centre[1] - last.centre[1]) <= max(height * 0.5, 1.0):
                lines[-1].append(run)
                continue
        lines.append([run])
    return [sorted(line, key=lambda r: r.box[0]) for line in lines]


def cell_text(runs: list[TextRun], cell_left: float, right: float) -> str:
    """A cell's text: wrapped lines joined, paragraphs (items) on lines of their own.

    A list item is set with a hanging indent (its marker stands apart, its lines indented past
    it): a line indented past the marker continues the item, a line at the marker starting
    with a marker is the next item. Elsewhere a line continues the paragraph above when its
    first word would not have fitted at the end of the line above (the line wrapped).
    """
    paragraphs: list[str] = []
    start: float = 0.0  # left of the current paragraph's first line
    hanging = False  # the current paragraph is a list item set with a hanging indent
    previous_start = previous_end = 0.0
    last_line = ""
    for line in lines_of(runs):
        text = " ".join(r.text for r in line)
        first_word = text.split(" ", 1)[0]
        run, left = line[0], line[0].box[0]
        word_width = (run.box[2] - run.box[0]) * len(first_word) / max(len(run.text), 1)
        wrapped = previous_end + word_width >= right - WRAP_SLACK
        if not paragraphs:
            joined = False
        elif starts_with_marker(paragraphs[-1]) and left > start + 2:
            joined = hanging = True
        elif starts_with_marker(text) and (hanging or not wrapped):
            joined = False
        else:
            joined = wrapped
        if joined:
            # A word broken at its hyphen ("Masing-" / "masing"), or broken where it did not
            # fit a narrow column ("Pengadmi" / "nistrasi": one word filling its line and
            # ending in a letter, one word going on in lower case on the next, both together
            # wider than the cell), is joined without a space.
            broken = (
                " " not in last_line
                and last_line[-1:].isalpha()
                and " " not in text
                and text[:1].islower()
                and previous_end >= right - BROKEN_SLACK
                and previous_end - previous_start + word_width > right - cell_left - 2 * PADDING
            )
            glue = "" if re.search(r"\w-$", paragraphs[-1]) or broken else " "
            paragraphs[-1] = f"{paragraphs[-1]}{glue}{text}"
        else:
            paragraphs.append(text)
            start = left
            hanging = len(line) > 1 and starts_with_marker(line[0].text) and len(line[0].text) <= 4
        previous_start, previous_end = left, line[-1].box[2]
        last_line = text
    return "\n".join(paragraphs)


def _cluster(values: list[float]) -> list[float]:
    """Distinct coordinates: values closer than SAME are one (their mean)."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= SAME:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def _ends_on_lines(segments: list[Segment], across: list[Segment]) -> list[Segment]:
    """The segments whose two ends lie on a perpendicular line: a grid line runs from border
    to border, a loose line (an arrow drawn without a head, between two symbols) does not."""
    across = sorted(across, key=lambda s: s.at)
    positions = [s.at for s in across]

    def on_line(along: float, at: float) -> bool:
        start = bisect.bisect_left(positions, along - SAME)
        stop = bisect.bisect_right(positions, along + SAME)
        return any(across[i].low - SAME <= at <= across[i].high + SAME for i in range(start, stop))

    return [s for s in segments if on_line(s.low, s.at) and on_line(s.high, s.at)]


def build_tables(rulings: list[Segment]) -> list[PdfTable]:
    """The tables formed by ruling lines that touch each other, top to bottom."""
    horizontal = [s for s in rulings if s.horizontal]
    vertical = [s for s in rulings if not s.horizontal]
    horizontal, vertical = (
        sorted(_ends_on_lines(horizontal, vertical), key=lambda s: s.at),
        _ends_on_lines(vertical, horizontal),
    )
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ys = [s.at for s in horizontal]
    for j, v in enumerate(vertical):
        start = bisect.bisect_left(ys, v.low - SAME)
        stop = bisect.bisect_right(ys, v.high + SAME)
        for i in range(start, stop):
            h = horizontal[i]
            if h.low - SAME <= v.at <= h.high + SAME:
                a, b = find(i), find(len(horizontal) + j)
                if a != b:
                    parent[a] = b
    groups: dict[int, list[Segment]] = {}
    for i, segment in enumerate(horizontal + vertical):
        groups.setdefault(find(i), []).append(segment)
    tables = []
    for segments in groups.values():
        hs = [s for s in segments if s.horizontal]
        vs = [s for s in segments if not s.horizontal]
        if len(hs) < 2 or len(vs) < 2:
            continue
        for part in _split(
            PdfTable(_cluster([s.at for s in vs]), _cluster([s.at for s in hs]), vs, hs)
        ):
            part.merge_cells()
            tables.append(part)
    return sorted(tables, key=lambda t: (t.ys[0], t.xs[0]))


def _split(table: PdfTable) -> list[PdfTable]:
    """Tables drawn one right under the other, touching (an identity table, then the
    flowchart): their rows' column lines differ, neither row's being a subset of the other's
    (a row with merged cells has a subset of the lines of the row under it)."""
    columns = []
    for r in range(len(table.ys) - 1):
        middle = (table.ys[r] + table.ys[r + 1]) / 2
        columns.append(
            frozenset(round(x, 1) for x in table.xs if table._covered(table.vertical, x, middle))
        )
    cuts = [
        r
        for r in range(1, len(columns))
        if not (columns[r] <= columns[r - 1] or columns[r - 1] <= columns[r])
    ]
    parts = []
    for first, last in zip([0, *cuts], [*cuts, len(columns)], strict=True):
        top, bottom = table.ys[first], table.ys[last]
        xs = sorted({x for band in columns[first:last] for x in band})
        if len(xs) < 2:
            continue
        parts.append(
            PdfTable(
                xs,
                table.ys[first : last + 1],
                [s for s in table.vertical if s.high > top + SAME and s.low < bottom - SAME],
                [s for s in table.horizontal if top - SAME <= s.at <= bottom + SAME],
            )
        )
    return parts
