"""write_decree_pdf: the four decree styles of the seeds exported and read back from the PDF."""

from __future__ import annotations

import importlib.util
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from sopstudio.cli import main
from sopstudio.export.pdf import decree as decree_pdf
from sopstudio.export.pdf import write_decree_pdf
from sopstudio.model import decree_json
from sopstudio.model.decree import Decree
from sopstudio.model.layout import layout_sop
from sopstudio.model.numbering import diktum_ordinal, format_nip, letter_label
from sopstudio.model.style import Paper
from sopstudio.resources import SAMPLES
from tests.fixtures.decrees import (
    BUILDERS,
    SEKDA_MAPPING,
    kepgub_pbj_74,
    kepkaro_lpse,
    kepsekda_mapping,
    perbup_malang,
)

WHEN = datetime(2024, 9, 17, tzinfo=UTC)
F4_PORTRAIT = (609.4, 935.4)
F4_LANDSCAPE = (935.4, 609.4)
A4_PORTRAIT = (595.3, 841.9)
A4_LANDSCAPE = (841.9, 595.3)
SAMPLE = SAMPLES / "kepgub-324-2024-biro-pbj.decree.json"


def compact(text: str) -> str:
    """Text without any whitespace: line breaks and justification spacing do not matter."""
    return re.sub(r"\s+", "", text)


class Exported:
    """A decree written to PDF once, with what the tests read back from it."""

    def __init__(self, decree: Decree, path: Path, paper: Paper | None = None) -> None:
        self.decree = decree
        self.path = path
        self.pages = write_decree_pdf(decree, path, paper=paper, creation_date=WHEN)
        self.reader = PdfReader(path)
        self.sizes = [
            (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
            for p in self.reader.pages
        ]
        self.portrait = [i for i, (w, h) in enumerate(self.sizes) if w < h]
        self.body = compact(" ".join(self.reader.pages[i].extract_text() for i in self.portrait))

    def has(self, text: str) -> bool:
        return compact(text) in self.body

    def tables(self) -> list[list[list[str]]]:
        """Ruled tables of the portrait pages, cells with their line breaks as spaces."""
        found = []
        with pdfplumber.open(self.path) as pdf:
            for i in self.portrait:
                for table in pdf.pages[i].extract_tables():
                    found.append([[" ".join((c or "").split()) for c in row] for row in table])
        return found


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, Exported]:
    folder = tmp_path_factory.mktemp("decrees")
    return {name: Exported(build(), folder / f"{name}.pdf") for name, build in BUILDERS.items()}


@pytest.mark.parametrize("name", list(BUILDERS))
def test_page_sizes_portrait_body_then_landscape_sops(exported, name):
    doc = exported[name]
    n_body = len(doc.portrait)
    assert doc.portrait == list(range(n_body)) and n_body >= 2
    assert all(size == F4_PORTRAIT for size in doc.sizes[:n_body])
    assert all(size == F4_LANDSCAPE for size in doc.sizes[n_body:])
    sop_pages = sum(len(layout_sop(sop).pages) for sop in doc.decree.lampiran.sops)
    assert doc.pages == len(doc.sizes) == n_body + sop_pages


@pytest.mark.parametrize("name", list(BUILDERS))
def test_title_block_considerations_and_legal_bases(exported, name):
    doc, decree = exported[name], exported[name].decree
    title = doc.reader.pages[0].extract_text()
    assert compact(decree.title) in compact(title)
    assert compact(f"NOMOR : {decree.nomor}") in compact(title)
    assert compact(decree.tentang.upper()) in compact(title)
    for item in [*decree.menimbang, *decree.mengingat, *decree.memperhatikan]:
        assert doc.has(item), item
    labels = ["Menimbang", "Mengingat", "MEMUTUSKAN", "Menetapkan"]
    assert all(doc.has(f"{label}") for label in labels)
    assert doc.has("Memperhatikan") == bool(decree.memperhatikan)
    region_head = not decree.kind.value.startswith(("keputusan_sekda", "keputusan_kepala"))
    assert doc.has("DENGAN RAHMAT TUHAN YANG MAHA ESA") == region_head


