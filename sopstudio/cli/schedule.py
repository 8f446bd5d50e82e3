"""`sopstudio schedule`: which SOPs are due for monitoring (6 months) or evaluation (12)."""

from __future__ import annotations

import argparse
import datetime

from sopstudio.cli.inputs import open_library
from sopstudio.cli.terminal import safe
from sopstudio.model.errors import SopStudioError
from sopstudio.model.numbering import format_long_date


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `schedule` subcommand."""
    parser = subparsers.add_parser(
        "schedule",
        help="jadwal monitoring (6 bulan) dan evaluasi (12 bulan) tiap SOP",
        description="Daftar monitoring dan evaluasi yang jatuh tempo, yang paling dekat dahulu.",
    )
    parser.add_argument("--tanggal", metavar="YYYY-MM-DD", help="hari ini (bawaan: hari ini)")
    parser.add_argument("--semua", action="store_true", help="juga yang belum jatuh tempo")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """One tab-separated line per due item: status, due date, what, nomor, judul."""
    from sopstudio.model.assessments import schedule

    try:
        today = datetime.date.fromisoformat(args.tanggal) if args.tanggal else datetime.date.today()
    except ValueError as exc:
        raise SopStudioError(f"tanggal tidak valid: {args.tanggal!r} (YYYY-MM-DD)") from exc
    with open_library(args.library, create=False) as library:
        items = schedule(library, today)
    for item in items:
        if not args.semua and not item.overdue(today):
            continue
        status = "JATUH TEMPO" if item.overdue(today) else "terjadwal"
        print(
            "\t".join(
                map(safe, (status, format_long_date(item.due), item.what, item.nomor, item.judul))
            )
        )
    return 0
