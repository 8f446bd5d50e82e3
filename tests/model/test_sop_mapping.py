"""Old-to-new mapping of SOPs when a decree replaces an older one."""

from __future__ import annotations

import copy

from sopstudio.model.decree import Decree, Lampiran
from sopstudio.model.sop import Sop, Step
from sopstudio.model.sop_mapping import BARU, DICABUT, DIUBAH, TETAP, apply_mapping, map_sops


def _sop(sop_id: str, nomor: str, judul: str) -> Sop:
    return Sop(id=sop_id, nomor=nomor, judul=judul, steps=[Step(id="1", text="Menerima")])


def test_kept_changed_new_and_revoked():
    kept, changed, revoked = (
        _sop("a", "01", "Surat"),
        _sop("b", "02", "Rapat"),
        _sop("c", "03", "Cuti"),
    )
    changed_now = copy.deepcopy(changed)
    changed_now.steps[0].text, changed_now.revision = "Menerima dan mencatat", 2
    kept_now = copy.deepcopy(kept)
    kept_now.revision = 5  # saved again without a change of content
    new = _sop("d", "04", "Arsip")
    entries = map_sops([kept, changed, revoked], [kept_now, changed_now, new])
    assert [(e.old and e.old.id, e.new and e.new.id, e.keterangan) for e in entries] == [
        ("a", "a", TETAP),
        ("b", "b", DIUBAH),
        (None, "d", BARU),
        ("c", None, DICABUT),
    ]


def test_a_reimported_sop_is_matched_by_nomor():
    old, new = _sop("x", "07 TAHUN 2023", "Surat"), _sop("y", "07 TAHUN 2023", "Surat")
    assert [e.keterangan for e in map_sops([old], [new])] == [DIUBAH]  # ids differ


def test_decree_mapping_fills_the_lampiran_table():
    old = Decree(
        nomor="1/2023",
        tanggal_ditetapkan="2023-02-01",
        lampiran=Lampiran(sops=[_sop("a", "01", "Surat"), _sop("c", "03", "Cuti")]),
    )
    new = Decree(
        nomor="9/2025",
        tanggal_ditetapkan="2025-03-01",
        lampiran=Lampiran(sops=[_sop("a", "01", "Surat"), _sop("d", "04", "Arsip")]),
    )
    apply_mapping(new, old)
    assert [(m.old_no, m.new_no) for m in new.lampiran.mapping] == [
        ("01", "01"),
        ("", "04"),
        ("03", ""),
    ]
    assert new.lampiran.mapping_years == ("2023", "2025")
