"""Per-user data in the platform's standard folders; the frozen app's bundled translation."""

from __future__ import annotations

import shutil

from sopstudio.model.store import default_library_path
from sopstudio.model.style import Paper
from sopstudio.ui import app
from sopstudio.ui.autosave import default_recovery_dir
from sopstudio.ui.settings import Settings


def test_library_recovery_and_settings_live_in_the_user_folders(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert default_library_path() == tmp_path / "data" / "sopstudio" / "pustaka.sqlite"
    assert default_recovery_dir() == tmp_path / "data" / "sopstudio" / "recovery"
    assert app.sample_library_path() == tmp_path / "data" / "sopstudio" / "contoh.sqlite"
    settings = Settings()
    settings.paper = Paper.A4
    settings.sync()
    assert "paper=a4" in (tmp_path / "config" / "sopstudio" / "sopstudio.ini").read_text()


def test_a_bundle_without_the_ts_uses_its_compiled_qm(monkeypatch, tmp_path):
    # As in the frozen app: resources/translations holds the .qm its build compiled, no .ts.
    built = app.compiled_translation("en", cache=tmp_path / "build")
    bundle = tmp_path / "translations"
    bundle.mkdir()
    shutil.copy(built, bundle / built.name)
    monkeypatch.setattr(app, "TRANSLATIONS", bundle)
    assert app.compiled_translation("en", cache=tmp_path / "cache") == bundle / built.name
    assert app.compiled_translation("fr") is None
