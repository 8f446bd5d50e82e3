"""The decree body's typography and metadata, shared by the PDF and DOCX writers.

Sizes, gaps and margins in points, and the house style and document properties of a decree:
nothing here depends on a renderer, so the DOCX writer does not pull in reportlab.
"""

from __future__ import annotations

from sopstudio.model.decree import Decree
from sopstudio.model.drafting import SOP_AP
from sopstudio.model.style import MM, PLAIN_STYLE, HouseStyle, Margins, StyleCatalog

#: Body text size and leading (Tata Naskah Dinas: 12 pt, a little over single spacing).
BODY_SIZE = 12.0
LEADING = 15.0
#: Portrait margins: a wider left margin for binding, room for the page number below.
BODY_MARGINS = Margins(top=20 * MM, right=20 * MM, bottom=25 * MM, left=25 * MM)
#: Gaps in points: between blocks, after the colon column, before a list marker's text.
BLOCK_GAP = 8.0
COLON_WIDTH = 12.0
MARKER_GAP = 6.0
#: Width of a signature block and of the Lampiran header, as a fraction of the text width.
SIDE_BLOCK = 0.55
#: Blank lines left for the signature itself.
SIGNING_SPACE = 4 * LEADING
#: Padding inside the cells of the decree's tables (Daftar SOP, mapping, Paraf Hierarki).
CELL_PADDING = 3.0


def decree_house_style(decree: Decree, styles: StyleCatalog | None = None) -> HouseStyle:
    """The house style of the decree's pages (`Decree.style`: that of its first SOP)."""
    return (styles or StyleCatalog()).style_of(decree.style or PLAIN_STYLE)


def decree_metadata(decree: Decree) -> dict[str, str]:
    """The document title (instrument and number), subject and author (the issuing office)."""
    title = f"{decree.title} NOMOR {decree.nomor}" if decree.nomor.strip() else decree.title
    return {"title": title, "subject": decree.tentang or SOP_AP, "author": decree.issuing_office}
