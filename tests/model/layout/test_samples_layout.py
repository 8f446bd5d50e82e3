"""Every bundled sample SOP and every SOP transcribed from the seed decrees lays out cleanly."""

from pathlib import Path

import pytest

from sopstudio.model import jsonio
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.quality import link_coverage, quality_report
from sopstudio.model.sop import StepKind
from sopstudio.model.style import Paper, StyleCatalog
from sopstudio.model.style_json import preset_styles
from sopstudio.resources import SAMPLES

SEED_SOPS = Path(__file__).resolve().parents[2] / "fixtures" / "seed_sops"
FILES = sorted(SAMPLES.glob("**/*.sop.json")) + sorted(SEED_SOPS.glob("*.sop.json"))


def _name(path: Path) -> str:
    return path.name.removesuffix(".sop.json")


def test_seed_transcriptions_cover_the_hard_cases():
    sops = [jsonio.load(path) for path in sorted(SEED_SOPS.glob("*.sop.json"))]
    assert len(sops) >= 4
    assert max(len(sop.steps) for sop in sops) >= 20
    assert max(len(sop.actors) for sop in sops) >= 6
    loops_back = [
        sop
        for sop in sops
        if any(
            sop.step_index(target) < sop.step_index(step.id)
            for step in sop.steps
            for _, target in step.links()
        )
    ]
    assert len(loops_back) >= 3
    assert any(s.kind is StepKind.END for sop in sops for s in sop.steps[:-1])  # ends midway


@pytest.mark.parametrize("style", [s.name for s in preset_styles()])
@pytest.mark.parametrize("paper", list(Paper), ids=lambda p: p.value)
@pytest.mark.parametrize("path", FILES, ids=_name)
def test_sop_lays_out_without_defects(path, paper, style):
    sop = jsonio.load(path)
    layout = layout_sop(sop, style=StyleCatalog().style_of(style), paper=paper)
    report = quality_report(layout)
    assert report.ok, report.details
    coverage = link_coverage(sop, layout)
    assert coverage.ok, coverage.details
    assert coverage.links == sum(1 for step in sop.steps for _ in step.links())


# -- the `sopstudio layout` command -------------------------------------------------------------


def run_cli(*argv: str) -> int:
    import argparse

    from sopstudio.cli import layout as layout_cli

    parser = argparse.ArgumentParser()
    layout_cli.register(parser.add_subparsers())
    args = parser.parse_args(["layout", *argv])
    return args.func(args)


def test_cli_report_is_json_and_exit_status_follows_it(capsys):
    import json

    path = SEED_SOPS / "pbj-72-rapat-tinjauan-manajemen.sop.json"
    status = run_cli(str(path), "--report", "--paper", "a4")
    result = json.loads(capsys.readouterr().out)
    assert status == (0 if result["ok"] else 1)
    assert result["pages"] >= 2
    assert set(result["counts"]) == set(quality_report(layout_sop(jsonio.load(path))).counts())
    assert result["links"]["links"] == 15


def test_cli_exits_1_on_defects(monkeypatch, capsys):
    from sopstudio.cli import layout as layout_cli
    from sopstudio.model.layout.geometry import Page, PageKind, Rect, SopLayout, Symbol, SymbolKind

    clash = Page(
        PageKind.FLOWCHART,
        900,
        600,
        symbols=(
            Symbol(SymbolKind.PROCESS, Rect(0, 0, 50, 20), "s1"),
            Symbol(SymbolKind.PROCESS, Rect(10, 10, 50, 20), "s2"),
        ),
    )
    monkeypatch.setattr(layout_cli, "layout_sop", lambda sop, paper=None: SopLayout("x", (clash,)))
    path = SEED_SOPS / "org-layanan-pengaduan-kotak.sop.json"
    assert run_cli(str(path)) == 1
    out = capsys.readouterr().out
    assert "1 halaman" in out and "masalah" in out


def test_cli_exits_2_on_unreadable_input(tmp_path, capsys):
    broken = tmp_path / "rusak.sop.json"
    broken.write_text("{", encoding="utf-8")
    assert run_cli(str(broken)) == 2
    assert "galat" in capsys.readouterr().err
    assert run_cli(str(tmp_path / "tidak-ada.sop.json")) == 2


def test_report_is_not_blind_on_real_layouts():
    # The all-zero reports above mean something only if the same checks fire on the same
    # real geometry once it is damaged.
    from dataclasses import replace

    from sopstudio.model.layout.geometry import Point

    sop = jsonio.load(SEED_SOPS / "pbj-72-rapat-tinjauan-manajemen.sop.json")
    layout = layout_sop(sop)
    index, page = next(
        (i, p) for i, p in enumerate(layout.pages) if len(p.symbols) >= 2 and p.connectors
    )

    def damaged(new_page):
        pages = list(layout.pages)
        pages[index] = new_page
        return quality_report(replace(layout, pages=tuple(pages)))

    first, second = page.symbols[:2]
    stacked = replace(page, symbols=(first, replace(second, rect=first.rect), *page.symbols[2:]))
    assert damaged(stacked).symbol_overlaps >= 1

    conn = page.connectors[0]
    end = conn.points[-1]
    short = replace(conn, points=(*conn.points[:-1], Point(end.x, end.y - 6)))
    assert damaged(replace(page, connectors=(short, *page.connectors[1:]))).detached_ends == 1

    table = page.tables[0]
    cell = next(c for c in table.cells if c.text.lines)
    line = cell.text.lines[0]
    sunk = replace(cell, text=replace(cell.text, lines=(replace(line, baseline=cell.rect.bottom),)))
    cells = tuple(sunk if c is cell else c for c in table.cells)
    overflow = damaged(replace(page, tables=(replace(table, cells=cells), *page.tables[1:])))
    assert overflow.text_overflows == 1

    # Every link re-drawn twice: coverage sees duplicates.
    doubled = replace(page, connectors=page.connectors + page.connectors)
    pages = list(layout.pages)
    pages[index] = doubled
    assert link_coverage(sop, replace(layout, pages=tuple(pages))).duplicate >= 1
