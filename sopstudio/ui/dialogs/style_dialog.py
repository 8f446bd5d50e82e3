"""The house-style dialog: a style edited as data, with a live preview of an SOP's identity
page and first flowchart page in it; `*.style.json` files imported and exported from here.

The preview is the layout engine's geometry drawn by the canvas's own page and symbol items,
so it shows what the PDF and DOCX will print.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model import style_json
from sopstudio.model.errors import FormatError
from sopstudio.model.layout import layout_sop
from sopstudio.model.layout.fonts import FAMILIES
from sopstudio.model.layout.geometry import PageKind
from sopstudio.model.logo import logo_url
from sopstudio.model.sop import Actor, Approver, Sop, Step, StepKind
from sopstudio.model.style import (
    Fonts,
    HouseStyle,
    Labels,
    Letterhead,
    Paper,
    SignatureBlock,
    StyleCatalog,
)
from sopstudio.ui.canvas.items import PageItem, SymbolItem

#: Space between the previewed pages, in points.
PAGE_GAP = 12.0


def preview_sop() -> Sop:
    """A short SOP to preview a style on when no SOP is open (names no real government)."""
    actors = [Actor("Pengadministrasi", "a"), Actor("Kepala Bagian", "b")]
    steps = [
        Step(StepKind.START, "a", "Menerima surat masuk", waktu="5 menit", id="1", next="2"),
        Step(
            StepKind.DECISION,
            "b",
            "Memeriksa kelengkapan surat",
            waktu="10 menit",
            id="2",
            yes="3",
            no="1",
        ),
        Step(StepKind.END, "a", "Mengarsipkan surat", waktu="5 menit", id="3"),
    ]
    return Sop(
        judul="Penanganan Surat Masuk",
        nomor="01 Tahun 2024",
        unit_header=["PEMERINTAH DAERAH", "SEKRETARIAT DAERAH", "BAGIAN ORGANISASI"],
        approver=Approver(
            "KEPALA BAGIAN ORGANISASI", "NAMA PEJABAT, S.H., M.Si", "Pembina", "197503081999031004"
        ),
        dasar_hukum=["Peraturan Menteri PAN-RB Nomor 35 Tahun 2012"],
        actors=actors,
        steps=steps,
    )


class StylePreview(QGraphicsView):
    """The identity page and the first flowchart page of an SOP laid out in a style."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(420, 520)

    def show_style(self, sop: Sop, style: HouseStyle) -> None:
        """Lay `sop` out in `style` and show its first identity and flowchart pages."""
        scene = self.scene()
        scene.clear()
        layout = layout_sop(sop, style)
        pages = [
            next((p for p in layout.pages if p.kind is kind), None)
            for kind in (PageKind.IDENTITY, PageKind.FLOWCHART)
        ]
        y = 0.0
        for page in pages:
            if page is None:
                continue
            item = PageItem(page)
            item.setPos(0, y)
            scene.addItem(item)
            for symbol in page.symbols:
                shape = SymbolItem(symbol, False)
                shape.setPos(symbol.rect.x, y + symbol.rect.y)
                scene.addItem(shape)
            y += page.height + PAGE_GAP
        scene.setSceneRect(scene.itemsBoundingRect())
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class StyleDialog(QDialog):
    """Edit a house style (starting from any known one) and see it on an SOP as you type."""

    #: The style as it stands after each change (for the preview and listeners).
    style_changed = Signal(object)

    def __init__(
        self,
        styles: StyleCatalog,
        sop: Sop | None = None,
        start: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gaya Instansi"))
        self.styles = styles
        self.sop = sop or preview_sop()
        self._loading = False
        self.base = QComboBox(self)
        for name in styles.names():
            self.base.addItem(self._caption(styles.style_of(name)), name)
        self.base.activated.connect(lambda _i: self.load(styles.style_of(self.base.currentData())))
        self.name = QLineEdit(self)
        self.description = QLineEdit(self)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("F4 (215 \u00d7 330 mm)"), Paper.F4)
        self.paper.addItem(self.tr("A4 (210 \u00d7 297 mm)"), Paper.A4)
        self.family = QComboBox(self)
        self.family.addItems(FAMILIES)
        self.sizes = {
            name: self._size_box(4.0, 16.0)
            for name in ("body_size", "header_size", "identity_size", "title_size")
        }
        self.column_numbers = QCheckBox(self.tr("Cetak baris nomor kolom (1, 2, 3, ...)"), self)
        self.separate_rows = QCheckBox(
            self.tr(
                "Mulai/Selesai sebagai baris sendiri (jika tidak: ditulis di dalam "
                "terminator langkah pertama dan terakhir)"
            ),
            self,
        )
        self.labels = {f.name: QLineEdit(self) for f in fields(Labels)}
        self.letterhead_bold = QCheckBox(self.tr("Kop dicetak tebal"), self)
        self.letterhead_upper = QCheckBox(self.tr("Kop dengan huruf kapital"), self)
        self.letterhead_size = self._size_box(0.0, 20.0)
        self.letterhead_size.setSpecialValueText(self.tr("sama dengan teks identitas"))
        #: The logo as the style stores it (a PNG data: URL, "" for none).
        self.logo = ""
        self.logo_button = QPushButton(self.tr("Pilih logo (PNG)..."), self)
        self.logo_button.clicked.connect(lambda: self.choose_logo())
        self.clear_logo_button = QPushButton(self.tr("Tanpa logo"), self)
        self.clear_logo_button.clicked.connect(lambda: self._set_logo(""))
        self.logo_width = self._size_box(10.0, 150.0)
        self.logo_width.setSuffix(" pt")
        self.stamp_space = self._size_box(0.0, 200.0)
        self.stamp_space.setSuffix(" pt")
        self.pangkat_line = QCheckBox(self.tr("Cetak baris pangkat/golongan"), self)
        self.nip_prefix = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.preview = StylePreview(self)

        tabs = QTabWidget(self)
        tabs.addTab(self._general_tab(), self.tr("Umum"))
        tabs.addTab(self._labels_tab(), self.tr("Label"))
        tabs.addTab(self._page_tab(), self.tr("Kop dan tanda tangan"))
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Impor berkas gaya..."), self)
        self.export_button = QPushButton(self.tr("Ekspor berkas gaya..."), self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(
            self.tr("Simpan ke pustaka"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        base = QFormLayout()
        base.addRow(self.tr("Mulai dari gaya"), self.base)
        left.addLayout(base)
        left.addWidget(tabs, 1)
        left.addWidget(self.error)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self._connect()
        self.base.setCurrentIndex(max(0, self.base.findData(start or self.sop.style)))
        self.load(styles.style_of(self.base.currentData()))
        self.resize(1100, 720)

    # -- building ------------------------------------------------------------------------

    def _caption(self, style: HouseStyle) -> str:
        return f"{style.name} \u2014 {style.description}" if style.description else style.name

    def _size_box(self, low: float, high: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(low, high)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        return box

    def _general_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        form.addRow(self.tr("Nama gaya (huruf kecil, angka, -)"), self.name)
        form.addRow(self.tr("Keterangan"), self.description)
        form.addRow(self.tr("Kertas"), self.paper)
        form.addRow(self.tr("Huruf"), self.family)
        captions = {
            "body_size": self.tr("Ukuran teks tabel"),
            "header_size": self.tr("Ukuran teks kepala tabel"),
            "identity_size": self.tr("Ukuran teks identitas"),
            "title_size": self.tr("Ukuran judul"),
        }
        for name, box in self.sizes.items():
            form.addRow(captions[name], box)
        form.addRow(self.column_numbers)
        form.addRow(self.separate_rows)
        return tab

    def _labels_tab(self) -> QWidget:
        inner = QWidget(self)
        form = QFormLayout(inner)
        defaults = Labels()
        for name, edit in self.labels.items():
            # The national format's word names each label (the house may print another).
            form.addRow(getattr(defaults, name), edit)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _page_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        form.addRow(QLabel(self.tr("Baris kop diambil dari unit kerja setiap SOP."), tab))
        form.addRow(self.letterhead_bold)
        form.addRow(self.letterhead_upper)
        form.addRow(self.tr("Ukuran huruf kop"), self.letterhead_size)
        logo = QHBoxLayout()
        logo.addWidget(self.logo_button)
        logo.addWidget(self.clear_logo_button)
        form.addRow(self.tr("Logo (Garuda/lambang daerah)"), logo)
        form.addRow(self.tr("Lebar logo"), self.logo_width)
        form.addRow(self.tr("Ruang tanda tangan / stempel TTE"), self.stamp_space)
        form.addRow(self.pangkat_line)
        form.addRow(self.tr("Awalan NIP"), self.nip_prefix)
        return tab

    def _connect(self) -> None:
        for edit in (self.name, self.description, self.nip_prefix, *self.labels.values()):
            edit.textChanged.connect(self._changed)
        for box in (*self.sizes.values(), self.letterhead_size, self.logo_width, self.stamp_space):
            box.valueChanged.connect(self._changed)
        for check in (
            self.column_numbers,
            self.separate_rows,
            self.letterhead_bold,
            self.letterhead_upper,
            self.pangkat_line,
        ):
            check.toggled.connect(self._changed)
        for combo in (self.paper, self.family):
            combo.currentIndexChanged.connect(self._changed)

    # -- style <-> widgets ---------------------------------------------------------------

    def load(self, style: HouseStyle) -> None:
        """Show a style in the fields (a preset, a stored style or an imported file)."""
        self._loading = True
        self.name.setText(style.name)
        self.description.setText(style.description)
        self.paper.setCurrentIndex(self.paper.findData(style.paper))
        if self.family.findText(style.fonts.family) < 0:
            self.family.addItem(style.fonts.family)
        self.family.setCurrentText(style.fonts.family)
        for name, box in self.sizes.items():
            box.setValue(getattr(style.fonts, name))
        self.column_numbers.setChecked(style.column_numbers)
        self.separate_rows.setChecked(style.separate_terminator_rows)
        for name, edit in self.labels.items():
            edit.setText(getattr(style.labels, name))
        self.letterhead_bold.setChecked(style.letterhead.bold)
        self.letterhead_upper.setChecked(style.letterhead.uppercase)
        self.letterhead_size.setValue(style.letterhead.size)
        self.logo_width.setValue(style.letterhead.logo_width)
        self.logo = style.letterhead.logo
        self.clear_logo_button.setEnabled(bool(self.logo))
        self.stamp_space.setValue(style.signature.stamp_space)
        self.pangkat_line.setChecked(style.signature.pangkat_line)
        self.nip_prefix.setText(style.signature.nip_prefix)
        self._loading = False
        self._changed()

    def style(self) -> HouseStyle:
        """The style the fields describe (its name may still be invalid: see `problem`)."""
        return HouseStyle(
            name=self.name.text().strip(),
            description=self.description.text().strip(),
            labels=Labels(**{name: edit.text() for name, edit in self.labels.items()}),
            fonts=Fonts(
                self.family.currentText(), **{name: box.value() for name, box in self.sizes.items()}
            ),
            separate_terminator_rows=self.separate_rows.isChecked(),
            column_numbers=self.column_numbers.isChecked(),
            paper=Paper(self.paper.currentData()),
            letterhead=Letterhead(
                self.letterhead_bold.isChecked(),
                self.letterhead_upper.isChecked(),
                self.letterhead_size.value(),
                self.logo,
                self.logo_width.value(),
            ),
            signature=SignatureBlock(
                self.stamp_space.value(),
                self.pangkat_line.isChecked(),
                self.nip_prefix.text().strip(),
            ),
        )

    def problem(self) -> str:
        """Why the style cannot be saved ("" when it can)."""
        if not style_json.NAME.match(self.name.text().strip()):
            return self.tr(
                "Nama gaya harus huruf kecil, angka atau tanda hubung (contoh: kota-malang)."
            )
        return ""

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        problem = self.problem()
        self.error.setText(problem)
        self.save_button.setEnabled(not problem)
        self.export_button.setEnabled(not problem)
        style = self.style()
        self.preview.show_style(self.sop, replace(style, name=style.name or "pratinjau"))
        self.style_changed.emit(style)

    # -- files ---------------------------------------------------------------------------

    def choose_logo(self, path: str | Path | None = None) -> bool:
        """Put a PNG emblem beside the letterhead; False (message shown) if it is no PNG."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Pilih logo"), "", self.tr("Gambar PNG (*.png)")
            )
            if not path:
                return False
        try:
            url = logo_url(Path(path).read_bytes())
        except OSError as exc:
            self.error.setText(
                self.tr("Berkas tidak dapat dibaca: %1 (%2)")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
            return False
        except FormatError as exc:
            self.error.setText(self.tr("Logo tidak dapat dipakai: %1").replace("%1", str(exc)))
            return False
        self._set_logo(url)
        return True

    def _set_logo(self, url: str) -> None:
        self.logo = url
        self.clear_logo_button.setEnabled(bool(url))
        self._changed()

    def import_file(self, path: str | Path | None = None) -> bool:
        """Load a `*.style.json` file into the fields; False (message shown) if unreadable."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Impor berkas gaya"), "", self.tr("Gaya instansi (*.style.json)")
            )
            if not path:
                return False
        try:
            style = style_json.load(path)
        except FormatError as exc:
            self.error.setText(
                self.tr("Berkas gaya tidak dapat dibaca: %1").replace("%1", str(exc))
            )
            return False
        self.load(style)
        return True

    def export_file(self, path: str | Path | None = None) -> bool:
        """Write the style as a `*.style.json` file; False (message shown) if it cannot be."""
        if self.problem():
            return False
        if path is None:
            suggested = self.name.text().strip() + style_json.SUFFIX
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Ekspor berkas gaya"),
                suggested,
                self.tr("Gaya instansi (*.style.json)"),
            )
            if not path:
                return False
        try:
            style_json.save(self.style(), path)
        except OSError as exc:
            self.error.setText(
                self.tr("Berkas tidak dapat ditulis: %1 (%2)")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
            return False
        return True

    def accept(self) -> None:
        if self.problem():
            return
        super().accept()
