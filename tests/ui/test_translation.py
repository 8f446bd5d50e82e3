"""English through Qt Linguist: every UI string is in the .ts, translated, and loads."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from sopstudio.resources import TRANSLATIONS
from sopstudio.ui.app import compiled_translation
from sopstudio.ui.dialogs.preferences import PreferencesDialog
from sopstudio.ui.main_window import MainWindow
from sopstudio.ui.settings import Settings

TS = TRANSLATIONS / "sopstudio_en.ts"
UI = Path(__file__).resolve().parents[2] / "sopstudio" / "ui"
#: tr("...") and translate("Context", "...") calls with a literal text.
CALLS = re.compile(
    r'(?:\btr\(\s*|translate\(\s*"\w+",\s*|QT_TRANSLATE_NOOP\(\s*"\w+",\s*)'
    r'((?:"[^"\n]*"\s*)+)'
)


def _messages() -> dict[str, str | None]:
    tree = ET.parse(TS)
    return {
        m.findtext("source"): (
            None if m.find("translation").get("type") == "unfinished" else m.findtext("translation")
        )
        for m in tree.iter("message")
    }


def test_every_ui_string_is_in_the_ts_file_and_translated():
    messages = _messages()
    assert all(messages.values()), [s for s, t in messages.items() if not t]
    found = set()
    for path in UI.rglob("*.py"):
        for match in CALLS.finditer(path.read_text(encoding="utf-8")):
            found.add(ast.literal_eval("(" + match.group(1).strip() + ")"))
    missing = sorted(found - set(messages))
    assert not missing, f"run tools/translate_en.py; not in the .ts: {missing}"
    assert len(found) > 150


def test_english_loads_and_translates_the_window(qtbot, tmp_path):
    qm = compiled_translation("en", cache=tmp_path)
    assert qm is not None and qm.stat().st_size > 0
    assert compiled_translation("en", cache=tmp_path) == qm  # not rebuilt while fresh
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&Berkas") == "&File"
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, tmp_path / "recovery")
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&View", "E&xport", "E&valuation", "&Help"]
        assert window.library_dock.windowTitle() == "Library"
    finally:
        app.removeTranslator(translator)


def test_indonesian_needs_no_translation_file():
    assert compiled_translation("id") is None


def test_preferences_switch_language_and_paper(qtbot, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.language == "id"
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.accept()
    reread = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert reread.language == "en" and reread.paper.value == "a4"


def test_qt_standard_buttons_speak_indonesian(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from sopstudio.ui.app import install_translation

    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    install_translation(app, "id")
    added = [t for t in app.findChildren(QTranslator) if t not in before]
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(buttons)
        assert sorted(b.text() for b in buttons.buttons()) == ["Batal", "Tutup"]
    finally:
        for translator in added:
            app.removeTranslator(translator)
