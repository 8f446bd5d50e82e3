"""P7: importing a decree PDF, and how exactly it comes back.

    python -m benchmarks --only P7

The seed decree tests/corpus/kepgub-ntt-324-2024-biro-pbj.txt is imported into its 74 SOPs,
put in the Lampiran of a Keputusan (body drafted as the app does) and exported to PDF with
our exporter (190 pages, F4). P7 times `import_file` (median of 3) on its first 90 pages
(body, Lampiran front matter and the first SOPs, cut with PDFium) and, for context, on the
whole file; then compares each SOP read back with the one exported: steps (texts), lanes
(each step's actor), decisions (which steps), links (each step's arrows: port and target)
and Waktu. SOPs whose source has steps without an actor are printed with an extra unnamed
lane and come back with it named ("Pelaksana N"): they are counted apart.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.figures import CACHE, Figure, median

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "corpus" / "kepgub-ntt-324-2024-biro-pbj.txt"
RUNS = 3
PAGES = 90


def seed_sops():
    """The seed decree's SOPs, as the text importer reads them."""
    from sopstudio.model.importers import import_file

    return [item.sop for item in import_file(SEED).sops]


def decree_pdf(sops, target: Path) -> int:
    """Export the SOPs as the Lampiran of a Keputusan to `target`; the number of pages."""
    from benchmarks.corpus import make_decree
    from sopstudio.export.pdf import write_decree_pdf
    from sopstudio.model.decree import Lampiran
    from sopstudio.model.drafting import draft_body

    decree = make_decree(1)
    decree.lampiran = Lampiran(sops=sops)
    draft_body(
        decree,
        "Biro Pengadaan Barang dan Jasa Sekretariat Daerah Provinsi Nusa Tenggara Timur",
        "Sub Bagian Tata Usaha",
    )
    return write_decree_pdf(decree, target)


def first_pages(source: Path, target: Path, count: int) -> None:
    """The first `count` pages of a PDF as a PDF of their own."""
    import pypdfium2 as pdfium

    with pdfium.PdfDocument(source) as whole:
        part = pdfium.PdfDocument.new()
        part.import_pages(whole, list(range(min(count, len(whole)))))
        part.save(target)
        part.close()


def accuracy(back, sent) -> dict[str, float]:
    """Share of SOPs (in %) read back with exact steps, lanes, decisions, links and Waktu."""
    from sopstudio.model.sop import StepKind

    def lanes(sop):
        return [sop.actor(s.actor).name if s.actor else None for s in sop.steps]

    checks = {
        "steps": lambda s: [x.text for x in s.steps],
        "lanes": lanes,
        "decisions": lambda s: [i for i, x in enumerate(s.steps) if x.kind == StepKind.DECISION],
        "links": lambda s: [
            (i, p.value, [x.id for x in s.steps].index(t))
            for i, x in enumerate(s.steps)
            for p, t in x.links()
        ],
        "waktu": lambda s: [x.waktu for x in s.steps],
    }
    pairs = list(zip(back, sent, strict=False))
    return {
        name: 100 * sum(check(b) == check(o) for b, o in pairs) / max(len(sent), 1)
        for name, check in checks.items()
    }


def bench_pdf_import() -> list[Figure]:
    """P7: import time of a 90-page and the whole decree PDF, and accuracy on it."""
    from sopstudio.model.importers import import_file
    from sopstudio.model.layout import fonts

    fonts.ensure_registered()
    sent = seed_sops()
    CACHE.mkdir(parents=True, exist_ok=True)
    whole, part = CACHE / "decree-324.pdf", CACHE / f"decree-324-{PAGES}.pdf"
    pages = decree_pdf(sent, whole)
    first_pages(whole, part, PAGES)
    times = {}
    for path in (part, whole):
        runs = []
        for _ in range(RUNS):
            start = time.perf_counter()
            result = import_file(path)
            runs.append(time.perf_counter() - start)
        times[path] = median(runs)
    back = [item.sop for item in result.sops]
    complete = [i for i, sop in enumerate(sent) if all(s.actor for s in sop.steps)]
    exact = accuracy([back[i] for i in complete if i < len(back)], [sent[i] for i in complete])
    every = accuracy(back, sent)
    return [
        Figure(
            "P7",
            f"import a {PAGES}-page decree PDF (our export), median of {RUNS}",
            times[part],
            "s",
            10.0,
        ),
        Figure(
            "P7",
            f"import the whole decree PDF ({pages} pages), median of {RUNS}",
            times[whole],
            "s",
            None,
        ),
        Figure(
            "P7",
            f"SOPs found in it (of {len(sent)})",
            len(back),
            "SOPs",
            len(sent),
            higher_is_better=True,
        ),
        Figure("P7", "SOPs with exact steps", every["steps"], "%", 95.0, higher_is_better=True),
        Figure(
            "P7",
            f"SOPs with exact lanes ({len(complete)} with every actor set)",
            exact["lanes"],
            "%",
            95.0,
            higher_is_better=True,
        ),
        Figure(
            "P7",
            "SOPs with exact lanes (all, unnamed extra lane counted wrong)",
            every["lanes"],
            "%",
            None,
            higher_is_better=True,
        ),
        Figure(
            "P7",
            "SOPs with their decisions found",
            every["decisions"],
            "%",
            95.0,
            higher_is_better=True,
        ),
        # Our own export must come back linked as drawn (jumps, shared entries, loop-backs).
        Figure("P7", "SOPs with exact links", every["links"], "%", 100.0, higher_is_better=True),
        Figure(
            "P7", "SOPs with every Waktu kept", every["waktu"], "%", 95.0, higher_is_better=True
        ),
    ]
