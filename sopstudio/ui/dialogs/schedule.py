"""Jadwal monitoring dan evaluasi: which SOPs are due, soonest first; double-click opens one."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model.assessments import schedule
from sopstudio.model.numbering import format_long_date
from sopstudio.model.store import Library

OVERDUE = QColor("#f8d0d0")


class ScheduleDialog(QDialog):
    """Every SOP's next monitoring and evaluation; overdue rows are red."""

    #: The id of an SOP the user wants to open.
    open_requested = Signal(str)

    def __init__(
        self, library: Library, today: datetime.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jadwal monitoring dan evaluasi"))
        self.today = today or datetime.date.today()
        self.items = schedule(library, self.today)
        self.table = QTableWidget(len(self.items), 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Jatuh tempo"),
                self.tr("Kegiatan"),
                self.tr("Nomor SOP"),
                self.tr("Judul SOP"),
                self.tr("Terakhir"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        what = {"monitoring": self.tr("Monitoring"), "evaluasi": self.tr("Evaluasi")}
        for r, item in enumerate(self.items):
            last = format_long_date(item.last) if item.last else self.tr("belum pernah")
            for c, text in enumerate(
                (format_long_date(item.due), what[item.what], item.nomor, item.judul, last)
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.sop_id)
                if item.overdue(self.today):
                    cell.setBackground(OVERDUE)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.table.cellDoubleClicked.connect(
            lambda r, _c: self.open_requested.emit(
                self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 500)
