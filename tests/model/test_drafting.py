"""Decree drafting: default diktum and chapters, Mengingat suggestions, renumbering, blocks."""

from sopstudio.model import decree_blocks as b
from sopstudio.model.decree import Decree, DecreeKind, Lampiran, Signer
from sopstudio.model.drafting import draft_body, renumber, suggest_mengingat
from sopstudio.model.sop import Sop
from sopstudio.model.validate_decree import validate_decree

UNIT = "Biro Pengadaan Barang dan Jasa Sekretariat Daerah Provinsi Nusa Tenggara Timur"


def decree_with(n: int, **kw) -> Decree:
    sops = [Sop(judul=f"Prosedur {i}", nomor="") for i in range(1, n + 1)]
    return Decree(region="Nusa Tenggara Timur", lampiran=Lampiran(sops=sops), **kw)


def test_default_diktum_references_follow_ordinal_style():
    decree = decree_with(2, ordinal_first="PERTAMA")
    draft_body(decree, UNIT, "Sub Bagian Tata Usaha")
    texts = [d.text for d in decree.diktum]
    assert len(texts) == 7
    assert "Diktum PERTAMA" in texts[1]
    assert decree.diktum[2].lists_sops
    clauses = [blk for blk in b.decree_body_blocks(decree) if isinstance(blk, b.Clause)]
    labels = [c.label for c in clauses]
    assert labels[:2] == ["Menimbang", "Mengingat"]
    assert labels[3:10] == ["PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH"]


def test_sop_list_lettered_to_vvv():
    decree = decree_with(74)
    draft_body(decree, UNIT, "Sub Bagian")
    listing = next(
        c
        for c in b.decree_body_blocks(decree)
        if isinstance(c, b.Clause) and c.items and c.label == "KETIGA"
    )
    markers = [item.marker for item in listing.items]
    assert (
        markers[0] == "a."
        and markers[25] == "z."
        and markers[26] == "aa."
        and markers[-1] == "vvv."
    )
    assert listing.items[-2].text.endswith("; dan") and listing.items[-1].text.endswith(".")


def test_peraturan_body_has_bab_pasal_and_list():
    decree = decree_with(3, kind=DecreeKind.PERATURAN_BUPATI)
    decree.region = "Malang"
    draft_body(decree, "Dinas Kominfo", "Bagian Organisasi")
    headings = [blk.lines[0] for blk in b.decree_body_blocks(decree) if isinstance(blk, b.Heading)]
    assert "BAB I" in headings and "Pasal 5" in headings
    assert not decree.diktum


def test_validation_detects_mismatch_and_duplicates():
    decree = decree_with(2)
    draft_body(decree, UNIT, "X")
    decree.diktum[2].sop_items = ["SOP Prosedur 1", "SOP Lain"]
    decree.lampiran.sops[0].nomor = decree.lampiran.sops[1].nomor = "01 Tahun 2024"
    codes = {f.code for f in validate_decree(decree)}
    assert {"decree-sop-list-mismatch", "decree-duplicate-nomor", "decree-missing-tentang"} <= codes
    renumber(decree, 2024)
    assert [s.nomor for s in decree.lampiran.sops] == ["01 Tahun 2024", "02 Tahun 2024"]
    decree.diktum[2].sop_items = None
    codes = {f.code for f in validate_decree(decree)}
    assert "decree-sop-list-mismatch" not in codes and "decree-duplicate-nomor" not in codes


def test_suggest_mengingat_dedupes_and_orders_by_hierarchy():
    a = Sop(
        dasar_hukum=[
            "Peraturan Gubernur NTT Nomor 44 Tahun 2020.",
            "Undang-Undang Nomor 23 Tahun 2014",
        ]
    )
    c = Sop(
        dasar_hukum=[
            "undang-undang  nomor 23 tahun 2014;",
            "Peraturan Pemerintah Nomor 18 Tahun 2016",
        ]
    )
    assert suggest_mengingat([a, c]) == [
        "Undang-Undang Nomor 23 Tahun 2014",
        "Peraturan Pemerintah Nomor 18 Tahun 2016",
        "Peraturan Gubernur NTT Nomor 44 Tahun 2020",
    ]


def test_delegated_signer_lines():
    decree = decree_with(1, kind=DecreeKind.KEPUTUSAN_KEPALA_BIRO)
    decree.signer = Signer(
        jabatan="Kepala Biro Pengadaan Barang dan Jasa",
        nama="SIPRIANUS",
        atas_nama="a.n. Sekretaris Daerah Provinsi Nusa Tenggara Timur",
        untuk_beliau="ub.",
        nip="196311191989031009",
    )
    sig = next(blk for blk in b.decree_body_blocks(decree) if isinstance(blk, b.Signature))
    assert sig.office == (
        "a.n. Sekretaris Daerah Provinsi Nusa Tenggara Timur",
        "ub.",
        "Kepala Biro Pengadaan Barang dan Jasa,",
    )
    assert sig.details == ("NIP. 19631119 198903 1 009",)


def test_docs_list_every_decree_code_with_its_severity():
    from pathlib import Path

    from sopstudio.model.validate_decree import DECREE_CODES

    text = (Path(__file__).resolve().parents[2] / "docs" / "validation.md").read_text(
        encoding="utf-8"
    )
    for code, severity in DECREE_CODES.items():
        rows = [line for line in text.splitlines() if line.startswith(f"| `{code}` |")]
        assert len(rows) == 1 and f"| {severity} |" in rows[0], code


def test_a_body_drafted_with_placeholders_is_an_error_until_they_are_replaced():
    decree = decree_with(1)
    draft_body(decree, "[unit kerja]", "[unit kerja]")
    found = [f for f in validate_decree(decree) if f.code == "decree-placeholder-text"]
    assert found and found[0].severity == "error" and "[unit kerja]" in found[0].message
    draft_body(decree, "Biro Organisasi", "Bagian Kelembagaan")
    assert "decree-placeholder-text" not in {f.code for f in validate_decree(decree)}
