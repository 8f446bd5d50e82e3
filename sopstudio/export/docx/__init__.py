"""DOCX export: layout geometry drawn as native Word tables and DrawingML shapes."""

from __future__ import annotations

import datetime
import os

from sopstudio.export.docx.decree import write_decree_docx
from sopstudio.export.docx.document import DocxBuilder
from sopstudio.model.layout import layout_sop
from sopstudio.model.sop import Sop
from sopstudio.model.style import Paper, StyleCatalog

__all__ = ["DocxBuilder", "write_decree_docx", "write_sop_docx"]


def write_sop_docx(
    sop: Sop,
    path: str | os.PathLike[str],
    paper: Paper | None = None,
    creation_date: datetime.datetime | None = None,
    styles: StyleCatalog | None = None,
    draft: bool = False,
) -> None:
    """Write one SOP (identity and flowchart pages) in its house style (from `styles`, the
    presets by default) as an editable DOCX, atomically; a `draft` is marked DRAF."""
    style = (styles or StyleCatalog()).style_of(sop.style)
    builder = DocxBuilder(
        family=style.fonts.family,
        size=style.fonts.body_size,
        title=sop.judul,
        creation_date=creation_date,
        draft=draft,
    )
    builder.add_layout(layout_sop(sop, style=style, paper=paper), sop)
    builder.save(path)
