"""Shared test setup: the headless Qt platform and the `require_tool` helper for system tools."""

from __future__ import annotations

import glob
import os
import shutil
from pathlib import Path

import pytest

import tests.examples  # noqa: F401  (loads the Hypothesis profile before any test module)

# Before anything imports Qt: GUI tests run without a display unless the caller chose a platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Folders searched after PATH: Debian keeps the PostgreSQL server binaries (initdb, pg_ctl)
#: in a versioned folder that is not on PATH; the newest version wins.
EXTRA_TOOL_DIRS: tuple[str, ...] = tuple(
    sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
)


def in_ci() -> bool:
    """True when running under CI (env CI=true), where a missing tool is a failure, not a skip."""
    return os.environ.get("CI", "").strip().lower() == "true"


def find_tool(name_or_path: str) -> str | None:
    """The absolute path of an executable named or given by path, or None."""
    if os.sep in name_or_path:
        return name_or_path if os.access(name_or_path, os.X_OK) else None
    found = shutil.which(name_or_path)
    if found:
        return found
    for folder in EXTRA_TOOL_DIRS:
        candidate = os.path.join(folder, name_or_path)
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def require_tool(name_or_path: str) -> str:
    """The path of a system tool; skips the calling test when it is missing (fails under CI)."""
    path = find_tool(name_or_path)
    if path is None:
        message = f"system tool {name_or_path!r} not found; `sh tools/setup.sh test` installs it"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(name="require_tool")
def require_tool_fixture():
    """Fixture form of `require_tool`: ``def test_x(require_tool): require_tool("soffice")``."""
    return require_tool


#: The real signed decrees, copied into the repository (see `tests/corpus/README.md`).
SEEDS_DIR = Path(__file__).resolve().parent / "corpus"


def seed_path(name: str) -> Path:
    """A seed decree's path in the repository's corpus."""
    path = SEEDS_DIR / name
    assert path.exists(), f"seed {name} missing from {SEEDS_DIR}"
    return path
