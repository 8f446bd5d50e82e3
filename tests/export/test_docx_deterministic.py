"""DOCX output depends on the content only: a fixed creation date gives identical bytes."""

import datetime
import zipfile

from sopstudio.export.docx import write_decree_docx, write_sop_docx
from sopstudio.model import decree_json, jsonio
from sopstudio.resources import SAMPLES

WHEN = datetime.datetime(2024, 9, 17, 9, 30, tzinfo=datetime.UTC)


def test_same_sop_and_date_give_identical_bytes(tmp_path):
    sop = jsonio.load(sorted((SAMPLES / "sops").glob("*.sop.json"))[1])
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    write_sop_docx(sop, first, creation_date=WHEN)
    write_sop_docx(sop, second, creation_date=WHEN)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2024, 9, 17, 9, 30, 0)}
        assert "docProps/thumbnail.jpeg" not in archive.namelist()
        core = archive.read("docProps/core.xml").decode()
    assert "2024-09-17T09:30:00Z" in core and "python-docx" not in core


def test_same_decree_and_date_give_identical_bytes(tmp_path):
    decree = decree_json.load(sorted(SAMPLES.glob("*.decree.json"))[0])
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    write_decree_docx(decree, first, creation_date=WHEN)
    write_decree_docx(decree, second, creation_date=WHEN)
    assert first.read_bytes() == second.read_bytes()
