"""The per-user folders SOP Studio writes to, in each platform's standard place (platformdirs).

| what | Linux | Windows | macOS |
|---|---|---|---|
| data (library, sample library, recovery journal) | `~/.local/share/sopstudio` | `%LOCALAPPDATA%\\SOP Studio\\sopstudio` | `~/Library/Application Support/sopstudio` |
| settings (`sopstudio.ini`) | `~/.config/sopstudio` | `%LOCALAPPDATA%\\SOP Studio\\sopstudio` | `~/Library/Application Support/sopstudio` |
| cache (compiled translations) | `~/.cache/sopstudio` | `%LOCALAPPDATA%\\SOP Studio\\sopstudio\\Cache` | `~/Library/Caches/sopstudio` |

(XDG_DATA_HOME, XDG_CONFIG_HOME and XDG_CACHE_HOME move the Linux ones.)
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir, user_data_dir

APP = "sopstudio"
AUTHOR = "SOP Studio"


def data_dir() -> Path:
    """Libraries, the sample library and the recovery journal."""
    return Path(user_data_dir(APP, AUTHOR))


def config_dir() -> Path:
    """The settings file."""
    return Path(user_config_dir(APP, AUTHOR))


def cache_dir() -> Path:
    """What can be rebuilt at any time (compiled translations)."""
    return Path(user_cache_dir(APP, AUTHOR))
