"""`sopstudio evidence UNIT --tahun Y -o bukti.zip`: the RB/ZI evidence pack of one unit."""

from __future__ import annotations

import argparse
import datetime

from sopstudio.cli.inputs import open_library
from sopstudio.cli.terminal import safe


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `evidence` subcommand."""
    parser = subparsers.add_parser(
        "evidence",
        help="paket bukti RB/ZI satu unit: SOP berlaku, monitoring, evaluasi, revisi",
        description="Menulis paket bukti penerapan, monitoring, evaluasi dan revisi SOP satu unit "
        "untuk satu tahun (zip dengan daftar isi).",
    )
    parser.add_argument("unit", metavar="UNIT", help="nama unit (bagian mana pun dari jalurnya)")
    parser.add_argument("--tahun", default=str(datetime.date.today().year))
    parser.add_argument("-o", "--output", required=True, metavar="BERKAS.zip")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the pack; print its index."""
    from sopstudio.export.evidence import build_evidence

    with open_library(args.library, create=False) as library:
        items = build_evidence(library, args.unit, args.tahun, args.output)
    for item in items:
        print("\t".join(map(safe, (item.name, f"{item.size} B", item.what))))
    print(safe(f"Tersimpan: {args.output} ({len(items)} berkas)"))
    return 0
