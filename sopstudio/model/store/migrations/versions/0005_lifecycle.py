"""After the signature: revision lifecycle, signature packages, signed files, trusted
certificates.

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

ID = sa.String(length=200)


def upgrade() -> None:
    op.create_table(
        "lifecycle",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("id", ID, nullable=False),
        sa.Column("revision", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("snapshot", sa.LargeBinary(), nullable=True),
        sa.Column("effective_date", sa.Date(), nullable=True),
        sa.Column("signer", sa.Text(), nullable=True),
        sa.Column("signer_id", sa.Text(), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_file", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("kind", "id", "revision", name=op.f("pk_lifecycle")),
    )
    op.create_index(op.f("ix_lifecycle_status"), "lifecycle", ["status"])
    op.create_table(
        "signature_packages",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("decree_id", ID, nullable=False),
        sa.Column("decree_revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("manifest", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_signature_packages")),
    )
    op.create_index(op.f("ix_signature_packages_decree_id"), "signature_packages", ["decree_id"])
    op.create_table(
        "signed_files",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("package", sa.String(length=64), nullable=False),
        sa.Column("member", sa.Text(), nullable=False),
        sa.Column("signer", sa.Text(), nullable=False),
        sa.Column("signer_id", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_signed_files")),
    )
    op.create_table(
        "trusted_certificates",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_trusted_certificates")),
    )


def downgrade() -> None:
    op.drop_table("trusted_certificates")
    op.drop_table("signed_files")
    op.drop_index(op.f("ix_signature_packages_decree_id"), table_name="signature_packages")
    op.drop_table("signature_packages")
    op.drop_index(op.f("ix_lifecycle_status"), table_name="lifecycle")
    op.drop_table("lifecycle")
