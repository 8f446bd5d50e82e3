"""write_decree_docx: the four decree styles of the seeds exported and reopened with python-docx."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from sopstudio.export.decree_style import BODY_MARGINS, SIDE_BLOCK
from sopstudio.export.docx import DocxBuilder, oxml, write_decree_docx
from sopstudio.export.docx import decree as decree_docx
from sopstudio.export.pdf import write_decree_pdf
from sopstudio.model import decree_blocks as b
from sopstudio.model.decree import Decree
from sopstudio.model.layout import layout_sop
from sopstudio.model.numbering import diktum_ordinal, format_nip, letter_label
from sopstudio.model.style import Margins, Paper
from tests.export.docx_layout_fixture import sample_layout
from tests.fixtures.decrees import (
    BUILDERS,
    SEKDA_MAPPING,
    kepgub_pbj_74,
    kepsekda_mapping,
    perbup_malang,
)

W = oxml._W
F4 = (215, 330)
A4 = (210, 297)


def compact(text: str) -> str:
    """Text without any whitespace (tabs, line breaks and spacing do not matter)."""
    return re.sub(r"\s+", "", text)


class Written:
    """A decree written to DOCX once, with its portrait part read back in document order."""

    def __init__(self, decree: Decree, path: Path, paper: Paper | None = None) -> None:
        self.decree = decree
        write_decree_docx(decree, path, paper=paper)
        self.document = docx.Document(str(path))
        #: The portrait part (body and Lampiran front matter): paragraphs and tables in order.
        self.paragraphs: list[Paragraph] = []
        self.tables: list[Table] = []
        self.items: list[Paragraph | Table] = []
        for child in self.document.element.body:
            if child.tag == W + "p":
                item = Paragraph(child, self.document._body)
                self.paragraphs.append(item)
            elif child.tag == W + "tbl":
                item = Table(child, self.document._body)
                self.tables.append(item)
            else:
                continue
            self.items.append(item)
            if child.find(f"{W}pPr/{W}sectPr") is not None:
                break  # the end of the portrait section
        self.texts = [p.text for p in self.paragraphs if p.text]
        self.flat = compact(" ".join(_text(item) for item in self.items))

    def has(self, text: str) -> bool:
        return compact(text) in self.flat

    def paragraph(self, text: str) -> Paragraph:
        """The first portrait paragraph whose text is `text` (compared without whitespace)."""
        wanted = compact(text)
        return next(p for p in self.paragraphs if compact(p.text) == wanted)

    def table(self, first_cell: str) -> Table:
        return next(t for t in self.tables if t.rows[0].cells[0].text == first_cell)


def _text(item: Paragraph | Table) -> str:
    if isinstance(item, Paragraph):
        return item.text
    return " ".join(cell.text for row in item.rows for cell in _unique(row.cells))


def _unique(cells):
    """A row's cells with a horizontally merged cell once (python-docx repeats it)."""
    seen = []
    for cell in cells:
        if not seen or cell._tc is not seen[-1]._tc:
            seen.append(cell)
    return seen


def rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in _unique(row.cells)] for row in table.rows]


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Written]:
    folder = tmp_path_factory.mktemp("decrees")
    return {name: Written(build(), folder / f"{name}.docx") for name, build in BUILDERS.items()}


# -- sections ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(BUILDERS))
def test_portrait_body_then_landscape_sop_section(written, name):
    doc = written[name]
    sections = doc.document.sections
    has_sops = bool(doc.decree.lampiran.sops)
    assert len(sections) == (2 if has_sops else 1)
    body = sections[0]
    assert body.orientation == WD_ORIENT.PORTRAIT
    assert abs(body.page_width - Mm(F4[0])) < Mm(0.05)
    assert abs(body.page_height - Mm(F4[1])) < Mm(0.05)
    assert abs(body.left_margin - Pt(BODY_MARGINS.left)) < Pt(0.05)
    assert abs(body.top_margin - Pt(BODY_MARGINS.top)) < Pt(0.05)
    if has_sops:
        sops = sections[1]
        assert sops.orientation == WD_ORIENT.LANDSCAPE
        assert abs(sops.page_width - Mm(F4[1])) < Mm(0.05)
        assert abs(sops.page_height - Mm(F4[0])) < Mm(0.05)
        # Every layout table of every SOP is a native table after the portrait part.
        pages = [page for s in doc.decree.lampiran.sops for page in layout_sop(s).pages]
        layout_tables = sum(len(page.tables) for page in pages)
        assert len(doc.document.tables) == len(doc.tables) + layout_tables


