"""The library dock: a tree of units and their SOPs with their lifecycle status, filtered by
a search box and a status.

Its context menu creates, renames and deletes units (and their Bagian), and asks the main
window to create, rename, move, duplicate or delete SOPs (those touch open tabs).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model.errors import SopStudioError
from sopstudio.model.lifecycle import Status
from sopstudio.model.store import Library, SopSummary
from sopstudio.model.store.lifecycle import SOP_KIND
from sopstudio.ui.confirm import confirm

#: Item data roles: what an item stands for.
SOP_ROLE = Qt.ItemDataRole.UserRole
UNIT_ROLE = Qt.ItemDataRole.UserRole + 1
DECREE_ROLE = Qt.ItemDataRole.UserRole + 2
#: The library's document kind for decrees (sopstudio.model.package.DECREE_DOCUMENT).
DECREE_KIND = "decree"
#: The column showing each SOP's and decree's status.
STATUS_COLUMN = 1
#: Typing pauses this long before the library is searched.
SEARCH_DELAY_MS = 150


class LibraryDock(QDockWidget):
    """Units -> SOPs of the open library; double-click (or Enter) opens an SOP."""

    #: The id of the SOP to open.
    open_requested = Signal(str)
    #: The id of the decree to open.
    decree_open_requested = Signal(str)
    #: The unit (or None) a new SOP should go into.
    new_sop_requested = Signal(object)
    #: What to do with an SOP ("rename", "move", "duplicate", "delete") and its id.
    sop_action_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pustaka"), parent)
        self.setObjectName("library_dock")
        # Wide editors (a decree's form and preview) must not squeeze the titles away.
        self.setMinimumWidth(180)
        self.library: Library | None = None
        body = QWidget(self)
        self.search = QLineEdit(body)
        self.search.setPlaceholderText(self.tr("Cari judul, nomor atau kegiatan..."))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(body)
        self.status_filter.addItem(self.tr("Semua status"), None)
        self.status_texts = {
            Status.DRAF: self.tr("Draf"),
            Status.DIREVIU: self.tr("Direviu"),
            Status.DIAJUKAN: self.tr("Diajukan"),
            Status.DISAHKAN: self.tr("Disahkan"),
            Status.BERLAKU: self.tr("Berlaku"),
            Status.DICABUT: self.tr("Dicabut"),
            Status.DIGANTI: self.tr("Diganti"),
        }
        for status, text in self.status_texts.items():
            self.status_filter.addItem(text, status.value)
        self.tree = QTreeWidget(body)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnCount(2)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(
            STATUS_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.status_filter)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tree.itemActivated.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self.show_context_menu)
        self.menu: QMenu | None = None

    def set_library(self, library: Library | None) -> None:
        """Show another library (None empties the tree)."""
        self.library = library
        self.search.clear()
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the tree from the library, keeping only SOPs matching the search."""
        self._search_timer.stop()
        self.tree.clear()
        if self.library is None:
            return
        text = self.search.text().strip()
        summaries = self.library.search(text) if text else self.library.list_sops()
        statuses = self.library.lifecycle.statuses(SOP_KIND)
        wanted_status = self.status_filter.currentData()
        if wanted_status:
            summaries = [s for s in summaries if statuses.get(s.id) == wanted_status]
        units = self.library.units()
        items: dict[int | None, QTreeWidgetItem] = {}
        narrowed = bool(text or wanted_status)
        wanted = self._units_to_show(summaries, units) if narrowed else {u.id for u in units}
        for unit in units:  # parents come before children
            if unit.id not in wanted:
                continue
            item = QTreeWidgetItem([unit.name])
            item.setData(0, UNIT_ROLE, unit.id)
            parent = items.get(unit.parent_id)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[unit.id] = item
        for summary in summaries:
            status = statuses.get(summary.id, Status.DRAF)
            item = QTreeWidgetItem([self._label(summary), self.status_texts[status]])
            item.setData(0, SOP_ROLE, summary.id)
            item.setToolTip(0, self._label(summary))
            parent = items.get(summary.unit_id)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
        self._add_decrees(text, wanted_status)
        self.tree.expandAll()

    def _add_decrees(self, text: str, wanted_status: str | None) -> None:
        """The "Keputusan" node: the library's decrees whose title matches the search (and
        whose status is the one filtered for)."""
        assert self.library is not None
        statuses = self.library.lifecycle.statuses(DECREE_KIND)
        decrees = [
            d
            for d in self.library.list_documents(DECREE_KIND)
            if text.casefold() in d.title.casefold() and wanted_status in (None, statuses.get(d.id))
        ]
        if not decrees:
            return
        node = QTreeWidgetItem([self.tr("Keputusan")])
        self.tree.addTopLevelItem(node)
        for decree in decrees:
            item = QTreeWidgetItem([decree.title, self.status_texts[statuses[decree.id]]])
            item.setData(0, DECREE_ROLE, decree.id)
            item.setToolTip(0, decree.title)
            node.addChild(item)

    def decree_items(self) -> list[QTreeWidgetItem]:
        """The decree items of the tree, in display order."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(index)
            found += [
                node.child(i)
                for i in range(node.childCount())
                if node.child(i).data(0, DECREE_ROLE)
            ]
        return found

    @staticmethod
    def _units_to_show(summaries: list[SopSummary], units: list) -> set[int]:
        """The units holding a matching SOP, with their ancestors."""
        parents = {u.id: u.parent_id for u in units}
        wanted: set[int] = set()
        for summary in summaries:
            unit_id = summary.unit_id
            while unit_id is not None and unit_id not in wanted:
                wanted.add(unit_id)
                unit_id = parents.get(unit_id)
        return wanted

    def _label(self, summary: SopSummary) -> str:
        """The title first (a narrow dock still shows it), then the number."""
        title = summary.judul or self.tr("(tanpa judul)")
        return f"{title} \u2014 {summary.nomor}" if summary.nomor.strip() else title

    def sop_items(self) -> list[QTreeWidgetItem]:
        """Every SOP item in the tree, in display order."""
        return [item for item in self._all_items() if item.data(0, SOP_ROLE)]

    def item_for(self, sop_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self.sop_items() if i.data(0, SOP_ROLE) == sop_id), None)

    def selected_unit_id(self) -> int | None:
        """The unit of the current item (an SOP's own unit), for a new SOP."""
        item = self.tree.currentItem()
        while item is not None:
            if item.data(0, UNIT_ROLE) is not None:
                return int(item.data(0, UNIT_ROLE))
            item = item.parent()
        return None

    def focus_search(self) -> None:
        self.show()
        self.raise_()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        sop_id = item.data(0, SOP_ROLE)
        if sop_id:
            self.open_requested.emit(str(sop_id))
        decree_id = item.data(0, DECREE_ROLE)
        if decree_id:
            self.decree_open_requested.emit(str(decree_id))

    # -- context menu ----------------------------------------------------------------------

    def show_context_menu(self, pos: QPoint) -> QMenu | None:
        """The menu of the item under `pos` (viewport coordinates), or of the library."""
        if self.library is None:
            return None
        item = self.tree.itemAt(pos)
        if item is not None:
            self.tree.setCurrentItem(item)
        menu = QMenu(self)
        sop_id = item.data(0, SOP_ROLE) if item is not None else None
        unit_id = self.selected_unit_id() if item is not None else None
        menu.addAction(self.tr("SOP baru di sini"), lambda: self.new_sop_requested.emit(unit_id))
        if sop_id:
            menu.addSeparator()
            for action, label in (
                ("rename", self.tr("Ganti judul SOP...")),
                ("move", self.tr("Pindahkan ke unit...")),
                ("duplicate", self.tr("Duplikat SOP")),
                ("delete", self.tr("Hapus SOP...")),
            ):
                menu.addAction(label, lambda a=action: self.sop_action_requested.emit(a, sop_id))
        menu.addSeparator()
        menu.addAction(self.tr("Unit baru..."), lambda: self.add_unit(None))
        if unit_id is not None and not sop_id:
            menu.addAction(self.tr("Sub-unit (Bagian) baru..."), lambda: self.add_unit(unit_id))
            menu.addAction(self.tr("Ganti nama unit..."), lambda: self.rename_unit(unit_id))
            menu.addAction(self.tr("Hapus unit..."), lambda: self.delete_unit(unit_id))
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(self.tree.viewport().mapToGlobal(pos))
        return menu

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """A line of text from the user, or None when cancelled or empty."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setOkButtonText(self.tr("OK"))
        dialog.setCancelButtonText(self.tr("Batal"))
        if not dialog.exec():
            return None
        return dialog.textValue().strip() or None

    def apply(self, change) -> bool:
        """Run a library change and show the result; a refusal shows its message. True when
        it went through."""
        try:
            change()
        except SopStudioError as exc:
            QMessageBox.warning(self, self.tr("Pustaka"), str(exc))
            return False
        self.refresh()
        return True

    def add_unit(self, parent_id: int | None) -> None:
        """Create a unit (or a sub-unit under `parent_id`) named by the user."""
        title = self.tr("Unit baru") if parent_id is None else self.tr("Sub-unit baru")
        name = self.ask_text(title, self.tr("Nama unit (mis. Biro Organisasi Setda Provinsi):"))
        if name is not None:
            added: list[int] = []
            if self.apply(lambda: added.append(self.library.add_unit(name, parent_id))):
                self.select_unit(added[0])

    def rename_unit(self, unit_id: int) -> None:
        current = self.library.unit_path(unit_id)[-1]
        name = self.ask_text(self.tr("Ganti nama unit"), self.tr("Nama unit:"), current)
        if name is not None and name != current:
            self.apply(lambda: self.library.rename_unit(unit_id, name))
            self.select_unit(unit_id)

    def delete_unit(self, unit_id: int) -> None:
        """Delete an empty unit after asking (the library refuses one holding SOPs)."""
        name = self.library.unit_path(unit_id)[-1]
        if confirm(
            self,
            self.tr("Hapus unit"),
            self.tr("Hapus unit \u201c%1\u201d?").replace("%1", name),
            self.tr("Hapus"),
        ):
            self.apply(lambda: self.library.delete_unit(unit_id))

    def select_unit(self, unit_id: int) -> None:
        """Make a unit the current item (new SOPs go there)."""
        for item in self._all_items():
            if item.data(0, UNIT_ROLE) == unit_id:
                self.tree.setCurrentItem(item)
                return

    def _all_items(self) -> list[QTreeWidgetItem]:
        found = []
        pending = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while pending:
            item = pending.pop(0)
            found.append(item)
            pending[:0] = [item.child(i) for i in range(item.childCount())]
        return found
