"""The bundled sample decrees and the four seed-style fixture decrees: valid, self-contained,
reproducible; and the decree blocks they produce for the exporters."""

from __future__ import annotations

import pytest

from sopstudio.model import decree_blocks as b
from sopstudio.model import decree_json, jsonio
from sopstudio.model.validate import ERROR
from sopstudio.model.validate_decree import validate_decree
from sopstudio.resources import SAMPLES
from tests.fixtures.decrees import BUILDERS, kepgub_pbj_74, kepkaro_lpse, perbup_malang
from tools.build_sample_decrees import DECREES

SAMPLE_DECREES = sorted(SAMPLES.glob("*.decree.json"))


def errors(decree) -> list:
    return [f for f in validate_decree(decree) if f.severity == ERROR]


@pytest.mark.parametrize("name", list(BUILDERS))
def test_fixture_decree_validates_and_round_trips(name):
    decree = BUILDERS[name]()
    assert errors(decree) == []
    assert decree_json.loads(decree_json.dumps(decree)) == decree
    assert BUILDERS[name]() == decree, "builders are deterministic"


def test_sample_decrees_are_the_ones_the_tool_builds():
    assert [p.name for p in SAMPLE_DECREES] == sorted(DECREES)
    for path in SAMPLE_DECREES:
        text = path.read_text(encoding="utf-8")
        assert decree_json.dumps(DECREES[path.name]()) == text, "run tools/build_sample_decrees.py"
        assert decree_json.dumps(decree_json.loads(text)) == text


@pytest.mark.parametrize("path", SAMPLE_DECREES, ids=lambda p: p.name)
def test_sample_decree_is_valid_and_embeds_the_sample_sops(path):
    decree = decree_json.load(path)
    assert errors(decree) == []
    files = {s.id: s for s in map(jsonio.load, (SAMPLES / "sops").glob("*.sop.json"))}
    assert decree.lampiran.sops and all(files[s.id] == s for s in decree.lampiran.sops)


def test_every_sample_sop_is_in_exactly_one_sample_decree():
    embedded = [s.id for p in SAMPLE_DECREES for s in decree_json.load(p).lampiran.sops]
    files = [jsonio.load(p).id for p in (SAMPLES / "sops").glob("*.sop.json")]
    assert sorted(embedded) == sorted(files)


def test_74_sop_list_and_daftar():
    decree = kepgub_pbj_74()
    listing = next(
        blk
        for blk in b.decree_body_blocks(decree)
        if isinstance(blk, b.Clause) and blk.items and blk.label == "KETIGA"
    )
    assert [i.marker for i in listing.items][::26] == ["a.", "aa.", "aaa."]
    assert listing.items[-1].marker == "vvv."
    daftar = next(blk for blk in b.lampiran_front_blocks(decree) if isinstance(blk, b.Table))
    assert daftar.caption[0] == "DAFTAR STANDAR OPERASIONAL PROSEDUR (SOP)"
    assert len(daftar.rows) == 74 and daftar.rows[21][2] == "22 TAHUN 2024"
    assert len({row[2] for row in daftar.rows}) == 74


def test_unit_decree_has_no_head_of_region_formula():
    headings = [
        line
        for blk in b.decree_body_blocks(kepkaro_lpse())
        if isinstance(blk, b.Heading)
        for line in blk.lines
    ]
    assert "DENGAN RAHMAT TUHAN YANG MAHA ESA" not in headings
    assert headings[-2] == (
        "KEPALA BIRO PENGADAAN BARANG DAN JASA SEKRETARIAT DAERAH PROVINSI NUSA TENGGARA TIMUR,"
    )
    assert "DENGAN RAHMAT TUHAN YANG MAHA ESA" in [
        line
        for blk in b.decree_body_blocks(perbup_malang())
        if isinstance(blk, b.Heading)
        for line in blk.lines
    ]


def test_peraturan_signatures_sides_and_hanging_lists():
    blocks = b.decree_body_blocks(perbup_malang())
    sides = [(blk.lines_before[0], blk.side) for blk in blocks if isinstance(blk, b.Signature)]
    assert sides == [
        ("Ditetapkan di Kepanjen", "right"),
        ("Diundangkan di Kepanjen", "left"),
        ("Salinan sesuai dengan aslinya", "left"),
    ]
    definitions = next(blk for blk in blocks if isinstance(blk, b.Clause) and not blk.label)
    assert [i.marker for i in definitions.items] == ["1.", "2.", "3."]
    assert definitions.items[0].text == "Daerah adalah Kabupaten Malang."


def test_text_blocks_split_leading_markers_only():
    blocks = b.text_blocks(
        [
            "Dalam hal ini:",
            "1. Satu;",
            "(2) Dua;",
            "aa. Tiga.",
            "2024 adalah tahun anggaran.",
            "dll. bukan penanda",
            "1.1 Visi",
        ]
    )
    assert [type(blk).__name__ for blk in blocks] == [
        "Paragraph",
        "Clause",
        "Paragraph",
        "Paragraph",
        "Clause",
    ]
    assert [(i.marker, i.text) for i in blocks[1].items] == [
        ("1.", "Satu;"),
        ("(2)", "Dua;"),
        ("aa.", "Tiga."),
    ]
    assert blocks[4].items[0].marker == "1.1"


def test_policy_lampiran_is_headed_by_its_title():
    blocks = b.lampiran_front_blocks(kepkaro_lpse())
    assert isinstance(blocks[0], b.PageBreak) and isinstance(blocks[1], b.RightBlock)
    assert blocks[2] == b.Heading(
        (
            "KEBIJAKAN OPERASIONAL LAYANAN PENGADAAN SECARA ELEKTRONIK (LPSE)",
            "LINGKUP PROVINSI NUSA TENGGARA TIMUR",
        )
    )
    assert b.Paragraph("I. PENDAHULUAN", align="left", bold=True) in blocks
    assert not any(isinstance(blk, b.Table) for blk in blocks)
