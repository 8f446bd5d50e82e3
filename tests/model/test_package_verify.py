"""verify_package: an intact package passes; every kind of change is named in Indonesian."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from sopstudio.model.errors import FormatError
from sopstudio.model.package import (
    MANIFEST,
    Manifest,
    PackageError,
    plan_import,
    unsafe_name_reason,
    verify_package,
)
from sopstudio.model.store import Library
from tests.hostile.packages import build, rewrite_zip, sample_decree, sample_sops


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    """A package of the decree over three sample SOPs."""
    path = tmp_path_factory.mktemp("paket") / "paket.zip"
    build(sample_decree(sample_sops(3)), path)
    return path


@pytest.fixture
def copy(package, tmp_path):
    """Rewrite the package through a change function into a new file."""

    def rewrite(change) -> Path:
        target = tmp_path / "ubah.zip"
        rewrite_zip(package, target, change)
        return target

    return rewrite


def sop_pdf(package: Path) -> str:
    with zipfile.ZipFile(package) as archive:
        return next(n for n in archive.namelist() if n.startswith("sop/") and n.endswith(".pdf"))


def test_intact_package_verifies(package):
    report = verify_package(package)
    assert report.ok and report.problems == ()
    assert report.manifest is not None
    assert report.checked == len(report.manifest.files) >= 7
    assert "utuh" in report.lines()[0] and "3 SOP" in report.lines()[0]


def test_one_changed_byte_is_named(package, copy):
    target = sop_pdf(package)

    def flip(name, data):
        if name != target:
            return data
        middle = len(data) // 2
        return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]

    report = verify_package(copy(flip))
    assert not report.ok
    assert report.problems == (f"{target}: isi berubah (SHA-256 tidak cocok dengan manifest)",)
    assert "TIDAK utuh" in report.lines()[0]


def test_changed_size_missing_and_extra_files(package, copy):
    target = sop_pdf(package)

    def change(name, data):
        if name == target:
            return data + b"\n"
        if name == "data/keputusan.decree.json":
            return None
        return data

    tampered = copy(change)
    with zipfile.ZipFile(tampered, "a") as archive:
        archive.writestr("sop/tambahan.pdf", b"%PDF-1.4 palsu")
    problems = verify_package(tampered).problems
    assert any(p.startswith(f"{target}: ukuran") and "menurut manifest" in p for p in problems)
    assert "data/keputusan.decree.json: tidak ada dalam paket" in problems
    assert "sop/tambahan.pdf: tidak tercantum dalam manifest" in problems
    assert len(problems) == 3


def test_corrupt_compressed_bytes_are_a_problem_not_a_crash(package, tmp_path):
    # Flip a byte inside the stored (deflated) data of one member, without rewriting the zip.
    raw = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("data/keputusan.decree.json")
    header = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[header + info.compress_size // 2] ^= 0xFF
    broken = tmp_path / "rusak.zip"
    broken.write_bytes(bytes(raw))
    report = verify_package(broken)
    assert not report.ok
    assert len(report.problems) == 1
    assert report.problems[0].startswith("data/keputusan.decree.json: ")


def test_missing_manifest_is_a_clear_error(package, copy, tmp_path):
    stripped = copy(lambda name, data: None if name == MANIFEST else data)
    report = verify_package(stripped)
    assert report.problems == ("manifest.json tidak ada: berkas ini bukan paket SOP Studio",)
    with Library.open(tmp_path / "b.sqlite") as library, pytest.raises(PackageError) as error:
        plan_import(stripped, library)
    assert "manifest.json tidak ada" in str(error.value)
    assert "impor dibatalkan" in str(error.value)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda m: "{not json", "JSON rusak"),
        (lambda m: json.dumps(dict(m, format="lain")), "bukan berkas sopstudio.package"),
        (lambda m: json.dumps(dict(m, version=2)), "versi 2 lebih baru"),
        (
            lambda m: json.dumps(dict(m, files=[{"path": "../x", "sha256": "0" * 64, "size": 1}])),
            "jalur tidak sah",
        ),
        (lambda m: json.dumps(dict(m, files=m["files"] + m["files"][:1])), "berkas ganda"),
        (
            lambda m: json.dumps(dict(m, sops=[dict(m["sops"][0], lineage=[[0, "xyz"]])])),
            "[revisi, hash SHA-256]",
        ),
        (
            lambda m: json.dumps(dict(m, sops=[dict(m["sops"][0], lineage=[])])),
            "silsilah tidak boleh kosong",
        ),
        (
            lambda m: json.dumps(dict(m, sops=[dict(m["sops"][0], revision=9)])),
            "silsilah harus berakhir",
        ),
        (
            lambda m: json.dumps(
                dict(m, decree=dict(m["decree"], lineage=[[1, "0" * 64], [1, "1" * 64]]))
            ),
            "revisi harus naik",
        ),
    ],
)
def test_malformed_manifest_is_reported(package, copy, edit, message):
    def change(name, data):
        return edit(json.loads(data)).encode() if name == MANIFEST else data

    report = verify_package(copy(change))
    assert len(report.problems) == 1
    assert report.problems[0].startswith("manifest.json rusak: ")
    assert message in report.problems[0]


def test_manifest_round_trip(package):
    with zipfile.ZipFile(package) as archive:
        raw = archive.read(MANIFEST)
    manifest = Manifest.loads(raw)
    assert manifest.dumps() == raw
    data = json.loads(raw)
    assert data["format"] == "sopstudio.package" and data["version"] == 1
    assert data["tool"].startswith("SOP Studio ")
    assert set(data["decree"]) == {"id", "nomor", "tentang", "lineage"}


def test_manifest_requires_a_decree_id():
    with pytest.raises(FormatError, match="wajib diisi"):
        Manifest.loads(json.dumps({"format": "sopstudio.package", "version": 1}).encode())


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("sop/01-a.pdf", None),
        ("data/sop/", None),
        ("../luar.txt", "keluar dari folder paket ('..')"),
        ("sop/../../luar.txt", "keluar dari folder paket ('..')"),
        ("/etc/passwd", "jalur absolut"),
        ("C:/Windows/x.dll", "memakai huruf drive"),
        ("c:x", "memakai huruf drive"),
        ("sop\\x.pdf", "memakai garis miring terbalik"),
        ("sop//x.pdf", "jalur tidak wajar"),
        ("./x.pdf", "jalur tidak wajar"),
        ("a\nb", "mengandung karakter kendali"),
        ("", "nama kosong"),
        ("x" * 401, "nama terlalu panjang"),
    ],
)
def test_member_names(name, reason):
    assert unsafe_name_reason(name) == reason
