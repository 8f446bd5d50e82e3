"""Routing readability over the corpora: the quality report's counts and figures, summed.

Run from the repository root: `python -m benchmarks.routing` (add `--worst N` to list the N
charts with the most findings, `--details` for every finding). Corpora: the bundled samples
and transcribed seed SOPs, the SOPs imported from the two seed decrees, the hand-written
loop-heavy fixtures and the generated loop-heavy SOPs (tests/model/layout/loop_corpus.py),
each on F4 and A4. The figures before and after issue 14 are in README.md.
"""

from __future__ import annotations

import argparse
from collections import Counter

from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.quality import quality_report
from sopstudio.model.style import Paper
from tests.model.layout.corpus import DECREES, decree_sops, file_sops
from tests.model.layout.loop_corpus import hand_written, loop_corpus


def corpora() -> dict[str, list]:
    """Corpus name -> [(SOP name, SOP)]."""
    seeds = [sop for decree in DECREES for sop in decree_sops(decree)]
    return {
        "samples": file_sops(),
        "seed decrees": seeds,
        "loop fixtures": hand_written(),
        "loop generated": loop_corpus(),
    }


def measure(sops: list, paper: Paper) -> tuple[Counter, list[tuple[int, str, list[str]]]]:
    """Summed counts and figures (plus `charts` and `charts_with_crossings`), and per chart
    (number of findings, name, details)."""
    total: Counter = Counter()
    charts = []
    for name, sop in sops:
        report = quality_report(layout_sop(sop, paper=paper))
        counts = report.counts()
        total.update(counts)
        total.update(report.figures())
        total["charts"] += 1
        total["charts_with_crossings"] += bool(counts["crossings"] or report.jumps)
        charts.append((sum(counts.values()), name, list(report.details)))
    return total, charts


COLUMNS = (
    "charts",
    "crossings",
    "jumps",
    "charts_with_crossings",
    "near_parallel",
    "diamond_off_vertex",
    "diamond_shared_vertex",
    "offpage_by_terminator",
    "connector_length",
    "back_route_length",
)


def render(name: str, directory: str) -> None:
    """The flowchart pages of one chart, F4, as `DIR/NAME-N.png` (pdftoppm at 60 dpi)."""
    import subprocess
    import tempfile
    from pathlib import Path

    from sopstudio.export.pdf.sop import write_sop_pdf

    Path(directory).mkdir(parents=True, exist_ok=True)
    sop = dict(pair for sops in corpora().values() for pair in sops)[name]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / f"{name}.pdf"
        write_sop_pdf(sop, pdf, paper=Paper.F4)
        subprocess.run(
            ["pdftoppm", "-r", "75", "-f", "2", "-png", str(pdf), str(Path(directory) / name)],
            check=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.routing")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst charts")
    parser.add_argument("--details", action="store_true", help="print every finding")
    parser.add_argument(
        "--render",
        nargs=2,
        metavar=("NAME", "DIR"),
        help="write the flowchart pages of chart NAME as PNGs into DIR (F4)",
    )
    args = parser.parse_args(argv)
    if args.render:
        render(*args.render)
        return 0
    other_keys: set[str] = set()
    rows = []
    worst = []
    for corpus, sops in corpora().items():
        for paper in (Paper.F4, Paper.A4):
            total, charts = measure(sops, paper)
            other_keys |= {k for k, v in total.items() if v and k not in COLUMNS}
            rows.append((f"{corpus} {paper.value}", total))
            worst += [(n, f"{corpus} {paper.value} {name}", details) for n, name, details in charts]
    head = ["corpus"] + [c.replace("_", " ") for c in COLUMNS] + sorted(other_keys)
    print(" | ".join(head))
    for label, total in rows:
        cells = [label] + [f"{total[c]:.0f}" for c in COLUMNS + tuple(sorted(other_keys))]
        print(" | ".join(cells))
    for n, name, details in sorted(worst, reverse=True)[: args.worst]:
        print(f"{n:4d}  {name}")
        for line in details if args.details else ():
            print(f"        {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
