"""`sopstudio time SOP`: the SOP's total time along its paths and each actor's load."""

from __future__ import annotations

import argparse

from sopstudio.cli.inputs import load_sop_arg
from sopstudio.cli.terminal import safe
from sopstudio.model.waktu import format_minutes


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `time` subcommand."""
    parser = subparsers.add_parser(
        "time",
        help="waktu total SOP (jalur terpendek dan terpanjang) dan beban pelaksana",
        description="Menjumlahkan Waktu mutu baku sepanjang alur SOP: jalur terpendek dan "
        "terpanjang melalui keputusan, perulangan dihitung sekali.",
    )
    parser.add_argument("sop", metavar="SOP", help="berkas .sop.json atau SOP pustaka")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the paths, loads and the steps whose Waktu could not be counted."""
    from sopstudio.model.sop_time import sop_time

    sop = load_sop_arg(args, args.sop)
    result = sop_time(sop)
    numbers = {s.id: n for n, s in enumerate(sop.steps, start=1)}
    for label, path in (("terpendek", result.shortest), ("terpanjang", result.longest)):
        if path is None:
            print(f"jalur {label}: tidak ada jalur dari Mulai ke Selesai")
        else:
            steps = ", ".join(str(numbers[i]) for i in path.steps)
            print(safe(f"jalur {label}: {path.text} (langkah {steps})"))
    for load in result.loads:
        print(
            "\t".join(
                map(
                    safe,
                    ("pelaksana", load.name, f"{load.steps} langkah", format_minutes(load.minutes)),
                )
            )
        )
    for item in result.uncounted:
        print(safe(f"tidak dihitung: langkah {item.number} ({item.reason}: {item.waktu!r})"))
    return 0
