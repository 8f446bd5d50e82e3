"""Benchmark figures: a measured value against its target, and the machine it ran on."""

from __future__ import annotations

import math
import os
import platform
import statistics
from dataclasses import dataclass
from pathlib import Path

#: Generated inputs kept between runs (gitignored): the 1,000-SOP library, LibreOffice profile.
CACHE = Path(__file__).resolve().parent / ".cache"


@dataclass(frozen=True)
class Figure:
    """One measured figure; `value` None means it could not be measured (see `note`), `target`
    None that the figure is context for another one (no pass/fail of its own)."""

    key: str
    name: str
    value: float | None
    unit: str
    target: float | None
    higher_is_better: bool = False
    note: str = ""

    @property
    def status(self) -> str:
        """ "pass", "FAIL", "skip" (not measured) or "info" (no target)."""
        if self.value is None:
            return "skip"
        if self.target is None:
            return "info"
        ok = self.value >= self.target if self.higher_is_better else self.value <= self.target
        return "pass" if ok else "FAIL"

    def target_text(self) -> str:
        if self.target is None:
            return "-"
        return f"{'>=' if self.higher_is_better else '<='} {self.target:g} {self.unit}"

    def value_text(self) -> str:
        if self.value is None:
            return "-"
        digits = 0 if self.unit == "x" or self.value >= 100 else 2 if self.value < 10 else 1
        return f"{self.value:.{digits}f} {self.unit}"


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of `values` by the nearest-rank method."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine_info() -> dict[str, str]:
    """CPU model, cores, RAM, OS and the Python and PySide6 versions."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "PySide6": pyside,
    }


def format_table(figures: list[Figure]) -> str:
    """The figures as an aligned plain-text table (also valid Markdown)."""
    rows = [("", "figure", "measured", "target", "result", "note")]
    rows += [(f.key, f.name, f.value_text(), f.target_text(), f.status, f.note) for f in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)
