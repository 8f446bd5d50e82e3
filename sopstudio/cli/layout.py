"""`sopstudio layout FILE.sop.json [--report] [--paper f4|a4]`: lay out an SOP and check it.

Prints a one-line summary, or with `--report` the quality report and link coverage as JSON.
Exit status: 0 no defect, 1 defects found, 2 unreadable input.
"""

from __future__ import annotations

import argparse
import json

from sopstudio.cli.inputs import add_paper_option, fail, paper_option
from sopstudio.cli.terminal import safe
from sopstudio.model import jsonio
from sopstudio.model.errors import SopStudioError
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.quality import link_coverage, quality_report


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `layout` subcommand."""
    parser = subparsers.add_parser(
        "layout",
        help="tata letak SOP dan periksa mutunya",
        description="Menata letak sebuah SOP dan memeriksa geometrinya (simbol bertumpuk, "
        "garis menembus simbol, garis berimpit, teks meluap, label menimpa, tautan hilang) "
        "dan keterbacaannya (persilangan tanpa lompatan, garis sejajar terlalu rapat, panah "
        "tidak di sudut belah ketupat, penghubung antarhalaman di dekat terminator; panjang "
        "garis).",
    )
    parser.add_argument("file", metavar="BERKAS.sop.json", help="berkas SOP")
    parser.add_argument("--report", action="store_true", help="cetak laporan lengkap sebagai JSON")
    add_paper_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Lay out the file, print the findings, and return the exit status."""
    try:
        sop = jsonio.load(args.file)
    except SopStudioError as exc:
        return fail(exc)
    layout = layout_sop(sop, paper=paper_option(args))
    report = quality_report(layout)
    coverage = link_coverage(sop, layout)
    ok = report.ok and coverage.ok and not layout.warnings
    if args.report:
        result = {
            "file": str(args.file),
            "paper": args.paper,
            "ok": ok,
            "pages": report.pages,
            "counts": report.counts(),
            "figures": report.figures(),
            "links": coverage.to_dict(),
            "details": list(report.details),
            "warnings": list(layout.warnings),
        }
        print(safe(json.dumps(result, ensure_ascii=False, indent=2), keep_newlines=True))
    else:
        problems = (
            sum(report.counts().values()) + sum(coverage.counts().values()) + len(layout.warnings)
        )
        verdict = "tanpa masalah" if ok else f"{problems} masalah (lihat --report)"
        print(safe(f"{args.file}: {report.pages} halaman, {verdict}"))
        for warning in layout.warnings:
            print(f"peringatan: {safe(warning)}")
    return 0 if ok else 1
