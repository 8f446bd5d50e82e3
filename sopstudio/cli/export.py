"""`sopstudio export INPUT -o OUT.pdf|OUT.docx [--paper f4|a4]`: print-ready files, headless."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from sopstudio.model import decree_json, jsonio
from sopstudio.model.errors import FormatError, SopStudioError
from sopstudio.model.style import Paper

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
    parser.add_argument(
        "--paper",
        choices=[paper.value for paper in Paper],
        help="ukuran kertas (bawaan: sesuai gaya instansi, biasanya F4)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export the input file; 0 on success, 2 on unreadable input or an unwritable output."""
    source, target = Path(args.input), Path(args.output)
    paper = Paper(args.paper) if args.paper else None
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise SopStudioError(
            f"format keluaran tidak dikenal: {target.name!r} (gunakan .pdf atau .docx)"
        )
    export = _exporter(source)
    try:
        pages = export(source, target, suffix, paper)
    except OSError as exc:
        raise SopStudioError(
            f"tidak dapat menulis {target}: {exc.strerror or exc}"
        ) from exc
    detail = f" ({pages} halaman)" if pages else ""
    print(f"Tersimpan: {target}{detail}")
    return 0


Exporter = Callable[[Path, Path, str, Paper | None], int | None]


def _exporter(source: Path) -> Exporter:
    """The export function for the kind of input file (decided by its name)."""
    name = source.name.lower()
    if name.endswith(".sop.json"):
        return _export_sop
    if name.endswith(".decree.json"):
        return _export_decree
    raise FormatError(
        "jenis berkas masukan tidak dikenal (harus .sop.json atau .decree.json)", str(source)
    )


def _export_sop(source: Path, target: Path, suffix: str, paper: Paper | None) -> int | None:
    """Write one SOP; returns the page count when the format knows it."""
    sop = jsonio.load(source)
    if suffix == ".pdf":
        from sopstudio.export.pdf import write_sop_pdf

        return write_sop_pdf(sop, target, paper=paper)
    try:
        from sopstudio.export.docx import write_sop_docx
    except ImportError as exc:
        raise SopStudioError("ekspor DOCX belum tersedia pada versi ini") from exc
    write_sop_docx(sop, target, paper=paper)
    return None


def _export_decree(source: Path, target: Path, suffix: str, paper: Paper | None) -> int | None:
    """Write a decree with its Lampiran; returns the page count when the format knows it."""
    decree = decree_json.load(source)
    if suffix == ".pdf":
        from sopstudio.export.pdf.decree import write_decree_pdf

        return write_decree_pdf(decree, target, paper=paper)
    try:
        from sopstudio.export.docx import write_decree_docx
    except ImportError as exc:
        raise SopStudioError("ekspor DOCX keputusan belum tersedia pada versi ini") from exc
    write_decree_docx(decree, target, paper=paper)
    return None
