"""Total time along an SOP's paths: decisions, loops counted once, uncounted Waktu reported."""

from __future__ import annotations

import pytest

from sopstudio.model import jsonio
from sopstudio.model.sop import Actor, Sop, Step, StepKind
from sopstudio.model.sop_time import sop_time
from sopstudio.resources import SAMPLES

A, B = Actor("Analis", id="an"), Actor("Kepala Biro", id="kb")


def _sop(*steps: Step) -> Sop:
    return Sop(judul="Uji", actors=[A, B], steps=list(steps))


def test_chain_adds_up():
    result = sop_time(
        _sop(
            Step(id="1", kind=StepKind.START, actor="an", next="2", waktu="10 menit"),
            Step(id="2", actor="an", next="3", waktu="1 jam"),
            Step(id="3", kind=StepKind.END, actor="kb", waktu="20 menit"),
        )
    )
    assert result.longest.minutes == result.shortest.minutes == 90
    assert result.longest.steps == ("1", "2", "3")
    assert result.longest.text == "1 jam 30 menit"
    assert not result.uncounted


def test_decision_gives_shortest_and_longest_and_ranges_use_their_ends():
    result = sop_time(
        _sop(
            Step(id="1", kind=StepKind.START, actor="an", next="2", waktu="1-2 jam"),
            Step(id="2", kind=StepKind.DECISION, actor="kb", yes="4", no="3", waktu="10 menit"),
            Step(id="3", actor="an", next="4", waktu="1 hari"),  # 7.5 working hours
            Step(id="4", kind=StepKind.END, actor="kb", waktu="5 menit"),
        )
    )
    assert result.shortest.steps == ("1", "2", "4") and result.shortest.minutes == 60 + 10 + 5
    assert result.longest.steps == ("1", "2", "3", "4")
    assert result.longest.minutes == 120 + 10 + 450 + 5


def test_loop_back_is_counted_once():
    # 3 sends the draft back to 2 until it is approved: the loop's steps count one time.
    result = sop_time(
        _sop(
            Step(id="1", kind=StepKind.START, actor="an", next="2", waktu="10 menit"),
            Step(id="2", actor="an", next="3", waktu="30 menit"),
            Step(id="3", kind=StepKind.DECISION, actor="kb", yes="4", no="2", waktu="15 menit"),
            Step(id="4", kind=StepKind.END, actor="kb", waktu="5 menit"),
        )
    )
    assert result.longest.steps == ("1", "2", "3", "4") and result.longest.minutes == 60
    assert result.shortest.minutes == 60


def test_unparseable_and_non_durations_are_reported_not_guessed():
    result = sop_time(
        _sop(
            Step(id="1", kind=StepKind.START, actor="an", next="2", waktu="Sesuai jadwal"),
            Step(id="2", actor="an", next="3", waktu="sebentar saja"),
            Step(id="3", kind=StepKind.END, actor="kb", waktu=""),
        )
    )
    assert result.longest.minutes == 0
    assert [(u.number, u.reason) for u in result.uncounted] == [
        (1, "bukan lama waktu (Sesuai jadwal)"),
        (2, "Waktu tidak dikenali"),
        (3, "Waktu kosong"),
    ]


def test_no_reachable_end_gives_no_path():
    result = sop_time(
        _sop(
            Step(id="1", kind=StepKind.START, actor="an", next="2", waktu="10 menit"),
            Step(id="2", actor="an", next="1", waktu="10 menit"),
        )
    )
    assert result.longest is None and result.shortest is None


def test_actor_loads():
    result = sop_time(
        _sop(
            Step(id="1", kind=StepKind.START, actor="an", next="2", waktu="10 menit"),
            Step(id="2", actor="an", next="3", waktu="1 jam"),
            Step(id="3", kind=StepKind.END, actor="kb", waktu="20 menit"),
        )
    )
    assert [(l.name, l.steps, l.minutes) for l in result.loads] == [
        ("Analis", 2, 70),
        ("Kepala Biro", 1, 20),
    ]


@pytest.mark.parametrize(
    "path", sorted((SAMPLES / "sops").glob("*.sop.json")), ids=lambda p: p.stem
)
def test_every_sample_has_a_path_from_start_to_end(path):
    result = sop_time(jsonio.load(path))
    assert result.longest is not None and result.longest.minutes >= result.shortest.minutes > 0
