"""What several subcommands share: the --paper, --style and --draft options, reading an SOP
or decree file, refusing one with errors, opening the library and naming one of its SOPs, and
reporting an error with exit status 2."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sopstudio.cli.terminal import safe
from sopstudio.model import decree_json, jsonio, style_json
from sopstudio.model.decree import Decree
from sopstudio.model.errors import FormatError, SopStudioError
from sopstudio.model.export_gate import blocking_findings
from sopstudio.model.sop import Sop
from sopstudio.model.style import Paper, StyleCatalog

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported only by the commands that open it
    from sopstudio.model.forms import FormDocument
    from sopstudio.model.store import Library

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
    with open_library(args.library, create=False) as library:
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
        print(safe(f"  {finding.code} {finding.location}: {finding.message}"), file=sys.stderr)
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


def find_sop_id(library: Library, key: str) -> str:
    """The id of the library SOP named by `key`: its id, a unique id prefix, or its nomor."""
    from sopstudio.model.store import NotFoundError

    summaries = library.list_sops()
    matches = [s.id for s in summaries if s.id == key or s.nomor == key]
    matches = matches or [s.id for s in summaries if s.id.startswith(key)]
    if len(set(matches)) != 1:
        problem = "tidak ditemukan" if not matches else f"ambigu ({len(matches)} SOP)"
        raise NotFoundError(f"SOP {key!r} {problem}")
    return matches[0]


def read_json_file(path: str) -> Any:
    """The JSON a file holds (size- and depth-limited, as every reader here); FormatError
    naming the file when it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FormatError(f"tidak dapat dibaca: {exc.strerror}", path) from exc
    return jsonio.parse_json(data)


def write_json_file(data: Any, path: str) -> int:
    """Write JSON for a person to edit (indented, UTF-8), atomically; say so; 0."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    jsonio.write_atomic(Path(path), text.encode("utf-8"))
    print(safe(f"Tersimpan: {path}"))
    return 0


def open_library(location: str | None, create: bool = True) -> Library:
    """Open the `--library`; say so on stderr when it opened read-only, and why."""
    from sopstudio.model.store import Library

    library = Library.open(location, create=create)
    if library.read_only:
        print(
            safe(f"peringatan: {library.read_only_reason}; pustaka dibuka hanya-baca"),
            file=sys.stderr,
        )
    return library


def load_sop_arg(args: argparse.Namespace, key: str, library: Library | None = None) -> Sop:
    """An SOP named on the command line: a `*.sop.json` file, or a library SOP's id, id prefix
    or nomor (in `library`, or in the one --library names)."""
    if key.lower().endswith(".sop.json"):
        return jsonio.load(key)
    if library is not None:
        return library.load_sop(find_sop_id(library, key))
    with open_library(args.library, create=False) as opened:
        return opened.load_sop(find_sop_id(opened, key))


def write_form_output(form: FormDocument, args: argparse.Namespace) -> int:
    """Write a printable form to -o (.pdf/.docx, on --paper); 0."""
    from sopstudio.export.forms import write_form

    write_form(form, args.output, paper_option(args) or Paper.F4)
    print(safe(f"Tersimpan: {args.output}"))
    return 0


def fail(*errors: SopStudioError | str) -> int:
    """Print errors as every subcommand does ("galat: ...", one a line; the lines of a
    message that has several stay lines, each made `safe`); EXIT_FAILED."""
    for error in errors:
        print("galat: " + "\n".join(map(safe, str(error).split("\n"))), file=sys.stderr)
    return EXIT_FAILED
