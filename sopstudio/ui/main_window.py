"""The main window: library dock, one tab per open SOP, properties and validation docks."""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sopstudio import __version__
from sopstudio.cli.inputs import load_input
from sopstudio.model import decree_json
from sopstudio.model.decree import Decree
from sopstudio.model.drafting import SOP_AP, draft_body
from sopstudio.model.errors import SopStudioError
from sopstudio.model.importers import ImportFailed
from sopstudio.model.lifecycle import FROZEN
from sopstudio.model.ops import SetField
from sopstudio.model.package import DECREE_DOCUMENT, decree_title
from sopstudio.model.signed.attach import bring_into_force
from sopstudio.model.sop import Actor, Sop, new_id
from sopstudio.model.store import Library, StoreError
from sopstudio.model.store.lifecycle import SOP_KIND
from sopstudio.model.style import HouseStyle
from sopstudio.model.validate import layout_findings, validate_sop
from sopstudio.resources import ICONS
from sopstudio.ui.app import build_sample_library, sample_library_path
from sopstudio.ui.autosave import RecoveryJournal, default_recovery_dir
from sopstudio.ui.confirm import confirm
from sopstudio.ui.decree import DecreeTab
from sopstudio.ui.dialogs.assessment import EvaluationDialog, MonitoringDialog
from sopstudio.ui.dialogs.evidence import EvidenceDialog
from sopstudio.ui.dialogs.export import ExportDialog
from sopstudio.ui.dialogs.import_dialog import ImportDialog
from sopstudio.ui.dialogs.package_dialog import PackageImportDialog
from sopstudio.ui.dialogs.preferences import PreferencesDialog
from sopstudio.ui.dialogs.recovery import DISCARD, RESTORE, RecoveryDialog
from sopstudio.ui.dialogs.revisions import RevisionDialog
from sopstudio.ui.dialogs.schedule import ScheduleDialog
from sopstudio.ui.dialogs.self_test import SelfTestDialog
from sopstudio.ui.dialogs.signed_dialog import SignedPdfDialog
from sopstudio.ui.dialogs.sop_time import SopTimeDialog
from sopstudio.ui.dialogs.style_dialog import StyleDialog
from sopstudio.ui.docks.library import LibraryDock
from sopstudio.ui.docks.properties import PropertiesDock
from sopstudio.ui.docks.validation import ValidationDock
from sopstudio.ui.file_dialogs import choose_file, last_folder, remember
from sopstudio.ui.settings import Settings
from sopstudio.ui.sop.document_tab import DIAGRAM_PAGE, DocumentTab
from sopstudio.ui.sop.edit_commands import (
    PALETTE,
    STEP_COMMANDS,
    help_html,
    palette_run,
    symbol_icon,
)
from sopstudio.ui.sop.paste import clipboard_table, fill_op, pasted_sop
from sopstudio.ui.start_page import StartPage

#: Stands for the unit in a new decree's default diktum until it is redrafted.
UNIT_PLACEHOLDER = "[unit kerja]"
#: Below this width (px) the Properti Langkah dock is widened to PROPERTIES_WIDTH when shown.
PROPERTIES_MIN_WIDTH, PROPERTIES_WIDTH = 240, 320
#: How long transient status bar messages stay (ms).
STATUS_MS = 5000
#: Files a drop onto the window imports (Berkas > Impor reads the same).
IMPORTABLE = (".docx", ".pdf", ".txt", ".tsv")


def icon(name: str) -> QIcon:
    """One of our toolbar icons (resources/icons/<name>.svg)."""
    return QIcon(str(ICONS / f"{name}.svg"))


