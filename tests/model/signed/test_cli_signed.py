"""`sopstudio signed verify|import|trust` and `sopstudio library export --signed|status`."""

from __future__ import annotations

import csv
import shutil

import pytest

from sopstudio.cli import main
from tests.signing import make_crl, make_pki, sign_pdf


@pytest.fixture
def files(built, pki, tmp_path):
    """The signed decree PDF, the root certificate and a library copy, as files."""
    signed = tmp_path / "keputusan-ttd.pdf"
    signed.write_bytes(sign_pdf(built.pdf, pki, timestamp=True, crls=[make_crl(pki, [])]))
    root = tmp_path / "root.pem"
    root.write_bytes(pki.root.pem())
    library = tmp_path / "pustaka.sqlite"
    shutil.copyfile(built.library, library)
    return signed, root, library


def test_verify_reports_each_signature_and_the_package_match(built, files, capsys):
    signed, root, _library = files
    status = main(
        ["signed", "verify", str(signed), "--trust", str(root), "--package", str(built.package)]
    )
    out = capsys.readouterr().out
    assert status == 0, out
    for expected in (
        "Tanda tangan 1 (TTE): SAH",
        "Budi Santoso, S.H. (NIK/NIP 197103291999031002)",
        "(stempel waktu)",
        "Keutuhan         : utuh",
        "tepercaya, sampai akar Uji Root CA",
        "sesudahnya ditambahkan hanya data validasi (DSS)",
        "tidak dicabut (diperiksa dengan 1 CRL",
        "Cocok dengan paket keputusan",
        "Hasil: SAH dan cocok dengan paket",
    ):
        assert expected in out


def test_verify_without_trust_or_against_another_package_exits_1(built, files, capsys, tmp_path):
    signed, root, _library = files
    assert (
        main(["--library", str(tmp_path / "tidak-ada.sqlite"), "signed", "verify", str(signed)])
        == 1
    )
    assert "akar tepercaya" in capsys.readouterr().out
    other = tmp_path / "lain.pdf"
    other.write_bytes(sign_pdf(built.pdf[:-1] + b"\n", make_pki()))
    assert (
        main(
            ["signed", "verify", str(other), "--trust", str(root), "--package", str(built.package)]
        )
        == 1
    )
    assert "Hasil: DITOLAK" in capsys.readouterr().out


def test_unreadable_input_exits_2(tmp_path, capsys):
    assert main(["signed", "verify", str(tmp_path / "hilang.pdf")]) == 2
    assert "galat: hilang.pdf: tidak dapat dibaca" in capsys.readouterr().err
    bad = tmp_path / "bukan.pem"
    bad.write_text("bukan sertifikat")
    assert main(["signed", "verify", str(bad), "--trust", str(bad)]) == 2
    assert "bukan sertifikat X.509" in capsys.readouterr().err


def test_trust_import_status_and_archive_export(built, files, capsys, tmp_path):
    signed, root, library = files
    lib = ["--library", str(library)]
    assert main([*lib, "signed", "trust", "add", str(root)]) == 0
    assert "SHA-256 : " in capsys.readouterr().out
    assert main([*lib, "signed", "trust", "list"]) == 0
    assert "Uji Root CA" in capsys.readouterr().out

    assert main([*lib, "signed", "import", str(signed), "--today", "2024-09-16"]) == 0
    out = capsys.readouterr().out
    assert "Disahkan oleh Budi Santoso, S.H. (4 dokumen)" in out
    assert main([*lib, "signed", "import", str(signed)]) == 1
    assert "sudah dilampirkan" in capsys.readouterr().out

    assert main([*lib, "library", "status", "--today", "2024-09-16"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and all("\tDisahkan\tBudi Santoso, S.H." in line for line in lines)
    assert main([*lib, "library", "status"]) == 0  # today: past the effective date
    assert all("\tBerlaku\t" in line for line in capsys.readouterr().out.splitlines())

    archive = tmp_path / "arsip"
    assert main([*lib, "library", "export", "--signed", str(archive)]) == 0
    assert (archive / "keputusan-ttd.pdf").read_bytes() == signed.read_bytes()
    with (archive / "register.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["nomor"] == built.decree.nomor
    assert sorted(r["nomor"] for r in rows[1:]) == sorted(
        s.nomor for s in built.decree.lampiran.sops
    )
    assert {r["penandatangan"] for r in rows} == {"Budi Santoso, S.H."}
    assert {r["status"] for r in rows} == {"Berlaku"}
    assert {r["berkas"] for r in rows} == {"keputusan-ttd.pdf"}
    assert rows[0]["judul"] == built.decree.tentang
    assert rows[1]["unit"] and rows[1]["tanggal"]

    assert main([*lib, "signed", "trust", "remove", "00"]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err


def test_import_refuses_a_pdf_matching_no_package(built, files, capsys, tmp_path):
    _signed, root, library = files
    other = tmp_path / "lain.pdf"
    other.write_bytes(sign_pdf(built.pdf.replace(b"/Producer", b"/Pembuat_", 1), make_pki()))
    assert (
        main(["--library", str(library), "signed", "import", str(other), "--trust", str(root)]) == 1
    )
    assert "Hasil: PDF bertanda tangan ditolak" in capsys.readouterr().out


def test_status_can_be_set_by_hand_within_the_rules(built, files, capsys):
    _signed, _root, library = files
    sop_id = built.decree.lampiran.sops[0].id
    lib = ["--library", str(library)]
    assert main([*lib, "library", "status", sop_id, "--set", "direviu"]) == 2
    assert "dari Diajukan ke Direviu" in capsys.readouterr().err
    assert main([*lib, "library", "status", sop_id[:8]]) == 0
    assert "\tDiajukan" in capsys.readouterr().out
