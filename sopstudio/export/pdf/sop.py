"""Export one SOP (identity page and flowchart pages) to a PDF file."""

from __future__ import annotations

import os
from datetime import datetime

from sopstudio.export.pdf.document import PdfDocument
from sopstudio.model.drafting import SOP_AP
from sopstudio.model.layout import layout_sop
from sopstudio.model.sop import Sop
from sopstudio.model.style import Paper, house_style

def write_sop_pdf(
    sop: Sop,
    path: str | os.PathLike[str],
    paper: Paper | None = None,
    creation_date: datetime | None = None,
) -> int:
    """Lay out an SOP and write it as a PDF (F4 landscape unless told otherwise); returns
    the number of pages written."""
    layout = layout_sop(sop, paper=paper)
    family = house_style(sop.style).fonts.family
    with PdfDocument(
        path, family=family, creation_date=creation_date, **sop_metadata(sop)
    ) as document:
        document.add_layout(layout)
    return document.page_count


def sop_metadata(sop: Sop) -> dict[str, str]:
    """The PDF title, subject and author (the issuing unit) of an SOP."""
    subject = f"{SOP_AP} Nomor {sop.nomor}" if sop.nomor.strip() else SOP_AP
    # The last header line names the unit that owns the SOP (e.g. "BIRO ORGANISASI").
    units = [line.strip() for line in sop.unit_header if line.strip()]
    return {"title": sop.judul, "subject": subject, "author": units[-1] if units else ""}
