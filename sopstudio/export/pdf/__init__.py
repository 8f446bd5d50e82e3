"""PDF export: layout pages drawn with reportlab, fonts embedded, written atomically."""

from sopstudio.export.pdf.document import PdfDocument
from sopstudio.export.pdf.draw import draw_page

__all__ = ["PdfDocument", "draw_page"]