def test_diktum_and_sop_list_lettered_to_vvv(exported):
    doc = exported["kepgub-74"]
    decree = doc.decree
    assert len(decree.lampiran.sops) == 74
    for index, diktum in enumerate(decree.diktum, start=1):
        assert doc.has(f"{diktum_ordinal(index, decree.ordinal_first)} : {diktum.text}"), index
    titles = decree.sop_titles()
    for index, title in enumerate(titles, start=1):
        ending = "." if index == 74 else ("; dan" if index == 73 else ";")
        assert doc.has(f"{letter_label(index)}. {title}{ending}"), index
    assert doc.has("a. SOP Penanganan Surat Masuk;")
    assert doc.has(
        "vvv. SOP Pelaksanaan Pendampingan, Bimbingan Teknis, Sosialisasi, Konsultasi "
        "atau Diseminasi."
    )


def test_daftar_sop_rows_and_repeated_header(exported):
    doc = exported["kepgub-74"]
    daftar = [t for t in doc.tables() if t[0] == ["No", "Judul SOP", "Nomor SOP"]]
    assert len(daftar) >= 2, "a 74-row Daftar SOP spans pages and repeats its header on each"
    rows = [row for table in daftar for row in table[1:]]
    expected = [
        [str(i), title, sop.nomor]
        for i, (sop, title) in enumerate(
            zip(doc.decree.lampiran.sops, doc.decree.sop_titles(), strict=True), start=1
        )
    ]
    assert rows == expected


def test_signature_tembusan_and_paraf(exported):
    doc = exported["kepgub-74"]
    decree = doc.decree
    for line in (
        "Ditetapkan di Kupang",
        "pada tanggal 17 September 2024",
        "PJ. GUBERNUR NUSA TENGGARA TIMUR,",
        "ANDRIKO NOTO SUSANTO",
        "Tembusan:",
    ):
        assert doc.has(line), line
    for index, item in enumerate(decree.tembusan, start=1):
        assert doc.has(f"{index}. {item}")
    paraf = next(t for t in doc.tables() if t[0][0] == "PARAF HIERARKI")
    assert [row[0] for row in paraf[1:]] == [p.jabatan for p in decree.paraf]


def test_delegated_signer_and_policy_lampiran(exported):
    doc = exported["kepkaro-policy"]
    decree = doc.decree
    signer = decree.signer
    for line in (
        signer.atas_nama,
        "ub.",
        f"{signer.jabatan},",
        signer.nama,
        signer.pangkat,
        f"NIP. {format_nip(signer.nip)}",
        "Ditetapkan di Kupang",
        "pada tanggal 16 Mei 2023",
        *decree.kop,
    ):
        assert doc.has(line), line
    assert not doc.has("PARAF HIERARKI") and not doc.has("DAFTAR STANDAR")
    assert doc.has("LAMPIRAN") and doc.has("TANGGAL : 16 Mei 2023")
    for chapter in decree.lampiran.policy:
        assert doc.has(chapter.title)
        for paragraph in chapter.articles[0].paragraphs:
            assert doc.has(paragraph), paragraph
    assert len(doc.portrait) == doc.pages, "a policy Lampiran has no SOP pages"


def test_peraturan_bab_pasal_diundangkan_salinan(exported):
    doc = exported["perbup"]
    decree = doc.decree
    for heading in (
        "BAB I KETENTUAN UMUM",
        "BAB II STANDAR OPERASIONAL PROSEDUR",
        "BAB IV KETENTUAN PENUTUP",
        "Pasal 1",
        "Pasal 5",
    ):
        assert doc.has(heading), heading
    assert not doc.has("Pasal 6") and not doc.has("KESATU")
    for sop, marker in zip(decree.lampiran.sops, "abc", strict=True):
        assert doc.has(f"{marker}. SOP {sop.judul}")
    p = decree.promulgation
    for line in (
        "Ditetapkan di Kepanjen",
        "pada tanggal 01 Oktober 2024",
        "BUPATI MALANG,",
        "Diundangkan di Kepanjen",
        "pada tanggal 02 Oktober 2024",
        f"{p.signer.jabatan},",
        p.signer.nama,
        "BERITA DAERAH KABUPATEN MALANG TAHUN 2024 NOMOR 57",
        "Salinan sesuai dengan aslinya",
        "KEPALA BAGIAN HUKUM,",
        decree.salinan.nama,
        "NIP. 19701020 199703 1 004",
    ):
        assert doc.has(line), line
    # The definitions of Pasal 1 are a hanging list, not run-in text.
    assert doc.has("1. Daerah adalah Kabupaten Malang.")


