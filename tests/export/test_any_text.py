"""Text a user can paste exports: each case crashed an exporter before (issue 12).

Hostile text enters the way a user's text does (a `*.sop.json` / `*.decree.json` read by the
JSON readers, which clean it to legal text); long text is legal and must export as it is.
"""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime

import pytest
from docx import Document
from pypdf import PdfReader

from sopstudio.export.docx import write_decree_docx, write_sop_docx
from sopstudio.export.docx.document import CORE_TEXT_MAX
from sopstudio.export.package import build_package
from sopstudio.export.pdf import write_decree_pdf, write_sop_pdf
from sopstudio.model import decree_json, jsonio
from sopstudio.model.validate import validate_sop
from sopstudio.model.validate_decree import validate_decree
from sopstudio.resources import SAMPLES

CREATED = datetime(2024, 9, 17, tzinfo=UTC)
#: Vertical tab, form feed, BEL, ESC, NUL, a lone surrogate and a CR LF, as JSON escapes.
#: (Put in as "@HOSTILE@" after json.dumps, which would escape the backslashes.)
HOSTILE = "a\\u000bb\\u000cc\\u0007d\\u001b[31me\\u0000f\\ud800g\\r\\nh"


def _sop_json(**fields: str) -> str:
    data = json.loads((SAMPLES / "sops" / "02-penanganan-surat-masuk.sop.json").read_text())
    data.update({k: v for k, v in fields.items() if k != "step_text"})
    if "step_text" in fields:
        data["steps"][1]["text"] = fields["step_text"]
    return json.dumps(data).replace("@HOSTILE@", HOSTILE)


def _decree(**fields: str):
    path = SAMPLES / "kepgub-267-2024-biro-organisasi.decree.json"
    data = json.loads(path.read_text())
    data["lampiran"]["sops"] = data["lampiran"]["sops"][:1]
    data["lampiran"]["mapping"] = data["lampiran"]["mapping"][:1]
    data.update(fields)
    return decree_json.loads(json.dumps(data).replace("@HOSTILE@", HOSTILE))


def _export_sop(sop, tmp_path):
    pdf, docx = tmp_path / "sop.pdf", tmp_path / "sop.docx"
    write_sop_pdf(sop, pdf, creation_date=CREATED)
    write_sop_docx(sop, docx, creation_date=CREATED)
    return pdf, docx


def _pdf_text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_title_longer_than_255_cuts_only_the_docx_metadata(tmp_path):
    title = "Penanganan Surat Masuk dan Keluar " * 10
    sop = jsonio.loads(_sop_json(title=title.strip()))
    _, docx = _export_sop(sop, tmp_path)
    document = Document(docx)
    assert len(document.core_properties.title) == CORE_TEXT_MAX
    assert document.core_properties.title.endswith("\u2026")
    body = "".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert " ".join(title.split()) in " ".join(body.split())


def test_control_characters_and_surrogates_are_cleaned_on_load_and_export(tmp_path):
    raw = _sop_json(title="Judul@HOSTILE@", step_text="Menerima@HOSTILE@")
    assert "\\u0000" in raw
    sop = jsonio.loads(raw)
    assert sop.judul == "Judulabcd[31mef\ufffdg\nh"
    assert sop.steps[1].text == "Menerimaabcd[31mef\ufffdg\nh"
    pdf, docx = _export_sop(sop, tmp_path)
    assert "Judulabcd[31mef" in _pdf_text(pdf)
    assert "Judulabcd[31mef\ufffdg" in Document(docx).core_properties.title


def test_decree_with_long_tentang_control_characters_and_a_5000_character_token(tmp_path):
    token = "x" * 5000
    decree = _decree(
        tentang="Penataan " + token, nomor="@HOSTILE@", tembusan=["Yth. " + "sangat panjang " * 30]
    )
    decree.signer.nama = token
    assert "\x00" not in decree.nomor and "\ufffd" in decree.nomor
    pages = write_decree_pdf(decree, tmp_path / "k.pdf", creation_date=CREATED)
    assert pages > 2
    assert token[:40] in _pdf_text(tmp_path / "k.pdf").replace("\n", "")
    write_decree_docx(decree, tmp_path / "k.docx", creation_date=CREATED)
    assert len(Document(tmp_path / "k.docx").core_properties.title) <= CORE_TEXT_MAX
    target = tmp_path / "k.paket.zip"
    build_package(decree, target, created=CREATED)
    assert zipfile.ZipFile(target).testzip() is None


def test_glyphs_the_fonts_lack_are_warned_and_drawn_as_visible_codes(tmp_path):
    sop = jsonio.loads(_sop_json(step_text="Menerima surat \U0001f600 \u4e2d\u6587"))
    findings = [f for f in validate_sop(sop) if f.code == "glyph-missing"]
    assert len(findings) == 1 and findings[0].severity == "warning"
    assert "U+1F600" in findings[0].message and "\u4e2d" in findings[0].message
    pdf, _ = _export_sop(sop, tmp_path)
    assert "[U+1F600]" in _pdf_text(pdf) and "[U+4E2D]" in _pdf_text(pdf)


@pytest.mark.parametrize("char", ["\u202e", "\u200b", "\u2066", "\ufeff"])
def test_bidi_and_zero_width_characters_in_identity_fields_are_warned(char):
    sop = jsonio.loads(_sop_json(nomor=f"01{char}/2024"))
    findings = [f for f in validate_sop(sop) if f.code == "hidden-characters"]
    assert [f.location for f in findings] == ["field:nomor"]
    assert f"U+{ord(char):04X}" in findings[0].message


def test_decree_fields_with_hidden_characters_or_missing_glyphs_are_warned():
    decree = _decree(tentang="Standar Operasional\u202e Prosedur \U0001f600")
    findings = {(f.code, f.location) for f in validate_decree(decree)}
    assert ("decree-hidden-characters", "field:tentang") in findings
    assert ("decree-glyph-missing", "field:tentang") in findings
    assert not {code for code, _ in findings} & {"hidden-characters", "glyph-missing"}
