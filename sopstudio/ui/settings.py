"""User preferences and window state, kept in an INI file in the user config folder."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from sopstudio.model.style import Paper
from sopstudio.userdirs import config_dir

#: How many recently opened libraries the Berkas menu lists.
MAX_RECENT = 8
#: The settings file inside the user config folder (an INI file on every platform, so
#: Windows keeps no registry entries and the uninstaller leaves nothing behind).
SETTINGS_FILE = "sopstudio.ini"
#: Interface languages: code -> name shown in the preferences (each in its own language).
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}


class Settings:
    """Typed access to the application's QSettings (tests pass an INI file of their own)."""

    def __init__(self, store: QSettings | None = None) -> None:
        if store is None:
            store = QSettings(str(config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)
        self.store = store

    # -- preferences ---------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The interface language code ("id" or "en")."""
        value = str(self.store.value("preferences/language", "id"))
        return value if value in LANGUAGES else "id"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self.store.setValue("preferences/language", value)

    @property
    def paper(self) -> Paper:
        """The paper new exports default to."""
        try:
            return Paper(str(self.store.value("preferences/paper", Paper.F4.value)))
        except ValueError:
            return Paper.F4

    @paper.setter
    def paper(self, value: Paper) -> None:
        self.store.setValue("preferences/paper", Paper(value).value)

    # -- recent libraries ----------------------------------------------------------------

    def recent_libraries(self) -> list[str]:
        """Library paths, most recently opened first."""
        value = self.store.value("recent/libraries", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or [] if str(v)]

    def add_recent_library(self, path: str) -> None:
        """Put a library first in the recent list."""
        paths = [path, *(p for p in self.recent_libraries() if p != path)]
        self.store.setValue("recent/libraries", paths[:MAX_RECENT])

    # -- per document and per library -------------------------------------------------------

    def zoom(self, document_id: str) -> float | None:
        """The zoom a document was last shown at (None: never zoomed by hand)."""
        value = self.store.value(f"zoom/{document_id}")
        try:
            return float(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_zoom(self, document_id: str, zoom: float) -> None:
        self.store.setValue(f"zoom/{document_id}", float(zoom))

    def open_tabs(self, library: str) -> list[str]:
        """The tabs open when `library` was last closed, as "sop:<id>" / "decree:<id>"."""
        value = self.store.value(f"tabs/{_key(library)}", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or [] if str(v)]

    def set_open_tabs(self, library: str, tabs: list[str]) -> None:
        self.store.setValue(f"tabs/{_key(library)}", tabs)

    def last_folder(self, default: str) -> str:
        """The folder the last file dialog was in (for every file dialog)."""
        return str(self.store.value("recent/folder", default) or default)

    def set_last_folder(self, folder: str) -> None:
        self.store.setValue("recent/folder", folder)

    # -- window state --------------------------------------------------------------------

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """The saved (geometry, dock/toolbar state) of the main window."""
        geometry = self.store.value("window/geometry")
        state = self.store.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()


def _key(text: str) -> str:
    """A QSettings key for any text (paths hold slashes, which QSettings nests)."""
    return text.encode("utf-8").hex()
