"""The "Halaman n dari N" footer of every exported page, placed alike in PDF and DOCX."""

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
