"""The identity page(s): unit header, field table and the 2 x 3 grid of lists."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sopstudio.model.layout.fonts import font_key, line_height, string_width, wrap
from sopstudio.model.layout.geometry import (
    Cell,
    CellRole,
    Page,
    PageKind,
    Picture,
    Rect,
    Table,
    TextBlock,
    TextLine,
)
from sopstudio.model.layout.text import place_lines, text_block
from sopstudio.model.logo import logo_png, png_size
from sopstudio.model.numbering import format_date_field, format_nip
from sopstudio.model.sop import LIST_FIELDS, Sop
from sopstudio.model.style import HouseStyle, PageSettings

#: Padding between a cell's border and its text.
CELL_PAD = 4.0
#: Share of the content width taken by the unit header (left) before the field table starts.
HEADER_SHARE = 0.42
#: Share of the content width taken by the field table (right-aligned).
FIELD_TABLE_SHARE = 0.55
#: Share of the field table taken by its label column.
FIELD_LABEL_SHARE = 0.32
#: Space between the letterhead's emblem and its lines.
LOGO_GAP = 6.0
#: Vertical space between the header/field table and the list grid.
GRID_GAP = 10.0
#: The tighter padding and gap used when they save an identity page (never below this).
COMPACT_PAD = 2.0
COMPACT_GAP = 4.0


@dataclass(frozen=True)
class _Fonts:
    """The identity page's fonts and the padding between its cells' borders and their text."""

    regular: str
    bold: str
    size: float
    pad: float = CELL_PAD

    @property
    def line(self) -> float:
        return line_height(self.size)


#: A visual line of a numbered list: (text, x offset, width) pieces sharing one baseline.
_ListLine = list[tuple[str, float, float]]


def _paragraphs_block(
    parts: list[tuple[str, str, float]], rect: Rect, fonts: _Fonts
) -> tuple[TextBlock, float]:
    """Stack (text, font, space before) paragraphs in `rect`; returns the block and its height."""
    lines: list[TextLine] = []
    y = rect.y
    for text, font, space in parts:
        y += space
        wrapped = wrap(text, font, fonts.size, rect.w) if text else []
        box = Rect(rect.x, y, rect.w, len(wrapped) * fonts.line)
        lines.extend(place_lines(wrapped, font, fonts.size, box))
        y += box.h
    return TextBlock(Rect(rect.x, rect.y, rect.w, y - rect.y), tuple(lines)), y - rect.y


def _list_lines(items: list[str], width: float, fonts: _Fonts) -> list[_ListLine]:
    """The visual lines of a numbered list with hanging indent ("-" for an empty list)."""
    if not items:
        return [[("-", 0.0, string_width("-", fonts.regular, fonts.size))]]
    indent = max(
        string_width(f"{n}. ", fonts.regular, fonts.size) for n in range(1, len(items) + 1)
    )
    out = []
    for n, item in enumerate(items, start=1):
        number = f"{n}."
        for k, text in enumerate(wrap(item, fonts.regular, fonts.size, width - indent)):
            pieces = []
            if k == 0:
                pieces.append((number, 0.0, string_width(number, fonts.regular, fonts.size)))
            if text:
                pieces.append((text, indent, string_width(text, fonts.regular, fonts.size)))
            out.append(pieces)
    return out


def _list_block(visual: list[_ListLine], rect: Rect, fonts: _Fonts) -> TextBlock:
    """Place visual list lines from the top of `rect`."""
    template = place_lines(["x"] * len(visual), fonts.regular, fonts.size, rect)
    lines = []
    for pieces, base in zip(visual, template, strict=True):
        for text, dx, width in pieces:
            lines.append(
                TextLine(text, rect.x + dx, base.baseline, width, fonts.regular, fonts.size)
            )
    return TextBlock(rect, tuple(lines))


def _split_point(lines: list[_ListLine], fit: int) -> int:
    """How many of `lines` to put on this page: all that fit, but when an item would break,
    the whole item moves on (unless it is the only one here)."""
    if fit >= len(lines):
        return len(lines)
    # A line whose first piece sits at offset 0 begins an item (it carries the number).
    starts = [k for k in range(1, fit + 1) if lines[k] and lines[k][0][1] == 0.0]
    return starts[-1] if starts else fit


def _nip_line(nip: str, prefix: str) -> str:
    """The approver's NIP as printed under the name ("NIP. 19710329 199903 1 002")."""
    text = nip.strip()
    if not text or text.upper().startswith("NIP"):
        return text
    return f"{prefix} {format_nip(text)}".strip()