def test_mapping_table_rows(exported):
    doc = exported["kepsekda-mapping"]
    mapping = next(t for t in doc.tables() if t[0][1] == "Nama SOP Lama (2022)")
    assert mapping[0] == ["No", "Nama SOP Lama (2022)", "No", "Nama SOP Baru (2024)"]
    assert mapping[1:] == [list(row) for row in SEKDA_MAPPING]
    assert doc.has("TABEL PERUBAHAN STANDAR OPERASIONAL PROSEDUR")
    assert doc.has("SEKRETARIS DAERAH KOTA MALANG,")


def test_fonts_embedded_in_house_family(exported):
    def fonts(doc: Exported) -> set[str]:
        names = set()
        for page in doc.reader.pages[: len(doc.portrait)]:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
                names.add(str(font["/BaseFont"]).split("+")[-1])
        return names

    assert {"LiberationSans", "LiberationSans-Bold"} <= fonts(exported["kepgub-74"])
    # The Malang house writes Bookman Old Style; its stand-in is TeX Gyre Bonum, for the
    # page numbers too (as in the DOCX footer).
    assert fonts(exported["perbup"]) == {"TeXGyreBonum-Regular", "TeXGyreBonum-Bold"}


def test_metadata(exported):
    meta = exported["kepgub-74"].reader.metadata
    assert meta.title == "KEPUTUSAN GUBERNUR NUSA TENGGARA TIMUR NOMOR 324/KEP/HK/2024"
    assert meta.author == "GUBERNUR NUSA TENGGARA TIMUR"
    assert meta.creator.startswith("SOP Studio")
    assert exported["kepkaro-policy"].reader.metadata.author.startswith("KEPALA BIRO PENGADAAN")


def test_deterministic_with_fixed_date(tmp_path):
    decree = kepsekda_mapping()
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_decree_pdf(decree, first, creation_date=WHEN)
    write_decree_pdf(kepsekda_mapping(), second, creation_date=WHEN)
    assert first.read_bytes() == second.read_bytes()


def test_a4_paper(tmp_path):
    doc = Exported(perbup_malang(), tmp_path / "a4.pdf", paper=Paper.A4)
    assert doc.sizes[0] == A4_PORTRAIT and doc.sizes[-1] == A4_LANDSCAPE


def test_74_sop_decree_is_fast_and_reports_progress(tmp_path):
    decree = kepgub_pbj_74()
    calls = []
    start = time.process_time()
    write_decree_pdf(decree, tmp_path / "74.pdf", progress=lambda d, t: calls.append((d, t)))
    assert time.process_time() - start < 3.0
    assert calls == [(n, 75) for n in range(1, 76)]


def test_failed_export_leaves_no_file(tmp_path, monkeypatch):
    def broken(sop, style=None, paper=None):
        raise RuntimeError("layout failed")

    monkeypatch.setattr(decree_pdf, "layout_sop", broken)
    target = tmp_path / "k.pdf"
    with pytest.raises(RuntimeError):
        write_decree_pdf(kepsekda_mapping(), target)
    assert list(tmp_path.iterdir()) == []


def test_bundled_sample_decree_exports(tmp_path, capsys):
    out = tmp_path / "sample.pdf"
    assert main(["export", str(SAMPLE), "-o", str(out)]) == 0
    reader = PdfReader(out)
    assert f"({len(reader.pages)} halaman)" in capsys.readouterr().out
    decree = decree_json.load(SAMPLE)
    assert len(reader.pages) > sum(len(layout_sop(s).pages) for s in decree.lampiran.sops)
    assert "324/KEP/HK/2024" in reader.pages[0].extract_text()
    assert main(["export", str(SAMPLE), "-o", str(out), "--paper", "a4"]) == 0
    assert round(float(PdfReader(out).pages[0].mediabox.width), 1) == A4_PORTRAIT[0]


def test_cli_rejects_a_broken_decree(tmp_path, capsys):
    bad = tmp_path / "rusak.decree.json"
    bad.write_text('{"format": "sopstudio.decree", "version": 1, "kind": "perpres"}')
    assert main(["export", str(bad), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "jenis keputusan tidak dikenal" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_exports_decree_docx(tmp_path):
    if not hasattr(importlib.import_module("sopstudio.export.docx"), "write_decree_docx"):
        pytest.skip("the decree DOCX exporter lands separately")
    path = tmp_path / "k.decree.json"
    decree_json.save(kepkaro_lpse(), path)
    out = tmp_path / "k.docx"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert out.read_bytes()[:2] == b"PK"
