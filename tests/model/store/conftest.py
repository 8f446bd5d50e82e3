"""Fixtures: every Library test runs on SQLite and on a real PostgreSQL server; `run` runs
`sopstudio ... library ...` in-process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import sopstudio.cli
from sopstudio.model.store import Library
from tests.postgres import postgres_server  # noqa: F401  (session fixture)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def library_location(request: pytest.FixtureRequest, tmp_path) -> str:
    """Where a fresh, empty library lives: a SQLite file or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "pustaka.sqlite")
    return request.getfixturevalue("postgres_server").new_database()


@pytest.fixture
def library(library_location: str) -> Iterator[Library]:
    """An open, empty library on each backend."""
    lib = Library.open(library_location)
    try:
        yield lib
    finally:
        lib.close()


@pytest.fixture
def run(monkeypatch, capsys):
    """Run `sopstudio` with only the `library` subcommand; (exit status, stdout, stderr)."""
    monkeypatch.setattr(sopstudio.cli, "SUBCOMMANDS", ("library",))

    def run(*argv: str) -> tuple[int, str, str]:
        status = sopstudio.cli.main(list(argv))
        out, err = capsys.readouterr()
        return status, out, err

    return run