def _inner(rect: Rect, pad: float) -> Rect:
    """The padding box of a cell."""
    return Rect(rect.x + pad, rect.y + pad, rect.w - 2 * pad, rect.h - 2 * pad)


def _field_table(
    sop: Sop, style: HouseStyle, x: float, y: float, width: float, fonts: _Fonts
) -> Table:
    """The Nomor / Tanggal / Disahkan oleh / Judul table."""
    labels = style.labels
    label_w = width * FIELD_LABEL_SHARE
    value_w = width - label_w
    approver = sop.approver
    signature = style.signature
    value_inner_w = value_w - 2 * fonts.pad
    regular = fonts.regular
    fields: list[tuple[str, list[tuple[str, str, float]]]] = [
        (labels.nomor, [(sop.nomor, fonts.regular, 0.0)]),
        (labels.tanggal_pembuatan, [(format_date_field(sop.tanggal_pembuatan), regular, 0.0)]),
        (labels.tanggal_revisi, [(format_date_field(sop.tanggal_revisi), regular, 0.0)]),
        (labels.tanggal_efektif, [(format_date_field(sop.tanggal_efektif), regular, 0.0)]),
        (
            labels.disahkan,
            [
                (approver.jabatan, fonts.regular, 0.0),
                (approver.nama, fonts.bold, signature.stamp_space),
                *([(approver.pangkat, fonts.regular, 0.0)] if signature.pangkat_line else []),
                (_nip_line(approver.nip, signature.nip_prefix), fonts.regular, 0.0),
            ],
        ),
        (labels.judul, [(sop.judul, fonts.bold, 0.0)]),
    ]
    cells = []
    row_y = [y]
    for row, (label, parts) in enumerate(fields):
        label_lines = len(wrap(label, fonts.regular, fonts.size, label_w - 2 * fonts.pad))
        probe = Rect(x + label_w + fonts.pad, row_y[-1] + fonts.pad, value_inner_w, 0)
        value, value_h = _paragraphs_block(parts, probe, fonts)
        height = max(label_lines * fonts.line, value_h, fonts.line) + 2 * fonts.pad
        top = row_y[-1]
        label_rect = Rect(x, top, label_w, height)
        value_rect = Rect(x + label_w, top, value_w, height)
        label_block = text_block(label, fonts.regular, fonts.size, _inner(label_rect, fonts.pad))
        cells.append(Cell(label_rect, label_block, CellRole.FIELD_LABEL, row, 0))
        value = TextBlock(_inner(value_rect, fonts.pad), value.lines)
        cells.append(Cell(value_rect, value, CellRole.FIELD_VALUE, row, 1))
        row_y.append(top + height)
    return Table((x, x + label_w, x + width), tuple(row_y), tuple(cells))


