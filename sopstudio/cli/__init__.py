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
SUBCOMMANDS = (
    "validate",
    "layout",
    "export",
    "import_",
    "package",
    "library",
    "signed",
    "monitoring",
    "evaluation",
    "schedule",
    "redline",
    "time_",
    "evidence",
    "self_test",
)


def command_name(module: str) -> str:
    """The subcommand a module registers ("import_" -> "import", "self_test" -> "self-test")."""
    return module.rstrip("_").replace("_", "-")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered, or only the one named `only`
    (a command runs without importing what the others need: the store, Qt, the exporters)."""
    parser = argparse.ArgumentParser(
        prog="sopstudio",
        description="SOP Studio: penyusun SOP Administrasi Pemerintahan (Permenpan-RB 35/2012).",
    )
    parser.add_argument("--version", action="version", version=f"SOP Studio {__version__}")
    parser.add_argument("--library", metavar="PATH", help="berkas pustaka SOP (SQLite)")
    parser.add_argument("--sample", action="store_true", help="buka editor pada pustaka contoh")
    parser.add_argument(
        "--open",
        metavar="BERKAS",
        dest="open_path",
        help="buka editor dengan berkas .sop.json, .decree.json atau paket .zip",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in SUBCOMMANDS:
        if only is None or command_name(name) == only:
            importlib.import_module(f"sopstudio.cli.{name}").register(subparsers)
    return parser


def requested_command(argv: list[str]) -> str | None:
    """The subcommand named on the command line, if it is one of ours (else None: all)."""
    tokens = iter(argv)
    for token in tokens:
        if token in ("--library", "--open"):
            next(tokens, None)
        elif not token.startswith("-"):
            return token if token in {command_name(name) for name in SUBCOMMANDS} else None
    return None


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(requested_command(argv)).parse_args(argv)
    if args.command is None:
        from sopstudio.ui.app import run

        return run(library=args.library, sample=args.sample, open_path=args.open_path)
    try:
        return args.func(args)
    except SopStudioError as exc:
        return fail(exc)


if __name__ == "__main__":
    sys.exit(main())
