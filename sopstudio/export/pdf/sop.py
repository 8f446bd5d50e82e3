"""Export one SOP (identity page and flowchart pages) to a PDF file."""

from __future__ import annotations

import os
from datetime import datetime

from sopstudio.export.pdf.document import PdfDocument
from sopstudio.model.drafting import SOP_AP
from sopstudio.model.layout import layout_sop
from sopstudio.model.sop import Sop
from sopstudio.model.style import Paper, StyleCatalog


def write_sop_pdf(
    sop: Sop,
    path: str | os.PathLike[str],
    paper: Paper | None = None,
    creation_date: datetime | None = None,
    styles: StyleCatalog | None = None,
    draft: bool = False,
) -> int:
    """Lay out an SOP in its house style (from `styles`, the presets by default) and write it
    as a PDF (F4 landscape unless told otherwise), marked DRAF on every page when a `draft`;
    returns the number of pages written."""
    style = (styles or StyleCatalog()).style_of(sop.style)
    layout = layout_sop(sop, style=style, paper=paper)
    with PdfDocument(
        path,
        family=style.fonts.family,
        creation_date=creation_date,
        draft=draft,
        **sop_metadata(sop),
    ) as document:
        document.add_layout(layout)
    return document.page_count


def sop_metadata(sop: Sop) -> dict[str, str]:
    """The PDF title, subject and author (the issuing unit) of an SOP."""
    subject = f"{SOP_AP} Nomor {sop.nomor}" if sop.nomor.strip() else SOP_AP
    # The last header line names the unit that owns the SOP (e.g. "BIRO ORGANISASI").
    units = [line.strip() for line in sop.unit_header if line.strip()]
    return {"title": sop.judul, "subject": subject, "author": units[-1] if units else ""}