def _grid_pages(
    sop: Sop,
    style: HouseStyle,
    x: float,
    width: float,
    first_top: float,
    top: float,
    bottom: float,
    fonts: _Fonts,
) -> list[Table | None]:
    """The 2 x 3 list grid as one table per page, splitting lists by whole lines."""
    half = width / 2
    col_x = (x, x + half, x + width)
    inner_w = half - 2 * fonts.pad
    pairs = []
    for k in range(0, len(LIST_FIELDS), 2):
        names = LIST_FIELDS[k : k + 2]
        pairs.append(
            [
                (getattr(style.labels, name), _list_lines(getattr(sop, name), inner_w, fonts))
                for name in names
            ]
        )
    heading_h = (
        max(
            len(wrap(getattr(style.labels, n), fonts.bold, fonts.size, inner_w))
            for n in LIST_FIELDS
        )
        * fonts.line
        + 2 * fonts.pad
    )

    tables: list[Table | None] = []
    cells: list[Cell] = []
    row_y = [first_top]

    def flush() -> None:
        # An empty first page still counts: the grid then starts on the next page.
        tables.append(Table(col_x, tuple(row_y), tuple(cells)) if len(row_y) > 1 else None)

    for pair in pairs:
        remaining = [lines for _, lines in pair]
        while True:
            y = row_y[-1]
            room = bottom - y - heading_h - 2 * fonts.pad
            fit = int(room // fonts.line + 1e-9) if room > 0 else 0
            need = max(len(r) for r in remaining)
            fresh = len(row_y) == 1 and bool(tables)  # an empty continuation page must take lines
            if fit < min(need, 2) and not fresh:  # not even two lines here: start a new page
                flush()
                cells, row_y = [], [top]
                continue
            takes = [_split_point(lines, max(1, fit)) for lines in remaining]
            take = max(takes)
            row = len(row_y) - 1
            heading_bottom = y + heading_h
            content_h = take * fonts.line + 2 * fonts.pad
            for col, ((label, _), lines, count) in enumerate(
                zip(pair, remaining, takes, strict=True)
            ):
                rect = Rect(col_x[col], y, half, heading_h)
                heading = text_block(label, fonts.bold, fonts.size, _inner(rect, fonts.pad))
                cells.append(Cell(rect, heading, CellRole.HEADER, row, col))
                rect = Rect(col_x[col], heading_bottom, half, content_h)
                content = _list_block(lines[:count], _inner(rect, fonts.pad), fonts)
                cells.append(Cell(rect, content, CellRole.LIST, row + 1, col))
            row_y.extend([heading_bottom, heading_bottom + content_h])
            remaining = [lines[count:] for lines, count in zip(remaining, takes, strict=True)]
            if not any(remaining):
                break
            flush()
            cells, row_y = [], [top]
    flush()
    return tables


def layout_identity(sop: Sop, style: HouseStyle, settings: PageSettings) -> tuple[Page, ...]:
    """The identity page, continued on further pages when the lists are long; when tighter
    padding saves a page (a short tail of a list alone on the last page), it is used."""
    family = style.fonts.family
    fonts = _Fonts(font_key(family), font_key(family, bold=True), style.fonts.identity_size)
    pages = _identity_pages(sop, style, settings, fonts, GRID_GAP)
    if len(pages) > 1:
        tight = replace(fonts, pad=COMPACT_PAD)
        compact = _identity_pages(sop, style, settings, tight, COMPACT_GAP)
        if len(compact) < len(pages):
            return compact
    return pages


def _letterhead(
    sop: Sop, style: HouseStyle, rect: Rect, fonts: _Fonts
) -> tuple[TextBlock, tuple[Picture, ...], float]:
    """The SOP's own letterhead lines as the style prints them, right of the style's emblem
    if it has one, and their height (no lines when the SOP has none: the validator reports
    that, no other name is put in their place)."""
    head = style.letterhead
    pictures: tuple[Picture, ...] = ()
    if head.logo:
        png = logo_png(head.logo)
        width, height = png_size(png)
        picture = Rect(rect.x, rect.y, head.logo_width, head.logo_width * height / width)
        pictures = (Picture(picture, png),)
        shift = head.logo_width + LOGO_GAP
        rect = Rect(rect.x + shift, rect.y, rect.w - shift, rect.h)
    lines = [line.upper() if head.uppercase else line for line in sop.unit_header if line.strip()]
    font = fonts.bold if head.bold else fonts.regular
    sized = replace(fonts, size=head.size) if head.size else fonts
    block, block_h = _paragraphs_block([(line, font, 0.0) for line in lines], rect, sized)
    return block, pictures, max([block_h, *(p.rect.h for p in pictures)])


def _identity_pages(
    sop: Sop, style: HouseStyle, settings: PageSettings, fonts: _Fonts, grid_gap: float
) -> tuple[Page, ...]:
    """The identity page(s) with the given fonts, padding and gap above the list grid."""
    page_w, page_h = settings.size
    x, y, width, height = settings.content_box
    header, pictures, header_h = _letterhead(sop, style, Rect(x, y, width * HEADER_SHARE, 0), fonts)
    table_w = width * FIELD_TABLE_SHARE
    fields = _field_table(sop, style, x + width - table_w, y, table_w, fonts)
    grid_top = max(y + header_h, fields.row_y[-1]) + grid_gap
    grids = _grid_pages(sop, style, x, width, grid_top, y, y + height, fonts)
    first = (fields,) if grids[0] is None else (fields, grids[0])
    pages = [Page(PageKind.IDENTITY, page_w, page_h, first, texts=(header,), pictures=pictures)]
    # Only the first page's grid may be empty (it then starts on the next page).
    pages += [Page(PageKind.IDENTITY, page_w, page_h, (grid,)) for grid in grids[1:] if grid]
    return tuple(pages)
