"""`sopstudio package`: build, verify and import from the command line; exit codes."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from sopstudio.cli import main
from sopstudio.model import decree_json
from sopstudio.model.store import Library
from tests.hostile.packages import (
    edit,
    library_dump,
    rewrite_zip,
    sample_decree,
    sample_sops,
    save_decree,
    save_samples,
)


@pytest.fixture
def decree_file(tmp_path) -> Path:
    path = tmp_path / "keputusan.decree.json"
    decree_json.save(sample_decree(sample_sops(2)), path)
    return path


@pytest.fixture
def analyst(tmp_path):
    """The analyst's library file with two saved sample SOPs, and its decree file."""
    location = tmp_path / "analis.sqlite"
    with Library.open(location) as library:
        ids = [sop.id for sop in save_samples(library, 2)]
    return location, ids


def package_from(location: Path, ids: list[str], tmp_path: Path, name: str) -> Path:
    """Save the decree over the library's SOPs in the library (as the decree editor does),
    write it to a file and package that with --library, which gives the decree's lineage."""
    with Library.open(location) as library:
        decree = save_decree(library, ids)
    source = tmp_path / f"{name}.decree.json"
    decree_json.save(decree, source)
    out = tmp_path / f"{name}.zip"
    assert main(["--library", str(location), "package", str(source), "-o", str(out)]) == 0
    return out


def test_build_then_verify(decree_file, tmp_path, capsys):
    out = tmp_path / "paket.zip"
    assert main(["package", str(decree_file), "-o", str(out), "--paper", "a4"]) == 0
    printed = capsys.readouterr().out
    assert f"Tersimpan: {out}" in printed and "2 SOP" in printed
    assert main(["package", "verify", str(out)]) == 0
    assert "utuh" in capsys.readouterr().out


def test_verify_names_the_tampered_file(decree_file, tmp_path, capsys):
    out = tmp_path / "paket.zip"
    main(["package", str(decree_file), "-o", str(out)])
    tampered = tmp_path / "ubah.zip"
    rewrite_zip(
        out,
        tampered,
        lambda name, data: data.replace(b"Surat", b"Surta") if name.endswith(".sop.json") else data,
    )
    capsys.readouterr()
    assert main(["package", "verify", str(tampered)]) == 1
    printed = capsys.readouterr().out
    assert "TIDAK utuh" in printed
    assert "data/sop/02-penanganan-surat-masuk.sop.json: isi berubah" in printed
    assert main(["--library", str(tmp_path / "b.sqlite"), "package", "import", str(tampered)]) == 1


def test_import_round_trip_and_reimport(analyst, tmp_path, capsys):
    location, ids = analyst
    paket = package_from(location, ids, tmp_path, "paket")
    biro = str(tmp_path / "biro.sqlite")
    assert main(["--library", biro, "package", "import", str(paket)]) == 0
    assert "Ditambahkan (3)" in capsys.readouterr().out
    with Library.open(location) as a, Library.open(biro) as b:
        for sop_id in ids:
            assert b.load_sop(sop_id) == a.load_sop(sop_id)
            assert b.lineage(sop_id) == a.lineage(sop_id)
    assert main(["--library", biro, "package", "import", str(paket)]) == 0
    assert "Dilewati (sama) (3)" in capsys.readouterr().out


def test_newer_needs_yes(analyst, tmp_path, capsys):
    location, ids = analyst
    biro = str(tmp_path / "biro.sqlite")
    main(["--library", biro, "package", "import", str(package_from(location, ids, tmp_path, "v1"))])
    with Library.open(location) as library:
        edit(library, ids[0], "Menerima usulan penataan")
    paket = package_from(location, ids, tmp_path, "v2")
    capsys.readouterr()
    with Library.open(biro) as library:
        before = library_dump(library)
    assert main(["--library", biro, "package", "import", str(paket)]) == 1
    assert "ulangi dengan --yes" in capsys.readouterr().out
    with Library.open(biro) as library:
        assert library_dump(library) == before
    assert main(["--library", biro, "package", "import", str(paket), "--yes"]) == 0
    assert "Diganti (2)" in capsys.readouterr().out
    with Library.open(biro) as library:
        assert library.load_sop(ids[0]).steps[0].text == "Menerima usulan penataan"


def test_conflicts_are_refused_until_chosen(analyst, tmp_path, capsys):
    location, ids = analyst
    biro = str(tmp_path / "biro.sqlite")
    main(["--library", biro, "package", "import", str(package_from(location, ids, tmp_path, "v1"))])
    with Library.open(location) as library:
        edit(library, ids[1], "Teks analis")
    with Library.open(biro) as library:
        edit(library, ids[1], "Teks Biro")
        before = library_dump(library)
    paket = package_from(location, ids, tmp_path, "v2")
    capsys.readouterr()

    assert main(["--library", biro, "package", "import", str(paket), "--yes"]) == 1
    printed = capsys.readouterr().out
    assert "konflik berikut harus diputuskan" in printed
    assert f"[{ids[1]}]" in printed.split("diputuskan")[1]
    with Library.open(biro) as library:
        assert library_dump(library) == before

    args = ["--library", biro, "package", "import", str(paket)]
    assert main([*args, "--keep-ours", ids[1][:8]]) == 1  # the decree is newer: needs --yes
    assert main([*args, "--keep-ours", ids[1][:8], "--yes"]) == 0
    with Library.open(biro) as library:
        assert library.load_sop(ids[1]).steps[0].text == "Teks Biro"
    capsys.readouterr()
    assert main([*args, "--take-theirs", ids[1]]) == 0
    assert "Diganti (1)" in capsys.readouterr().out
    with Library.open(biro) as library:
        assert library.load_sop(ids[1]).steps[0].text == "Teks analis"


