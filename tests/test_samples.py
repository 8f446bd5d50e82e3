"""The bundled sample library (resources/samples): real SOPs that load, round-trip and cover the
flowchart features the editor, layout and exporters must handle."""

from __future__ import annotations

import re

import pytest

from sopstudio.model import decree_json, jsonio
from sopstudio.model.sop import Sop, StepKind
from sopstudio.resources import SAMPLES

SAMPLE_FILES = sorted((SAMPLES / "sops").glob("*.sop.json"))
DECREE_FILES = sorted(SAMPLES.glob("*.decree.json"))


def load_all() -> dict[str, Sop]:
    """Every sample SOP by file name."""
    return {path.name: jsonio.load(path) for path in SAMPLE_FILES}


def test_library_has_at_least_eight_samples():
    assert len(SAMPLE_FILES) >= 8
    assert all(re.fullmatch(r"\d\d-[a-z0-9-]+\.sop\.json", p.name) for p in SAMPLE_FILES)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_is_canonical_and_round_trips(path):
    sop = jsonio.load(path)
    # Saving what was loaded reproduces the file byte for byte: nothing lost, nothing unknown.
    assert jsonio.dumps(sop) == path.read_text(encoding="utf-8")
    assert jsonio.loads(jsonio.dumps(sop)) == sop


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_flowchart_is_well_formed(path):
    sop = jsonio.load(path)
    ids = [s.id for s in sop.steps]
    assert ids == [str(n) for n in range(1, len(ids) + 1)]
    assert sop.actors and all(re.fullmatch(r"[a-z]+", a.id) for a in sop.actors)
    assert sop.steps[0].kind is StepKind.START
    assert [s.kind for s in sop.steps].count(StepKind.START) == 1
    assert sop.steps[-1].kind is StepKind.END
    actor_ids = {a.id for a in sop.actors}
    for step in sop.steps:
        assert step.actor in actor_ids, step.id
        assert step.text and step.waktu, step.id
        ports = [port.value for port, _ in step.links()]
        expected = {
            StepKind.START: ["next"],
            StepKind.PROCESS: ["next"],
            StepKind.DECISION: ["yes", "no"],
            StepKind.END: [],
        }[step.kind]
        assert ports == expected, step.id
        for _, target in step.links():
            assert target in ids and target != step.id, step.id
        if step.kind is StepKind.DECISION:
            assert step.yes != step.no, step.id


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_identity_is_complete(path):
    sop = jsonio.load(path)
    assert re.fullmatch(r"\d\d TAHUN 2024", sop.nomor)
    assert sop.judul and len(sop.unit_header) == 4
    assert sop.unit_header[0] == "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR"
    assert re.fullmatch(r"\d{4}-\d\d(-\d\d)?", sop.tanggal_pembuatan)
    assert re.fullmatch(r"\d{18}", sop.approver.nip)
    assert sop.approver.jabatan.startswith("Plt. Kepala Biro") and sop.approver.nama
    assert re.fullmatch(r"[0-9a-f]{32}", sop.id)
    assert sop.dasar_hukum and sop.kualifikasi and sop.keterkaitan and sop.peringatan


def test_samples_have_distinct_ids_and_numbers_per_decree():
    sops = load_all()
    assert len({s.id for s in sops.values()}) == len(sops)
    for path in DECREE_FILES:
        numbers = [sop.nomor for sop in decree_json.load(path).lampiran.sops]
        assert len(set(numbers)) == len(numbers), path.name


def test_every_sample_is_in_exactly_one_decree():
    by_id = {sop.id: name for name, sop in load_all().items()}
    listed: list[str] = []
    for path in DECREE_FILES:
        decree = decree_json.load(path)
        assert re.fullmatch(r"\d+/KEP/HK/2024", decree.nomor) and decree.tentang
        listed += [by_id[sop.id] for sop in decree.lampiran.sops]
    assert sorted(listed) == [p.name for p in SAMPLE_FILES]


def reachable(sop: Sop, start: str) -> set[str]:
    """Step ids reachable from `start` (inclusive) by following links."""
    seen, todo = set(), [start]
    while todo:
        ident = todo.pop()
        if ident not in seen:
            seen.add(ident)
            todo.extend(target for _, target in sop.step(ident).links())
    return seen


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_step_is_reachable_and_can_finish(path):
    sop = jsonio.load(path)
    assert reachable(sop, sop.steps[0].id) == {s.id for s in sop.steps}
    ends = {s.id for s in sop.steps if s.kind is StepKind.END}
    for step in sop.steps:
        assert reachable(sop, step.id) & ends, step.id


def test_samples_cover_the_required_features():
    sops = list(load_all().values())

    def decisions(sop):
        return [s for s in sop.steps if s.kind is StepKind.DECISION]

    # An approval loop: a decision's Tidak goes back to an earlier step.
    assert any(sop.step_index(d.no) < sop.step_index(d.id) for sop in sops for d in decisions(sop))
    # A decision that ends the procedure: one of its exits is an END step.
    assert any(
        sop.step(target).kind is StepKind.END
        for sop in sops
        for d in decisions(sop)
        for target in (d.yes, d.no)
    )
    # An END step in the middle of the table (a rejection exit, not the last row).
    assert any(s.kind is StepKind.END for sop in sops for s in sop.steps[:-1])
    assert any(len(sop.steps) >= 20 for sop in sops)
    assert any(len(sop.actors) >= 6 for sop in sops)
    # Both source decrees are represented.
    headers = {sop.unit_header[2] for sop in sops}
    assert headers == {"BIRO ORGANISASI", "BIRO PENGADAAN BARANG DAN JASA"}


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_passes_validation_without_errors(path):
    validate = pytest.importorskip("sopstudio.model.validate")
    findings = validate.validate_sop(jsonio.load(path))
    problems = [f for f in findings if getattr(f.severity, "value", f.severity) == "error"]
    assert problems == []
