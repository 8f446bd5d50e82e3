"""Legal text: one rule (`legal_text.clean`), applied at every entry point."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sopstudio.model import jsonio, ops
from sopstudio.model.importers import import_text
from sopstudio.model.legal_text import clean, clean_tree, illegal_characters, is_legal
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.resources import SAMPLES

CONTROLS = "a\x0bb\x0cc\x07d\x1be\x00f\x7fg\x85h\x9bi"


def test_clean_rules():
    assert clean("plain text") == "plain text"
    assert clean(CONTROLS) == "abcdefg\nhi"
    assert clean("a\ud800b\udfff") == "a\ufffdb\ufffd"
    assert clean("a\r\nb\rc\u2028d\u2029e") == "a\nb\nc\nd\ne"
    assert clean("a\tb") == "a\tb"
    assert clean("a\ufffeb\uffff\U0010ffff\ufdd0") == "ab"
    assert clean("e\u0301") == "e\u0301"  # not normalised: stored content hashes stay valid
    # Legal but flagged by validation, not removed: bidi and zero-width characters, emoji.
    assert clean("a\u202eb\u200bc\U0001f600") == "a\u202eb\u200bc\U0001f600"


def test_illegal_characters_names_what_clean_changes():
    assert illegal_characters("a\x0bb\ud800\r\n") == ["U+000B", "U+000D", "U+D800"]
    assert illegal_characters("legal\n") == []


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_is_idempotent_and_its_output_is_legal(text):
    legal = clean(text)
    assert is_legal(legal) and clean(legal) == legal
    legal.encode("utf-8")  # no surrogate left


def test_clean_tree_cleans_every_string_and_keeps_kinds():
    step = Step(kind=StepKind.DECISION, text="Apakah\x07", waktu="1\x00 hari")
    cleaned, removed = clean_tree(step)
    assert (cleaned.text, cleaned.waktu, cleaned.kind) == ("Apakah", "1 hari", StepKind.DECISION)
    assert removed == ["U+0000", "U+0007"] and step.text == "Apakah\x07"


def _sample() -> Sop:
    return jsonio.load(SAMPLES / "sops" / "02-penanganan-surat-masuk.sop.json")


def test_every_edit_operation_stores_legal_text():
    sop = _sample()
    step_id, actor_id = sop.steps[1].id, sop.actors[0].id
    ops.SetField("judul", "Judul\x1b[2J").apply(sop)
    ops.SetField("dasar_hukum", ["UU\x00 1", "PP\ud800"]).apply(sop)
    ops.SetField("approver.nama", "Nama\x0c").apply(sop)
    ops.SetStepField(step_id, "text", "Menerima\x0b").apply(sop)
    ops.SetStepField(step_id, "keterangan", "a\r\nb").apply(sop)
    ops.RenameActor(actor_id, "Kepala\x07").apply(sop)
    ops.InsertStep(0, Step(id="new", text="Baru\x00")).apply(sop)
    ops.InsertActor(0, Actor(name="Lane\x1b", id="lane")).apply(sop)
    assert sop.judul == "Judul[2J" and sop.dasar_hukum == ["UU 1", "PP\ufffd"]
    assert sop.approver.nama == "Nama"
    assert (sop.step(step_id).text, sop.step(step_id).keterangan) == ("Menerima", "a\nb")
    assert sop.actor(actor_id).name == "Kepala" and sop.actor("lane").name == "Lane"
    assert sop.step("new").text == "Baru"


def test_undo_of_a_cleaned_edit_restores_the_original():
    sop = _sample()
    before = jsonio.dumps(sop)
    inverse = ops.SetField("judul", "X\x00").apply(sop)
    inverse.apply(sop)
    assert jsonio.dumps(sop) == before


def test_import_cleans_text_and_reports_it():
    rows = [
        "Judul SOP\tPenanganan Surat\x0bMasuk",
        "No\tKegiatan\tKepala\tStaf\tKelengkapan\tWaktu\tOutput\tKeterangan",
        "1\tMenerima surat\x07\tX\t\tSurat\t5 menit\tSurat\t",
        "2\tMengarsipkan\x1b[31m\t\tX\tSurat\t5 menit\tArsip\t",
    ]
    result = import_text("\n".join(rows))
    imported = result.sops[0]
    texts = [imported.sop.judul, *(s.text for s in imported.sop.steps)]
    assert all(is_legal(t) for t in texts)
    notes = [n for n in imported.report.notes if n.code == "TEXT_CLEANED"]
    assert len(notes) == 1 and "U+0007" in notes[0].message and "U+001B" in notes[0].message


def test_a_library_saved_with_control_characters_loads_cleaned_not_damaged(tmp_path):
    """Older versions stored what validation accepted, e.g. Word's vertical tab: it loads
    as legal text (hash checked on what is stored), and the next save adds a clean revision."""
    from sopstudio.export.docx import write_sop_docx
    from sopstudio.model.store import Library

    sop = _sample()
    sop.judul = "Penanganan\x0bSurat\x1b[0m"
    sop.steps[1].text = "Menerima\x07 surat"
    with Library.open(tmp_path / "lama.sqlite") as library:
        library.save_sop(sop)  # as an older version did: no operation cleaned it
        loaded = library.load_sop(sop.id)
        assert (loaded.judul, loaded.steps[1].text) == ("PenangananSurat[0m", "Menerima surat")
        assert library.load_revision(sop.id, 1).judul == "PenangananSurat[0m"
        write_sop_docx(loaded, tmp_path / "sop.docx")
        library.save_sop(loaded)
        assert [r for r, _ in library.lineage(sop.id)] == [1, 2]
