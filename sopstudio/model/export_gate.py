"""What keeps a document from being exported or packaged for signature.

A document with error findings is refused, the findings listed, unless the user asks for a
draft: a draft is marked "DRAF" on every page and in its file name, so it cannot pass for a
signable page.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sopstudio.model.decree import Decree
from sopstudio.model.sop import Sop
from sopstudio.model.style import StyleCatalog
from sopstudio.model.validate import ERROR, Finding, validate_sop
from sopstudio.model.validate_decree import validate_decree

#: The word printed on every page of a draft and put into its file name.
DRAFT_MARK = "DRAF"


def blocking_findings(document: Sop | Decree, styles: StyleCatalog | None = None) -> list[Finding]:
    """The error findings of an SOP, or of a decree and each SOP of its Lampiran (each SOP's
    message names it), that refuse an export for signature."""
    if isinstance(document, Sop):
        return [f for f in validate_sop(document, styles=styles) if f.severity == ERROR]
    found = [f for f in validate_decree(document, styles) if f.severity == ERROR]
    for number, sop in enumerate(document.lampiran.sops, start=1):
        found += [
            replace(f, message=f"SOP no. {number} '{sop.judul}': {f.message}")
            for f in validate_sop(sop, styles=styles)
            if f.severity == ERROR
        ]
    return found


def draft_path(path: str | Path) -> Path:
    """The file name a draft is written to: "-DRAF" before the suffix ("sop-DRAF.pdf")."""
    path = Path(path)
    if DRAFT_MARK in path.stem.upper():
        return path
    return path.with_name(f"{path.stem}-{DRAFT_MARK}{path.suffix}")
