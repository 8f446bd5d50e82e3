"""`sopstudio validate FILE...`: print the findings of `*.sop.json` files.

One line per finding, ``SEVERITY CODE location: message``; with several files a
``== FILE ==`` header precedes each file's findings and the files are checked against each
other for duplicate Nomor SOP; with --library, the house styles stored there are known too.
Exit status: 0 no errors, 1 errors, 2 a file is unreadable.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sopstudio.cli.inputs import fail, known_styles
from sopstudio.cli.terminal import safe
from sopstudio.model import jsonio
from sopstudio.model.errors import FormatError
from sopstudio.model.sop import Sop
from sopstudio.model.validate import ERROR, WARNING, Finding, has_errors, validate_sop

EXIT_OK, EXIT_ERRORS = 0, 1


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `validate` subcommand."""
    parser = subparsers.add_parser(
        "validate",
        help="periksa berkas *.sop.json",
        description="Periksa SOP: satu baris per temuan, 'TINGKAT KODE lokasi: pesan'. "
        "Status keluar 0 tanpa galat, 1 ada galat, 2 berkas tidak terbaca.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="berkas *.sop.json")
    parser.add_argument(
        "--errors-only", action="store_true", help="tampilkan galat saja, tanpa peringatan"
    )
    parser.set_defaults(func=run)


def format_finding(finding: Finding) -> str:
    """The CLI line of a finding."""
    return f"{finding.severity.upper()} {finding.code} {finding.location}: {finding.message}"


def run(args: argparse.Namespace) -> int:
    """Validate every file and print the findings; return the exit status."""
    loaded: dict[str, Sop] = {}
    status = EXIT_OK
    for name in args.files:
        try:
            loaded[name] = jsonio.load(Path(name))
        except FormatError as exc:
            status = fail(exc)
    styles = known_styles(args)
    several = len(args.files) > 1
    shown = (ERROR,) if args.errors_only else (ERROR, WARNING)
    for name, sop in loaded.items():
        others = [other.nomor for key, other in loaded.items() if key != name]
        findings = validate_sop(sop, others, styles)
        if several:
            print(safe(f"== {name} =="))
        for finding in findings:
            if finding.severity in shown:
                print(safe(format_finding(finding)))
        if has_errors(findings) and status == EXIT_OK:
            status = EXIT_ERRORS
    return status
