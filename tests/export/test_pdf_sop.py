"""write_sop_pdf: a whole SOP, laid out by the engine, checked in the written PDF."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from itertools import pairwise

import pdfplumber
import pytest
from pypdf import PdfReader

from sopstudio.export.pdf import sop_metadata, write_sop_pdf
from sopstudio.model import jsonio
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.geometry import PageKind, Rect, SymbolKind
from sopstudio.model.sop import Actor, Approver, Sop, Step, StepKind
from sopstudio.model.style import Paper
from sopstudio.resources import SAMPLES

WHEN = datetime(2024, 9, 17, tzinfo=UTC)
TOL = 0.5
F4_LANDSCAPE = (935.4, 609.4)
A4_LANDSCAPE = (841.9, 595.3)


def surat_masuk() -> Sop:
    """SOP Penanganan Surat Masuk (Biro Organisasi NTT, 2024), with a check step added."""
    actors = [
        Actor("Pengadministrasi Umum", "pu"),
        Actor("Kepala Biro Organisasi", "karo"),
        Actor("Kepala Bagian", "kabag"),
        Actor("Kasubag TU Biro/ Ketua Tim Kerja", "tu"),
    ]
    rows = [
        (
            StepKind.START,
            "pu",
            "Menerima surat masuk, mengagendakan surat dalam buku agenda surat "
            "masuk, memasang lembar disposisi dan meneruskan kepada Kepala Biro Organisasi.",
            "Buku Agenda Surat masuk dan lembar disposisi",
            "5 menit",
            "Surat masuk dan lembar Disposisi",
            "",
        ),
        (
            StepKind.PROCESS,
            "karo",
            "Menelaah, mendisposisi surat masuk dan memberikan petunjuk "
            "kepada Kabag yang dituju untuk tindaklanjut.",
            "Surat masuk dan lembar Disposisi",
            "10 menit",
            "Surat masuk dan Disposisi",
            "",
        ),
        (
            StepKind.PROCESS,
            "pu",
            "Mencatat disposisi karo dan meneruskan ke kabag yang dituju.",
            "Surat masuk dan Disposisi",
            "5 menit",
            "Surat masuk dan Disposisi",
            "",
        ),
        (
            StepKind.DECISION,
            "kabag",
            "Menelaah disposisi; apabila lengkap diteruskan kepada "
            "Kasubag TU, apabila tidak lengkap dikembalikan kepada pengadministrasi umum.",
            "Surat masuk dan Disposisi",
            "10 menit",
            "Disposisi Kabag",
            "Jika diperlukan",
        ),
        (
            StepKind.PROCESS,
            "tu",
            "Menindaklanjuti disposisi kabag terkait surat masuk dan "
            "memerintahkan Pengadministrasi Umum untuk mendokumentasikan dan mengarsipkan.",
            "Surat masuk dan Disposisi",
            "5 menit",
            "Surat masuk dan Disposisi",
            "",
        ),
        (
            StepKind.END,
            "pu",
            "Mendokumentasikan dan mengarsipkan Surat Masuk",
            "Surat masuk dan Disposisi",
            "1 Jam",
            "Dokumen Tindaklanjut, bukti dokumentasi",
            "",
        ),
    ]
    steps = [
        Step(
            kind=k,
            actor=a,
            text=t,
            kelengkapan=kl,
            waktu=w,
            output=o,
            keterangan=ket,
            id=f"s{i + 1}",
        )
        for i, (k, a, t, kl, w, o, ket) in enumerate(rows)
    ]
    for step, following in pairwise(steps):
        if step.kind is StepKind.DECISION:
            step.yes, step.no = following.id, "s3"
        else:
            step.next = following.id
    return Sop(
        judul="Penanganan Surat Masuk",
        nomor="06 TAHUN 2024",
        unit_header=[
            "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
            "SEKRETARIAT DAERAH",
            "BIRO ORGANISASI",
            "BAGIAN TATA LAKSANA",
        ],
        tanggal_pembuatan="23 Agustus 2021",
        tanggal_revisi="Mei 2024",
        approver=Approver(
            "Plt. Kepala Biro Organisasi Setda Provinsi Nusa Tenggara Timur",
            "Djoese S.M. Nai Buti, S.Pt, M.Si",
            "Pembina Tingkat I",
            "197103291999031002",
        ),
        dasar_hukum=[
            "Peraturan Menteri PAN dan RB Nomor 35 Tahun 2012 tentang Pedoman "
            "Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan."
        ],
        kualifikasi=["Pendidikan minimal SLTA.", "Menguasai Tata Naskah Dinas."],
        keterkaitan=["SOP Penanganan Surat Keluar."],
        peralatan=["ATK.", "Buku Agenda Surat Masuk.", "Telepon/Faximili."],
        peringatan=[
            "Apabila pengelolaan administrasi surat masuk terlambat maka akan berdampak "
            "pada terlambatnya tindaklanjut surat masuk."
        ],
        pencatatan=["Pada Buku Agenda Surat Masuk."],
        actors=actors,
        steps=steps,
        id="surat-masuk",
    )


def long_sop(steps: int = 25, lanes: int = 7) -> Sop:
    """A long SOP (the largest seen: ~25 steps, 7 lanes) that needs several flowchart pages."""
    sop = surat_masuk()
    sop.actors = [Actor(f"Pelaksana {n + 1}", f"a{n}") for n in range(lanes)]
    sop.steps = [
        Step(
            kind=StepKind.PROCESS,
            actor=f"a{(n * 3) % lanes}",
            id=f"s{n}",
            text=f"Kegiatan nomor {n + 1}: menyiapkan, memeriksa dan meneruskan berkas usulan "
            f"kepada pelaksana berikutnya sesuai ketentuan yang berlaku.",
            kelengkapan=f"Berkas usulan {n + 1}",
            waktu=f"{n + 1} hari",
            output=f"Hasil {n + 1}",
        )
        for n in range(steps)
    ]
    sop.steps[0].kind, sop.steps[-1].kind = StepKind.START, StepKind.END
    sop.steps[10].kind = StepKind.DECISION
    for step, following in pairwise(sop.steps):
        if step.kind is StepKind.DECISION:
            step.yes, step.no = following.id, "s2"
        else:
            step.next = following.id
    return sop


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """(sop, layout, path) for the sample and for the long SOP, F4."""
    results = {}
    for name, sop in (("surat", surat_masuk()), ("long", long_sop())):
        path = tmp_path_factory.mktemp(name) / f"{name}.pdf"
        write_sop_pdf(sop, path, creation_date=WHEN)
        results[name] = (sop, layout_sop(sop), path)
    return results


@pytest.mark.parametrize("name", ["surat", "long"])
def test_f4_landscape_with_one_pdf_page_per_layout_page(exported, name):
    _sop, layout, path = exported[name]
    pages = PdfReader(path).pages
    assert len(pages) == len(layout.pages)
    for page in pages:
        assert float(page.mediabox.width) == pytest.approx(F4_LANDSCAPE[0], abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(F4_LANDSCAPE[1], abs=0.1)


def test_a4_on_request(tmp_path):
    path = tmp_path / "a4.pdf"
    count = write_sop_pdf(surat_masuk(), path, paper=Paper.A4, creation_date=WHEN)
    pages = PdfReader(path).pages
    assert count == len(pages) == len(layout_sop(surat_masuk(), paper=Paper.A4).pages)
    for page in pages:
        assert float(page.mediabox.width) == pytest.approx(A4_LANDSCAPE[0], abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(A4_LANDSCAPE[1], abs=0.1)


@pytest.mark.parametrize("name", ["surat", "long"])
def test_every_kegiatan_mutu_baku_and_identity_text_is_printed(exported, name):
    sop, layout, path = exported[name]
    text = _words(" ".join(p.extract_text() for p in PdfReader(path).pages))
    # Compare against the layout's own lines: the PDF must print exactly what was laid out...
    for page in layout.pages:
        for table in page.tables:
            for cell in table.cells:
                for line in cell.text.lines:
                    assert _words(line.text) in text, line.text
    # ...and the laid-out words must cover the SOP (nothing dropped on the way).
    expected = [
        sop.judul,
        sop.nomor,
        *sop.unit_header,
        sop.tanggal_pembuatan,
        sop.approver.jabatan,
        sop.approver.nama,
        *sop.dasar_hukum,
        *sop.kualifikasi,
        *sop.keterkaitan,
        *sop.peralatan,
        *sop.peringatan,
        *sop.pencatatan,
        *(a.name for a in sop.actors),
    ]
    for step in sop.steps:
        expected += [step.text, step.kelengkapan, step.waktu, step.output, step.keterangan]
    squashed = text.replace(" ", "")
    for item in filter(None, expected):
        # Wrapping may split a word with a hyphen-less break; compare without spaces.
        assert item.replace(" ", "") in squashed, item


def test_page_numbers_and_metadata(exported):
    sop, layout, path = exported["surat"]
    reader = PdfReader(path)
    total = len(layout.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Halaman {number} dari {total}" in page.extract_text()
    meta = reader.metadata
    assert meta.title == "Penanganan Surat Masuk"
    assert meta.subject == (
        "Standar Operasional Prosedur Administrasi Pemerintahan Nomor 06 TAHUN 2024"
    )
    assert meta.author == "BAGIAN TATA LAKSANA"
    assert meta.creator.startswith("SOP Studio ")


def test_metadata_without_nomor_or_header():
    sop = Sop(judul="Layanan Konsultasi")
    assert sop_metadata(sop) == {
        "title": "Layanan Konsultasi",
        "subject": "Standar Operasional Prosedur Administrasi Pemerintahan",
        "author": "",
    }


def test_fonts_are_embedded(exported):
    _sop, _layout, path = exported["surat"]
    with pdfplumber.open(path) as pdf:
        names = {c["fontname"] for page in pdf.pages for c in page.chars}
    assert names
    reader = PdfReader(path)
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for font in fonts.values():
            assert "/FontFile2" in font.get_object()["/FontDescriptor"]


def _box(obj: dict) -> Rect:
    return Rect(obj["x0"], obj["top"], obj["x1"] - obj["x0"], obj["bottom"] - obj["top"])


def _same_box(a: Rect, b: Rect) -> bool:
    return all(
        abs(p - q) <= TOL
        for p, q in zip((a.x, a.y, a.right, a.bottom), (b.x, b.y, b.right, b.bottom), strict=True)
    )


@pytest.mark.parametrize("name", ["surat", "long"])
def test_symbols_are_where_the_layout_put_them(exported, name):
    _sop, layout, path = exported[name]
    kinds_seen = set()
    with pdfplumber.open(path) as pdf:
        for page, pdf_page in zip(layout.pages, pdf.pages, strict=True):
            shapes = {
                SymbolKind.PROCESS: pdf_page.rects,
                SymbolKind.TERMINATOR: pdf_page.curves,
                SymbolKind.DECISION: pdf_page.curves,
                SymbolKind.OFFPAGE: pdf_page.curves,
            }
            for symbol in page.symbols:
                assert any(_same_box(_box(o), symbol.rect) for o in shapes[symbol.kind]), symbol
                kinds_seen.add(symbol.kind)
            for connector in page.connectors:
                tip = connector.points[-1]
                assert any(
                    any(abs(x - tip.x) <= TOL and abs(y - tip.y) <= TOL for x, y in c["pts"])
                    for c in pdf_page.curves
                    if c["fill"]
                ), connector
    expected = {SymbolKind.TERMINATOR, SymbolKind.PROCESS, SymbolKind.DECISION}
    if name == "long":
        expected.add(SymbolKind.OFFPAGE)
    assert expected <= kinds_seen


def test_long_sop_spans_several_flowchart_pages(exported):
    _sop, layout, _path = exported["long"]
    assert sum(p.kind is PageKind.FLOWCHART for p in layout.pages) >= 2


def test_deterministic_bytes(tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_sop_pdf(surat_masuk(), a, creation_date=WHEN)
    write_sop_pdf(surat_masuk(), b, creation_date=WHEN)
    assert a.read_bytes() == b.read_bytes()


def test_a_failed_export_leaves_no_file(tmp_path, monkeypatch):
    from sopstudio.export.pdf import document

    def broken(canvas, page):
        raise RuntimeError("gagal menggambar")

    monkeypatch.setattr(document, "draw_page", broken)
    with pytest.raises(RuntimeError):
        write_sop_pdf(surat_masuk(), tmp_path / "out.pdf", creation_date=WHEN)
    assert list(tmp_path.iterdir()) == []


BUNDLED = sorted((SAMPLES / "sops").glob("*.sop.json"))


@pytest.mark.parametrize("sample", BUNDLED, ids=lambda p: p.name.split("-")[0])
def test_every_bundled_sample_exports_with_symbols_in_place(sample, tmp_path):
    sop = jsonio.load(sample)
    path = tmp_path / "sample.pdf"
    count = write_sop_pdf(sop, path, creation_date=WHEN)
    layout = layout_sop(sop)
    assert count == len(layout.pages)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == count
        for page, pdf_page in zip(layout.pages, pdf.pages, strict=True):
            shapes = pdf_page.rects + pdf_page.curves
            for symbol in page.symbols:
                assert any(_same_box(_box(o), symbol.rect) for o in shapes), symbol
    # pypdf extracts in drawing order, so each cell's wrapped lines stay together.
    text = re.sub(r"\s+", "", " ".join(p.extract_text() for p in PdfReader(path).pages))
    for step in sop.steps:
        for value in (step.text, step.kelengkapan, step.waktu, step.output, step.keterangan):
            assert re.sub(r"\s+", "", value) in text, value
