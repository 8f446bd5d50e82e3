"""A PDF file assembled page by page from layout pages, saved atomically.

`PdfDocument` streams: each page is drawn and closed as it is added, so a decree with
dozens of SOPs never holds more than one SOP's layout. Pages may differ in size and
orientation. Page numbers ("Halaman n dari N") need the total, which is known only at the
end, so each page shows a small form XObject that `close()` fills in once N is known.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from sopstudio import __version__
from sopstudio.export.page_footer import (
    DRAFT_ALPHA,
    DRAFT_ANGLE,
    DRAFT_SIZE,
    FOOTER_SIZE,
    footer_baseline,
    footer_font,
)
from sopstudio.export.pdf.draw import draw_page
from sopstudio.model.export_gate import DRAFT_MARK
from sopstudio.model.jsonio import write_atomic
from sopstudio.model.layout.fonts import ensure_registered
from sopstudio.model.layout.geometry import Page, SopLayout
from sopstudio.model.style import Margins

CREATOR = f"SOP Studio {__version__}"


class PdfDocument:
    """A PDF being written page by page; `close()` (or leaving the `with`) saves it.

    Nothing touches `path` until `close()`, which writes a temporary file beside it and
    renames it, so an export that fails at any point leaves no partial file. With a fixed
    `creation_date` the bytes depend on the content only (reportlab invariant mode).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        title: str = "",
        subject: str = "",
        author: str = "",
        family: str = "Arial",
        creation_date: datetime | None = None,
        draft: bool = False,
    ) -> None:
        ensure_registered()
        #: A draft shows DRAFT_MARK across every page.
        self.draft = draft
        self.path = Path(path)
        self._buffer = io.BytesIO()
        #: The page numbers' font: the house style's `family`, as in the DOCX footer.
        self._footer_font = footer_font(family)
        self._canvas = Canvas(
            self._buffer, invariant=1, pageCompression=1, initialFontName=self._footer_font
        )
        self._canvas.setTitle(title)
        self._canvas.setSubject(subject)
        self._canvas.setAuthor(author)
        self._canvas.setCreator(CREATOR)
        self._canvas.setDateFormatter(_pdf_date_formatter(creation_date or _now()))
        #: Page number (1-based) -> (width, height) of every page that shows its number.
        self._numbered: dict[int, tuple[float, float]] = {}
        self.page_count = 0
        self._closed = False

    def add_layout(self, layout: SopLayout, numbered: bool = True) -> None:
        """Append every page of an SOP layout."""
        for page in layout.pages:
            self.add_page(page, numbered)

    def add_page(self, page: Page, numbered: bool = True) -> None:
        """Draw a layout page as the next PDF page, with a page number unless told not to."""
        self.add_drawn_page(
            (page.width, page.height), lambda canvas: draw_page(canvas, page), numbered
        )

    def add_drawn_page(
        self, size: tuple[float, float], draw: Callable[[Canvas], None], numbered: bool = True
    ) -> None:
        """Append a page of `size` (width, height) whose content `draw(canvas)` paints, e.g.
        flowing text typeset by the caller; numbered like every other page."""
        if self._closed:
            raise ValueError("document already closed")
        canvas = self._canvas
        width, height = size
        canvas.setPageSize((width, height))
        draw(canvas)
        if self.draft:
            _draw_draft_mark(canvas, width, height, self._footer_font)
        self.page_count += 1
        if numbered:
            self._numbered[self.page_count] = (width, height)
            canvas.doForm(_page_number_form(self.page_count))
        canvas.showPage()

    def close(self) -> None:
        """Fill in the page numbers and write the file atomically."""
        if self._closed:
            return
        self._closed = True
        canvas = self._canvas
        for number, (width, height) in self._numbered.items():
            canvas.beginForm(_page_number_form(number), 0, 0, width, height)
            canvas.setFont(self._footer_font, FOOTER_SIZE)
            canvas.drawCentredString(
                width / 2, footer_baseline(Margins()), f"Halaman {number} dari {self.page_count}"
            )
            canvas.endForm()
        canvas.save()
        write_atomic(self.path, self._buffer.getvalue())
        self._buffer = io.BytesIO()

    def discard(self) -> None:
        """Abandon the document without writing anything."""
        self._closed = True
        self._buffer = io.BytesIO()

    def __enter__(self) -> PdfDocument:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()


def _draw_draft_mark(canvas: Canvas, width: float, height: float, font: str) -> None:
    """DRAFT_MARK in large translucent red letters across the middle of the page."""
    size = min(width, height) * DRAFT_SIZE
    canvas.saveState()
    canvas.setFillColor(Color(0.8, 0.1, 0.1, alpha=DRAFT_ALPHA))
    canvas.setFont(font, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(DRAFT_ANGLE)
    canvas.drawCentredString(0, -size * 0.36, DRAFT_MARK)
    canvas.restoreState()


def _page_number_form(number: int) -> str:
    return f"PageNo{number}"


def _now() -> datetime:
    return datetime.now(UTC).astimezone()


def _pdf_date_formatter(when: datetime) -> Callable[..., str]:
    """A reportlab date formatter that always prints `when` (naive datetimes count as UTC)."""
    offset = when.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    text = f"D:{when:%Y%m%d%H%M%S}{sign}{hours:02d}'{mins:02d}'"
    return lambda *_ymdhms: text
