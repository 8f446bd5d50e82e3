"""Waktu dan beban: the SOP's total time along its paths and each actor's load, kept current
while the SOP is edited."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model.sop import Sop
from sopstudio.model.sop_time import sop_time
from sopstudio.model.waktu import format_minutes


class SopTimeDialog(QDialog):
    """Shortest and longest path, loads per lane, and the steps whose Waktu is not counted."""

    def __init__(self, sop: Sop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waktu dan beban pelaksana"))
        self.sop = sop
        self.paths = QLabel(self)
        self.paths.setWordWrap(True)
        self.loads = QTableWidget(0, 3, self)
        self.loads.setHorizontalHeaderLabels(
            [self.tr("Pelaksana"), self.tr("Langkah"), self.tr("Waktu")]
        )
        self.loads.verticalHeader().setVisible(False)
        self.loads.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.loads.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.uncounted = QLabel(self)
        self.uncounted.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.paths, self.loads, self.uncounted, buttons):
            layout.addWidget(widget)
        sop.subscribe(self._changed)
        self.finished.connect(lambda _result: sop.unsubscribe(self._changed))
        self.resize(560, 420)
        self.refresh()

    def _changed(self, _change) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Recompute from the SOP as it is now."""
        result = sop_time(self.sop)
        numbers = {s.id: n for n, s in enumerate(self.sop.steps, start=1)}
        lines = []
        for label, path in (
            (self.tr("Jalur terpendek"), result.shortest),
            (self.tr("Jalur terpanjang"), result.longest),
        ):
            if path is None:
                lines.append(f"{label}: " + self.tr("tidak ada jalur dari Mulai ke Selesai"))
            else:
                steps = ", ".join(str(numbers[i]) for i in path.steps)
                lines.append(
                    f"{label}: <b>{path.text}</b> ("
                    + self.tr("langkah %1").replace("%1", steps)
                    + ")"
                )
        self.paths.setText("<br>".join(lines))
        self.loads.setRowCount(len(result.loads))
        for r, load in enumerate(result.loads):
            for c, text in enumerate((load.name, str(load.steps), format_minutes(load.minutes))):
                self.loads.setItem(r, c, QTableWidgetItem(text))
        self.uncounted.setText(
            "\n".join(
                self.tr("Tidak dihitung: langkah %1 (%2)")
                .replace("%1", str(u.number))
                .replace("%2", u.reason)
                for u in result.uncounted
            )
        )
