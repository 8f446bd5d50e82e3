"""P6: hostile import inputs (issue 12) are refused, or read, in <= 2 s and <= 300 MB each.

Each input is built once by `tests/hostile/inputs.py` into `benchmarks/.cache/hostile/`; a
child process (`python -m benchmarks.hostile --child PATH`) then imports it with
`import_file`, as `sopstudio import` and the import dialog do (a paste goes through the same
readers), and prints the seconds `import_file` took, its peak RSS (VmHWM, interpreter
included) and the outcome. The 74-SOP decree of P1 as our DOCX is timed beside them (info).

    python -m benchmarks --only P6
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.figures import CACHE, Figure

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = CACHE / "hostile"
TIME_TARGET, RSS_TARGET = 2.0, 300.0


def _cases() -> list[tuple[str, str, Callable[[], bytes] | None]]:
    """(name, file name or device path, builder) of each input; no builder for a device."""
    from tests.hostile import inputs as h

    return [
        ("TSV with 100,000 columns", "columns.tsv", lambda: h.tsv_with_columns(100_000)),
        ("DOCX with 1,500 tables", "tables.docx", lambda: h.docx_with_tables(1_500)),
        ("DOCX with 4,000 shapes", "shapes.docx", lambda: h.docx_with_shapes(4_000)),
        (
            "DOCX with 40,000 section breaks",
            "sections.docx",
            lambda: h.docx_with_section_breaks(40_000),
        ),
        ("45 MB of text", "long.txt", lambda: h.long_text(45_000_000)),
        ("/dev/zero", "/dev/zero", None),
    ]


def _decree_docx() -> bytes:
    from benchmarks.corpus import make_decree
    from sopstudio.export.docx import write_decree_docx

    with tempfile.TemporaryDirectory(prefix="sop-bench-") as folder:
        path = Path(folder) / "keputusan.docx"
        write_decree_docx(make_decree(), path)
        return path.read_bytes()


def _input(name: str, build: Callable[[], bytes] | None) -> Path:
    if build is None:
        return Path(name)
    path = HOSTILE / name
    if not path.exists():
        HOSTILE.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build())
    return path


def bench_hostile() -> list[Figure]:
    """P6: each hostile input imported in a child process."""
    figures: list[Figure] = []
    cases = [*_cases(), ("our DOCX of the 74-SOP decree (real)", "decree-74.docx", _decree_docx)]
    for name, file, build in cases:
        path = _input(file, build)
        real = file == "decree-74.docx"
        result = subprocess.run(
            [sys.executable, "-m", "benchmarks.hostile", "--child", str(path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if result.returncode != 0:
            figures.append(
                Figure(
                    "P6",
                    name,
                    None,
                    "s",
                    TIME_TARGET,
                    note=f"child failed: {result.stderr.strip()[-160:]}",
                )
            )
            continue
        seconds, peak, outcome = result.stdout.strip().split(" ", 2)
        verdict, _, message = outcome.partition(": ")
        figures.append(
            Figure(
                "P6",
                f"{name}: {verdict}",
                float(seconds),
                "s",
                None if real else TIME_TARGET,
                note=message[:90],
            )
        )
        figures.append(
            Figure("P6", f"{name}: peak RSS", float(peak), "MB", None if real else RSS_TARGET)
        )
    return figures


def _child(path: str) -> None:
    from benchmarks.export import peak_rss_mb
    from sopstudio.model.importers import ImportFailed, import_file

    started = time.perf_counter()
    try:
        outcome = f"read, {len(import_file(path).sops)} SOP"
    except ImportFailed as exc:
        outcome = f"refused: {exc}"
    print(f"{time.perf_counter() - started:.3f} {peak_rss_mb():.1f} {outcome}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", metavar="PATH", help="import PATH and print time, RSS, outcome")
    args = parser.parse_args()
    if args.child:
        _child(args.child)
    else:
        from benchmarks.figures import format_table

        print(format_table(bench_hostile()))
