"""Validation: a clean SOP gives no finding; crafted broken SOPs produce each code."""

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopstudio.model.sop import Actor, Approver, Sop, Step, StepKind
from sopstudio.model.validate import (
    CODES,
    ERROR,
    WARNING,
    Finding,
    has_errors,
    non_verb_start,
    normalise_nomor,
    validate_sop,
)
from tests.examples import examples

DOCS = Path(__file__).resolve().parents[2] / "docs" / "validation.md"


def clean_sop() -> Sop:
    """A complete SOP with an approval loop (Tidak back to an earlier step)."""
    actors = [Actor("Kepala Biro", id="kb"), Actor("Analis", id="an")]
    steps = [
        Step(id="1", kind=StepKind.START, actor="kb", text="Menugaskan Analis", waktu="5 menit",
             next="2"),
        Step(id="2", actor="an", text="Menyusun konsep surat", waktu="1 jam", next="3"),
        Step(id="3", kind=StepKind.DECISION, actor="kb", text="Memeriksa konsep surat",
             waktu="15 menit", yes="4", no="2"),
        Step(id="4", kind=StepKind.END, actor="an", text="Mengarsipkan surat", waktu="1 hari"),
    ]  # fmt: skip
    return Sop(
        judul="Penyusunan Surat Keluar",
        nomor="01 Tahun 2024",
        unit_header=["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "BIRO ORGANISASI"],
        tanggal_pembuatan="02 Desember 2020",
        tanggal_revisi="-",
        tanggal_efektif="",
        approver=Approver(
            "Kepala Biro Organisasi", "Nama Pejabat", "Pembina", "197103291999031002"
        ),
        dasar_hukum=["Permenpan-RB 35/2012"],
        actors=actors,
        steps=steps,
    )


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def test_clean_sop_has_no_findings() -> None:
    assert validate_sop(clean_sop()) == []


def test_separate_mulai_selesai_rows_are_clean() -> None:
    sop = clean_sop()
    sop.steps[0].kind = StepKind.PROCESS
    sop.steps[-1].kind = StepKind.PROCESS
    sop.steps[-1].next = "end"
    sop.steps.insert(0, Step(id="start", kind=StepKind.START, actor="kb", text="Mulai", next="1"))
    sop.steps.append(Step(id="end", kind=StepKind.END, actor="an", text="Selesai"))
    assert validate_sop(sop) == []


def _set(attr: str, value: object) -> Callable[[Sop], None]:
    def change(sop: Sop) -> None:
        target: object = sop
        *path, last = attr.split(".")
        for part in path:
            target = sop.step(part[5:]) if part.startswith("step:") else getattr(target, part)
        setattr(target, last, value)

    return change


def _add_step(step: Step, index: int | None = None) -> Callable[[Sop], None]:
    def change(sop: Sop) -> None:
        sop.steps.insert(len(sop.steps) if index is None else index, step)

    return change


def _decision_loop(sop: Sop) -> None:
    # 2 -> 3, 3: Ya -> 2, Tidak -> 2 would be same-targets; make a closed loop 2 <-> 5 instead.
    sop.steps[2].yes = "5"
    sop.steps.insert(
        3, Step(id="5", actor="an", text="Memperbaiki konsep", waktu="1 jam", next="3")
    )


#: (code expected, location expected, change that breaks the clean SOP)
CASES: list[tuple[str, str, Callable[[Sop], None]]] = [
    ("identity-missing-judul", "field:judul", _set("judul", "  ")),
    ("identity-missing-unit-header", "field:unit_header", _set("unit_header", ["", " "])),
    ("identity-missing-nomor", "field:nomor", _set("nomor", "")),
    ("identity-missing-tanggal-pembuatan", "field:tanggal_pembuatan",
     _set("tanggal_pembuatan", "")),
    ("identity-missing-approver-jabatan", "field:approver.jabatan", _set("approver.jabatan", "")),
    ("identity-missing-approver-nama", "field:approver.nama", _set("approver.nama", "")),
    ("identity-missing-approver-nip", "field:approver.nip", _set("approver.nip", "")),
    ("identity-missing-dasar-hukum", "field:dasar_hukum", _set("dasar_hukum", [])),
    ("placeholder-text", "field:unit_header", _set("unit_header", ["PEMERINTAH [daerah]"])),
    ("style-unknown", "field:style", _set("style", "kabupaten-antah")),
    ("nip-invalid", "field:approver.nip", _set("approver.nip", "1971032919990310")),
    ("date-invalid", "field:tanggal_efektif", _set("tanggal_efektif", "31 Februari 2024")),
    ("no-steps", "sop", _set("steps", [])),
    ("no-start", "sop", _set("step:1.kind", StepKind.PROCESS)),
    ("multiple-starts", "step:s2",
     _add_step(Step(id="s2", kind=StepKind.START, actor="an", text="Menerima surat",
                    waktu="5 menit", next="2"), index=1)),
    ("no-end", "sop", lambda s: (_set("step:4.kind", StepKind.PROCESS)(s),
                                 _set("step:4.next", "1")(s))),
    ("start-not-first", "step:1", lambda s: s.steps.insert(0, s.steps.pop(1))),
    ("step-without-text", "step:2", _set("step:2.text", "")),
    ("step-without-actor", "step:2", _set("step:2.actor", None)),
    ("unknown-actor", "step:2", _set("step:2.actor", "hilang")),
    ("missing-next", "step:2", _set("step:2.next", None)),
    ("decision-missing-yes", "step:3", _set("step:3.yes", None)),
    ("decision-missing-no", "step:3", _set("step:3.no", None)),
    ("decision-same-targets", "step:3", _set("step:3.no", "4")),
    ("missing-link-target", "step:2", _set("step:2.next", "99")),
    ("self-link", "step:2", _set("step:2.next", "2")),
    ("link-into-start", "step:3", _set("step:3.no", "1")),
    ("unreachable-step", "step:x",
     _add_step(Step(id="x", actor="an", text="Mencatat surat", waktu="5 menit", next="4"))),
    ("dead-end-step", "step:2", _decision_loop),
    ("waktu-empty", "step:2", _set("step:2.waktu", "")),
    ("waktu-unparsed", "step:2", _set("step:2.waktu", "Surat masuk")),
    ("kegiatan-not-verb", "step:2", _set("step:2.text", "Analis menyusun konsep surat")),
    ("actor-without-name", "actor:kb", _set("actors", [Actor(" ", id="kb"), Actor("Analis", id="an")])),
    ("duplicate-actor-name", "actor:an2",
     lambda s: s.actors.append(Actor("analis ", id="an2"))),
    ("actor-without-steps", "actor:an2",
     lambda s: s.actors.append(Actor("Sekretaris", id="an2"))),
    ("glyph-missing", "step:2", _set("step:2.output", "Konsep surat \U0001F4C4")),
    ("hidden-characters", "field:judul", _set("judul", "Penyusunan \u202eraluS")),
]  # fmt: skip


@pytest.mark.parametrize(("code", "location", "change"), CASES, ids=[c[0] for c in CASES])
def test_crafted_broken_sop(code: str, location: str, change: Callable[[Sop], None]) -> None:
    sop = clean_sop()
    change(sop)
    findings = validate_sop(sop)
    matching = [f for f in findings if f.code == code]
    assert matching, findings
    assert matching[0].location == location
    assert matching[0].severity == CODES[code]
    assert matching[0].message and matching[0].message[0].isupper()


def test_every_code_has_a_crafted_case() -> None:
    assert {c[0] for c in CASES} | {"duplicate-nomor", "layout-overflow"} == set(CODES)


def test_duplicate_nomor_against_the_library() -> None:
    sop = clean_sop()
    assert validate_sop(sop, other_nomors=["02 Tahun 2024"]) == []
    findings = validate_sop(sop, other_nomors=["02 Tahun 2024", "1 TAHUN  2024"])
    assert codes(findings) == ["duplicate-nomor"]
    assert findings[0].severity == ERROR and findings[0].location == "field:nomor"
    sop.nomor = ""
    assert "duplicate-nomor" not in codes(validate_sop(sop, other_nomors=[""]))


def test_normalise_nomor() -> None:
    assert normalise_nomor("01 TAHUN 2024") == normalise_nomor(" 1  Tahun 2024")
    assert normalise_nomor("10 Tahun 2024") != normalise_nomor("1 Tahun 2024")


def test_messages_name_the_row() -> None:
    sop = clean_sop()
    sop.steps[1].waktu = ""
    (finding,) = validate_sop(sop)
    assert finding == Finding(
        "waktu-empty", WARNING, "Baris 2: Waktu (mutu baku) kosong.", "step:2"
    )


def test_broken_link_does_not_cascade() -> None:
    sop = clean_sop()
    sop.steps[1].next = None
    findings = validate_sop(sop)
    # Step 1 leads only into the broken step 2: it is not a dead end. Steps 3 and 4 are cut
    # off from the start: one finding at the head of that part.
    assert [(f.code, f.location) for f in findings] == [
        ("missing-next", "step:2"),
        ("unreachable-step", "step:3"),
    ]
    assert "begitu pula 1 langkah" in findings[1].message


def test_unreachable_loop_without_entry_is_reported_once() -> None:
    sop = clean_sop()
    sop.steps += [
        Step(id="a", actor="an", text="Mencatat", waktu="5 menit", next="b"),
        Step(id="b", actor="an", text="Mengirim", waktu="5 menit", next="a"),
    ]
    findings = validate_sop(sop)
    assert [(f.code, f.location) for f in findings] == [
        ("unreachable-step", "step:a"),
        ("dead-end-step", "step:a"),
    ]
    assert findings[1].message == "Baris 5: alur berputar tanpa jalan menuju Selesai (baris 5, 6)."


def test_closed_loop_is_reported_once_not_its_predecessors() -> None:
    sop = clean_sop()
    _decision_loop(sop)  # rows: 1 start, 2 menyusun, 3 memeriksa (Ya -> 5, Tidak -> 2), 4 ...
    findings = [f for f in validate_sop(sop) if f.code == "dead-end-step"]
    assert [(f.location, f.message) for f in findings] == [
        ("step:2", "Baris 2: alur berputar tanpa jalan menuju Selesai (baris 2, 3, 4)."),
    ]


def test_self_link_is_not_also_a_closed_loop() -> None:
    sop = clean_sop()
    sop.steps[1].next = "2"
    assert [f.code for f in validate_sop(sop)] == ["self-link", "unreachable-step"]


def test_decision_that_ends_the_procedure_is_valid() -> None:
    sop = clean_sop()
    sop.steps[2].no = "4"
    sop.steps[2].yes = "2b"
    sop.steps.insert(3, Step(id="2b", kind=StepKind.END, actor="kb", text="Menandatangani surat",
                             waktu="5 menit"))  # fmt: skip
    assert validate_sop(sop) == []


def test_order_is_deterministic_and_grouped() -> None:
    sop = clean_sop()
    sop.judul = ""
    sop.steps[3].waktu = "??"
    sop.steps[1].actor = None
    sop.actors.append(Actor("Sekretaris", id="sk"))
    first = validate_sop(sop)
    assert codes(first) == [
        "identity-missing-judul",
        "step-without-actor",
        "waktu-unparsed",
        "actor-without-steps",
    ]
    assert validate_sop(sop) == first


def test_has_errors() -> None:
    sop = clean_sop()
    sop.steps[1].waktu = ""
    assert not has_errors(validate_sop(sop))
    sop.judul = ""
    assert has_errors(validate_sop(sop))


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("Menelaah dan mendisposisi surat masuk", StepKind.PROCESS, ""),
        ("1. Memeriksa konsep", StepKind.PROCESS, ""),
        ("a) berkoordinasi dengan OPD", StepKind.PROCESS, ""),
        ("- Diteruskan kepada Kepala Biro", StepKind.PROCESS, ""),
        ("Tersedianya dokumen", StepKind.PROCESS, ""),
        ("Perbaiki konsep", StepKind.PROCESS, ""),
        ("Siapkan bahan rapat", StepKind.PROCESS, ""),
        ("Turun ke UPP untuk monitoring", StepKind.PROCESS, ""),
        ("Verifikasi ulang Buku Kas Umum", StepKind.PROCESS, ""),
        ("Apakah dokumen lengkap?", StepKind.DECISION, ""),
        ("Apakah dokumen lengkap?", StepKind.PROCESS, "Apakah"),
        ("Admin mengakses layanan", StepKind.PROCESS, "Admin"),
        ("PPK menyampaikan laporan", StepKind.PROCESS, "PPK"),
        ("Selesai", StepKind.END, ""),
        ("Selesai", StepKind.PROCESS, "Selesai"),
        ("", StepKind.PROCESS, ""),
        ("2024 adalah tahun", StepKind.PROCESS, ""),
    ],
)
def test_verb_heuristic(text: str, kind: StepKind, word: str) -> None:
    assert non_verb_start(Step(kind=kind, text=text)) == word


