"""The *.decree.json format: lossless round trip with embedded SOPs, clear errors."""

import pytest

from sopstudio.model import decree_json
from sopstudio.model.decree import (
    Article,
    Chapter,
    Decree,
    DecreeKind,
    Diktum,
    Lampiran,
    MappingRow,
    ParafRow,
    Promulgation,
    Signer,
)
from sopstudio.model.errors import FormatError
from sopstudio.model.sop import Actor, Sop, Step, StepKind


def full_decree() -> Decree:
    sop = Sop(
        judul="Penanganan Surat Masuk",
        nomor="01 Tahun 2024",
        actors=[Actor("Analis", id="a")],
        steps=[Step(id="1", kind=StepKind.START, actor="a", text="Menerima")],
    )
    return Decree(
        kind=DecreeKind.PERATURAN_BUPATI,
        region="Malang",
        nomor="12 Tahun 2024",
        tentang="Standar Operasional Prosedur",
        menimbang=["bahwa ..."],
        mengingat=["Undang-Undang Nomor 23 Tahun 2014"],
        memperhatikan=["Keputusan ..."],
        ordinal_first="PERTAMA",
        diktum=[
            Diktum("Menetapkan SOP."),
            Diktum("SOP meliputi:", lists_sops=True, sop_items=["SOP A"]),
        ],
        chapters=[Chapter("BAB I KETENTUAN UMUM", [Article(["Dalam Peraturan ini ..."])])],
        signer=Signer(
            jabatan="BUPATI MALANG", nama="NAMA", atas_nama="a.n. X", untuk_beliau="ub. Y"
        ),
        promulgation=Promulgation(
            "Kepanjen", "2024-09-17", Signer(jabatan="SEKRETARIS DAERAH"), "BERITA DAERAH"
        ),
        salinan=Signer(jabatan="Kepala Bagian Hukum"),
        tembusan=["Gubernur"],
        paraf=[ParafRow("Sekretaris Daerah", "b")],
        lampiran=Lampiran(
            title_lines=["DAFTAR SOP"],
            sops=[sop],
            mapping=[MappingRow("1", "Lama", "", "")],
            mapping_years=("2022", "2024"),
            policy=[Chapter("I. PENDAHULUAN", [Article(["Teks."])])],
        ),
    )


def test_round_trip(tmp_path):
    decree = full_decree()
    path = tmp_path / "k.decree.json"
    decree_json.save(decree, path)
    assert decree_json.load(path) == decree


def test_embedded_sop_error_says_where():
    data = decree_json.decree_to_dict(full_decree())
    data["lampiran"]["sops"][0]["steps"][0]["kind"] = "oval"
    with pytest.raises(FormatError, match=r"lampiran\.sops\[0\]\.steps\[0\]\.kind"):
        decree_json.decree_from_dict(data)


def test_unknown_kind():
    with pytest.raises(FormatError, match="jenis keputusan"):
        decree_json.loads('{"format": "sopstudio.decree", "version": 1, "kind": "perpres"}')


def test_titles():
    decree = Decree(kind=DecreeKind.KEPUTUSAN_GUBERNUR, region="Nusa Tenggara Timur")
    assert decree.title == "KEPUTUSAN GUBERNUR NUSA TENGGARA TIMUR"
    assert DecreeKind.PERATURAN_BUPATI.is_peraturan