def test_a4_paper(tmp_path):
    doc = Written(perbup_malang(), tmp_path / "a4.docx", paper=Paper.A4)
    first, last = doc.document.sections[0], doc.document.sections[-1]
    assert abs(first.page_width - Mm(A4[0])) < Mm(0.05) and first.orientation == WD_ORIENT.PORTRAIT
    assert abs(last.page_width - Mm(A4[1])) < Mm(0.05) and last.orientation == WD_ORIENT.LANDSCAPE


# -- texts -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(BUILDERS))
def test_title_block_centred_bold(written, name):
    doc, decree = written[name], written[name].decree
    head = [decree.issuing_office] if not decree.kop else list(decree.kop)
    expected = [*head, decree.title, f"NOMOR : {decree.nomor}", "TENTANG", decree.tentang.upper()]
    assert doc.texts[: len(expected)] == expected
    for paragraph in doc.paragraphs[: len(expected)]:
        assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert all(run.bold for run in paragraph.runs)


@pytest.mark.parametrize("name", list(BUILDERS))
def test_menimbang_mengingat_hanging_items(written, name):
    doc, decree = written[name], written[name].decree
    assert doc.paragraph(f"Menimbang\t:\ta.\t{decree.menimbang[0]}")
    for index, text in enumerate(decree.menimbang[1:], start=2):
        p = doc.paragraph(f"{letter_label(index)}.\t{text}")
        # The text wraps under itself, the marker hangs to its left, under the first marker.
        assert p.paragraph_format.first_line_indent < 0
        first = doc.paragraph(f"Menimbang\t:\ta.\t{decree.menimbang[0]}")
        assert p.paragraph_format.left_indent == first.paragraph_format.left_indent
        assert p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert doc.paragraph(f"Mengingat\t:\t1.\t{decree.mengingat[0]}")
    for index, text in enumerate(decree.mengingat[1:], start=2):
        assert doc.paragraph(f"{index}.\t{text}")
    assert doc.has("Memperhatikan") == bool(decree.memperhatikan)
    assert "MEMUTUSKAN:" in doc.texts


def test_colons_share_one_tab_stop(written):
    doc = written["kepgub-74"]
    labels = {blk.label for blk in b.decree_body_blocks(doc.decree) if isinstance(blk, b.Clause)}
    labelled = [p for p in doc.paragraphs if p.text.split("\t")[0] in labels - {""}]
    assert len(labelled) == 3 + len(doc.decree.diktum)  # Menimbang, Mengingat, Menetapkan
    assert len({p.paragraph_format.tab_stops[0].position for p in labelled}) == 1


def test_diktum_labels_bold_and_sop_list_to_vvv(written):
    doc = written["kepgub-74"]
    decree = doc.decree
    for index, diktum in enumerate(decree.diktum, start=1):
        label = diktum_ordinal(index, decree.ordinal_first)
        p = doc.paragraph(f"{label}\t:\t{diktum.text}")
        assert p.runs[0].text == label and p.runs[0].bold
    titles = decree.sop_titles()
    assert len(titles) == 74
    for index, title in enumerate(titles, start=1):
        ending = "." if index == 74 else ("; dan" if index == 73 else ";")
        assert doc.paragraph(f"{letter_label(index)}.\t{title}{ending}")
    assert doc.paragraph("a.\tSOP Penanganan Surat Masuk;")
    vvv = doc.paragraph(
        "vvv.\tSOP Pelaksanaan Pendampingan, Bimbingan Teknis, Sosialisasi, "
        "Konsultasi atau Diseminasi."
    )
    aa = doc.paragraph(f"aa.\t{titles[26]};")
    # Every marker starts at the same place and the texts line up after the widest marker.
    assert vvv.paragraph_format.left_indent == aa.paragraph_format.left_indent
    assert vvv.paragraph_format.first_line_indent == aa.paragraph_format.first_line_indent