def test_unknown_conflict_id_is_a_usage_error(analyst, tmp_path, capsys):
    location, ids = analyst
    paket = package_from(location, ids, tmp_path, "paket")
    biro = str(tmp_path / "biro.sqlite")
    assert main(["--library", biro, "package", "import", str(paket), "--take-theirs", "zzz"]) == 2
    assert "bukan konflik" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["package", "verify"],
        ["package", "x.decree.json"],
        ["package", "verify", "a.zip", "-o", "b.zip"],
        ["package", "a.decree.json", "-o", "b.zip", "--yes"],
        ["package", "import", "a.zip", "b.zip"],
    ],
)
def test_usage_errors(argv, capsys):
    assert main(argv) == 2
    assert "penggunaan" in capsys.readouterr().err


def test_unwritable_output(decree_file, tmp_path, capsys):
    out = tmp_path / "tidak-ada" / "paket.zip"
    assert main(["package", str(decree_file), "-o", str(out)]) == 2
    assert "tidak dapat menulis" in capsys.readouterr().err


def test_unsaved_sop_with_library_is_refused(decree_file, tmp_path, capsys):
    location = tmp_path / "kosong.sqlite"
    Library.open(location).close()
    out = tmp_path / "paket.zip"
    assert main(["--library", str(location), "package", str(decree_file), "-o", str(out)]) == 2
    assert "tidak tersimpan di pustaka" in capsys.readouterr().err
    assert not out.exists()


def test_built_zip_is_a_plain_zip(decree_file, tmp_path):
    out = tmp_path / "paket.zip"
    main(["package", str(decree_file), "-o", str(out)])
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None


def test_a_decree_with_errors_is_refused_unless_a_draft(tmp_path, capsys):
    decree = sample_decree(sample_sops(2))
    decree.lampiran.sops[0].unit_header = []
    source = tmp_path / "keputusan.decree.json"
    decree_json.save(decree, source)
    out = tmp_path / "paket.zip"
    assert main(["package", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "paket ditolak" in err and "identity-missing-unit-header" in err and "SOP no. 1" in err
    assert not out.exists()
    assert main(["package", str(source), "-o", str(out), "--draft"]) == 0
    draft = tmp_path / "paket-DRAF.zip"
    with zipfile.ZipFile(draft) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        first_page = PdfReader(io.BytesIO(archive.read("keputusan.pdf"))).pages[0]
    assert manifest["draft"] is True
    assert "DRAF" in first_page.extract_text()
    assert main(["package", "verify", str(draft)]) == 0


def test_a_package_brings_its_house_style_into_the_other_library(analyst, tmp_path, capsys):
    from sopstudio.model.style import HouseStyle, Labels

    location, ids = analyst
    with Library.open(location) as library:
        library.save_style(HouseStyle("kota-contoh", labels=Labels(kegiatan="Aktivitas")))
        for sop_id in ids:  # the SOPs print in the library's own style
            sop = library.load_sop(sop_id)
            sop.style = "kota-contoh"
            library.save_sop(sop, library.sop_unit(sop_id))
    out = package_from(location, ids, tmp_path, "paket")
    with zipfile.ZipFile(out) as archive:
        assert "gaya/kota-contoh.style.json" in archive.namelist()
    other = tmp_path / "biro.sqlite"
    assert main(["--library", str(other), "package", "import", str(out)]) == 0
    assert "Gaya instansi baru di pustaka: kota-contoh" in capsys.readouterr().out
    with Library.open(other) as library:
        assert [s.name for s in library.styles()] == ["kota-contoh"]  # presets are not copied
        assert {library.load_sop(sop_id).style for sop_id in ids} == {"kota-contoh"}


def test_a_package_built_without_a_library_imports_into_an_empty_one(decree_file, tmp_path, capsys):
    """SOPs that were never saved in a library travel as revision 0; an empty library takes
    them as its revision 1 (this crashed with KeyError 0 and rolled the import back)."""
    out = tmp_path / "paket.zip"
    assert main(["package", str(decree_file), "-o", str(out)]) == 0
    target = tmp_path / "baru.sqlite"
    assert main(["--library", str(target), "package", "import", str(out), "--yes"]) == 0
    assert "Impor selesai." in capsys.readouterr().out
    with Library.open(target) as library:
        sops = library.list_sops()
        assert len(sops) == 2 and {s.revision for s in sops} == {1}
        assert [r.revision for r in library.history(sops[0].id)] == [1]
