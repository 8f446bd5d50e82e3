"""P1, P2, P5: the 74-SOP decrees (synthetic and real) to PDF and DOCX, LibreOffice beside, peak RSS.

    python -m benchmarks --only P1 P2 P5
    python -m benchmarks.export --rss     # child mode of P5: one PDF export, prints peak RSS

P1 times `write_decree_pdf` (median of 3; the decree is built once, outside the timing) and,
in the same run, LibreOffice converting our DOCX of the same decree to PDF (one run, with a
profile kept in benchmarks/.cache so its one-off creation is not counted). The same is done
for the real seed decree (`corpus.seed_decree`) as whole `sopstudio export` processes, the
way a user runs them, start-up and imports included. P5 runs one whole
P1 export (imports, building the decree, fonts, layout, PDF) in a fresh child process and
reads its peak resident set size from the kernel: VmHWM in /proc/self/status. Not
ru_maxrss: Linux keeps that across fork and exec, so a child of a large parent (the
benchmark runner after P1..P4) reports the parent's peak, 390 MB instead of 54 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import CACHE, Figure, median

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
DECREE_SOPS = 74


def _decree():
    from benchmarks.corpus import make_decree

    return make_decree(DECREE_SOPS)


def _timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _size(decree) -> str:
    steps = sum(len(s.steps) for s in decree.lampiran.sops)
    return f"{len(decree.lampiran.sops)} SOPs, {steps} steps"


def libreoffice_seconds(docx: Path, outdir: Path) -> tuple[float | None, str]:
    """Wall time of `soffice --convert-to pdf` on one DOCX, or None and why not."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None, "soffice not found"
    profile = CACHE / "lo-profile"
    fresh = not profile.exists()
    profile.mkdir(parents=True, exist_ok=True)
    if fresh:
        # The first start creates the profile (10-20 s); that is set-up, not conversion.
        subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation={profile.as_uri()}",
                "--terminate_after_init",
            ],
            capture_output=True,
            timeout=300,
            check=False,
        )
    command = [
        soffice,
        "--headless",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(docx),
    ]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0 or not (outdir / (docx.stem + ".pdf")).exists():
        return None, f"soffice failed: {result.stderr.strip()[:120]}"
    return seconds, ""


def bench_pdf_and_docx(keys: set[str]) -> list[Figure]:
    """P1 (PDF, and LibreOffice's time on our DOCX) and P2 (DOCX)."""
    from sopstudio.export.docx import write_decree_docx
    from sopstudio.export.pdf import write_decree_pdf
    from sopstudio.model.layout import fonts

    fonts.ensure_registered()
    decree = _decree()
    size = _size(decree)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="sop-bench-") as tmp:
        out = Path(tmp)
        pdf_path, docx_path = out / "keputusan.pdf", out / "keputusan.docx"
        pdf_s = None
        if "P1" in keys:
            pdf_s = median(
                [_timed(lambda: write_decree_pdf(decree, pdf_path)) for _ in range(RUNS)]
            )
            figures.append(
                Figure("P1", f"decree -> PDF ({size}), median of {RUNS}", pdf_s, "s", 3.0)
            )
        docx_times = [
            _timed(lambda: write_decree_docx(decree, docx_path))
            for _ in range(RUNS if "P2" in keys else 1)
        ]
        if "P2" in keys:
            figures.append(
                Figure(
                    "P2", f"decree -> DOCX ({size}), median of {RUNS}", median(docx_times), "s", 3.0
                )
            )
        if "P1" in keys:
            lo_s, why = libreoffice_seconds(docx_path, out / "lo")
            figures.append(
                Figure("P1", "LibreOffice DOCX -> PDF, one run", lo_s, "s", None, note=why)
            )
            ratio = None if lo_s is None else lo_s / pdf_s
            figures.append(
                Figure(
                    "P1",
                    "ratio LibreOffice / ours (PDF)",
                    ratio,
                    "x",
                    50.0,
                    higher_is_better=True,
                    note=why,
                )
            )
    return figures


