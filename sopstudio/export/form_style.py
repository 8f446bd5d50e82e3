"""Typography the PDF and DOCX form writers share (monitoring, evaluation, redline)."""

from __future__ import annotations

from sopstudio.model.forms import Mark
from sopstudio.model.style import MM, Paper

FAMILY = "Arial"
FONT, FONT_BOLD = "Arial", "Arial-Bold"
SIZE = 9.0
MARGIN = 15 * MM
#: Cell shading of a redline mark (hex RGB): added green, removed red, changed yellow.
MARK_COLOURS = {Mark.ADDED: "#d9f2d9", Mark.REMOVED: "#f8d0d0", Mark.CHANGED: "#fff2b3"}


def page_size(paper: Paper, landscape: bool) -> tuple[float, float]:
    """(width, height) in points."""
    width, height = paper.portrait_size
    return (height, width) if landscape else (width, height)
