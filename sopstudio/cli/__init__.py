"""The `sopstudio` command: no arguments opens the editor; subcommands work headless.

Each subcommand lives in its own module under `sopstudio.cli` and exposes
`register(subparsers)`, which adds its parser and sets `func(args) -> int` as default.
Exit status: 0 success, 1 the input has errors, 2 the input is unreadable or bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from sopstudio import __version__
from sopstudio.cli.inputs import fail
from sopstudio.model.errors import SopStudioError

#: Subcommand modules, in the order `sopstudio --help` lists them.
SUBCOMMANDS = ("validate", "layout", "export", "import_", "package", "library", "self_test")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="sopstudio",
        description="SOP Studio: penyusun SOP Administrasi Pemerintahan (Permenpan-RB 35/2012).",
    )
    parser.add_argument("--version", action="version", version=f"SOP Studio {__version__}")
    parser.add_argument("--library", metavar="PATH", help="berkas pustaka SOP (SQLite)")
    parser.add_argument("--sample", action="store_true", help="buka editor pada pustaka contoh")
    parser.add_argument("--open", metavar="BERKAS", dest="open_path",
                        help="buka editor dengan berkas .sop.json, .decree.json atau paket .zip")
    subparsers = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in SUBCOMMANDS:
        importlib.import_module(f"sopstudio.cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from sopstudio.ui.app import run

        return run(library=args.library, sample=args.sample, open_path=args.open_path)
    try:
        return args.func(args)
    except SopStudioError as exc:
        return fail(exc)


if __name__ == "__main__":
    sys.exit(main())
