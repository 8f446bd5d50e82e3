"""`sopstudio export` refuses a document with errors unless --draft (marked DRAF on every
page and in its name), and prints in the house style of `--style FILE`."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from sopstudio.cli import main
from sopstudio.model import jsonio, style_json
from sopstudio.model.style import Labels, StyleCatalog
from sopstudio.resources import STYLES
from tests.model.importers.test_signatory import kota_malang_docx
from tests.test_cli_export import sop_file  # noqa: F401  (fixture)


def _text(pdf: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def test_errors_refuse_the_export_and_list_them(sop_file, tmp_path, capsys):  # noqa: F811
    sop = jsonio.load(sop_file)
    sop.unit_header = []
    sop.approver.nama = "[nama pejabat]"
    jsonio.save(sop, sop_file)
    out = tmp_path / "surat.pdf"
    assert main(["export", str(sop_file), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("galat: ekspor ditolak") and "--draft" in err
    assert "identity-missing-unit-header" in err and "placeholder-text" in err
    assert not out.exists() and not (tmp_path / "surat-DRAF.pdf").exists()


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_draft_is_marked_on_every_page_and_in_its_name(sop_file, tmp_path, suffix):  # noqa: F811
    sop = jsonio.load(sop_file)
    sop.unit_header = []
    jsonio.save(sop, sop_file)
    out = tmp_path / f"surat{suffix}"
    assert main(["export", str(sop_file), "-o", str(out), "--draft"]) == 0
    draft = tmp_path / f"surat-DRAF{suffix}"
    assert draft.exists() and not out.exists()
    if suffix == ".pdf":
        pages = _text(draft)
        assert len(pages) >= 2 and all("DRAF" in page for page in pages)
    else:
        with zipfile.ZipFile(draft) as archive:
            headers = [n for n in archive.namelist() if n.startswith("word/header")]
            assert any("DRAF" in archive.read(n).decode() for n in headers)
            document = archive.read("word/document.xml").decode()
        assert "headerReference" in document


def test_a_valid_document_is_not_marked(sop_file, tmp_path):  # noqa: F811
    out = tmp_path / "surat.pdf"
    assert main(["export", str(sop_file), "-o", str(out)]) == 0
    assert not any("DRAF" in page for page in _text(out))


def test_style_file_gives_labels_terminator_text_and_signature(sop_file, tmp_path):  # noqa: F811
    style = StyleCatalog().style_of("permenpan")
    custom = type(style)(
        name="kabupaten-contoh",
        labels=Labels(kegiatan="Aktivitas", judul="Nama Prosedur", mulai="Awal", selesai="Akhir"),
    )
    path = tmp_path / "kabupaten-contoh.style.json"
    style_json.save(custom, path)
    out = tmp_path / "surat.pdf"
    assert main(["export", str(sop_file), "-o", str(out), "--style", str(path)]) == 0
    text = "\n".join(_text(out))
    for word in ("Aktivitas", "Nama Prosedur", "Awal", "Akhir", "Kepala Biro Organisasi"):
        assert word in text


def test_bad_style_file_exits_2_in_indonesian(sop_file, tmp_path, capsys):  # noqa: F811
    path = tmp_path / "rusak.style.json"
    data = json.loads((STYLES / "ntt.style.json").read_text(encoding="utf-8"))
    data["labels"]["kegiatn"] = "Kegiatan"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["export", str(sop_file), "-o", str(tmp_path / "x.pdf"), "--style", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("galat: ") and "labels.kegiatn" in err and "kunci tidak dikenal" in err


def test_imported_kota_sop_prints_its_own_letterhead_and_signatory(tmp_path, capsys):
    source = tmp_path / "sop-malang.docx"
    source.write_bytes(kota_malang_docx())
    main(["import", str(source), "-o", str(tmp_path / "impor")])
    (imported,) = (tmp_path / "impor").glob("*.sop.json")
    out = tmp_path / "malang.pdf"
    style = str(STYLES / "malang.style.json")
    status = main(["export", str(imported), "-o", str(out), "--style", style])
    assert status == 0, capsys.readouterr().err
    identity = _text(out)[0]
    assert "PEMERINTAH KOTA MALANG" in identity and "BAGIAN ORGANISASI" in identity
    assert "NUSA TENGGARA" not in identity.upper()
    lines = [line.strip() for line in identity.splitlines()]
    assert "KEPALA BAGIAN ORGANISASI" in lines
    assert "EKO SETYO MAHANANI, ST., MT" in lines
    assert "NIP. 19750308 199903 1 004" in lines
    assert "Nama SOP" in identity and "Tanggal Pengesahan" in identity


def test_library_styles_are_known_to_validate_and_export(sop_file, tmp_path, capsys):  # noqa: F811
    from sopstudio.model.store import Library

    custom = type(StyleCatalog().style_of("permenpan"))(
        name="kota-contoh", labels=Labels(kegiatan="Uraian Aktivitas")
    )
    sop = jsonio.load(sop_file)
    sop.style = custom.name
    jsonio.save(sop, sop_file)
    assert main(["validate", str(sop_file)]) == 1
    assert "style-unknown" in capsys.readouterr().out
    library = tmp_path / "pustaka.sqlite"
    with Library.open(library) as opened:
        opened.save_style(custom)
    assert main(["--library", str(library), "validate", str(sop_file)]) == 0
    out = tmp_path / "surat.pdf"
    assert main(["--library", str(library), "export", str(sop_file), "-o", str(out)]) == 0
    assert "Uraian Aktivitas" in "\n".join(_text(out))
