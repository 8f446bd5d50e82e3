"""Initial schema: units, SOPs with their actors and steps, revision history, documents.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(length=200)


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["units.id"], name=op.f("fk_units_parent_id_units"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("parent_id", "name", name=op.f("uq_units_parent_id_name")),
    )
    op.create_table(
        "sops",
        sa.Column("id", ID, nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("style", sa.String(length=40), nullable=False),
        sa.Column("nomor", sa.Text(), nullable=False),
        sa.Column("judul", sa.Text(), nullable=False),
        sa.Column("tanggal_pembuatan", sa.Text(), nullable=False),
        sa.Column("tanggal_revisi", sa.Text(), nullable=False),
        sa.Column("tanggal_efektif", sa.Text(), nullable=False),
        sa.Column("approver_jabatan", sa.Text(), nullable=False),
        sa.Column("approver_nama", sa.Text(), nullable=False),
        sa.Column("approver_pangkat", sa.Text(), nullable=False),
        sa.Column("approver_nip", sa.Text(), nullable=False),
        sa.Column("lists", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_sops_unit_id_units"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sops")),
    )
    op.create_index(op.f("ix_sops_nomor"), "sops", ["nomor"])
    op.create_index(op.f("ix_sops_unit_id"), "sops", ["unit_id"])
    op.create_table(
        "sop_actors",
        sa.Column("sop_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("actor_id", ID, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sop_id"], ["sops.id"], name=op.f("fk_sop_actors_sop_id_sops"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("sop_id", "position", name=op.f("pk_sop_actors")),
    )
    op.create_table(
        "sop_steps",
        sa.Column("sop_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("step_id", ID, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("actor_id", ID, nullable=True),
        sa.Column("actor_guessed", sa.Boolean(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kelengkapan", sa.Text(), nullable=False),
        sa.Column("waktu", sa.Text(), nullable=False),
        sa.Column("output", sa.Text(), nullable=False),
        sa.Column("keterangan", sa.Text(), nullable=False),
        sa.Column("next_id", ID, nullable=True),
        sa.Column("yes_id", ID, nullable=True),
        sa.Column("no_id", ID, nullable=True),
        sa.ForeignKeyConstraint(
            ["sop_id"], ["sops.id"], name=op.f("fk_sop_steps_sop_id_sops"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("sop_id", "position", name=op.f("pk_sop_steps")),
    )
    op.create_table(
        "sop_revisions",
        sa.Column("sop_id", ID, nullable=False),
        sa.Column("revision", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("snapshot", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sop_id"], ["sops.id"], name=op.f("fk_sop_revisions_sop_id_sops"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("sop_id", "revision", name=op.f("pk_sop_revisions")),
    )
    op.create_table(
        "documents",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("id", ID, nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("kind", "id", name=op.f("pk_documents")),
    )


def downgrade() -> None:
    op.drop_table("documents")
    op.drop_table("sop_revisions")
    op.drop_table("sop_steps")
    op.drop_table("sop_actors")
    op.drop_index(op.f("ix_sops_unit_id"), table_name="sops")
    op.drop_index(op.f("ix_sops_nomor"), table_name="sops")
    op.drop_table("sops")
    op.drop_table("units")