def test_daftar_sop_rows_and_repeated_header(written):
    doc = written["kepgub-74"]
    table = doc.table("No")
    assert rows(table)[0] == ["No", "Judul SOP", "Nomor SOP"]
    expected = [
        [str(i), title, sop.nomor]
        for i, (sop, title) in enumerate(
            zip(doc.decree.lampiran.sops, doc.decree.sop_titles(), strict=True), start=1
        )
    ]
    assert rows(table)[1:] == expected
    header_flags = [tr.find(f"{W}trPr/{W}tblHeader") is not None for tr in table._tbl.tr_lst]
    assert header_flags == [True] + [False] * 74
    assert all(tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in table._tbl.tr_lst)
    assert doc.paragraph("DAFTAR STANDAR OPERASIONAL PROSEDUR (SOP)").runs[0].bold


def test_lampiran_starts_a_page_with_the_header_at_the_right(written):
    doc = written["kepgub-74"]
    lampiran = doc.paragraph("LAMPIRAN")
    assert lampiran.paragraph_format.page_break_before
    text_width = Mm(F4[0]) - Pt(BODY_MARGINS.left) - Pt(BODY_MARGINS.right)
    assert abs(lampiran.paragraph_format.left_indent - text_width * (1 - SIDE_BLOCK)) < Pt(0.1)
    assert doc.paragraph(f"NOMOR\t:\t{doc.decree.nomor}")
    assert doc.paragraph("TANGGAL\t:\t17 September 2024")


def test_signature_tembusan_and_paraf(written):
    doc = written["kepgub-74"]
    decree = doc.decree
    lines = [
        "Ditetapkan di Kupang",
        "pada tanggal 17 September 2024",
        "PJ. GUBERNUR NUSA TENGGARA TIMUR,",
        "ANDRIKO NOTO SUSANTO",
    ]
    found = [doc.paragraph(line) for line in lines]
    indexes = [doc.paragraphs.index(p) for p in found]
    assert indexes == sorted(indexes)
    assert all(p.paragraph_format.left_indent > Mm(60) for p in found)  # right half
    assert all(p.paragraph_format.keep_with_next for p in found[:-1])
    name = found[-1].runs[0]
    assert name.bold and name.underline
    assert found[-1].paragraph_format.space_before >= Pt(40)  # room to sign
    assert doc.paragraph("Tembusan:").paragraph_format.keep_with_next
    for index, item in enumerate(decree.tembusan, start=1):
        assert doc.paragraph(f"{index}.\t{item}")
    paraf = doc.table("PARAF HIERARKI")
    assert rows(paraf)[0] == ["PARAF HIERARKI"]  # one header cell over both columns
    assert [row[0] for row in rows(paraf)[1:]] == [p.jabatan for p in decree.paraf]
    assert paraf._tbl.tr_lst[0].find(f"{W}trPr/{W}tblHeader") is not None


def test_delegated_signer_and_policy_lampiran(written):
    doc = written["kepkaro-policy"]
    decree = doc.decree
    signer = decree.signer
    for line in (
        signer.atas_nama,
        "ub.",
        f"{signer.jabatan},",
        signer.nama,
        signer.pangkat,
        f"NIP. {format_nip(signer.nip)}",
        *decree.kop,
    ):
        assert doc.paragraph(line), line
    assert not doc.has("PARAF HIERARKI") and not doc.has("DAFTAR STANDAR")
    assert doc.has("LAMPIRAN") and doc.paragraph("TANGGAL\t:\t16 Mei 2023")
    for chapter in decree.lampiran.policy:
        heading = doc.paragraph(chapter.title)
        assert heading.runs[0].bold and heading.alignment == WD_ALIGN_PARAGRAPH.LEFT
        for paragraph in chapter.articles[0].paragraphs:
            assert doc.has(paragraph), paragraph
    assert doc.paragraph("2.\tMemfasilitasi dan advokasi pelaksanaan pengadaan secara elektronik;")


