"""Autosave of an open decree: into the recovery journal at each edit, into the library
(kind "decree") shortly after, as `ui.autosave.AutoSaver` does for SOPs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from sopstudio.model import decree_json
from sopstudio.model.decree import Decree
from sopstudio.model.errors import SopStudioError
from sopstudio.model.package import DECREE_DOCUMENT, decree_title
from sopstudio.model.store import Library
from sopstudio.ui.autosave import RecoveryJournal

#: Longest time an edit waits before it is saved into the library (as for SOPs).
SAVE_DELAY_MS = 500


def _content(decree: Decree) -> dict[str, Any]:
    data = decree_json.decree_to_dict(decree)
    data.pop("revision", None)
    return data


class DecreeAutoSaver(QObject):
    """Keeps one open decree saved; each save of changed content is a new revision."""

    #: The revision the library now holds.
    saved = Signal(int)
    #: Why a save failed (Bahasa Indonesia).
    failed = Signal(str)

    def __init__(
        self,
        library: Library,
        decree: Decree,
        stack: QUndoStack,
        journal: RecoveryJournal | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.decree = decree
        self.journal = journal
        self._stack = stack
        self._saved = _content(decree)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        stack.indexChanged.connect(self._on_edit)

    @property
    def pending(self) -> bool:
        """True while an edit is not yet in the library."""
        return _content(self.decree) != self._saved

    def _on_edit(self) -> None:
        if self.journal is not None:
            self.journal.write(self.decree)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> bool:
        """Save the decree now if it changed; False (and `failed`) if that failed."""
        self._timer.stop()
        content = _content(self.decree)
        if content == self._saved:  # e.g. edited and undone: nothing to keep
            if self.journal is not None:
                self.journal.discard(self.decree.id)
            return True
        data = decree_json.decree_to_dict(self.decree)
        try:
            # The library gives the revision, as for SOPs (one more than the stored one).
            revision = self.library.save_document(
                DECREE_DOCUMENT, self.decree.id, data, decree_title(self.decree)
            )
        except SopStudioError as exc:
            self.failed.emit(str(exc))
            return False
        self.decree.revision = revision
        self._saved = content
        if self.journal is not None:
            self.journal.discard(self.decree.id)
        self.saved.emit(revision)
        return True

    def detach(self) -> None:
        """Stop following the undo stack (before the decree closes)."""
        self._timer.stop()
        self._stack.indexChanged.disconnect(self._on_edit)
