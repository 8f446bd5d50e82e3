"""Unique top-level unit names: a partial unique index on units(name) where parent_id IS NULL.

The (parent_id, name) constraint never held for top-level units (NULLs are distinct), so two
adds at once could create the same instansi twice. Existing duplicates are merged into the
oldest unit first: their SOPs and sub-units move to it, and sub-units that then share a name
are merged the same way.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"  # re-chained by the lead at merge
branch_labels = None
depends_on = None

INDEX = "uq_units_root_name"
ROOT = sa.text("parent_id IS NULL")

units = sa.table(
    "units", sa.column("id", sa.Integer), sa.column("parent_id", sa.Integer), sa.column("name")
)
sops = sa.table("sops", sa.column("unit_id", sa.Integer))


def upgrade() -> None:
    conn = op.get_bind()
    by_name: dict[str, list[int]] = {}
    for unit_id, name in conn.execute(
        sa.select(units.c.id, units.c.name).where(units.c.parent_id.is_(None)).order_by(units.c.id)
    ):
        by_name.setdefault(name, []).append(unit_id)
    for keep, *duplicates in by_name.values():
        for duplicate in duplicates:
            _merge(conn, keep, duplicate)
    op.create_index(INDEX, "units", ["name"], unique=True, sqlite_where=ROOT, postgresql_where=ROOT)


def _merge(conn: sa.Connection, keep: int, duplicate: int) -> None:
    """Move the SOPs and sub-units of `duplicate` to `keep`, then delete `duplicate`."""
    conn.execute(sa.update(sops).where(sops.c.unit_id == duplicate).values(unit_id=keep))
    kept = dict(
        conn.execute(sa.select(units.c.name, units.c.id).where(units.c.parent_id == keep)).all()
    )
    children = conn.execute(
        sa.select(units.c.id, units.c.name).where(units.c.parent_id == duplicate)
    ).all()
    for child, name in children:
        if name in kept:
            _merge(conn, kept[name], child)
        else:
            conn.execute(sa.update(units).where(units.c.id == child).values(parent_id=keep))
    conn.execute(sa.delete(units).where(units.c.id == duplicate))


def downgrade() -> None:
    op.drop_index(INDEX, "units", sqlite_where=ROOT, postgresql_where=ROOT)
