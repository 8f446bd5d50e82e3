"""One open SOP in the main window: "Identitas" and "Diagram Alir" over one undo stack."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget

from sopstudio.model.sop import Sop
from sopstudio.model.store import Library
from sopstudio.model.style import StyleCatalog
from sopstudio.ui.autosave import AutoSaver, RecoveryJournal
from sopstudio.ui.sop.editor import SopEditor
from sopstudio.ui.sop.identity_form import IdentityForm

IDENTITY_PAGE = 0
DIAGRAM_PAGE = 1


class DocumentTab(QTabWidget):
    """An SOP being edited: identity form, canvas, and the autosaver keeping it saved."""

    #: After every committed edit (each undo stack index change, typing merges included).
    edited = Signal()

    def __init__(
        self, sop: Sop, library: Library, journal: RecoveryJournal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sop = sop
        self.setTabPosition(QTabWidget.TabPosition.South)
        self.setDocumentMode(True)
        self.editor = SopEditor(sop, self)
        self.identity = IdentityForm(sop, self.editor.runner, self)
        self.set_styles(library.style_catalog())
        self.addTab(self.identity, self.tr("Identitas"))
        self.addTab(self.editor, self.tr("Diagram Alir"))
        self.autosaver = AutoSaver(library, sop, self.editor.undo_stack, journal, self)
        self.editor.undo_stack.indexChanged.connect(self.edited)

    def set_styles(self, styles: StyleCatalog) -> None:
        """Offer and draw with these house styles (the library's, after one was saved)."""
        self.styles = styles
        self.identity.set_styles(styles)
        self.editor.scene.set_styles(styles)

    @property
    def undo_stack(self) -> QUndoStack:
        return self.editor.undo_stack

    def title(self) -> str:
        """The tab's label: the SOP's title, shortened."""
        title = " ".join(self.sop.judul.split()) or self.tr("SOP tanpa judul")
        return title if len(title) <= 32 else title[:31] + "\u2026"

    def show_step(self, step_id: str) -> None:
        """Switch to the canvas and select a step."""
        self.setCurrentIndex(DIAGRAM_PAGE)
        self.editor.select_step(step_id)
        self.editor.view.setFocus()

    def show_field(self, name: str) -> None:
        """Switch to the identity form and focus a field."""
        self.setCurrentIndex(IDENTITY_PAGE)
        self.identity.focus_field(name)

    def flush(self) -> bool:
        """End an in-place edit and save what is pending; False if the save failed."""
        self.editor.commit_edit()
        return self.autosaver.flush()

    def close_document(self) -> bool:
        """Save what is pending and stop following the model; False if the save failed."""
        if not self.flush():
            return False
        self.discard()
        return True

    def discard(self) -> None:
        """Stop following the model without saving (edits stay in the recovery journal)."""
        self.autosaver.detach()
        self.identity.detach()
