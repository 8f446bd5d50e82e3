"""The lifecycle rules: which status may follow which, frozen statuses, effective dates."""

from __future__ import annotations

import datetime
import itertools

import pytest

from sopstudio.model.lifecycle import (
    FROZEN,
    TRANSITIONS,
    LifecycleError,
    Status,
    check_transition,
    effective_date,
    is_due,
    parse_status,
)

SIGNED_ON = datetime.date(2024, 9, 20)


def test_the_main_path_is_allowed_step_by_step():
    path = [
        Status.DRAF,
        Status.DIREVIU,
        Status.DIAJUKAN,
        Status.DISAHKAN,
        Status.BERLAKU,
        Status.DIGANTI,
    ]
    for old, new in itertools.pairwise(path):
        check_transition(old, new)
    check_transition(Status.BERLAKU, Status.DICABUT)


@pytest.mark.parametrize("old", sorted(FROZEN))
def test_a_frozen_revision_never_goes_back_to_draft_or_review(old):
    for new in (Status.DRAF, Status.DIREVIU):
        with pytest.raises(LifecycleError, match="tidak dapat berubah"):
            check_transition(old, new)


def test_skipping_the_signature_is_refused_with_what_is_allowed():
    with pytest.raises(LifecycleError, match="dari Draf ke Disahkan .*Direviu, Diajukan"):
        check_transition(Status.DRAF, Status.DISAHKAN)
    with pytest.raises(LifecycleError, match="yang diizinkan: tidak ada"):
        check_transition(Status.DICABUT, Status.BERLAKU)


def test_every_status_has_its_moves_and_a_label():
    assert set(TRANSITIONS) == set(Status)
    assert [s.label for s in Status] == [
        "Draf",
        "Direviu",
        "Diajukan",
        "Disahkan",
        "Berlaku",
        "Dicabut",
        "Diganti",
    ]
    assert parse_status(" Direviu ") is Status.DIREVIU
    with pytest.raises(LifecycleError, match="tidak dikenal"):
        parse_status("terbit")


def test_effective_date_is_the_documents_own_date_else_the_signing_date():
    assert effective_date("17 September 2024", SIGNED_ON) == datetime.date(2024, 9, 17)
    assert effective_date("2024-10-01", SIGNED_ON) == datetime.date(2024, 10, 1)
    assert effective_date("Oktober 2024", SIGNED_ON) == datetime.date(2024, 10, 1)
    assert effective_date("", SIGNED_ON) == SIGNED_ON
    assert effective_date("segera", SIGNED_ON) == SIGNED_ON


def test_only_a_signed_revision_whose_date_has_come_is_due():
    day = datetime.date(2024, 10, 1)
    assert is_due(Status.DISAHKAN, day, day)
    assert not is_due(Status.DISAHKAN, day, day - datetime.timedelta(days=1))
    assert not is_due(Status.DIAJUKAN, day, day)
    assert not is_due(Status.DISAHKAN, None, day)
