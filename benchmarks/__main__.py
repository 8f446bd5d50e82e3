"""Run the benchmarks and print their figures against the targets, with the machine.

    python -m benchmarks               # all: P1 .. P7 (about two minutes, LibreOffice included)
    python -m benchmarks --only P1 P5  # some of them

Exit status 0 when every measured figure meets its target, 1 otherwise. See README.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from benchmarks.figures import Figure, format_table, machine_info

KEYS = ("P1", "P2", "P3", "P4", "P5", "P6", "P7")


def run(keys: set[str]) -> list[Figure]:
    """Measure the chosen benchmarks, in order."""
    figures: list[Figure] = []
    if keys & {"P1", "P2"}:
        from benchmarks.export import bench_pdf_and_docx, bench_seed_decree

        figures += bench_pdf_and_docx(keys) + bench_seed_decree(keys)
    if "P3" in keys:
        from benchmarks.canvas import bench_canvas

        figures += bench_canvas()
    if "P4" in keys:
        from benchmarks.library import bench_library

        figures += bench_library()
    if "P5" in keys:
        from benchmarks.export import bench_rss

        figures += bench_rss()
    if "P6" in keys:
        from benchmarks.hostile import bench_hostile

        figures += bench_hostile()
    if "P7" in keys:
        from benchmarks.pdf_import import bench_pdf_import

        figures += bench_pdf_import()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="P",
        type=str.upper,
        choices=KEYS,
        help="run only these benchmarks (P1 P2 P3 P4 P5 P6 P7)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    started = time.perf_counter()
    figures = run(set(args.only or KEYS))
    info = machine_info()
    info["load (1 min) at start"] = f"{load:.2f}"
    info["benchmark wall time"] = f"{time.perf_counter() - started:.0f} s"
    print(format_table(figures))
    print()
    for name, value in info.items():
        print(f"{name}: {value}")
    return 1 if any(f.status == "FAIL" for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
