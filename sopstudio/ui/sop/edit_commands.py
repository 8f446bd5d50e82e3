"""The step and lane commands of the Sunting menu, the symbol palette and the Bantuan page.

One table lists each command with its keys, so the menu, the palette and the help page show
the same thing. The keys themselves are handled by the canvas (`SopEditor._key`); the menu
shows them as hints ("text<TAB>keys") without registering window-wide shortcuts, which would
take Enter and the arrows away from text fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from sopstudio.model.sop import StepKind
from sopstudio.ui.sop.editor import SopEditor


class EditCommand(NamedTuple):
    """A command on the current canvas: menu text, keys shown, what it does."""

    text: str
    keys: str
    run: Callable[[SopEditor], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditCommands", text)


#: Groups of commands (a separator between groups), in menu order.
STEP_COMMANDS: tuple[tuple[EditCommand, ...], ...] = (
    (
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Sisipkan langkah di bawah"),
            "Enter",
            lambda e: e.insert_step(),
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Sisipkan langkah di atas"),
            "Shift+Enter",
            lambda e: e.insert_step(below=False),
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Sunting teks kegiatan"),
            "F2",
            lambda e: (
                e.selected_step_id()
                and e.edit_field(e.selected_step_id(), "text", select_all=False)
            ),
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Duplikat langkah"), "", lambda e: e.duplicate_step()
        ),
    ),
    (
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Jadikan Proses"),
            "Ctrl+1",
            lambda e: e.set_kind(StepKind.PROCESS),
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Jadikan Keputusan"),
            "Ctrl+2",
            lambda e: e.set_kind(StepKind.DECISION),
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Jadikan Mulai"),
            "Ctrl+3",
            lambda e: e.set_kind(StepKind.START),
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Jadikan Selesai"),
            "Ctrl+4",
            lambda e: e.set_kind(StepKind.END),
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Tukar Ya/Tidak"), "", lambda e: e.swap_yes_no()
        ),
    ),
    (
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Naikkan langkah"),
            "Ctrl+Up",
            lambda e: e.move_step_by(-1),
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Turunkan langkah"),
            "Ctrl+Down",
            lambda e: e.move_step_by(1),
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Pindahkan ke pelaksana kiri"),
            "Ctrl+Left",
            lambda e: e.move_to_lane_by(-1),
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Pindahkan ke pelaksana kanan"),
            "Ctrl+Right",
            lambda e: e.move_to_lane_by(1),
        ),
    ),
    (
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Tambah pelaksana"), "Ctrl+L", lambda e: e.add_lane()
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Geser pelaksana ke kiri"),
            "Ctrl+Shift+Left",
            lambda e: e.move_lane_by(-1),
        ),
        EditCommand(
            QT_TRANSLATE_NOOP("EditCommands", "Geser pelaksana ke kanan"),
            "Ctrl+Shift+Right",
            lambda e: e.move_lane_by(1),
        ),
    ),
)

#: Keys that are not menu commands, for the help page.
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    (
        "Tab / Shift+Tab",
        QT_TRANSLATE_NOOP("EditCommands", "Sel berikutnya / sebelumnya saat menyunting"),
    ),
    ("Esc", QT_TRANSLATE_NOOP("EditCommands", "Batalkan suntingan sel")),
    (
        QT_TRANSLATE_NOOP("EditCommands", "Atas / Bawah"),
        QT_TRANSLATE_NOOP("EditCommands", "Pilih langkah sebelumnya / berikutnya"),
    ),
    ("Del", QT_TRANSLATE_NOOP("EditCommands", "Hapus langkah (sambungan diperbaiki)")),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("EditCommands", "Urungkan / Ulangi")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("EditCommands", "SOP baru")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("EditCommands", "Simpan (otomatis juga)")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("EditCommands", "Ekspor PDF/DOCX")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("EditCommands", "Cari di pustaka")),
    ("Ctrl+9 / Ctrl+0", QT_TRANSLATE_NOOP("EditCommands", "Sesuaikan lebar / ukuran cetak")),
    (
        QT_TRANSLATE_NOOP("EditCommands", "Menu, Shift+F10, klik kanan"),
        QT_TRANSLATE_NOOP("EditCommands", "Menu konteks langkah atau pelaksana"),
    ),
    (
        QT_TRANSLATE_NOOP("EditCommands", "Seret simbol"),
        QT_TRANSLATE_NOOP("EditCommands", "Pindah baris atau pelaksana"),
    ),
    (
        QT_TRANSLATE_NOOP("EditCommands", "Seret dari titik biru"),
        QT_TRANSLATE_NOOP("EditCommands", "Tautkan ke langkah lain, atau langkah baru di lajur"),
    ),
)

#: The palette: the four step symbols (inserted below the selection) and a new lane.
PALETTE: tuple[tuple[str, str, str], ...] = (
    (
        "start",
        QT_TRANSLATE_NOOP("EditCommands", "Mulai"),
        QT_TRANSLATE_NOOP("EditCommands", "Sisipkan langkah Mulai (terminator)"),
    ),
    (
        "process",
        QT_TRANSLATE_NOOP("EditCommands", "Proses"),
        QT_TRANSLATE_NOOP("EditCommands", "Sisipkan langkah Proses"),
    ),
    (
        "decision",
        QT_TRANSLATE_NOOP("EditCommands", "Keputusan"),
        QT_TRANSLATE_NOOP("EditCommands", "Sisipkan Keputusan (Ya/Tidak)"),
    ),
    (
        "end",
        QT_TRANSLATE_NOOP("EditCommands", "Selesai"),
        QT_TRANSLATE_NOOP("EditCommands", "Sisipkan langkah Selesai (terminator)"),
    ),
    (
        "lane",
        QT_TRANSLATE_NOOP("EditCommands", "Pelaksana"),
        QT_TRANSLATE_NOOP("EditCommands", "Tambah pelaksana (lajur) di kanan (Ctrl+L)"),
    ),
)


def palette_run(name: str) -> Callable[[SopEditor], object]:
    """What a palette entry does on a canvas."""
    if name == "lane":
        return lambda e: e.add_lane()
    return lambda e: e.insert_step(kind=StepKind(name))


def symbol_icon(name: str, size: int = 32) -> QIcon:
    """A drawn icon of a flowchart symbol (or a lane) as the palette shows it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(Qt.GlobalColor.black, 1.6))
    painter.setBrush(Qt.GlobalColor.white)
    box = QRectF(3, 8, size - 6, size - 16)
    if name in ("start", "end"):
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
    elif name == "process":
        painter.drawRect(box)
    elif name == "decision":
        c = QRectF(2, 2, size - 4, size - 4).center()
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), 2),
                    QPointF(size - 2, c.y()),
                    QPointF(c.x(), size - 2),
                    QPointF(2, c.y()),
                ]
            )
        )
    else:
        path = QPainterPath()
        for x in (4, size / 2, size - 4):
            path.moveTo(x, 3)
            path.lineTo(x, size - 3)
        path.moveTo(4, 9)
        path.lineTo(size - 4, 9)
        painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


def help_html() -> str:
    """The one-page Bantuan: what the screen holds and every key."""
    rows = "".join(
        f"<tr><td><b>{c.keys}</b></td><td>{_tr(c.text)}</td></tr>"
        for group in STEP_COMMANDS
        for c in group
        if c.keys
    )
    rows += "".join(
        f"<tr><td><b>{_tr(keys)}</b></td><td>{_tr(text)}</td></tr>" for keys, text in OTHER_KEYS
    )
    intro = QCoreApplication.translate(
        "EditCommands",
        "<h3>SOP Studio dalam satu halaman</h3><p><b>Pustaka</b> (kiri) menyimpan SOP per "
        "unit; klik kanan untuk unit baru, SOP baru, pindah, duplikat atau hapus. Setiap SOP "
        "punya tab <b>Identitas</b> dan <b>Diagram Alir</b>. Pilih langkah untuk mengubahnya di "
        "<b>Properti Langkah</b> (kanan); temuan ada di <b>Validasi</b> (bawah). Semua "
        "perubahan tersimpan otomatis dan dapat diurungkan.</p><h4>Pintasan</h4>",
    )
    return f"{intro}<table cellspacing='4'>{rows}</table>"
