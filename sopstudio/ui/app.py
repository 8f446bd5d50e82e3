"""Starting the editor: QApplication, translations, the main window and its library.

Translations: `resources/translations/sopstudio_<lang>.ts` is the source of truth (kept in
git, made with pyside6-lupdate). The compiled `.qm` is not committed; it is built with the
lrelease bundled in PySide6 into the user cache folder the first time that language is
chosen, and rebuilt whenever the `.ts` is newer (see resources/translations/README.md).
The frozen app carries no lrelease: its build compiles the `.qm` the same way and bundles it
instead of the `.ts`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sopstudio.resources import SAMPLES, TRANSLATIONS
from sopstudio.userdirs import cache_dir, data_dir
from sopstudio.windows import refuse_old_windows

#: File name of the library built from the bundled samples (`sopstudio --sample`).
SAMPLE_LIBRARY = "contoh.sqlite"


def sample_library_path() -> Path:
    """Where the sample library lives (user data folder)."""
    return data_dir() / SAMPLE_LIBRARY


def build_sample_library(path: Path) -> Path:
    """Build the library of bundled sample SOPs and decrees at `path` once (kept if it exists)."""
    if path.exists():
        return path
    from sopstudio.model import decree_json, jsonio
    from sopstudio.model.package import DECREE_DOCUMENT, decree_title
    from sopstudio.model.store import Library

    path.parent.mkdir(parents=True, exist_ok=True)
    # Built beside the target and renamed, so a crash never leaves half a sample library.
    building = path.with_name(path.name + ".building")
    building.unlink(missing_ok=True)
    with Library.open(building) as library:
        for file in sorted((SAMPLES / "sops").glob("*.sop.json")):
            sop = jsonio.load(file)
            unit = library.ensure_unit(sop.unit_header) if sop.unit_header else None
            library.save_sop(sop, unit)
        for file in sorted(SAMPLES.glob("*.decree.json")):
            decree = decree_json.load(file)
            library.save_document(
                DECREE_DOCUMENT, decree.id, decree_json.decree_to_dict(decree), decree_title(decree)
            )
    os.replace(building, path)
    return path


def compiled_translation(language: str, cache: Path | None = None) -> Path | None:
    """The `.qm` for a language, built from its `.ts` when missing or stale (the bundled `.qm`
    in the frozen app); None if the language has no translation (Indonesian is the source)."""
    source = TRANSLATIONS / f"sopstudio_{language}.ts"
    if not source.exists():
        bundled = TRANSLATIONS / f"sopstudio_{language}.qm"
        return bundled if bundled.exists() else None
    cache = cache or cache_dir() / "translations"
    target = cache / f"sopstudio_{language}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    import PySide6

    cache.mkdir(parents=True, exist_ok=True)
    lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    partial = target.with_suffix(".qm.tmp")
    result = subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not partial.exists():
        print(
            f"peringatan: terjemahan {language} tidak dapat dibuat: {result.stderr.strip()}",
            file=sys.stderr,
        )
        return None
    os.replace(partial, target)
    return target


def install_translation(app, language: str) -> None:
    """Load the interface translation for `language`: English from `sopstudio_en.ts`; for
    Indonesian, the source language, only Qt's own standard buttons (Tutup, Batal, ...) from
    `sopstudio_qt_id.ts`, since Qt ships no Indonesian translation of them."""
    from PySide6.QtCore import QTranslator

    path = compiled_translation("qt_id" if language == "id" else language)
    if path is None:
        return
    translator = QTranslator(app)
    if translator.load(str(path)):
        app.installTranslator(translator)


def has_display() -> bool:
    """False on a Linux machine without X11/Wayland and no platform chosen explicitly."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(library: str | None = None, sample: bool = False, open_path: str | None = None) -> int:
    """Open the editor on a library (the sample one, the given one, or the last one used),
    then the file `open_path` if given (see MainWindow.open_file)."""
    if refuse_old_windows():
        return 2
    if not has_display():
        print(
            "SOP Studio memerlukan layar grafis (DISPLAY/WAYLAND_DISPLAY tidak diatur). "
            "Perintah baris seperti `sopstudio validate` tetap dapat dipakai.",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication

    from sopstudio import __version__
    from sopstudio.model.store import default_library_path
    from sopstudio.ui.main_window import MainWindow
    from sopstudio.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("SOP Studio")
    app.setApplicationName("sopstudio")
    app.setApplicationDisplayName("SOP Studio")
    app.setApplicationVersion(__version__)
    settings = Settings()
    install_translation(app, settings.language)
    window = MainWindow(settings)
    window.show()
    if sample:
        location: str | Path = build_sample_library(sample_library_path())
    else:
        recent = settings.recent_libraries()
        location = library or (recent[0] if recent else default_library_path())
    opened = window.open_library(location)
    if opened and open_path:
        window.open_file(open_path)
    elif opened and sample and window.library is not None:
        # First look at the samples: open the longest SOP, so the flowchart is on screen.
        sops = window.library.list_sops()
        if sops:
            window.open_sop(max(sops, key=lambda s: len(window.library.load_sop(s.id).steps)).id)
    return app.exec()
