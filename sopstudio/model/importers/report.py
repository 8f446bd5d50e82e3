"""The import report: each guess the importer made and each problem it met, with its source."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sopstudio.model.errors import SopStudioError

#: Kinds of report notes: a guess to confirm, a problem a human must fix, or a warning of
#: the validation of the imported SOP (its errors are problems).
GUESS, PROBLEM, WARNING = "tebakan", "masalah", "peringatan"
_LABELS = {GUESS: "TEBAKAN", PROBLEM: "MASALAH", WARNING: "PERINGATAN"}


class ImportFailed(SopStudioError):
    """The input cannot be imported at all (unreadable, damaged or not an SOP document)."""


@dataclass(frozen=True)
class Note:
    """One line of an import report.

    `where` names the source place ("baris 412", "tabel 3 baris 5"); `step` is the 1-based
    table row of the imported step the note is about, or 0 for the SOP as a whole.
    """

    kind: str
    code: str
    message: str
    where: str = ""
    step: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form of the note."""
        return {
            "kind": self.kind,
            "code": self.code,
            "message": self.message,
            "where": self.where,
            "step": self.step,
        }

    def line(self) -> str:
        """The human-readable line of the note."""
        place = f" ({self.where})" if self.where else ""
        return f"{_LABELS[self.kind]} {self.code}{place}: {self.message}"


@dataclass
class ImportReport:
    """The notes of one imported SOP, or of the input as a whole."""

    notes: list[Note] = field(default_factory=list)

    def guess(self, code: str, message: str, where: str = "", step: int = 0) -> None:
        """Record a guess the user should confirm."""
        self.notes.append(Note(GUESS, code, message, where, step))

    def problem(self, code: str, message: str, where: str = "", step: int = 0) -> None:
        """Record a problem a human must look at."""
        self.notes.append(Note(PROBLEM, code, message, where, step))

    def warning(self, code: str, message: str, where: str = "") -> None:
        """Record a validation warning."""
        self.notes.append(Note(WARNING, code, message, where))

    @property
    def guesses(self) -> list[Note]:
        """The guesses, in order."""
        return [n for n in self.notes if n.kind == GUESS]

    @property
    def problems(self) -> list[Note]:
        """The problems, in order."""
        return [n for n in self.notes if n.kind == PROBLEM]

    def codes(self) -> list[str]:
        """The codes of all notes, in order (handy in tests)."""
        return [n.code for n in self.notes]

    def to_list(self) -> list[dict[str, Any]]:
        """The JSON-ready notes."""
        return [n.to_dict() for n in self.notes]
