"""Refuse, clearly and before Qt loads, a Windows older than Qt 6.11 supports.

Qt 6.11 needs Windows 10 version 1809 (build 17763) or newer; on older Windows its DLLs fail
to load with a cryptic error, so the editor and `self-test` check first.
"""

from __future__ import annotations

import sys

#: Windows 10 version 1809, the oldest Windows Qt 6.11 runs on.
MIN_BUILD = 17763


def unsupported_windows_message(major: int, build: int) -> str | None:
    """The Indonesian message for a Windows `major`.x build `build` Qt cannot run on, else None."""
    if major > 10 or (major == 10 and build >= MIN_BUILD):
        return None
    return (
        f"SOP Studio memerlukan Windows 10 versi 1809 (build {MIN_BUILD}) atau yang lebih "
        f"baru; komputer ini memakai Windows {major} build {build}. Perbarui Windows atau "
        "pakai komputer lain."
    )


def refuse_old_windows() -> bool:
    """On a too old Windows, tell the user (console and message box) and return True."""
    if sys.platform != "win32":
        return False
    version = sys.getwindowsversion()
    message = unsupported_windows_message(version.major, version.build)
    if message is None:
        return False
    print(message, file=sys.stderr)
    import ctypes

    ctypes.windll.user32.MessageBoxW(None, message, "SOP Studio", 0x10)  # MB_ICONERROR
    return True