def _process_seconds(source: Path, target: Path) -> tuple[float, float]:
    """Wall and CPU (user + system) time of a whole `sopstudio export SOURCE --draft -o
    TARGET` process (start-up included); on a loaded machine the CPU time is the steadier.

    The seed decree as imported still has validation errors (steps without an actor,
    duplicate numbers), so it exports only as a draft, written to TARGET-DRAF."""
    command = [
        sys.executable,
        "-m",
        "sopstudio",
        "export",
        str(source),
        "--draft",
        "-o",
        str(target),
    ]
    # Bytecode is written (an installed app has it): PYTHONDONTWRITEBYTECODE in a developer's
    # environment would have every run compile the modules again.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=True, timeout=300)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def bench_seed_decree(keys: set[str]) -> list[Figure]:
    """P1 and P2 on the real decree (Keputusan Gubernur NTT 324/2024, imported from its
    transcription): whole `sopstudio export` processes, median of 3 after one untimed run of
    each, and in the same run LibreOffice converting our DOCX of it."""
    from benchmarks.corpus import seed_decree
    from sopstudio.model import decree_json
    from sopstudio.model.export_gate import draft_path

    decree = seed_decree()
    size = _size(decree)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="sop-bench-") as tmp:
        out = Path(tmp)
        source = out / "kepgub-324.decree.json"
        decree_json.save(decree, source)
        for suffix in (".pdf", ".docx"):  # untimed: bytecode and file cache warm
            _process_seconds(source, out / f"keputusan{suffix}")
        pdf = [_process_seconds(source, out / "keputusan.pdf") for _ in range(RUNS)]
        docx = [_process_seconds(source, out / "keputusan.docx") for _ in range(RUNS)]
        pdf_s, docx_s = median([w for w, _ in pdf]), median([w for w, _ in docx])
        if "P1" in keys:
            figures.append(
                Figure("P1", f"real decree -> PDF, whole process ({size})", pdf_s, "s", 1.0)
            )
            figures.append(
                Figure(
                    "P1",
                    "  same, CPU user+sys of the process, median",
                    median([c for _, c in pdf]),
                    "s",
                    None,
                )
            )
            lo_s, why = libreoffice_seconds(draft_path(out / "keputusan.docx"), out / "lo")
            figures.append(
                Figure(
                    "P1",
                    "LibreOffice our real-decree DOCX -> PDF, one run",
                    lo_s,
                    "s",
                    None,
                    note=why,
                )
            )
            ratio = None if lo_s is None else lo_s / pdf_s
            figures.append(
                Figure(
                    "P1",
                    "ratio LibreOffice / ours (real decree, whole process)",
                    ratio,
                    "x",
                    50.0,
                    higher_is_better=True,
                    note=why,
                )
            )
        if "P2" in keys:
            figures.append(
                Figure("P2", f"real decree -> DOCX, whole process ({size})", docx_s, "s", 1.2)
            )
            figures.append(
                Figure(
                    "P2",
                    "  same, CPU user+sys of the process, median",
                    median([c for _, c in docx]),
                    "s",
                    None,
                )
            )
    return figures


def bench_rss() -> list[Figure]:
    """P5: peak RSS of a child process doing one P1 export."""
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.export", "--rss"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        return [
            Figure(
                "P5",
                "peak RSS during P1",
                None,
                "MB",
                300.0,
                note=f"child failed: {result.stderr.strip()[-160:]}",
            )
        ]
    peak_mb = float(result.stdout.split()[-1])
    return [Figure("P5", "peak RSS during P1 (child process, VmHWM)", peak_mb, "MB", 300.0)]


def _rss_child() -> None:
    from sopstudio.export.pdf import write_decree_pdf

    with tempfile.TemporaryDirectory(prefix="sop-bench-") as tmp:
        write_decree_pdf(_decree(), Path(tmp) / "keputusan.pdf")
    print(f"{peak_rss_mb():.1f}")


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (VmHWM; ru_maxrss where there is no /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rss", action="store_true", help="child mode of P5")
    if parser.parse_args().rss:
        _rss_child()
    else:
        from benchmarks.figures import format_table

        both = {"P1", "P2"}
        print(format_table(bench_pdf_and_docx(both) + bench_seed_decree(both) + bench_rss()))
