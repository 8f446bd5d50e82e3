"""The validation dock: the findings of the current SOP, refreshed after each edit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDockWidget, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from sopstudio.model.validate import ERROR, Finding

LOCATION_ROLE = Qt.ItemDataRole.UserRole
_COLOURS = {ERROR: QColor("#c62828")}
_DEFAULT_COLOUR = QColor("#b26a00")


class ValidationDock(QDockWidget):
    """A list of findings; double-click (or Enter) emits the finding's location."""

    #: "step:<id>", "field:<name>", "actor:<id>" or "sop".
    location_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Validasi"), parent)
        self.setObjectName("validation_dock")
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Tingkat"), self.tr("Lokasi"), self.tr("Pesan")])
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(1, 110)
        self.setWidget(self.tree)
        self.tree.itemActivated.connect(
            lambda item, _c: self.location_activated.emit(item.data(0, LOCATION_ROLE))
        )
        self.findings: list[Finding] = []
        # The style's own icons: always drawn, unlike emoji that a font may lack.
        pixmap = QStyle.StandardPixmap
        self._icons = {
            True: self.style().standardIcon(pixmap.SP_MessageBoxCritical),
            False: self.style().standardIcon(pixmap.SP_MessageBoxWarning),
        }

    def severity_label(self, severity: str) -> str:
        return self.tr("Galat") if severity == ERROR else self.tr("Peringatan")

    def set_findings(self, findings: list[Finding], place: dict[str, str]) -> None:
        """Show findings; `place` names each location for the reader ("Langkah 3", ...)."""
        self.findings = list(findings)
        self.tree.clear()
        errors = sum(f.severity == ERROR for f in findings)
        for finding in findings:
            item = QTreeWidgetItem(
                [
                    self.severity_label(finding.severity),
                    place.get(finding.location, ""),
                    finding.message,
                ]
            )
            item.setData(0, LOCATION_ROLE, finding.location)
            item.setToolTip(2, f"{finding.message}\n[{finding.code}]")
            item.setForeground(0, QBrush(_COLOURS.get(finding.severity, _DEFAULT_COLOUR)))
            item.setIcon(0, self._icons[finding.severity == ERROR])
            self.tree.addTopLevelItem(item)
        if findings:
            title = self.tr("Validasi: %1 galat, %2 peringatan")
            title = title.replace("%1", str(errors)).replace("%2", str(len(findings) - errors))
        else:
            title = self.tr("Validasi: tidak ada temuan")
        self.setWindowTitle(title)

    def clear(self) -> None:
        """No document open: no findings."""
        self.findings = []
        self.tree.clear()
        self.setWindowTitle(self.tr("Validasi"))
