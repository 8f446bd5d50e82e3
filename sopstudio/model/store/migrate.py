"""Bring a library's schema to the current version with the bundled Alembic migrations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, inspect

from sopstudio.model.store.engine import WRITE
from sopstudio.model.store.errors import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    """An Alembic configuration pointing at the bundled migrations (no alembic.ini)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The schema revision this version of SOP Studio creates."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the library, None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Run the migrations up to head in one transaction; refuse unknown (newer) schemas."""
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    if current is not None and not _known(script, current):
        raise StoreError(
            f"pustaka berasal dari versi SOP Studio yang lebih baru (skema {current}); "
            "perbarui SOP Studio"
        )
    if current == script.get_current_head():
        return
    if current is None and set(inspect(engine).get_table_names()) - {"alembic_version"}:
        # Never add our tables to some other application's database.
        raise StoreError("basis data ini bukan pustaka SOP Studio (sudah berisi tabel lain)")
    _run(engine, config, lambda: command.upgrade(config, "head"))


def check_current(engine: Engine) -> None:
    """Refuse a library that is not at this version's schema and cannot be upgraded (it is
    open read-only)."""
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise StoreError(
            f"pustaka hanya-baca ini memakai skema {current or 'kosong'}, sedangkan versi ini "
            f"memerlukan skema {head}; salin berkasnya ke folder yang dapat ditulisi agar "
            "dapat diperbarui"
        )


def downgrade(engine: Engine, target: str) -> None:
    """Undo migrations down to `target` ("base" empties the library)."""
    config = alembic_config()
    _run(engine, config, lambda: command.downgrade(config, target))


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _run(engine: Engine, config: Config, action: Callable[[], None]) -> None:
    with engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            config.attributes["connection"] = conn
            action()
