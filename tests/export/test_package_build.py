"""build_package: every file listed with its hash, deterministic, atomic, lineage from the
library."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from sopstudio.export import package as package_module
from sopstudio.export.package import TOOL, build_package, sop_stem
from sopstudio.model import decree_json, jsonio, style_json
from sopstudio.model.package import (
    DECREE_DOCUMENT,
    PackageError,
    content_hash,
    decree_hash,
    verify_package,
)
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library
from sopstudio.model.style import StyleCatalog
from tests.hostile.packages import (
    CREATED,
    build,
    edit,
    library_decree,
    sample_decree,
    sample_sops,
    save_decree,
    save_samples,
)

STEMS = [
    "01-fasilitasi-penataan-kelembagaan-perangkat-daerah-kabupaten",
    "02-penanganan-surat-masuk",
    "03-penerbitan-nota-dinas",
]


@pytest.fixture(scope="module")
def decree():
    return sample_decree(sample_sops(3))


@pytest.fixture(scope="module")
def package(decree, tmp_path_factory):
    path = tmp_path_factory.mktemp("paket") / "paket.zip"
    return build(decree, path)


def members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def test_data_and_sop_pdfs_are_in_the_zip(decree, package):
    files = members(package.path)
    assert files["data/keputusan.decree.json"] == decree_json.dumps(decree).encode()
    for stem, sop in zip(STEMS, decree.lampiran.sops, strict=True):
        assert jsonio.loads(files[f"data/sop/{stem}.sop.json"]) == sop
        pdf = PdfReader(io.BytesIO(files[f"sop/{stem}.pdf"]))
        assert sop.judul.split()[0] in pdf.pages[0].extract_text()
    expected = {"manifest.json", "data/keputusan.decree.json"}
    expected |= {f"data/sop/{s}.sop.json" for s in STEMS} | {f"sop/{s}.pdf" for s in STEMS}
    assert set(files) == expected | {
        "keputusan.pdf",
        "keputusan.docx",
        *(f"sop/{s}.docx" for s in STEMS),
        "gaya/ntt.style.json",  # the house style the SOPs print in travels with them
    }
    assert style_json.loads(files["gaya/ntt.style.json"]) == StyleCatalog().style_of("ntt")
    assert b'"draft"' not in files["manifest.json"]


def test_decree_and_docx_files_are_real(package):
    files = members(package.path)
    assert files["keputusan.pdf"].startswith(b"%PDF")
    for name in ["keputusan.docx", *(f"sop/{s}.docx" for s in STEMS)]:
        with zipfile.ZipFile(io.BytesIO(files[name])) as docx:
            assert "word/document.xml" in docx.namelist()


def test_manifest_lists_every_file_with_hash_and_size(decree, package):
    files = members(package.path)
    manifest = json.loads(files.pop("manifest.json"))
    assert manifest["format"] == "sopstudio.package" and manifest["version"] == 1
    assert manifest["tool"] == TOOL
    assert manifest["created"] == "2024-09-17T09:30:00+00:00"
    assert manifest["decree"] == {
        "id": decree.id,
        "nomor": decree.nomor,
        "tentang": decree.tentang,
        # Not saved in a library: known by its own revision and content only.
        "lineage": [[decree.revision, decree_hash(decree)]],
    }
    assert manifest["files"] == [
        {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in sorted(files.items())
    ]
    assert manifest["sops"] == [
        {
            "id": sop.id,
            "revision": sop.revision,
            "nomor": sop.nomor,
            "judul": sop.judul,
            "lineage": [[sop.revision, content_hash(sop)]],
        }
        for sop in decree.lampiran.sops
    ]
    assert verify_package(package.path).ok


def test_entries_are_sorted_dated_and_plain_files(package):
    with zipfile.ZipFile(package.path) as archive:
        infos = archive.infolist()
    names = [info.filename for info in infos]
    assert names == sorted(names)
    for info in infos:
        assert info.date_time == (2024, 9, 17, 9, 30, 0)
        assert info.create_system == 3
        assert stat.S_ISREG(info.external_attr >> 16)
        assert stat.S_IMODE(info.external_attr >> 16) == 0o644


def test_same_input_and_date_give_the_same_zip(decree, package, tmp_path):
    again = build(decree, tmp_path / "lagi.zip")
    assert package.path.read_bytes() == again.path.read_bytes()


def test_lineage_comes_from_the_library(tmp_path):
    with Library.open(tmp_path / "a.sqlite") as library:
        sops = sample_sops(2)
        for sop in sops:
            library.save_sop(sop)
        edit(library, sops[0].id, "Menerima usulan")
        edit(library, sops[0].id, "Menerima usulan tertulis")
        decree = library_decree(library, [s.id for s in sops])
        result = build(decree, tmp_path / "paket.zip", library=library)
        assert [list(s.lineage) for s in result.manifest.sops] == [
            library.lineage(sops[0].id),
            library.lineage(sops[1].id),
        ]
        assert len(result.manifest.sops[0].lineage) == 3

        # A decree embedding an older revision carries the lineage up to that revision.
        older = library.load_revision(sops[0].id, 2)
        result = build(sample_decree([older]), tmp_path / "lama.zip", library=library)
        assert list(result.manifest.sops[0].lineage) == library.lineage(sops[0].id)[:2]

        unsaved = library.load_sop(sops[1].id)
        unsaved.judul = "Belum disimpan"
        with pytest.raises(PackageError, match="tidak tersimpan di pustaka"):
            build(sample_decree([unsaved]), tmp_path / "x.zip", library=library)
        assert not (tmp_path / "x.zip").exists()


def test_decree_lineage_comes_from_the_library_when_saved_there(tmp_path):
    with Library.open(tmp_path / "a.sqlite") as library:
        ids = [sop.id for sop in save_samples(library, 2)]
        save_decree(library, ids)
        edit(library, ids[0], "Menerima usulan")
        decree = save_decree(library, ids)  # embeds the new SOP revision: decree revision 2
        lineage = library.document_lineage(DECREE_DOCUMENT, decree.id)
        assert [rev for rev, _ in lineage] == [1, 2]
        result = build(decree, tmp_path / "paket.zip", library=library)
        assert list(result.manifest.decree_lineage) == lineage
        # An edit not saved yet: the decree is known by its own revision and content only.
        decree.tentang = "Belum disimpan"
        result = build(decree, tmp_path / "baru.zip", library=library)
        assert result.manifest.decree_lineage == ((2, decree_hash(decree)),)


def test_failed_build_leaves_nothing_and_keeps_the_old_file(decree, tmp_path, monkeypatch):
    target = tmp_path / "paket.zip"
    target.write_bytes(b"paket lama")
    original, calls = package_module.write_sop_pdf, []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("cakram penuh")
        return original(*args, **kwargs)

    monkeypatch.setattr(package_module, "write_sop_pdf", failing)
    with pytest.raises(OSError, match="cakram penuh"):
        build(decree, target)
    assert target.read_bytes() == b"paket lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["paket.zip"]


def test_progress_counts_up_to_the_total(decree, tmp_path):
    seen = []
    result = build_package(
        decree, tmp_path / "p.zip", created=CREATED, progress=lambda d, t: seen.append((d, t))
    )
    total = len(result.manifest.files) + 1 + 2 * len(decree.lampiran.sops)
    done = [d for d, _ in seen]
    assert done == sorted(set(done)) and done[-1] == total
    assert {t for _, t in seen} == {total}


def test_decree_exporters_report_progress_within_their_share(decree, tmp_path, monkeypatch):
    # Stand-ins with the decree exporters' contract: progress after the body and each SOP.
    def fake(decree, path, paper=None, progress=None, **options):
        steps = len(decree.lampiran.sops) + 1
        for done in range(1, steps + 1):
            progress(done, steps)
        Path(path).write_bytes(b"keputusan")

    monkeypatch.setattr(package_module, "write_decree_pdf", fake)
    monkeypatch.setattr(package_module, "write_decree_docx", fake)
    seen = []
    result = build_package(decree, tmp_path / "p.zip", progress=lambda d, t: seen.append(d))
    # Each decree file weighs 3 SOPs + 1; every other file 1; writing the zip 1.
    total = 2 * (3 + 1) + (len(result.manifest.files) - 2) + 1
    assert seen == list(range(1, total + 1))
    assert members(result.path)["keputusan.pdf"] == b"keputusan"


def test_duplicate_sop_in_lampiran_is_refused(tmp_path):
    sop = sample_sops(1)[0]
    with pytest.raises(PackageError, match="lebih dari sekali"):
        build(sample_decree([sop, sop]), tmp_path / "p.zip")
    assert list(tmp_path.iterdir()) == []


def test_default_date_is_now(decree, tmp_path):
    before = datetime.now(UTC).replace(microsecond=0)
    result = build_package(decree, tmp_path / "p.zip")
    assert before <= datetime.fromisoformat(result.manifest.created) <= datetime.now(UTC)


@pytest.mark.parametrize(
    ("judul", "stem"),
    [
        ("Penanganan Surat Masuk", "01-penanganan-surat-masuk"),
        (
            "Pengelolaan Arsip Dinamis/Statis (Inaktif)",
            "01-pengelolaan-arsip-dinamis-statis-inaktif",
        ),
        ("Évaluasi Kinerja Pegawai", "01-evaluasi-kinerja-pegawai"),
        ("", "01-sop"),
        ("Kata " * 30, "01-" + "-".join(["kata"] * 12)),
        ("X" * 80, "01-" + "x" * 60),
    ],
)
def test_sop_stem(judul, stem):
    assert sop_stem(1, Sop(judul=judul)) == stem