def test_peraturan_bab_pasal_diundangkan_salinan(written):
    doc = written["perbup"]
    decree = doc.decree
    for heading in ("BAB I", "KETENTUAN UMUM", "BAB IV", "KETENTUAN PENUTUP", "Pasal 1", "Pasal 5"):
        assert doc.paragraph(heading).alignment == WD_ALIGN_PARAGRAPH.CENTER, heading
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
        assert doc.paragraph(line), line
    # Diundangkan and the Salinan certification sit at the left; Ditetapkan at the right.
    diundangkan = doc.paragraph("Diundangkan di Kepanjen").paragraph_format
    assert diundangkan.left_indent in (None, 0) and diundangkan.right_indent > Mm(60)
    assert doc.paragraph("Ditetapkan di Kepanjen").paragraph_format.left_indent > Mm(60)
    assert doc.paragraph("1.\tDaerah adalah Kabupaten Malang.")


def test_mapping_table_rows(written):
    doc = written["kepsekda-mapping"]
    mapping = next(t for t in doc.tables if rows(t)[0][1:2] == ["Nama SOP Lama (2022)"])
    assert rows(mapping)[0] == ["No", "Nama SOP Lama (2022)", "No", "Nama SOP Baru (2024)"]
    assert rows(mapping)[1:] == [list(row) for row in SEKDA_MAPPING]
    assert doc.paragraph("TABEL PERUBAHAN STANDAR OPERASIONAL PROSEDUR")
    assert doc.paragraph("SEKRETARIS DAERAH KOTA MALANG,")


def test_fonts_in_house_family_and_language(written):
    def fonts(doc: Written) -> set[str]:
        return {r.get(f"{W}ascii") for r in doc.document.element.body.iter(f"{W}rFonts")}

    assert fonts(written["kepgub-74"]) == {"Arial"}
    assert fonts(written["perbup"]) == {"Bookman Old Style"}
    styles = written["perbup"].document.styles.element
    assert styles.find(f".//{W}docDefaults//{W}lang").get(f"{W}val") == "id-ID"
    texts = [p for p in written["perbup"].paragraphs if p.text]
    assert {r.get(f"{W}val") for p in texts for r in p._p.iter(f"{W}sz")} == {"24"}  # 12 pt


def test_metadata(written):
    properties = written["kepgub-74"].document.core_properties
    assert properties.title == "KEPUTUSAN GUBERNUR NUSA TENGGARA TIMUR NOMOR 324/KEP/HK/2024"
    assert properties.author == "GUBERNUR NUSA TENGGARA TIMUR"
    assert properties.language == "id-ID"


# -- the same content as the PDF ---------------------------------------------------------


def block_texts(block: b.Block) -> list[str]:
    """The words of a block, in reading order."""
    if isinstance(block, b.Heading):
        return [line for line in block.lines if line]
    if isinstance(block, b.Paragraph):
        return [block.text]
    if isinstance(block, b.Clause):
        texts = [block.label, block.text]
        for item in block.items:
            texts += [item.marker, item.text]
            texts += [t for sub in item.sub for t in (sub.marker, sub.text)]
        return [t for t in texts if t]
    if isinstance(block, b.Signature):
        return [*block.lines_before, *block.office, block.nama, *block.details]
    if isinstance(block, b.Table):
        cells = [c for r in block.rows for c in r if c]
        return [*block.caption, *(h for h in block.headers if h), *cells]
    if isinstance(block, b.RightBlock):
        return [t for pair in block.lines for t in pair if t]
    return []


def in_order(haystack: str, needles: list[str]) -> list[str]:
    """The needles not found in `haystack` after the previous needle."""
    missing, position = [], 0
    for needle in needles:
        found = haystack.find(compact(needle), position)
        if found < 0:
            missing.append(needle)
        else:
            position = found + len(compact(needle))
    return missing


