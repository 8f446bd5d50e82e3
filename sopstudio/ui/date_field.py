"""The date field of the forms: type an Indonesian date or pick one from a calendar.

Typed text is read with `parse_indonesian_date` ("12/03/2025", "1 April 2025",
"1 Apr 2025", "April 2025"); text that is not a date is kept as typed, marked, and left
for validation to report, so nothing typed is lost.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from sopstudio.model.numbering import parse_indonesian_date

_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
_INVALID_STYLE = "QLineEdit { background: #fff3e0; }"


class DateLineEdit(QLineEdit):
    """The text part of a DateField; Up/Down move the date by a day."""

    stepped = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.stepped.emit(1 if event.key() == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date shown in Indonesian ("17 September 2024"); the value is ISO text.

    The value is "YYYY-MM-DD", "YYYY-MM" when "Bulan saja" is ticked, "" when empty, or the
    typed text itself when it is not a date.
    """

    value_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.edit = DateLineEdit(self)
        self.edit.setPlaceholderText(self.tr("(kosong)"))
        self.edit.setToolTip(
            self.tr(
                "Ketik tanggal (mis. 17/09/2024, 17 September 2024, 17 Sep 2024) atau pilih dari "
                "kalender."
            )
        )
        self.calendar = QCalendarWidget(self)
        self.calendar.setLocale(INDONESIAN)
        self.calendar.setGridVisible(True)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_opening)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("\U0001f4c5")
        self.calendar_button.setToolTip(self.tr("Pilih dari kalender"))
        self.calendar_button.setMenu(menu)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.month_only = QCheckBox(self.tr("Bulan saja"), self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("\u2715")
        self.clear_button.setToolTip(self.tr("Kosongkan tanggal"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.month_only)
        layout.addWidget(self.clear_button)
        self.edit.editingFinished.connect(lambda: self._set(self.edit.text()))
        self.edit.stepped.connect(self._step)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.month_only.toggled.connect(self._month_only_toggled)
        self.clear_button.clicked.connect(lambda: self._set(""))

    def value(self) -> str:
        return self._value

    def set_value(self, text: str) -> None:
        """Show a stored value without announcing a change."""
        self._show(text)

    def date(self) -> QDate | None:
        """The shown date (the 1st for a month), or None."""
        iso = parse_indonesian_date(self._value) or ""
        date = QDate.fromString(iso + "-01" if _ISO_MONTH.match(iso) else iso, "yyyy-MM-dd")
        return date if date.isValid() else None

    # -- changes -------------------------------------------------------------------------

    def _show(self, text: str) -> None:
        iso = parse_indonesian_date(text)
        self._value = iso if iso is not None else text.strip()
        month = bool(iso and _ISO_MONTH.match(iso))
        blocked = self.month_only.blockSignals(True)
        self.month_only.setChecked(month)
        self.month_only.blockSignals(blocked)
        date = self.date()
        if date is not None:
            shown = INDONESIAN.toString(date, "MMMM yyyy" if month else "d MMMM yyyy")
        else:
            shown = self._value
        if self.edit.text() != shown:
            self.edit.setText(shown)
        unreadable = bool(self._value) and date is None
        self.edit.setStyleSheet(_INVALID_STYLE if unreadable else "")
        self.setToolTip(
            self.tr("Bukan tanggal yang dikenali: %1").replace("%1", self._value)
            if unreadable
            else ""
        )

    def _set(self, text: str) -> None:
        before = self._value
        self._show(text)
        if self._value != before:
            self.value_changed.emit(self._value)

    def _step(self, days: int) -> None:
        date = self.date()
        if date is not None and not self.month_only.isChecked():
            self._set(date.addDays(days).toString("yyyy-MM-dd"))

    def _calendar_opening(self) -> None:
        """The calendar opens at the shown date, or today."""
        date = self.date() or QDate.currentDate()
        self.calendar.setSelectedDate(date)
        self.calendar.setCurrentPage(date.year(), date.month())

    def _picked(self, date: QDate) -> None:
        self.calendar_button.menu().hide()
        self._set(date.toString("yyyy-MM" if self.month_only.isChecked() else "yyyy-MM-dd"))

    def _month_only_toggled(self, checked: bool) -> None:
        date = self.date()
        if date is not None:
            self._set(date.toString("yyyy-MM" if checked else "yyyy-MM-dd"))
