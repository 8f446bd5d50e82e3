"""Layout engine benchmark: the largest sample, a 32-step SOP and a 100-SOP decree.

Run from the repository root: `python -m benchmarks.bench_layout` (add `--profile` for the top
of a cProfile listing of the 100-SOP case). Targets: a 32-step SOP under 20 ms, 100 SOPs under
1 s. "cold" clears the text measurement caches before every run; "warm" lays out again with
them filled (the editor's case: most text is unchanged between two layouts).

Last measured (2-core build machine, medians, cold / warm): sample 08 7.0 / 3.2 ms, 32-step
SOP 6.8 / 4.5 ms, 100 SOPs 411 / 366 ms.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time
from collections.abc import Callable

from benchmarks.corpus import make_decree, make_long_sop
from sopstudio.model import jsonio
from sopstudio.model.layout import fonts, layout_sop
from sopstudio.model.sop import Sop
from sopstudio.resources import SAMPLES

LARGEST_SAMPLE = SAMPLES / "sops" / "08-registrasi-verifikasi-penyedia.sop.json"


def clear_caches() -> None:
    """Forget every measured width and wrapped text (fonts stay registered)."""
    fonts._unit_width.cache_clear()
    fonts.wrap.cache_clear()


def median_ms(work: Callable[[], object], runs: int, cold: bool) -> float:
    """Median wall time of `work` in milliseconds over `runs` runs."""
    if not cold:
        work()  # fill the caches once
    times = []
    for _ in range(runs):
        if cold:
            clear_caches()
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def cases() -> list[tuple[str, list[Sop], int, float]]:
    """(name, SOPs laid out per run, runs, target in ms or 0 for none)."""
    return [
        ("sample 08 (24 steps)", [jsonio.load(LARGEST_SAMPLE)], 20, 0.0),
        ("32-step SOP", [make_long_sop(steps=32, lanes=6, seed=32)], 20, 20.0),
        ("100 SOPs (decree)", list(make_decree(100).lampiran.sops), 5, 1000.0),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="profile the 100-SOP case")
    args = parser.parse_args(argv)
    fonts.ensure_registered()
    print(f"{'case':<22} {'pages':>5} {'cold ms':>9} {'warm ms':>9} {'target':>8}")
    for name, sops, runs, target in cases():

        def work(sops=sops) -> list:
            return [layout_sop(sop) for sop in sops]

        pages = sum(len(layout.pages) for layout in work())
        cold, warm = median_ms(work, runs, True), median_ms(work, runs, False)
        goal = f"< {target:.0f}" if target else "-"
        flag = "" if not target or max(cold, warm) < target else "  TOO SLOW"
        print(f"{name:<22} {pages:>5} {cold:>9.1f} {warm:>9.1f} {goal:>8}{flag}")
    if args.profile:
        sops = cases()[-1][1]
        clear_caches()
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [layout_sop(sop) for sop in sops])
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
