"""PDF export: layout pages drawn with reportlab, fonts embedded, written atomically."""

from sopstudio.export.pdf.decree import write_decree_pdf
from sopstudio.export.pdf.document import PdfDocument
from sopstudio.export.pdf.draw import draw_page
from sopstudio.export.pdf.sop import sop_metadata, write_sop_pdf

__all__ = [
    "PdfDocument",
    "draw_page",
    "sop_metadata",
    "write_decree_pdf",
    "write_sop_pdf",
]
