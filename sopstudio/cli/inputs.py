"""What several subcommands share: the --paper, --style and --draft options, reading an SOP
or decree file, refusing one with errors, and reporting an error with exit status 2."""

from __future__ import annotations

import argparse
import os
import sys

from sopstudio.model import decree_json, jsonio, style_json
from sopstudio.model.decree import Decree
from sopstudio.model.errors import FormatError, SopStudioError
from sopstudio.model.export_gate import blocking_findings
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library
from sopstudio.model.style import Paper, StyleCatalog

#: Exit status for unreadable input, a failed write or bad usage.
EXIT_FAILED = 2
#: Exit status for input with errors (validation findings of severity error).
EXIT_INVALID = 1


def add_paper_option(parser: argparse.ArgumentParser) -> None:
    """Add `--paper f4|a4` (default: the paper of the document's house style)."""
    parser.add_argument(
        "--paper",
        choices=[paper.value for paper in Paper],
        help="ukuran kertas (bawaan: sesuai gaya instansi, biasanya F4)",
    )


def paper_option(args: argparse.Namespace) -> Paper | None:
    """The paper asked for with --paper, None for the house style's."""
    return Paper(args.paper) if args.paper else None


def add_gate_options(parser: argparse.ArgumentParser) -> None:
    """Add `--style FILE` and `--draft`, shared by export and package."""
    parser.add_argument(
        "--style",
        metavar="GAYA",
        help="berkas gaya instansi (.style.json) yang dipakai untuk setiap SOP",
    )
    parser.add_argument(
        "--draft",
        action="store_true",
        help="ekspor sebagai draf walau masih ada kesalahan: setiap halaman dan nama berkas "
        "bertanda DRAF",
    )


def known_styles(args: argparse.Namespace) -> StyleCatalog:
    """The presets, and with --library the styles stored there."""
    if not getattr(args, "library", None):
        return StyleCatalog()
    with Library.open(args.library, create=False) as library:
        return library.style_catalog()


def apply_style_option(args: argparse.Namespace, document: Sop | Decree) -> StyleCatalog:
    """The styles to print with: the known ones (`known_styles`) and the --style file,
    applied to every SOP of the document; FormatError when that file cannot be read."""
    known = known_styles(args)
    if not args.style:
        return known
    style = style_json.load(args.style)
    sops = [document] if isinstance(document, Sop) else document.lampiran.sops
    for sop in sops:
        sop.style = style.name
    return StyleCatalog([*(known.style_of(name) for name in known.names()), style])


def refuse_if_invalid(
    document: Sop | Decree, styles: StyleCatalog, draft: bool, what: str
) -> int | None:
    """Without --draft, a document with errors is refused: print them and return
    EXIT_INVALID; None when it may go on."""
    refusals = blocking_findings(document, styles)
    if not refusals or draft:
        return None
    print(
        f"galat: {what} ditolak: dokumen masih memiliki {len(refusals)} kesalahan "
        "(perbaiki, atau gunakan --draft untuk draf bertanda DRAF):",
        file=sys.stderr,
    )
    for finding in refusals:
        print(f"  {finding.code} {finding.location}: {finding.message}", file=sys.stderr)
    return EXIT_INVALID


def load_input(path: str | os.PathLike[str]) -> Sop | Decree:
    """An SOP (`*.sop.json`) or decree (`*.decree.json`) file, told apart by its name;
    FormatError for a file of another kind or one that cannot be read."""
    name = os.fspath(path)
    if name.lower().endswith(".sop.json"):
        return jsonio.load(path)
    if name.lower().endswith(".decree.json"):
        return decree_json.load(path)
    raise FormatError(
        "jenis berkas masukan tidak dikenal (harus .sop.json atau .decree.json)", name
    )


def fail(*errors: SopStudioError | str) -> int:
    """Print errors as every subcommand does ("galat: ...", one a line); EXIT_FAILED."""
    for error in errors:
        print(f"galat: {error}", file=sys.stderr)
    return EXIT_FAILED
