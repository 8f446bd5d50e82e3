"""Autosave of open SOPs into the library, with a recovery journal for edits in flight.

Every committed edit (each change of the document's undo stack index, which Qt also emits
when typing merges into the previous command) is written at once to a journal file, then
saved into the library (`Library.save_sop`, one transaction) at most `SAVE_DELAY_MS` later,
after which the journal file is removed. Saving the library on every keystroke would cost
8-16 ms and a revision each (100-step SOP); the journal write is one small atomic file.
A journal file that is still there when a library is opened is an edit a crash kept from
the library: the main window offers to restore it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from sopstudio.model import decree_json, jsonio
from sopstudio.model.decree import Decree
from sopstudio.model.errors import SopStudioError
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library
from sopstudio.userdirs import data_dir

#: Longest time an edit waits in the journal before it is saved into the library.
SAVE_DELAY_MS = 500


def default_recovery_dir() -> Path:
    """Where recovery journals live (user data dir, beside the default library)."""
    return data_dir() / "recovery"


@dataclass(frozen=True)
class JournalEntry:
    """One SOP or decree whose latest edits may not have reached the library."""

    item: Sop | Decree
    written_at: datetime
    path: Path

    @property
    def sop(self) -> Sop:
        """The journaled SOP, for an entry of an SOP."""
        assert isinstance(self.item, Sop)
        return self.item

    @property
    def title(self) -> str:
        """What the user knows the item by: the SOP's judul, the decree's nomor and tentang."""
        if isinstance(self.item, Sop):
            return self.item.judul
        return " ".join(part for part in (self.item.title, self.item.nomor) if part)


class RecoveryJournal:
    """The journal files of one library: one `<sop id>.json` per SOP and one
    `decree-<decree id>.json` per decree with unsaved edits."""

    def __init__(self, root: Path, library_url: str) -> None:
        self.library_url = library_url
        digest = hashlib.sha256(library_url.encode("utf-8")).hexdigest()[:16]
        self.folder = root / digest

    def _path(self, item_id: str, decree: bool = False) -> Path:
        return self.folder / f"{'decree-' if decree else ''}{item_id}.json"

    def write(self, item: Sop | Decree) -> None:
        """Record the SOP or decree as it is now (atomically: a kill leaves the old or the
        new file)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        is_decree = isinstance(item, Decree)
        record = {
            "library": self.library_url,
            "written_at": datetime.now(UTC).isoformat(),
            **(
                {"decree": decree_json.decree_to_dict(item)}
                if is_decree
                else {"sop": jsonio.sop_to_dict(item)}
            ),
        }
        jsonio.write_atomic(
            self._path(item.id, is_decree), json.dumps(record, ensure_ascii=False).encode()
        )

    def discard(self, item_id: str) -> None:
        """Forget an SOP's or decree's journal (its edits are in the library now, or were
        dropped)."""
        self._path(item_id).unlink(missing_ok=True)
        self._path(item_id, decree=True).unlink(missing_ok=True)

    def pending(self) -> list[JournalEntry]:
        """The journaled SOPs and decrees, oldest first; unreadable files are skipped."""
        entries = []
        for path in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else ():
            try:
                record = json.loads(path.read_bytes())
                item = (
                    decree_json.decree_from_dict(record["decree"])
                    if "decree" in record
                    else jsonio.sop_from_dict(record["sop"])
                )
                written = datetime.fromisoformat(record["written_at"])
            except (OSError, ValueError, KeyError, TypeError, SopStudioError):
                continue
            entries.append(JournalEntry(item, written, path))
        return sorted(entries, key=lambda e: e.written_at)


class AutoSaver(QObject):
    """Keeps one open SOP saved: journal at each edit, library save shortly after."""

    #: The revision the library now holds.
    saved = Signal(int)
    #: Why a save failed (Bahasa Indonesia); the journal keeps the edits meanwhile.
    failed = Signal(str)

    def __init__(
        self,
        library: Library,
        sop: Sop,
        stack: QUndoStack,
        journal: RecoveryJournal,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.sop = sop
        self.journal = journal
        self._stack = stack
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        stack.indexChanged.connect(self._on_edit)

    @property
    def pending(self) -> bool:
        """True while an edit is journaled but not yet in the library."""
        return self._pending

    def _on_edit(self) -> None:
        self._pending = True
        self.journal.write(self.sop)
        # Not restarted by later edits: continuous typing is still saved twice a second.
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> bool:
        """Save pending edits into the library now; False (and `failed`) if that failed."""
        self._timer.stop()
        if not self._pending:
            return True
        try:
            revision = self.library.save_sop(self.sop)
        except SopStudioError as exc:
            self.failed.emit(str(exc))
            return False
        self._pending = False
        self.journal.discard(self.sop.id)
        self.saved.emit(revision)
        return True

    def detach(self) -> None:
        """Stop following the undo stack (before the document closes)."""
        self._timer.stop()
        self._stack.indexChanged.disconnect(self._on_edit)
