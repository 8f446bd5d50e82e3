"""One open decree in the main window: form, Lampiran, live preview and findings.

The decree has its own undo stack. After every edit the preview of the generated body and
the validation findings are rebuilt from the model, and the autosaver stores the decree in
the library shortly after.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model.decree import Decree
from sopstudio.model.drafting import draft_body, suggest_mengingat
from sopstudio.model.errors import SopStudioError
from sopstudio.model.export_gate import blocking_findings, draft_path
from sopstudio.model.package import content_hash
from sopstudio.model.sop import Sop
from sopstudio.model.store import Library
from sopstudio.model.style import Paper
from sopstudio.model.validate import Finding
from sopstudio.model.validate_decree import validate_decree
from sopstudio.ui.autosave import RecoveryJournal
from sopstudio.ui.decree.autosave import DecreeAutoSaver
from sopstudio.ui.decree.document import DecreeDocument
from sopstudio.ui.decree.form import DecreeForm
from sopstudio.ui.decree.lampiran import LampiranEditor
from sopstudio.ui.decree.preview import DecreePreview
from sopstudio.ui.dialogs.export import ExportDialog, suggested_decree_name
from sopstudio.ui.dialogs.package_dialog import PackageBuildDialog
from sopstudio.ui.dialogs.refusal import refusal_box
from sopstudio.ui.file_dialogs import choose_file

FORM_PAGE = 0
LAMPIRAN_PAGE = 1


class RedraftDialog(QDialog):
    """Confirms regenerating the body, asking whose SOPs these are and who monitors them."""

    def __init__(
        self, unit: str, monitor: str, peraturan: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Buat ulang bab dan pasal") if peraturan else self.tr("Buat ulang diktum")
        )
        warning = QLabel(
            self.tr(
                "Isi diktum (atau bab dan pasal) saat ini diganti dengan teks baku. Perubahan ini "
                "dapat diurungkan."
            ),
            self,
        )
        warning.setWordWrap(True)
        self.unit = QLineEdit(unit, self)
        self.monitor = QLineEdit(monitor, self)
        form = QFormLayout()
        form.addRow(self.tr("Unit kerja pemilik SOP"), self.unit)
        form.addRow(self.tr("Pelaksana monitoring dan evaluasi"), self.monitor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat ulang"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())


def default_unit(decree: Decree) -> str:
    """Whose SOPs these are, as a first guess: the tentang after "Administrasi
    Pemerintahan", else the unit header lines all Lampiran SOPs share, innermost first
    ("Biro Organisasi Sekretariat Daerah Provinsi Nusa Tenggara Timur")."""
    marker = "Administrasi Pemerintahan"
    if marker in decree.tentang:
        rest = decree.tentang.split(marker, 1)[1].strip(" ,")
        if rest:
            return rest.removeprefix("pada ").strip()
    headers = [sop.unit_header for sop in decree.lampiran.sops if sop.unit_header]
    if not headers:
        return ""
    shared = []
    for lines in zip(*headers, strict=False):
        if len({line.strip().upper() for line in lines}) > 1:
            break
        shared.append(lines[0].strip())
    words = " ".join(reversed(shared)).title()
    return words.replace("Pemerintah ", "").strip()


class DecreeTab(QWidget):
    """A decree being edited, with its undo stack and autosaver."""

    #: After every committed edit.
    edited = Signal()
    #: Ask the main window to open an SOP of the library.
    open_sop_requested = Signal(str)
    #: A status bar message.
    message = Signal(str)
    #: The findings were recomputed (after every change).
    findings_changed = Signal()
    #: Ids of library SOPs this tab saved as new revisions.
    sops_saved = Signal(list)

    def __init__(
        self,
        decree: Decree,
        library: Library,
        paper: Paper,
        parent: QWidget | None = None,
        journal: RecoveryJournal | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.paper = paper
        self.document = DecreeDocument(decree, self)
        self.form = DecreeForm(self.document, self)
        self.lampiran = LampiranEditor(self.document, library, self)
        self.preview = DecreePreview(self)
        #: The findings of the last refresh (the main window shows them in Validasi).
        self.findings: list[Finding] = []
        self.pages = QTabWidget(self)
        self.pages.addTab(self.form, self.tr("Keputusan"))
        self.pages.addTab(self.lampiran, self.tr("Lampiran"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 480])
        self.export_pdf_button = QPushButton(self.tr("Ekspor PDF..."), self)
        self.export_docx_button = QPushButton(self.tr("Ekspor DOCX..."), self)
        self.package_button = QPushButton(self.tr("Buat paket tanda tangan..."), self)
        bar = QHBoxLayout()
        bar.addWidget(self.export_pdf_button)
        bar.addWidget(self.export_docx_button)
        bar.addWidget(self.package_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.autosaver = DecreeAutoSaver(library, decree, self.undo_stack, journal, self)
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.export_docx_button.clicked.connect(lambda: self.export("docx"))
        self.package_button.clicked.connect(lambda: self.build_package())
        self.form.suggest_button.clicked.connect(self.suggest_mengingat)
        self.form.redraft_button.clicked.connect(lambda: self.redraft())
        self.form.redraft_chapters_button.clicked.connect(lambda: self.redraft())
        self.lampiran.open_requested.connect(self.open_sop_requested)
        self.document.changed.connect(lambda _path: self.refresh())
        self.undo_stack.indexChanged.connect(self.edited)
        self.refresh()

    @property
    def decree(self) -> Decree:
        return self.document.decree

    @property
    def undo_stack(self) -> QUndoStack:
        return self.document.undo_stack

    def title(self) -> str:
        """The tab's label: kind and number, shortened."""
        text = f"{self.decree.kind.label} {self.decree.nomor}".strip()
        return text if len(text) <= 32 else text[:31] + "\u2026"

    # -- preview and findings -------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the preview and the findings from the model."""
        self.preview.show_decree(self.decree)
        self.findings = validate_decree(self.decree, self.library.style_catalog())
        self.findings_changed.emit()

    def places(self) -> dict[str, str]:
        """A readable name for each finding location."""
        names = {"diktum": self.tr("Diktum"), "lampiran": self.tr("Lampiran")}
        places = {}
        for finding in self.findings:
            kind, _, key = finding.location.partition(":")
            if kind == "field":
                places[finding.location] = self.form.labels.get(key, key)
            elif kind == "lampiran":
                titles = {s.id: s.judul for s in self.decree.lampiran.sops}
                places[finding.location] = titles.get(key, names["lampiran"])
            else:
                places[finding.location] = names.get(kind, kind)
        return places

    def go_to(self, location: str) -> None:
        """Show where a finding is: the form field, the diktum, or the Lampiran row."""
        kind, _, key = location.partition(":")
        if kind == "field":
            self.pages.setCurrentIndex(FORM_PAGE)
            self.form.focus_field(key)
        elif kind == "diktum":
            self.pages.setCurrentIndex(FORM_PAGE)
            self.form.focus_field("chapters" if self.decree.kind.is_peraturan else "diktum")
        elif kind == "lampiran":
            self.pages.setCurrentIndex(LAMPIRAN_PAGE)
            ids = [s.id for s in self.decree.lampiran.sops]
            if key in ids:
                self.lampiran.list.setCurrentRow(ids.index(key))

    # -- drafting help ------------------------------------------------------------------

    def suggest_mengingat(self) -> int:
        """Add the Lampiran SOPs' Dasar Hukum missing from Mengingat; returns how many."""
        current = list(self.decree.mengingat)
        known = {" ".join(item.split()).rstrip(".;,").lower() for item in current}
        missing = [
            item
            for item in suggest_mengingat(self.decree.lampiran.sops)
            if " ".join(item.split()).lower() not in known
        ]
        if missing:
            self.document.edit(
                "mengingat", current + missing, self.tr("Sarankan Mengingat dari Dasar Hukum SOP")
            )
        self.message.emit(
            self.tr("%1 butir Mengingat ditambahkan.").replace("%1", str(len(missing)))
        )
        return len(missing)

    def ask_redraft(self) -> tuple[str, str] | None:
        """Confirm regenerating the body; (unit, monitor) or None when cancelled."""
        unit = default_unit(self.decree)
        dialog = RedraftDialog(unit, unit, self.decree.kind.is_peraturan, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.unit.text().strip(), dialog.monitor.text().strip()

    def redraft(self, answer: tuple[str, str] | None = None) -> bool:
        """Regenerate the diktum (or BAB/Pasal) after confirmation, as one undo step."""
        answer = answer or self.ask_redraft()
        if answer is None:
            return False
        draft = copy.deepcopy(self.decree)
        draft_body(draft, *answer)
        text = self.tr("Buat ulang diktum")
        self.undo_stack.beginMacro(text)
        self.document.edit("diktum", draft.diktum, text)
        self.document.edit("chapters", draft.chapters, text)
        self.undo_stack.endMacro()
        return True

    # -- export and package -------------------------------------------------------------

    def export(self, fmt: str, folder: Path | None = None) -> ExportDialog:
        """Open the export dialog for the whole decree."""
        self.autosaver.flush()
        dialog = ExportDialog(
            self.decree, self.paper, fmt, folder, self, self.library.style_catalog()
        )
        dialog.exported.connect(
            lambda path: self.message.emit(self.tr("Diekspor ke %1").replace("%1", path))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.export_dialog = dialog
        return dialog

    def build_package(
        self, path: Path | None = None, draft: bool = False
    ) -> PackageBuildDialog | None:
        """Ask where to save the signature package, then build it with progress. A decree
        with errors is refused, the errors listed, with the choice of a package of drafts."""
        if path is None:
            chosen = choose_file(
                self,
                self.tr("Simpan paket tanda tangan"),
                self.tr("Paket tanda tangan (*.zip)"),
                save=True,
                start=suggested_decree_name(self.decree, "zip"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        if not draft and (errors := blocking_findings(self.decree, self.library.style_catalog())):
            self._refuse_package(errors, path)
            return None
        if draft:
            path = draft_path(path)
        # The package lists each SOP's history from the library: save pending edits first.
        self.autosaver.flush()
        if not self.save_lampiran_sops():
            return None
        dialog = PackageBuildDialog(self.decree, self.library, path, self.paper, self, draft)
        dialog.built.connect(
            lambda p: self.message.emit(self.tr("Paket tersimpan: %1").replace("%1", p))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.package_dialog = dialog
        return dialog

    def unsaved_sops(self) -> list[Sop]:
        """The Lampiran SOPs whose content is not a revision of the library (e.g. after
        "Nomori ulang")."""
        return [
            sop
            for sop in self.decree.lampiran.sops
            if (sop.revision, content_hash(sop))
            not in {tuple(entry) for entry in self.library.lineage(sop.id)}
        ]

    def save_lampiran_sops(self) -> bool:
        """Offer to save the Lampiran SOPs the library does not hold as new revisions (one
        undo step in the decree); False when the user declined or a save failed."""
        unsaved = self.unsaved_sops()
        if not unsaved:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("SOP belum tersimpan"),
            self.tr(
                "%1 SOP di Lampiran berbeda dari pustaka (misalnya setelah \u201cNomori ulang\u201d):"
            ).replace("%1", str(len(unsaved)))
            + "\n"
            + "\n".join(f"\u2022 {sop.judul} \u2014 {sop.nomor}" for sop in unsaved),
            parent=self,
        )
        box.setInformativeText(
            self.tr(
                "Paket memuat riwayat setiap SOP dari pustaka. Simpan SOP ini sebagai revisi baru "
                "di pustaka?"
            )
        )
        save = box.addButton(self.tr("Simpan ke pustaka"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is not save:
            return False
        sops = copy.deepcopy(self.decree.lampiran.sops)
        ids = {sop.id for sop in unsaved}
        try:
            for sop in sops:
                if sop.id in ids:
                    self.library.save_sop(sop)
        except SopStudioError as exc:
            QMessageBox.warning(self, self.tr("SOP tidak dapat disimpan"), str(exc))
            return False
        self.document.edit("lampiran.sops", sops, self.tr("Simpan SOP Lampiran ke pustaka"))
        self.autosaver.flush()
        self.sops_saved.emit(sorted(ids))
        return True

    def _refuse_package(self, errors: list[Finding], path: Path) -> None:
        """List why the package is refused; "Buat paket draf" builds one marked DRAF."""
        box = refusal_box(
            self,
            self.tr("Paket ditolak"),
            self.tr(
                "Keputusan ini masih memiliki %1 kesalahan dan tidak dapat dipaketkan untuk "
                "ditandatangani. Perbaiki kesalahan berikut, atau buat paket draf (setiap halaman "
                "bertanda DRAF)."
            ).replace("%1", str(len(errors))),
            errors,
        )
        draft = box.addButton(self.tr("Buat paket draf"), QMessageBox.ButtonRole.AcceptRole)
        draft.clicked.connect(lambda: self.build_package(path, draft=True))
        self.refusal = box
        box.open()

    # -- closing ------------------------------------------------------------------------

    def flush(self) -> bool:
        """Save what is pending; False if the save failed."""
        return self.autosaver.flush()

    def close_document(self) -> bool:
        """Save what is pending and stop following the model; False if the save failed."""
        if not self.flush():
            return False
        self.discard()
        return True

    def discard(self) -> None:
        """Stop saving (the tab is closing)."""
        self.autosaver.detach()
