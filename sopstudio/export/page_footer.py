"""What every exported page carries besides its content, alike in PDF and DOCX: the
"Halaman n dari N" footer, and on a draft the DRAF mark across the page."""

from __future__ import annotations

from sopstudio.model.layout.fonts import font_key
from sopstudio.model.style import Margins

#: Footer text size in points.
FOOTER_SIZE = 8.0


def footer_font(family: str) -> str:
    """The layout font key of the footer: the document's house-style family, regular (so
    a Malang decree numbers its pages in Bookman Old Style, an NTT one in Arial)."""
    return font_key(family)


def footer_baseline(margins: Margins) -> float:
    """The footer baseline's distance above the page bottom: the middle of the bottom
    margin less a third of the size, clear of the content box."""
    return margins.bottom / 2 - FOOTER_SIZE / 3


#: The DRAF mark of a draft: letter size as a share of the page's shorter side, angle in
#: degrees (counter-clockwise), and opacity (PDF) or the equally light colour (DOCX, which
#: draws it behind the text), so the content stays readable.
DRAFT_SIZE = 0.3
DRAFT_ANGLE = 30.0
DRAFT_ALPHA = 0.2
DRAFT_COLOR = "F0B4B4"
