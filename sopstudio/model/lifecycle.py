"""The lifecycle of an SOP or decree revision: its states and the moves allowed between them.

    Draf -> Direviu -> Diajukan -> Disahkan -> Berlaku -> Dicabut / Diganti

A revision is frozen once a signature package was built from it (Diajukan): from then on its
content never changes, and an edit is saved as a new revision, which starts as a Draf.
"""

from __future__ import annotations

import datetime
from enum import StrEnum

from sopstudio.model.errors import SopStudioError
from sopstudio.model.numbering import parse_indonesian_date


class Status(StrEnum):
    """Where a revision is in its lifecycle; the value is what the library stores."""

    DRAF = "draf"
    DIREVIU = "direviu"
    DIAJUKAN = "diajukan"
    DISAHKAN = "disahkan"
    BERLAKU = "berlaku"
    DICABUT = "dicabut"
    DIGANTI = "diganti"

    @property
    def label(self) -> str:
        """The status as the user reads it ("Disahkan")."""
        return self.value.capitalize()


class LifecycleError(SopStudioError):
    """A status change the lifecycle does not allow."""


#: The moves allowed from each status. A package may be built from an unreviewed draft;
#: a frozen revision only moves forward.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAF: frozenset({Status.DIREVIU, Status.DIAJUKAN}),
    Status.DIREVIU: frozenset({Status.DRAF, Status.DIAJUKAN}),
    Status.DIAJUKAN: frozenset({Status.DISAHKAN}),
    Status.DISAHKAN: frozenset({Status.BERLAKU, Status.DICABUT, Status.DIGANTI}),
    Status.BERLAKU: frozenset({Status.DICABUT, Status.DIGANTI}),
    Status.DICABUT: frozenset(),
    Status.DIGANTI: frozenset(),
}

#: Statuses whose revision may no longer change.
FROZEN = frozenset(
    {Status.DIAJUKAN, Status.DISAHKAN, Status.BERLAKU, Status.DICABUT, Status.DIGANTI}
)
#: Statuses of a revision that was signed (a verified signed PDF is attached).
SIGNED = frozenset({Status.DISAHKAN, Status.BERLAKU, Status.DICABUT, Status.DIGANTI})
#: Statuses of a revision in force, which a later signed revision replaces.
IN_FORCE = frozenset({Status.DISAHKAN, Status.BERLAKU})


def parse_status(text: str) -> Status:
    """A status from its stored value or label, any case; LifecycleError if unknown."""
    try:
        return Status(text.strip().lower())
    except ValueError:
        known = ", ".join(s.value for s in Status)
        raise LifecycleError(f"status {text!r} tidak dikenal (pilihan: {known})") from None


def check_transition(old: Status, new: Status) -> None:
    """Raise LifecycleError unless a revision may move from `old` to `new`."""
    if new not in TRANSITIONS[old]:
        allowed = ", ".join(s.label for s in Status if s in TRANSITIONS[old]) or "tidak ada"
        raise LifecycleError(
            f"status tidak dapat berubah dari {old.label} ke {new.label} "
            f"(yang diizinkan: {allowed})"
        )


def is_due(status: Status, effective: datetime.date | None, today: datetime.date) -> bool:
    """Whether a Disahkan revision is in force (Berlaku) on `today`."""
    return status is Status.DISAHKAN and effective is not None and effective <= today


def effective_date(text: str, fallback: datetime.date) -> datetime.date:
    """The date a signed document takes effect: its own date field when that is a full or
    month date (a month means its first day), else `fallback` (the signing date)."""
    iso = parse_indonesian_date(text or "")
    if iso is None:
        return fallback
    return datetime.date.fromisoformat(iso if len(iso) == 10 else f"{iso}-01")
