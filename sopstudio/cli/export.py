"""`sopstudio export INPUT -o OUT.pdf|OUT.docx [--paper f4|a4] [--style FILE] [--draft]`:
print-ready files, headless. A document with errors is refused (exit 1) unless --draft, which
marks every page and the file name DRAF."""

from __future__ import annotations

import argparse
from pathlib import Path

from sopstudio.cli.inputs import (
    add_gate_options,
    add_paper_option,
    apply_style_option,
    load_input,
    paper_option,
    refuse_if_invalid,
)
from sopstudio.cli.terminal import safe
from sopstudio.model.decree import Decree
from sopstudio.model.errors import SopStudioError
from sopstudio.model.export_gate import draft_path
from sopstudio.model.sop import Sop
from sopstudio.model.style import Paper, StyleCatalog

#: Output formats by file suffix.
FORMATS = (".pdf", ".docx")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `export` subcommand."""
    parser = subparsers.add_parser(
        "export",
        help="ekspor SOP atau keputusan ke PDF atau DOCX",
        description="Mengekspor SOP (berkas .sop.json) atau keputusan beserta lampirannya "
        "(berkas .decree.json) ke PDF atau DOCX siap cetak.",
    )
    parser.add_argument("input", metavar="MASUKAN", help="berkas .sop.json atau .decree.json")
    parser.add_argument(
        "-o", "--output", required=True, metavar="KELUARAN", help="berkas keluaran .pdf atau .docx"
    )
    add_paper_option(parser)
    add_gate_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export the input file; 0 on success, 1 when it has errors and no --draft was asked
    for, 2 on unreadable input or an unwritable output."""
    target = Path(args.output)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise SopStudioError(
            f"format keluaran tidak dikenal: {target.name!r} (gunakan .pdf atau .docx)"
        )
    document = load_input(args.input)
    styles = apply_style_option(args, document)
    if (refused := refuse_if_invalid(document, styles, args.draft, "ekspor")) is not None:
        return refused
    if args.draft:
        target = draft_path(target)
    try:
        pages = _write(document, target, suffix, paper_option(args), styles, args.draft)
    except OSError as exc:
        raise SopStudioError(f"tidak dapat menulis {target}: {exc.strerror or exc}") from exc
    detail = f" ({pages} halaman)" if pages else ""
    print(safe(f"Tersimpan: {target}{detail}"))
    return 0


def _write(
    document: Sop | Decree,
    target: Path,
    suffix: str,
    paper: Paper | None,
    styles: StyleCatalog,
    draft: bool,
) -> int | None:
    """Write an SOP, or a decree with its Lampiran; the page count when the format knows it."""
    if suffix == ".pdf":
        from sopstudio.export.pdf import write_decree_pdf, write_sop_pdf

        if isinstance(document, Sop):
            return write_sop_pdf(document, target, paper=paper, styles=styles, draft=draft)
        return write_decree_pdf(document, target, paper=paper, styles=styles, draft=draft)
    from sopstudio.export.docx import write_decree_docx, write_sop_docx

    if isinstance(document, Sop):
        write_sop_docx(document, target, paper=paper, styles=styles, draft=draft)
    else:
        write_decree_docx(document, target, paper=paper, styles=styles, draft=draft)
    return None