@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_block_in_the_same_order_as_in_the_pdf(written, tmp_path, name):
    doc = written[name]
    decree = BUILDERS[name]()
    blocks = [*b.decree_body_blocks(decree), *b.lampiran_front_blocks(decree)]
    needles = [text for block in blocks for text in block_texts(block)]
    assert len(needles) > 30
    pdf = tmp_path / "d.pdf"
    write_decree_pdf(decree, pdf, creation_date=datetime(2024, 9, 17, tzinfo=UTC))
    reader = PdfReader(pdf)
    portrait = [p for p in reader.pages if p.mediabox.width < p.mediabox.height]
    pdf_text = " ".join(p.extract_text() for p in portrait)
    pdf_text = compact(re.sub(r"Halaman \d+ dari \d+", "", pdf_text))
    assert in_order(doc.flat, needles) == []
    assert in_order(pdf_text, needles) == []


# -- builder sections, speed, atomicity ----------------------------------------------------


def test_flow_then_layout_pages_then_flow_sections(tmp_path):
    builder = DocxBuilder()
    portrait = Paper.F4.portrait_size
    body = builder.add_flow(portrait, Margins(10, 20, 30, 40))
    oxml.text_run(oxml.paragraph(body), "Satu", "Arial", 12)
    builder.add_layout(sample_layout())
    body = builder.add_flow(portrait, Margins(10, 20, 30, 40))
    oxml.text_run(oxml.paragraph(body), "Dua", "Arial", 12)
    body = builder.add_flow(portrait, Margins(10, 20, 30, 40))  # same geometry: a page break
    oxml.text_run(oxml.paragraph(body), "Tiga", "Arial", 12)
    builder.save(tmp_path / "mixed.docx")
    document = docx.Document(str(tmp_path / "mixed.docx"))
    orientations = [s.orientation for s in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    assert document.sections[0].left_margin == Pt(40)
    assert document.sections[2].bottom_margin == Pt(30)
    texts = [p.text for p in document.paragraphs if p.text]
    assert texts == ["Satu", "Dua", "Tiga"]
    breaks = [p.paragraph_format.page_break_before for p in document.paragraphs]
    assert breaks.count(True) >= 1
    # The first layout page after the flow starts a new section, which starts a new page.
    assert document.sections[1].start_type is not None


def test_paragraph_xml_with_tabs_keep_and_at_least_spacing():
    body = oxml.parse_xml(f"<w:body {oxml.NSDECLS}/>")
    p = oxml.paragraph(
        body,
        align="both",
        line_at_least=15,
        indent_left=60,
        hanging=60,
        keep_next=True,
        keep_lines=True,
        widow_control=True,
        tabs=(30, 42.5),
    )
    oxml.text_run(p, "Nama", "Arial", 12, bold=True, underline=True)
    xml = oxml.etree.tostring(p).decode()
    xml = re.sub(r' xmlns:\w+="[^"]+"', "", xml)
    assert xml == (
        "<w:p><w:pPr><w:keepNext/><w:keepLines/><w:widowControl/>"
        '<w:tabs><w:tab w:val="left" w:pos="600"/><w:tab w:val="left" w:pos="850"/></w:tabs>'
        '<w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="atLeast"/>'
        '<w:ind w:left="1200" w:hanging="1200"/><w:jc w:val="both"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/>'
        '<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/><w:u w:val="single"/></w:rPr>'
        "<w:t>Nama</w:t></w:r></w:p>"
    )


def test_74_sop_decree_is_fast_and_reports_progress(tmp_path):
    decree = kepgub_pbj_74()
    calls = []
    start = time.process_time()
    write_decree_docx(decree, tmp_path / "74.docx", progress=lambda d, t: calls.append((d, t)))
    elapsed = time.process_time() - start
    assert elapsed < 3.0, f"{elapsed:.2f} s"
    assert calls == [(n, 75) for n in range(1, 76)]


def test_failed_export_leaves_no_file(tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("layout failed")

    monkeypatch.setattr(decree_docx, "layout_sop", broken)
    with pytest.raises(RuntimeError):
        write_decree_docx(kepsekda_mapping(), tmp_path / "k.docx")
    assert list(tmp_path.iterdir()) == []
