"""The signature package from the UI: build one for a decree, import one into the library.

Building runs `build_package` on a worker thread with a progress bar. Importing verifies
the package and plans the import on a worker, shows the plan item by item, requires a
choice for every conflict and a confirmation before newer versions replace ours, then
applies it (all or nothing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model import decree_json
from sopstudio.model.decree import Decree
from sopstudio.model.errors import SopStudioError
from sopstudio.model.package import (
    OURS,
    THEIRS,
    ImportPlan,
    PlannedDecree,
    PlannedSop,
    apply_import,
    import_styles,
    plan_import,
)
from sopstudio.model.store import Library, Relation
from sopstudio.model.style import Paper
from sopstudio.ui.worker import Worker, run_in_background

#: Table columns of the import plan.
COL_ITEM, COL_PACKAGE, COL_OURS, COL_STATUS, COL_CHOICE = range(5)


class PackageBuildDialog(QDialog):
    """Builds a decree's signature package into a zip, showing progress."""

    #: The written package (after a successful build).
    built = Signal(str)

    def __init__(
        self,
        decree: Decree,
        library: Library,
        path: Path,
        paper: Paper | None = None,
        parent: QWidget | None = None,
        draft: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paket tanda tangan"))
        self.path = path
        self.status = QLabel(self.tr("Membuat paket %1...").replace("%1", path.name), self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        # A private copy made on the UI thread: later edits do not race with the build.
        copy = decree_json.loads(decree_json.dumps(decree))
        styles = library.style_catalog()
        from sopstudio.export.package import build_package

        self.worker: Worker | None = run_in_background(
            lambda progress: build_package(
                copy, path, paper, library=library, progress=progress, styles=styles, draft=draft
            ),
            self._finished,
            self._failed,
            self._progress,
        )

    def running(self) -> bool:
        return self.worker is not None

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self) -> None:
        self.worker = None
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(True)

    def _finished(self, result) -> None:
        self._done()
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
        self.progress.setValue(self.progress.maximum())
        text = (
            self.tr("Paket tersimpan: %1 (%2 berkas).")
            .replace("%1", str(result.path))
            .replace("%2", str(len(result.manifest.files)))
        )
        self.status.setText(text)
        self.built.emit(str(result.path))

    def _failed(self, message: str) -> None:
        self._done()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Paket tidak dapat dibuat: %1").replace("%1", message))

    def reject(self) -> None:
        if not self.running():  # the build cannot be interrupted; it leaves nothing half-made
            super().reject()


class PackageImportDialog(QDialog):
    """Shows what importing a package would do, asks for the decisions, then imports."""

    #: After a successful import (the library changed).
    imported = Signal()

    def __init__(self, library: Library, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impor paket %1").replace("%1", path.name))
        self.library = library
        self.path = path
        self.plan: ImportPlan | None = None
        self.choices: dict[str, QComboBox] = {}
        self.status = QLabel(self.tr("Memeriksa paket..."), self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Isi paket"),
                self.tr("Revisi paket"),
                self.tr("Revisi pustaka"),
                self.tr("Status"),
                self.tr("Keputusan Anda"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (COL_PACKAGE, COL_OURS, COL_STATUS, COL_CHOICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(110)
        self.report.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Impor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self.resize(820, 460)
        self.worker: Worker | None = run_in_background(
            lambda _progress: plan_import(path, library), self._planned, self._failed
        )

    # -- the plan ----------------------------------------------------------------------

    def status_text(self, relation: Relation) -> str:
        """What a relation means for the user."""
        return {
            Relation.NEW: self.tr("Baru"),
            Relation.UNCHANGED: self.tr("Tidak berubah"),
            Relation.NEWER: self.tr("Lebih baru di paket"),
            Relation.OLDER: self.tr("Lebih lama di paket"),
            Relation.CONFLICT: self.tr("Konflik"),
        }[relation]

    def _label(self, item: PlannedSop | PlannedDecree) -> str:
        if isinstance(item, PlannedSop):
            nomor = f"{item.sop.nomor} \u2014 " if item.sop.nomor else ""
            return self.tr("SOP %1").replace("%1", nomor + item.sop.judul)
        decree = item.decree
        return f"{decree.kind.label} {decree.nomor}".strip()

    def _planned(self, plan: ImportPlan) -> None:
        self.worker = None
        self.plan = plan
        self.progress.hide()
        items = plan.items()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            revision = item.sop.revision if isinstance(item, PlannedSop) else item.decree.revision
            cells = (
                self._label(item),
                str(revision),
                "" if item.our_revision is None else str(item.our_revision),
                self.status_text(item.relation),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.relation is Relation.CONFLICT:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
            if item.relation is Relation.CONFLICT:
                choice = QComboBox(self.table)
                choice.addItem(self.tr("\u2014 pilih \u2014"), "")
                choice.addItem(self.tr("Pertahankan milik kita"), OURS)
                choice.addItem(self.tr("Ambil dari paket"), THEIRS)
                choice.currentIndexChanged.connect(lambda _i: self._update())
                self.table.setCellWidget(row, COL_CHOICE, choice)
                self.choices[item.id] = choice
        self._update()

    def _failed(self, message: str) -> None:
        self.worker = None
        self.progress.hide()
        self.status.setText(self.tr("Paket tidak dapat diimpor: %1").replace("%1", message))

    def chosen(self) -> dict[str, str]:
        """The choices made so far for conflicting items."""
        return {
            item_id: box.currentData() for item_id, box in self.choices.items() if box.currentData()
        }

    def _update(self) -> None:
        assert self.plan is not None
        unresolved = self.plan.unresolved(self.chosen())
        self.import_button.setEnabled(not unresolved)
        if unresolved:
            self.status.setText(
                self.tr(
                    "%1 konflik: isi berubah di paket dan di pustaka. Pilih untuk setiap konflik "
                    "sebelum mengimpor."
                ).replace("%1", str(len(unresolved)))
            )
        else:
            self.status.setText(self.tr("Paket utuh. Periksa rencana impor, lalu klik Impor."))

    # -- applying -----------------------------------------------------------------------

    def ask_newer(self, count: int) -> bool | None:
        """Ask whether newer versions in the package replace ours: True, False, None=cancel."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Versi lebih baru"),
            self.tr(
                "%1 isi paket lebih baru daripada versi di pustaka. Ganti versi pustaka dengan "
                "versi paket?"
            ).replace("%1", str(count)),
            parent=self,
        )
        replace = box.addButton(self.tr("Ganti"), QMessageBox.ButtonRole.YesRole)
        keep = box.addButton(self.tr("Pertahankan versi pustaka"), QMessageBox.ButtonRole.NoRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(replace)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is replace else False if clicked is keep else None

    def apply(self) -> bool:
        """Carry out the plan with the user's choices; False if cancelled or refused."""
        assert self.plan is not None
        confirm = False
        if self.plan.newer():
            answer = self.ask_newer(len(self.plan.newer()))
            if answer is None:
                return False
            confirm = answer
        try:
            result = apply_import(self.plan, self.library, self.chosen(), confirm_newer=confirm)
            styles = import_styles(self.path, self.library)
        except SopStudioError as exc:
            self.status.setText(self.tr("Impor gagal: %1").replace("%1", str(exc)))
            return False
        self.import_button.setEnabled(False)
        for box in self.choices.values():
            box.setEnabled(False)
        self.status.setText(self.tr("Impor selesai."))
        added = [self.tr("Gaya instansi baru di pustaka: %1").replace("%1", ", ".join(styles))]
        self.report.setPlainText("\n".join([*result.lines(), *(added if styles else [])]))
        self.report.show()
        self.imported.emit()
        return True

    def reject(self) -> None:
        if self.worker is None:
            super().reject()
