"""What several subcommands share: the --paper option, reading an SOP or decree file,
opening the library, and reporting an error with exit status 2."""

from __future__ import annotations

import argparse
import os
import sys

from sopstudio.model import decree_json, jsonio
from sopstudio.model.decree import Decree
from sopstudio.model.errors import FormatError, SopStudioError
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library
from sopstudio.model.style import Paper

#: Exit status for unreadable input, a failed write or bad usage.
EXIT_FAILED = 2


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


def open_library(location: str | None, create: bool = True) -> Library:
    """Open the `--library`; say so on stderr when it opened read-only, and why."""
    library = Library.open(location, create=create)
    if library.read_only:
        print(f"peringatan: {library.read_only_reason}; pustaka dibuka hanya-baca", file=sys.stderr)
    return library


def fail(*errors: SopStudioError | str) -> int:
    """Print errors as every subcommand does ("galat: ...", one a line); EXIT_FAILED."""
    for error in errors:
        print(f"galat: {error}", file=sys.stderr)
    return EXIT_FAILED
