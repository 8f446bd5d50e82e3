"""Write a monitoring, evaluation or redline form as PDF or DOCX, by the file's suffix."""

from __future__ import annotations

import os
from pathlib import Path

from sopstudio.model.errors import SopStudioError
from sopstudio.model.forms import FormDocument
from sopstudio.model.style import Paper


def write_form(form: FormDocument, path: str | os.PathLike[str], paper: Paper = Paper.F4) -> None:
    """Write `form` to `path` (.pdf or .docx)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        from sopstudio.export.pdf.forms import write_form_pdf

        write_form_pdf(form, path, paper)
    elif suffix == ".docx":
        from sopstudio.export.docx.forms import write_form_docx

        write_form_docx(form, path, paper)
    else:
        raise SopStudioError(
            f"format keluaran tidak dikenal: {Path(path).name!r} (gunakan .pdf atau .docx)"
        )
