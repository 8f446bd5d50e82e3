"""Every preset house style printed to PDF and DOCX: the SOP's own letterhead, the style's
labels, the text inside the terminators and the signature block."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from sopstudio.export.docx import write_sop_docx
from sopstudio.export.pdf import write_sop_pdf
from sopstudio.model.sop import Actor, Approver, Sop, Step, StepKind
from sopstudio.model.style import HouseStyle, StyleCatalog
from sopstudio.model.style_json import preset_styles

KOTA_HEADER = ["PEMERINTAH KOTA MALANG", "SEKRETARIAT DAERAH", "BAGIAN ORGANISASI"]


def kota_sop(style: str) -> Sop:
    """A three-step SOP of a Kota, signed by "KEPALA BAGIAN ORGANISASI"."""
    steps = [
        Step(StepKind.START, "a", "Menerima usulan", waktu="15 menit", id="1", next="2"),
        Step(StepKind.PROCESS, "b", "Menelaah usulan", waktu="2 hari", id="2", next="3"),
        Step(StepKind.END, "a", "Menandatangani rekomendasi", waktu="1 hari", id="3"),
    ]
    return Sop(
        judul="Fasilitasi Penataan Kelembagaan",
        nomor="180/12/2024",
        unit_header=KOTA_HEADER,
        approver=Approver(
            "KEPALA BAGIAN ORGANISASI",
            "EKO SETYO MAHANANI, ST., MT",
            "Pembina",
            "197503081999031004",
        ),
        actors=[Actor("Kepala Bagian", "a"), Actor("Analis Kelembagaan", "b")],
        steps=steps,
        style=style,
    )


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    """Every run's text of the body (tables and the shapes' text boxes), one paragraph a line."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    return "\n".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paragraphs)


def printed(style: HouseStyle, tmp_path: Path, fmt: str) -> str:
    """The text of the Kota SOP printed in `style` as PDF or DOCX."""
    sop = kota_sop(style.name)
    styles = StyleCatalog([style])
    path = tmp_path / f"{style.name}.{fmt}"
    if fmt == "pdf":
        write_sop_pdf(sop, path, styles=styles)
        return pdf_text(path)
    write_sop_docx(sop, path, styles=styles)
    return docx_text(path)


def assert_prints_style(text: str, style: HouseStyle) -> None:
    lines = [line.strip() for line in text.splitlines()]
    for line in KOTA_HEADER:
        assert line in lines, line
    assert "NUSA TENGGARA" not in text.upper()
    labels = style.labels
    for label in (
        labels.judul,
        labels.tanggal_efektif,
        labels.disahkan,
        labels.kegiatan,
        labels.keterangan,
        labels.dasar_hukum,
    ):
        assert label in text, label
    assert labels.mulai in lines and labels.selesai in lines  # alone: inside the capsules
    assert "KEPALA BAGIAN ORGANISASI" in lines
    assert "EKO SETYO MAHANANI, ST., MT" in lines
    assert f"{style.signature.nip_prefix} 19750308 199903 1 004" in lines


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("style", preset_styles(), ids=lambda s: s.name)
def test_every_preset_prints_its_labels_terminators_and_signature(style, fmt, tmp_path):
    assert_prints_style(printed(style, tmp_path, fmt), style)


def test_presets_hold_no_government_name():
    for style in preset_styles():
        words = " ".join(str(v) for v in vars(style.labels).values()).upper()
        assert "PEMERINTAH" not in words and "NUSA" not in words and "MALANG" not in words


def emblem_png(width: int = 60, height: int = 80) -> bytes:
    """A small two-colour PNG standing in for a regional emblem."""
    import io

    from PIL import Image

    image = Image.new("RGB", (width, height), (200, 30, 30))
    image.paste((250, 210, 0), (10, 10, width - 10, height - 10))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def with_logo(style: HouseStyle) -> HouseStyle:
    from dataclasses import replace

    from sopstudio.model.logo import logo_url

    return replace(
        style,
        name="kota-berlogo",
        letterhead=replace(style.letterhead, logo=logo_url(emblem_png())),
    )


def test_logo_sits_left_of_the_letterhead_in_every_renderer(tmp_path):
    from sopstudio.model.layout import layout_sop

    style = with_logo(StyleCatalog().style_of("malang"))
    page = layout_sop(kota_sop(style.name), style).pages[0]
    (picture,) = page.pictures
    assert (picture.rect.w, picture.rect.h) == pytest.approx((42.0, 56.0))
    header = page.texts[0]
    assert header.rect.x >= picture.rect.right  # the lines start right of the emblem
    sop = kota_sop(style.name)
    styles = StyleCatalog([style])
    write_sop_pdf(sop, tmp_path / "logo.pdf", styles=styles)
    images = PdfReader(tmp_path / "logo.pdf").pages[0].images
    assert len(images) == 1 and images[0].image.size == (60, 80)
    write_sop_docx(sop, tmp_path / "logo.docx", styles=styles)
    with zipfile.ZipFile(tmp_path / "logo.docx") as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert [archive.read(n) for n in media] == [emblem_png()]
        assert "pic:pic" in archive.read("word/document.xml").decode()
    assert_prints_style(docx_text(tmp_path / "logo.docx"), style)


def test_style_file_refuses_a_logo_that_is_no_png():
    from sopstudio.model import style_json
    from sopstudio.model.errors import FormatError

    data = style_json.style_to_dict(with_logo(StyleCatalog().style_of("ntt")))
    assert style_json.style_from_dict(data).letterhead.logo.startswith("data:image/png")
    data["letterhead"]["logo"] = "data:image/png;base64,R0lGODlhAQABAAAAACw="
    with pytest.raises(FormatError) as info:
        style_json.style_from_dict(data)
    assert info.value.where == "letterhead.logo" and "bukan berkas PNG" in info.value.message