def test_docs_list_every_code_with_its_severity() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for code, severity in CODES.items():
        rows = [line for line in text.splitlines() if line.startswith(f"| `{code}` |")]
        assert len(rows) == 1, code
        assert f"| {severity} |" in rows[0], code


ids = st.sampled_from(["1", "2", "3", "4", "5", "9"])
steps_strategy = st.lists(
    st.builds(
        Step,
        kind=st.sampled_from(list(StepKind)),
        actor=st.one_of(st.none(), st.sampled_from(["kb", "an", "zz"])),
        text=st.sampled_from(["", "Memeriksa", "Admin mengirim", "Selesai"]),
        waktu=st.sampled_from(["", "5 menit", "??", "N/A"]),
        next=st.one_of(st.none(), ids),
        yes=st.one_of(st.none(), ids),
        no=st.one_of(st.none(), ids),
    ),
    max_size=5,
)


@settings(max_examples=examples(200), deadline=None)
@given(steps_strategy, st.lists(st.sampled_from(["", "01 Tahun 2024", "02"]), max_size=2))
def test_findings_are_well_formed_for_any_sop(steps: list[Step], others: list[str]) -> None:
    sop = clean_sop()
    for index, step in enumerate(steps):
        step.id = str(index + 1)
    sop.steps = steps
    findings = validate_sop(sop, others)
    assert findings == validate_sop(sop, others)
    step_ids = {s.id for s in sop.steps}
    actor_ids = {a.id for a in sop.actors}
    for finding in findings:
        assert CODES[finding.code] == finding.severity
        kind, _, ident = finding.location.partition(":")
        assert kind in ("sop", "field", "step", "actor")
        if kind == "step":
            assert ident in step_ids
        if kind == "actor":
            assert ident in actor_ids
    # Each closed loop and each cut-off part is reported once, at a distinct step.
    for code in ("dead-end-step", "unreachable-step"):
        locations = [f.location for f in findings if f.code == code]
        assert len(locations) == len(set(locations))


def test_layout_overflow_becomes_a_finding() -> None:
    from sopstudio.model.layout import layout_sop
    from sopstudio.model.validate import layout_findings

    actor = Actor("Analis", id="a")
    long_text = "Menyusun " + " ".join(["dokumen rencana kerja tahunan perangkat daerah"] * 900)
    sop = Sop(
        actors=[actor],
        steps=[
            Step(id="1", kind=StepKind.START, actor="a", text="Memulai", next="2"),
            Step(id="2", kind=StepKind.END, actor="a", text=long_text),
        ],
    )
    findings = layout_findings(layout_sop(sop))
    assert [f.code for f in findings] == ["layout-overflow"]
    assert "Langkah 2" in findings[0].message and findings[0].severity == "warning"
    assert layout_findings(None) == []
