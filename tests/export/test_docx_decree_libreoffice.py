"""Real LibreOffice opens a small decree DOCX: portrait body pages, then landscape SOP pages,
about as many pages as our own PDF, with the texts where they belong."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid

import pytest
from pypdf import PdfReader

from sopstudio.export.docx import write_decree_docx
from sopstudio.export.pdf import write_decree_pdf
from sopstudio.model.layout import layout_sop
from tests.conftest import require_tool
from tests.fixtures.decrees import kepsekda_mapping

pytestmark = pytest.mark.slow


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def upright(page) -> bool:
    """True for a portrait PDF page."""
    return page.mediabox.width < page.mediabox.height


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """A Keputusan Sekretaris Daerah with two SOPs, as DOCX converted by LibreOffice and as
    our own PDF."""
    soffice = require_tool("soffice")
    out = tmp_path_factory.mktemp("lo-decree")
    decree = kepsekda_mapping()
    decree.lampiran.sops = decree.lampiran.sops[:2]
    write_decree_docx(decree, out / "decree.docx")
    ours = write_decree_pdf(decree, out / "ours.pdf")
    profile = out / f"lo-profile-{uuid.uuid4().hex}"
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out / "lo"),
            str(out / "decree.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shutil.rmtree(profile, ignore_errors=True)
    return decree, PdfReader(out / "lo" / "decree.pdf"), ours


def test_portrait_body_then_landscape_sop_pages(converted):
    decree, reader, ours = converted
    shapes = ["portrait" if upright(p) else "landscape" for p in reader.pages]
    body = shapes.index("landscape")
    assert body >= 2 and set(shapes[body:]) == {"landscape"}
    assert len(shapes) - body == sum(len(layout_sop(s).pages) for s in decree.lampiran.sops)
    assert abs(len(reader.pages) - ours) <= 1, (len(reader.pages), ours)


def test_texts_on_their_pages(converted):
    decree, reader, _ = converted
    pages = [compact(p.extract_text()) for p in reader.pages]
    portrait = "".join(p for p, page in zip(pages, reader.pages, strict=True) if upright(page))
    for text in (
        decree.title,
        f"NOMOR : {decree.nomor}",
        decree.menimbang[0],
        decree.mengingat[-1],
        "MEMUTUSKAN:",
        f"KESATU : {decree.diktum[0].text}",
        decree.signer.nama,
        "Tembusan:",
        "PARAF HIERARKI",
        "DAFTAR STANDAR OPERASIONAL PROSEDUR",
        "SOP Pelayanan Surat Masuk",
        "Halaman 1 dari",
    ):
        assert compact(text) in portrait, text
    # The Lampiran starts a page of its own, its header and Daftar SOP before the SOP pages.
    lampiran = next(i for i, p in enumerate(pages) if "LAMPIRAN" in p)
    assert compact(decree.signer.nama) not in pages[lampiran]
    assert "DAFTARSTANDAR" in pages[lampiran] and upright(reader.pages[lampiran])
    landscape = [p for p, page in zip(pages, reader.pages, strict=True) if not upright(page)]
    for sop in decree.lampiran.sops:
        assert any(compact(sop.judul) in page for page in landscape), sop.judul