class MainWindow(QMainWindow):
    """SOP Studio's editor window over one library."""

    def __init__(
        self, settings: Settings, recovery_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.recovery_dir = recovery_dir or default_recovery_dir()
        self.library: Library | None = None
        self.library_path: str | None = None
        self.journal: RecoveryJournal | None = None
        #: (nomor, judul) of every SOP in the library, as last listed.
        self._listed: dict[str, tuple[str, str]] = {}
        self.setWindowIcon(icon("sopstudio"))
        self.undo_group = QUndoGroup(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._current_changed)
        self.start_page = StartPage(self)
        self.start_page.new_sop.connect(lambda: self.new_sop())
        self.start_page.open_sample.connect(self.open_sample)
        self.start_page.import_file.connect(lambda: self.import_file())
        self.start_page.open_library.connect(self.choose_library)
        self.start_page.recent_chosen.connect(self.open_library)
        # In a scroll area: the start page never squeezes the docks on a small screen.
        start = QScrollArea(self)
        start.setWidgetResizable(True)
        start.setFrameShape(QFrame.Shape.NoFrame)
        start.setWidget(self.start_page)
        start.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.central = QStackedWidget(self)
        self.central.addWidget(start)
        self.central.addWidget(self.tabs)
        self.setCentralWidget(self.central)
        #: Where "Buka contoh" builds the sample library (tests point it elsewhere).
        self.sample_location = sample_library_path()
        #: The properties dock was hidden for a decree tab (and comes back for an SOP).
        self._properties_hidden = False
        self.setAcceptDrops(True)
        self.library_dock = LibraryDock(self)
        self.properties_dock = PropertiesDock(self)
        self.validation_dock = ValidationDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.validation_dock)
        self.library_dock.open_requested.connect(self.open_sop)
        self.library_dock.decree_open_requested.connect(self.open_decree)
        self.library_dock.new_sop_requested.connect(self.new_sop)
        self.library_dock.sop_action_requested.connect(
            lambda action, sop_id: getattr(self, f"{action}_sop")(sop_id)
        )
        self.validation_dock.location_activated.connect(self.go_to)
        self.library_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.library_label)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        geometry, state = settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.fit_screen()
        if state is not None:
            self.restoreState(state)
        else:
            self.resizeDocks(
                [self.library_dock, self.properties_dock],
                [280, PROPERTIES_WIDTH],
                Qt.Orientation.Horizontal,
            )
            self.resizeDocks([self.validation_dock], [120], Qt.Orientation.Vertical)
        # A dock shown again (or restored) gets Qt's minimum width: give it a usable one.
        self.properties_dock.visibilityChanged.connect(
            lambda shown: shown and QTimer.singleShot(0, self._widen_properties)
        )
        folder = settings.last_folder("")
        if folder:
            remember(folder)
        self._update_actions()
        self._update_title()

    def _widen_properties(self) -> None:
        if (
            self.properties_dock.isVisible()
            and not self.properties_dock.isFloating()
            and self.properties_dock.width() < PROPERTIES_MIN_WIDTH
        ):
            self.resizeDocks([self.properties_dock], [PROPERTIES_WIDTH], Qt.Orientation.Horizontal)

    def fit_screen(self, available: QRect | None = None) -> None:
        """Keep the whole window (title bar and status bar too) on the available screen."""
        if available is None:
            screen = self.screen() or QApplication.primaryScreen()
            available = screen.availableGeometry()
        # Room for the window manager's title bar and borders around the client area.
        frame = QSize(16, 40)
        size = self.size().boundedTo(available.size() - frame)
        self.resize(size)
        x = min(max(self.x(), available.left()), available.right() - size.width() - frame.width())
        y = min(max(self.y(), available.top()), available.bottom() - size.height() - frame.height())
        self.move(max(x, available.left()), max(y, available.top()))

    # -- actions, menus, toolbar ---------------------------------------------------------

    def _action(
        self,
        text: str,
        slot,
        shortcut: QKeySequence | str | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&Baru"), self.new_sop, keys.New, "new")
        self.open_action = self._action(
            self.tr("&Buka pustaka..."), self.choose_library, keys.Open, "open"
        )
        self.new_decree_action = self._action(self.tr("&Keputusan baru"), self.new_decree)
        self.import_action = self._action(self.tr("&Impor..."), self.import_file, "Ctrl+I")
        self.import_package_action = self._action(self.tr("Impor &paket..."), self.import_package)
        self.signed_action = self._action(self.tr("PDF &bertanda tangan..."), self.signed_pdf)
        self.paste_action = self._action(self.tr("&Tempel tabel"), self.paste, keys.Paste)
        self.save_action = self._action(self.tr("&Simpan"), self.save_all, keys.Save, "save")
        self.export_action = self._action(
            self.tr("&Ekspor..."), lambda: self.export("pdf"), "Ctrl+E", "export"
        )
        self.close_tab_action = self._action(self.tr("&Tutup SOP"), self._close_current, keys.Close)
        self.preferences_action = self._action(self.tr("&Preferensi..."), self.preferences)
        self.styles_action = self._action(self.tr("&Gaya instansi..."), self.edit_styles)
        self.quit_action = self._action(self.tr("&Keluar"), self.close, keys.Quit)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Urungkan"))
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Ulangi"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))
        self.delete_action = self._action(
            self.tr("&Hapus langkah"), self.delete_step, keys.Delete, "delete"
        )
        self.find_action = self._action(self.tr("&Cari"), self.library_dock.focus_search, keys.Find)
        self.zoom_in_action = self._action(
            self.tr("Per&besar"), lambda: self._canvas("zoom_in"), keys.ZoomIn, "zoom-in"
        )
        self.zoom_out_action = self._action(
            self.tr("Per&kecil"), lambda: self._canvas("zoom_out"), keys.ZoomOut, "zoom-out"
        )
        self.fit_action = self._action(
            self.tr("Sesuaikan &lebar"), lambda: self._canvas("fit_width"), "Ctrl+9", "fit-width"
        )
        self.actual_size_action = self._action(
            self.tr("Ukuran &cetak (100%)"), lambda: self._canvas("reset_zoom"), "Ctrl+0"
        )
        self.export_pdf_action = self._action(
            self.tr("Ekspor &PDF..."), lambda: self.export("pdf"), None, "export"
        )
        self.export_docx_action = self._action(
            self.tr("Ekspor &DOCX..."), lambda: self.export("docx")
        )
        self.about_action = self._action(self.tr("&Tentang SOP Studio"), self.about)
        self.help_action = self._action(
            self.tr("&Bantuan dan pintasan"), self.show_help, keys.HelpContents
        )
        self.canvas_actions: list[QAction] = []
        for group in STEP_COMMANDS:
            for command in group:
                text = self.tr_command(command.text)
                action = self._action(
                    f"{text}\t{command.keys}" if command.keys else text,
                    lambda c=command: self._on_canvas(c.run),
                )
                action.setToolTip(f"{text} ({command.keys})" if command.keys else text)
                self.canvas_actions.append(action)
        self.palette_actions: list[QAction] = []
        for name, label, tip in PALETTE:
            action = self._action(
                self.tr_command(label), lambda n=name: self._on_canvas(palette_run(n))
            )
            action.setIcon(symbol_icon(name))
            action.setToolTip(self.tr_command(tip))
            action.setObjectName(f"palette_{name}")
            self.palette_actions.append(action)
        self.self_test_action = self._action(self.tr("&Periksa instalasi..."), self.self_test)
        self.monitoring_action = self._action(self.tr("&Monitoring SOP..."), self.monitoring)
        self.evaluation_action = self._action(self.tr("&Evaluasi SOP..."), self.evaluation)
        self.revisions_action = self._action(self.tr("&Bandingkan revisi..."), self.revisions)
        self.time_action = self._action(self.tr("&Waktu dan beban pelaksana..."), self.sop_time)
        self.schedule_action = self._action(
            self.tr("&Jadwal monitoring dan evaluasi..."), self.schedule
        )
        self.evidence_action = self._action(self.tr("&Paket bukti RB/ZI..."), self.evidence)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        berkas = bar.addMenu(self.tr("&Berkas"))
        berkas.addActions([self.new_action, self.new_decree_action, self.open_action])
        self.recent_menu = QMenu(self.tr("Pustaka &terakhir"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        berkas.addMenu(self.recent_menu)
        berkas.addSeparator()
        berkas.addActions([self.import_action, self.import_package_action, self.signed_action])
        berkas.addSeparator()
        berkas.addActions([self.save_action, self.export_action, self.close_tab_action])
        berkas.addSeparator()
        berkas.addActions([self.styles_action, self.preferences_action])
        berkas.addSeparator()
        berkas.addAction(self.quit_action)
        sunting = bar.addMenu(self.tr("&Sunting"))
        sunting.addActions([self.undo_action, self.redo_action])
        sunting.addSeparator()
        sunting.addActions([self.paste_action, self.delete_action, self.find_action])
        actions = iter(self.canvas_actions)
        for group in STEP_COMMANDS:
            sunting.addSeparator()
            sunting.addActions([next(actions) for _ in group])
        tampilan = bar.addMenu(self.tr("&Tampilan"))
        tampilan.addActions(
            [self.zoom_in_action, self.zoom_out_action, self.fit_action, self.actual_size_action]
        )
        tampilan.addSeparator()
        for dock in (self.library_dock, self.properties_dock, self.validation_dock):
            tampilan.addAction(dock.toggleViewAction())
        ekspor = bar.addMenu(self.tr("&Ekspor"))
        ekspor.addActions([self.export_pdf_action, self.export_docx_action])
        evaluasi = bar.addMenu(self.tr("E&valuasi"))
        evaluasi.addActions(
            [
                self.monitoring_action,
                self.evaluation_action,
                self.revisions_action,
                self.time_action,
            ]
        )
        evaluasi.addSeparator()
        evaluasi.addActions([self.schedule_action, self.evidence_action])
        bantuan = bar.addMenu(self.tr("B&antuan"))
        bantuan.addActions([self.help_action, self.self_test_action, self.about_action])

    def _create_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Alat"))
        toolbar.setObjectName("main_toolbar")
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action, self.fit_action])
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        for action in toolbar.actions():
            if not action.isSeparator() and action.shortcut().toString():
                action.setToolTip(
                    f"{action.text().replace('&', '')} ({action.shortcut().toString()})"
                )
        self.palette = self.addToolBar(self.tr("Palet simbol"))
        self.palette.setObjectName("palette_toolbar")
        self.palette.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.palette.addActions(self.palette_actions)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_libraries():
            self.recent_menu.addAction(path, lambda p=path: self.open_library(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(belum ada)")).setEnabled(False)

    def _update_actions(self) -> None:
        document = self.current_document()
        has_library = self.library is not None
        writable = has_library and not self.library.read_only
        for action in (
            self.find_action,
            self.schedule_action,
            self.evidence_action,
            self.signed_action,
        ):
            action.setEnabled(has_library)
        for action in (
            self.new_action,
            self.new_decree_action,
            self.import_action,
            self.import_package_action,
            self.styles_action,
        ):
            action.setEnabled(writable)
        for action in (
            self.monitoring_action,
            self.evaluation_action,
            self.revisions_action,
            self.time_action,
        ):
            action.setEnabled(document is not None and writable)
        for action in (self.save_action, self.close_tab_action):
            action.setEnabled(self.tabs.currentWidget() is not None)
        self.paste_action.setEnabled(document is not None)
        on_canvas = document is not None and document.currentIndex() == DIAGRAM_PAGE
        for action in self.canvas_actions + self.palette_actions:
            action.setEnabled(on_canvas)
        self.central.setCurrentIndex(1 if self.tabs.count() else 0)
        self.start_page.set_recent(self.settings.recent_libraries())
        for action in (
            self.export_action,
            self.export_pdf_action,
            self.export_docx_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.actual_size_action,
        ):
            action.setEnabled(document is not None)
        # Del deletes a step only while the canvas shows; elsewhere the key stays the field's.
        self.delete_action.setEnabled(
            document is not None
            and document.currentIndex() == DIAGRAM_PAGE
            and document.editor.selected_step_id() is not None
        )

    def _update_title(self) -> None:
        name = Path(self.library_path).name if self.library_path else ""
        if name and self.library is not None and self.library.read_only:
            name += " " + self.tr("(hanya-baca)")
        self.setWindowTitle(f"{name} \u2014 SOP Studio" if name else "SOP Studio")
        self.library_label.setText(self.library_path or self.tr("Tidak ada pustaka terbuka"))

    # -- library -------------------------------------------------------------------------

    def choose_library(self) -> None:
        """Ask for a library file (an existing one, or a new name to create)."""
        path = choose_file(
            self,
            self.tr("Buka atau buat pustaka"),
            self.tr("Pustaka SOP (*.sqlite *.db);;Semua berkas (*)"),
            save=True,
            start=self.library_path,
            confirm_overwrite=False,
        )
        if path:
            self.open_library(path)

    def open_library(self, path: str | Path) -> bool:
        """Open a library (closing the current one and its SOPs first) with the tabs that
        were open when it was last closed."""
        self._remember_tabs()
        if not self.close_all_documents():
            return False
        try:
            library = Library.open(path)
        except SopStudioError as exc:
            QMessageBox.warning(self, self.tr("Pustaka tidak dapat dibuka"), str(exc))
            return False
        if self.library is not None:
            self.library.close()
        self.library = library
        self.library_path = (
            str(Path(path).expanduser().resolve()) if "://" not in str(path) else str(path)
        )
        self.journal = RecoveryJournal(self.recovery_dir, library.url.render_as_string())
        self.settings.add_recent_library(self.library_path)
        # Signed revisions whose effective date has come are now in force (Berlaku).
        bring_into_force(library, datetime.date.today())
        self.library_dock.set_library(library)
        self._remember_listing()
        self._update_title()
        self._update_actions()
        self.statusBar().showMessage(
            self.tr("Pustaka dibuka: %1").replace("%1", self.library_path), STATUS_MS
        )
        if library.read_only:
            self.warn_read_only(library.read_only_reason or "")
        else:
            self._offer_recovery()
        self._reopen_tabs()
        return True

    def warn_read_only(self, reason: str) -> None:
        """Tell the user the library opened read-only, why, and what to do."""
        QMessageBox.warning(
            self,
            self.tr("Pustaka hanya-baca"),
            self.tr(
                "Pustaka dibuka hanya-baca (%1): SOP dapat dibaca dan diekspor, tetapi perubahan "
                "tidak dapat disimpan. Jika pustaka rusak, periksa dengan `sopstudio library check` "
                "dan pulihkan dengan `sopstudio library recover BERKAS-BARU.sqlite`."
            ).replace("%1", reason),
        )

    def _remember_tabs(self) -> None:
        """Note the open tabs of the current library, to reopen them next time."""
        if self.library_path is not None:
            self.settings.set_open_tabs(
                self.library_path,
                [
                    f"decree:{t.decree.id}" if isinstance(t, DecreeTab) else f"sop:{t.sop.id}"
                    for t in self.open_tabs()
                ],
            )

    def _reopen_tabs(self) -> None:
        sops = {s.id for s in self.library.list_sops()}
        decrees = {d.id for d in self.library.list_documents(DECREE_DOCUMENT)}
        for entry in self.settings.open_tabs(self.library_path):
            kind, _, key = entry.partition(":")
            if kind == "sop" and key in sops:
                self.open_sop(key)
            elif kind == "decree" and key in decrees:
                self.open_decree(key)

    def _remember_listing(self) -> None:
        assert self.library is not None
        self._listed = {s.id: (s.nomor, s.judul) for s in self.library.list_sops()}

    def _offer_recovery(self) -> None:
        assert self.journal is not None and self.library is not None
        entries = self.journal.pending()
        if not entries:
            return
        choice = self.ask_recovery(entries)
        if choice == DISCARD:
            for entry in entries:
                self.journal.discard(entry.item.id)
            return
        if choice != RESTORE:
            return
        failures = []
        for entry in entries:
            item = entry.item
            try:
                if isinstance(item, Decree):
                    self.library.save_document(
                        DECREE_DOCUMENT,
                        item.id,
                        decree_json.decree_to_dict(item),
                        decree_title(item),
                    )
                else:
                    self.library.save_sop(item)
            except SopStudioError as exc:
                failures.append(f"{entry.title}: {exc}")
                continue
            self.journal.discard(item.id)
        self.library_dock.refresh()
        self._remember_listing()
        for entry in entries:
            if isinstance(entry.item, Decree):
                self.open_decree(entry.item.id)
            elif entry.item.id in self._listed:
                self.open_sop(entry.item.id)
        if failures:
            QMessageBox.warning(
                self,
                self.tr("Pemulihan"),
                self.tr("Sebagian perubahan tidak dapat dipulihkan:") + "\n" + "\n".join(failures),
            )
        else:
            self.statusBar().showMessage(
                self.tr("%1 SOP dipulihkan.").replace("%1", str(len(entries))), STATUS_MS
            )

    def ask_recovery(self, entries) -> str:
        """Ask what to do with journaled edits: RESTORE, DISCARD or LATER."""
        dialog = RecoveryDialog(entries, self)
        dialog.exec()
        return dialog.choice

    # -- documents -----------------------------------------------------------------------

    def open_tabs(self) -> list[DocumentTab | DecreeTab]:
        """Every open SOP and decree tab."""
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def documents(self) -> list[DocumentTab]:
        """The open SOP tabs."""
        return [t for t in self.open_tabs() if isinstance(t, DocumentTab)]

    def decree_tabs(self) -> list[DecreeTab]:
        """The open decree tabs."""
        return [t for t in self.open_tabs() if isinstance(t, DecreeTab)]

    def current_decree(self) -> DecreeTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, DecreeTab) else None

    def current_document(self) -> DocumentTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, DocumentTab) else None

    def document_for(self, sop_id: str) -> DocumentTab | None:
        return next((d for d in self.documents() if d.sop.id == sop_id), None)

    def open_sop(self, sop_id: str) -> DocumentTab | None:
        """Open an SOP of the library in a tab (or switch to its tab)."""
        document = self.document_for(sop_id)
        if document is None:
            if self.library is None or self.journal is None:
                return None
            try:
                sop = self.library.load_sop(sop_id)
            except SopStudioError as exc:
                QMessageBox.warning(self, self.tr("SOP tidak dapat dibuka"), str(exc))
                self._update_title()  # damage found on loading makes the library read-only
                self._update_actions()
                return None
            document = DocumentTab(sop, self.library, self.journal, self.tabs)
            document.setCurrentIndex(DIAGRAM_PAGE)
            document.edited.connect(lambda d=document: self._edited(d))
            document.currentChanged.connect(lambda _i: self._update_actions())
            document.editor.selection_changed.connect(lambda _s: self._update_actions())
            document.editor.message.connect(
                lambda text: self.statusBar().showMessage(text, STATUS_MS)
            )
            document.autosaver.saved.connect(lambda rev, d=document: self._saved(d, rev))
            document.autosaver.failed.connect(self._save_failed)
            self.undo_group.addStack(document.undo_stack)
            # The flowchart opens at the zoom it was last shown at, or as wide as the view.
            document.editor.initial_zoom = self.settings.zoom(sop.id)
            document.editor.view.zoom_changed.connect(
                lambda zoom, sop_id=sop.id: self.settings.set_zoom(sop_id, zoom)
            )
            self.tabs.addTab(document, document.title())
            self._tell_if_frozen(sop_id)
        self.tabs.setCurrentWidget(document)
        return document

    def _tell_if_frozen(self, sop_id: str) -> None:
        """Say that edits to a submitted or signed SOP become a new draft revision."""
        assert self.library is not None
        status = self.library.lifecycle.status(SOP_KIND, sop_id)
        if status in FROZEN:
            self.statusBar().showMessage(
                self.tr(
                    "SOP ini berstatus %1: perubahan disimpan sebagai revisi baru (Draf); revisi "
                    "ini tetap seperti adanya."
                ).replace("%1", self.library_dock.status_texts[status]),
                STATUS_MS,
            )

    def new_sop(self, unit_id: int | None = None) -> DocumentTab | None:
        """Create an SOP in a unit (by default the selected one), save it and open it on the
        identity form."""
        if self.library is None:
            return None
        if unit_id is None:
            unit_id = self.library_dock.selected_unit_id()
        header = list(self.library.unit_path(unit_id)) if unit_id is not None else []
        sop = Sop(
            judul=self.tr("SOP Baru"), unit_header=header, actors=[Actor(self.tr("Pelaksana 1"))]
        )
        try:
            self.library.save_sop(sop, unit_id)
        except SopStudioError as exc:
            QMessageBox.warning(self, self.tr("SOP tidak dapat dibuat"), str(exc))
            return None
        self.library_dock.refresh()
        self._remember_listing()
        document = self.open_sop(sop.id)
        if document is not None:
            document.show_field("judul")
            document.identity.fields["judul"].selectAll()
        return document

    # -- library actions on one SOP (from the library dock's menu) ----------------------

    def _library_change(self, change) -> bool:
        """Run a change of the library (a refusal shows its message) and list it anew."""
        if not self.library_dock.apply(change):
            return False
        self._remember_listing()
        return True

    def _stored_sop(self, sop_id: str) -> Sop:
        """The library's copy of an SOP, after saving what its open tab has pending."""
        document = self.document_for(sop_id)
        if document is not None:
            document.flush()
        return self.library.load_sop(sop_id)

    def rename_sop(self, sop_id: str) -> None:
        """Give an SOP a new title (undoable in its tab when it is open)."""
        judul = self._listed.get(sop_id, ("", ""))[1]
        name = self.library_dock.ask_text(self.tr("Ganti judul SOP"), self.tr("Judul SOP:"), judul)
        if name is None or name == judul:
            return
        document = self.document_for(sop_id)
        if document is not None:
            document.editor.run(SetField("judul", name), self.tr("Ubah judul"))
            document.flush()
            self._edited(document)
            self._library_change(lambda: None)
            return

        def rename() -> None:
            sop = self.library.load_sop(sop_id)
            sop.judul = name
            self.library.save_sop(sop)

        self._library_change(rename)

    def move_sop(self, sop_id: str) -> None:
        """Move an SOP into another unit of the library."""
        units = self.library.units()
        paths = [" / ".join(self.library.unit_path(u.id)) for u in units]
        if not units:
            self.statusBar().showMessage(self.tr("Buat unit terlebih dahulu."), STATUS_MS)
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Pindahkan SOP"))
        dialog.setLabelText(self.tr("Unit tujuan:"))
        dialog.setComboBoxItems(paths)
        dialog.setOkButtonText(self.tr("Pindahkan"))
        dialog.setCancelButtonText(self.tr("Batal"))
        current = self.library.sop_unit(sop_id)
        if current is not None:
            dialog.setTextValue(paths[[u.id for u in units].index(current)])
        if not dialog.exec():
            return
        unit_id = units[paths.index(dialog.textValue())].id
        self._library_change(lambda: self.library.save_sop(self._stored_sop(sop_id), unit_id))

    def duplicate_sop(self, sop_id: str) -> None:
        """Copy an SOP (new id, "Salinan" title) into the same unit and open the copy."""
        copies: list[Sop] = []

        def duplicate() -> None:
            original = self._stored_sop(sop_id)
            # A fresh load shares nothing with open tabs, so a shallow copy is enough.
            copy = replace(
                original,
                id=new_id(),
                revision=0,
                judul=self.tr("Salinan %1").replace("%1", original.judul),
            )
            self.library.save_sop(copy, self.library.sop_unit(sop_id))
            copies.append(copy)

        if self._library_change(duplicate):
            self.open_sop(copies[0].id)

    def delete_sop(self, sop_id: str) -> None:
        """Delete an SOP and its history from the library, after asking."""
        judul = self._listed.get(sop_id, ("", ""))[1]
        question = self.tr(
            "Hapus SOP \u201c%1\u201d beserta seluruh riwayat revisinya dari pustaka?"
        ).replace("%1", judul)
        if not confirm(
            self,
            self.tr("Hapus SOP"),
            question + "\n" + self.tr("Penghapusan tidak dapat diurungkan."),
            self.tr("Hapus"),
        ):
            return
        document = self.document_for(sop_id)
        if document is not None and not self.close_tab(self.tabs.indexOf(document)):
            return
        self._library_change(lambda: self.library.delete_sop(sop_id))

    def _current_changed(self, _index: int) -> None:
        document = self.current_document()
        tab = self.tabs.currentWidget()
        if isinstance(tab, DocumentTab | DecreeTab):
            self.undo_group.setActiveStack(tab.undo_stack)
        self.properties_dock.set_editor(document.editor if document is not None else None)
        # Step properties mean nothing on a decree: the dock makes way for its preview.
        on_decree = isinstance(tab, DecreeTab)
        if on_decree and self.properties_dock.isVisible():
            self._properties_hidden = True
            self.properties_dock.hide()
        elif document is not None and self._properties_hidden:
            self._properties_hidden = False
            self.properties_dock.show()
        self.validate()
        self._update_actions()

    def _edited(self, document: DocumentTab) -> None:
        self.tabs.setTabText(self.tabs.indexOf(document), document.title())
        if document is self.current_document():
            self.validate()

    def _saved(self, document: DocumentTab, revision: int) -> None:
        self.statusBar().showMessage(
            self.tr("Tersimpan (revisi %1)").replace("%1", str(revision)), 2000
        )
        listed = (document.sop.nomor, document.sop.judul)
        if self._listed.get(document.sop.id) != listed:
            self._listed[document.sop.id] = listed
            self.library_dock.refresh()

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Gagal menyimpan: %1").replace("%1", message), STATUS_MS
        )

    def save_all(self) -> bool:
        """Save every open SOP now (autosave does it anyway within a second)."""
        ok = all([tab.autosaver.flush() for tab in self.open_tabs()])
        if ok:
            self.statusBar().showMessage(self.tr("Semua perubahan tersimpan."), STATUS_MS)
        return ok

    def close_tab(self, index: int) -> bool:
        """Close one SOP or decree, saving it; asks before dropping edits that cannot be
        saved."""
        document = self.tabs.widget(index)
        if not isinstance(document, DocumentTab | DecreeTab):
            return True
        if not document.close_document():
            if not self._confirm_close_unsaved([document.title()]):
                return False
            document.discard()
        self.undo_group.removeStack(document.undo_stack)
        self.tabs.removeTab(self.tabs.indexOf(document))
        document.deleteLater()
        return True

    def _close_current(self) -> None:
        if self.tabs.currentWidget() is not None:
            self.close_tab(self.tabs.currentIndex())

    def close_all_documents(self) -> bool:
        """Close every SOP (saving each); False if the user kept one open."""
        while self.tabs.count():
            if not self.close_tab(self.tabs.count() - 1):
                return False
        return True

    def _confirm_close_unsaved(self, titles: list[str]) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Perubahan belum tersimpan"),
            self.tr("Perubahan pada SOP berikut tidak dapat disimpan ke pustaka:")
            + "\n"
            + "\n".join(titles),
            parent=self,
        )
        box.setInformativeText(
            self.tr(
                "Tutup juga? Perubahan tetap ada di jurnal pemulihan dan ditawarkan kembali saat "
                "pustaka ini dibuka."
            )
        )
        close = box.addButton(
            self.tr("Tutup tanpa menyimpan"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is close

    # -- decrees -------------------------------------------------------------------------

    def decree_tab_for(self, decree_id: str) -> DecreeTab | None:
        return next((t for t in self.decree_tabs() if t.decree.id == decree_id), None)

    def open_decree(self, decree_id: str) -> DecreeTab | None:
        """Open a decree of the library in a tab (or switch to its tab)."""
        tab = self.decree_tab_for(decree_id)
        if tab is None:
            if self.library is None:
                return None
            try:
                decree = decree_json.decree_from_dict(
                    self.library.load_document(DECREE_DOCUMENT, decree_id)
                )
            except SopStudioError as exc:
                QMessageBox.warning(self, self.tr("Keputusan tidak dapat dibuka"), str(exc))
                return None
            tab = DecreeTab(decree, self.library, self.settings.paper, self.tabs, self.journal)
            tab.edited.connect(lambda t=tab: self.tabs.setTabText(self.tabs.indexOf(t), t.title()))
            tab.autosaver.saved.connect(lambda _rev: self.library_dock.refresh())
            tab.autosaver.failed.connect(self._save_failed)
            tab.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
            tab.open_sop_requested.connect(self.open_sop)
            tab.findings_changed.connect(
                lambda t=tab: t is self.current_decree() and self.validate()
            )
            tab.sops_saved.connect(self._sops_saved_elsewhere)
            self.undo_group.addStack(tab.undo_stack)
            self.tabs.addTab(tab, tab.title())
        self.tabs.setCurrentWidget(tab)
        return tab

    def _sops_saved_elsewhere(self, sop_ids: list[str]) -> None:
        """SOPs got new revisions outside their tabs: list them anew and reopen their tabs
        on the saved revision."""
        current = self.tabs.currentWidget()
        self.library_dock.refresh()
        self._remember_listing()
        for sop_id in sop_ids:
            document = self.document_for(sop_id)
            if document is not None and self.close_tab(self.tabs.indexOf(document)):
                self.open_sop(sop_id)
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)

    def new_decree(self) -> DecreeTab | None:
        """Create a decree (Keputusan Gubernur, default diktum), save it and open it."""
        if self.library is None:
            return None
        # Decree text is Indonesian whatever the UI language. The default body names the
        # unit; "Buat ulang diktum" fills it in once the Lampiran holds SOPs.
        decree = Decree(tentang=SOP_AP)
        draft_body(decree, UNIT_PLACEHOLDER, UNIT_PLACEHOLDER)
        try:
            self.library.save_document(
                DECREE_DOCUMENT, decree.id, decree_json.decree_to_dict(decree), decree_title(decree)
            )
        except SopStudioError as exc:
            QMessageBox.warning(self, self.tr("Keputusan tidak dapat dibuat"), str(exc))
            return None
        self.library_dock.refresh()
        tab = self.open_decree(decree.id)
        if tab is not None:
            tab.form.focus_field("region")
        return tab

    # -- import and paste -----------------------------------------------------------------

    def import_file(self, path: str | Path | None = None) -> ImportDialog | None:
        """Berkas > Impor: read SOPs from a .docx/.pdf/.txt/.tsv file and preview them."""
        if self.library is None:
            return None
        if path is None:
            path = choose_file(
                self,
                self.tr("Impor SOP"),
                self.tr("Dokumen SOP (*.docx *.pdf *.txt *.tsv);;Semua berkas (*)"),
            )
            if not path:
                return None
        dialog = ImportDialog(self.library, Path(path), self)
        dialog.added.connect(self._imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.import_dialog = dialog
        return dialog

    # -- drag and drop: a document dropped onto the window is imported --------------------

    def _dropped_document(self, event: QDropEvent | QDragEnterEvent) -> Path | None:
        """The first local .docx/.pdf/.txt/.tsv file an event carries, if a library is open."""
        if self.library is None or not event.mimeData().hasUrls():
            return None
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile()) if url.isLocalFile() else None
            if path is not None and path.suffix.lower() in IMPORTABLE:
                return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_document(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_document(event)
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.import_file(path)

    def _imported(self, sop_ids: list[str]) -> None:
        self.library_dock.refresh()
        self._remember_listing()
        self.statusBar().showMessage(
            self.tr("%1 SOP ditambahkan ke pustaka.").replace("%1", str(len(sop_ids))), STATUS_MS
        )
        if sop_ids:
            self.open_sop(sop_ids[0])

    def import_package(self, path: str | Path | None = None) -> PackageImportDialog | None:
        """Berkas > Impor paket: verify a signature package and import it after review."""
        if self.library is None:
            return None
        if path is None:
            path = choose_file(
                self, self.tr("Impor paket tanda tangan"), self.tr("Paket tanda tangan (*.zip)")
            )
            if not path:
                return None
        # Open tabs must not hold older copies of what the package replaces.
        self.save_all()
        dialog = PackageImportDialog(self.library, Path(path), self)
        dialog.imported.connect(self._package_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.package_dialog = dialog
        return dialog

    def signed_pdf(self) -> SignedPdfDialog | None:
        """Berkas > PDF bertanda tangan: verify a signed PDF and attach it to the library."""
        if self.library is None:
            return None
        dialog = SignedPdfDialog(self.library, self)
        dialog.attached.connect(self.library_dock.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.signed_dialog = dialog
        return dialog

    def _package_imported(self) -> None:
        self.library_dock.refresh()
        self._remember_listing()

    def open_file(self, path: str | Path) -> bool:
        """Open a file handed over by the desktop (`sopstudio --open`, a double-click): a
        signature package goes through Impor paket; an SOP or decree file is saved into the
        library (a new revision when it differs, so nothing is overwritten) and opened."""
        if self.library is None:
            return False
        if Path(path).suffix.lower() == ".zip":
            return self.import_package(path) is not None
        try:
            document = load_input(path)
        except SopStudioError as exc:
            QMessageBox.warning(self, self.tr("Berkas tidak dapat dibuka"), str(exc))
            return False
        is_sop = isinstance(document, Sop)
        # An open tab holds an older copy of what the file replaces: close it first.
        tab = self.document_for(document.id) if is_sop else self.decree_tab_for(document.id)
        if tab is not None and not self.close_tab(self.tabs.indexOf(tab)):
            return False
        try:
            if is_sop:
                known = any(s.id == document.id for s in self.library.list_sops())
                unit = (
                    self.library.ensure_unit(document.unit_header)
                    if document.unit_header and not known
                    else None
                )
                self.library.save_sop(document, unit)
            else:
                self.library.save_document(
                    DECREE_DOCUMENT,
                    document.id,
                    decree_json.decree_to_dict(document),
                    decree_title(document),
                )
        except SopStudioError as exc:
            QMessageBox.warning(self, self.tr("Berkas tidak dapat dibuka"), str(exc))
            return False
        self.library_dock.refresh()
        self._remember_listing()
        opened = self.open_sop(document.id) if is_sop else self.open_decree(document.id)
        return opened is not None

    def paste(self) -> bool:
        """Ctrl+V: fill an SOP without steps from a table on the clipboard (one undo step)."""
        document = self.current_document()
        if document is None:
            return False
        if document.sop.steps:
            QMessageBox.information(
                self,
                self.tr("Tempel tabel"),
                self.tr(
                    "Tabel hanya dapat ditempel ke SOP yang belum berisi langkah. Buat SOP baru, "
                    "lalu tempel tabelnya di sana."
                ),
            )
            return False
        try:
            text = clipboard_table(QApplication.clipboard().mimeData())
            if text is None:
                self.statusBar().showMessage(
                    self.tr("Papan klip tidak berisi tabel (salin tabel dari Word atau Excel)."),
                    STATUS_MS,
                )
                return False
            found = pasted_sop(text)
        except ImportFailed as exc:
            QMessageBox.warning(self, self.tr("Tempel tabel"), str(exc))
            return False
        if found is None or not found.steps:
            QMessageBox.warning(
                self,
                self.tr("Tempel tabel"),
                self.tr("Tidak ada langkah SOP yang dikenali dalam tabel yang ditempel."),
            )
            return False
        document.editor.commit_edit()
        op = fill_op(document.sop, found, self.tr("SOP Baru"))
        if not document.editor.runner.run(op, self.tr("Tempel tabel")):
            return False
        self.statusBar().showMessage(
            self.tr("%1 langkah ditempel.").replace("%1", str(len(found.steps))), STATUS_MS
        )
        return True

    # -- validation ----------------------------------------------------------------------

    def validate(self) -> None:
        """Validate the current SOP (findings in the dock, marked on the canvas) or show the
        current decree's findings."""
        decree = self.current_decree()
        if decree is not None:
            self.validation_dock.set_findings(decree.findings, decree.places())
            return
        document = self.current_document()
        if document is None:
            self.validation_dock.clear()
            return
        sop = document.sop
        others = [nomor for sop_id, (nomor, _) in self._listed.items() if sop_id != sop.id]
        findings = validate_sop(sop, others, document.styles) + layout_findings(
            document.editor.scene.layout
        )
        self.validation_dock.set_findings(findings, self._places(document))
        document.editor.set_findings(findings)

    def _places(self, document: DocumentTab) -> dict[str, str]:
        """A readable name for each finding location of a document."""
        places = {"sop": self.tr("SOP")}
        for name, label in document.identity.labels.items():
            places[f"field:{name}"] = label
        for number, step in enumerate(document.sop.steps, start=1):
            places[f"step:{step.id}"] = self.tr("Langkah %1").replace("%1", str(number))
        for actor in document.sop.actors:
            places[f"actor:{actor.id}"] = actor.name or self.tr("Pelaksana")
        return places

    def go_to(self, location: str) -> None:
        """Show where a finding is: select the step or focus the identity field."""
        decree = self.current_decree()
        if decree is not None:
            decree.go_to(location)
            return
        document = self.current_document()
        if document is None:
            return
        kind, _, key = location.partition(":")
        if kind == "step":
            document.show_step(key.split(".", 1)[0])
        elif kind == "field":
            document.show_field(key)
        elif kind == "actor":
            document.setCurrentIndex(DIAGRAM_PAGE)

    # -- other commands ------------------------------------------------------------------

    def _canvas(self, method: str) -> None:
        document = self.current_document()
        if document is not None:
            document.setCurrentIndex(DIAGRAM_PAGE)
            getattr(document.editor, method)()

    def delete_step(self) -> None:
        document = self.current_document()
        if document is not None:
            document.editor.delete_step()

    def export(self, fmt: str) -> ExportDialog | None:
        """Open the export dialog for the current SOP."""
        document = self.current_document()
        if document is None:
            return None
        document.editor.commit_edit()
        dialog = ExportDialog(
            document.sop, self.settings.paper, fmt, parent=self, styles=document.styles
        )
        dialog.exported.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Diekspor ke %1").replace("%1", path), STATUS_MS
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.export_dialog = dialog
        return dialog

    def tr_command(self, text: str) -> str:
        return QCoreApplication.translate("EditCommands", text)

    def _on_canvas(self, run) -> None:
        """Run a Sunting/palette command on the current flowchart, then give it the keys."""
        document = self.current_document()
        if document is None:
            return
        document.setCurrentIndex(DIAGRAM_PAGE)
        run(document.editor)
        if document.editor.cell_editor is None:
            document.editor.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_sample(self) -> bool:
        """Open the library of bundled samples (built on first use)."""
        return self.open_library(build_sample_library(self.sample_location))

    def show_help(self) -> QDialog:
        """Bantuan: one page on the screen's parts and every key."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Bantuan SOP Studio"))
        text = QTextBrowser(dialog)
        text.setHtml(help_html())
        buttons = QDialogButtonBox(dialog)
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(560, 620)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.help_dialog = dialog
        return dialog

    def edit_styles(self) -> StyleDialog | None:
        """Open the house-style dialog on the current SOP (or a sample); saving stores the
        style in the library and gives it to the current SOP."""
        if self.library is None:
            return None
        document = self.current_document()
        sop = document.sop if document is not None else None
        dialog = StyleDialog(self.library.style_catalog(), sop, parent=self)
        dialog.accepted.connect(lambda: self._style_saved(dialog.style(), document))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.style_dialog = dialog
        return dialog

    def _style_saved(self, style: HouseStyle, document: DocumentTab | None) -> None:
        try:
            self.library.save_style(style)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Gaya tidak tersimpan"), str(exc))
            return
        catalog = self.library.style_catalog()
        for tab in self.documents():
            tab.set_styles(catalog)
        if document is not None and document.sop.style != style.name:
            document.editor.runner.run(SetField("style", style.name), self.tr("Ubah gaya instansi"))
        self.statusBar().showMessage(
            self.tr("Gaya %1 tersimpan di pustaka").replace("%1", style.name), STATUS_MS
        )
        self.validate()

    # -- monitoring, evaluation, revision (Permenpan-RB 35/2012) ---------------------------

    def _show_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _saved_sop(self) -> Sop | None:
        """The current SOP as saved in the library (records refer to a stored revision)."""
        document = self.current_document()
        if document is None or self.library is None or not self.save_all():
            return None
        return self.library.load_sop(document.sop.id)

    def monitoring(self) -> QDialog | None:
        """Fill in or print the current SOP's monitoring form."""
        sop = self._saved_sop()
        return (
            None
            if sop is None
            else self._show_dialog(MonitoringDialog(self.library, sop, parent=self))
        )

    def evaluation(self) -> QDialog | None:
        """Fill in or print the current SOP's evaluation."""
        sop = self._saved_sop()
        year = str(datetime.date.today().year)
        return (
            None
            if sop is None
            else self._show_dialog(EvaluationDialog(self.library, sop, year, self))
        )

    def revisions(self) -> QDialog | None:
        """Compare two revisions of the current SOP."""
        sop = self._saved_sop()
        return (
            None if sop is None else self._show_dialog(RevisionDialog(self.library, sop.id, self))
        )

    def sop_time(self) -> QDialog | None:
        """The current SOP's total time and loads, live while editing."""
        document = self.current_document()
        return None if document is None else self._show_dialog(SopTimeDialog(document.sop, self))

    def schedule(self) -> QDialog | None:
        """Which SOPs are due for monitoring or evaluation."""
        if self.library is None:
            return None
        dialog = ScheduleDialog(self.library, parent=self)
        dialog.open_requested.connect(self.open_sop)
        return self._show_dialog(dialog)

    def evidence(self) -> QDialog | None:
        """Build the RB/ZI evidence pack of a unit."""
        return (
            None if self.library is None else self._show_dialog(EvidenceDialog(self.library, self))
        )

    def preferences(self) -> None:
        PreferencesDialog(self.settings, self).exec()

    def self_test(self) -> SelfTestDialog:
        """Bantuan > Periksa instalasi: run the self-test and show its lines."""
        dialog = SelfTestDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.self_test_dialog = dialog
        return dialog

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang SOP Studio"),
            self.tr(
                "<b>SOP Studio %1</b><p>Penyusun Standar Operasional Prosedur Administrasi "
                "Pemerintahan (Permenpan-RB Nomor 35 Tahun 2012), bekerja tanpa jaringan.</p>"
            ).replace("%1", __version__),
        )

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # Autosave keeps every edit in the library, so closing normally just flushes; only an
        # edit that cannot be saved makes closing ask.
        failed = [d.title() for d in self.open_tabs() if not d.flush()]
        if failed and not self._confirm_close_unsaved(failed):
            event.ignore()
            return
        self._remember_tabs()
        self.settings.set_last_folder(str(last_folder()))
        for document in self.open_tabs():
            document.discard()
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if self.library is not None:
            self.library.close()
        event.accept()
