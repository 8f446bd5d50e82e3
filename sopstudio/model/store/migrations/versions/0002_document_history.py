"""Document history: a revision and content hash per document, and `document_revisions`.

Each existing document becomes revision 1 of its history (or the integer "revision" its data
carries), with a snapshot of its data.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import hashlib
import json
import zlib
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(length=200)


def upgrade() -> None:
    documents = sa.table(
        "documents",
        sa.column("kind", sa.String),
        sa.column("id", sa.String),
        sa.column("data", sa.JSON),
        sa.column("revision", sa.Integer),
        sa.column("content_hash", sa.String),
    )
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
    conn = op.get_bind()
    now = datetime.now(UTC)
    history = []
    for kind, doc_id, data in conn.execute(
        sa.select(documents.c.kind, documents.c.id, documents.c.data)
    ).all():
        number, digest = _revision(data), _hash(data)
        key = (documents.c.kind == kind) & (documents.c.id == doc_id)
        conn.execute(sa.update(documents).where(key).values(revision=number, content_hash=digest))
        snapshot = zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)
        history.append(
            {
                "kind": kind,
                "id": doc_id,
                "revision": number,
                "content_hash": digest,
                "saved_at": now,
                "snapshot": snapshot,
            }
        )
    with op.batch_alter_table("documents") as batch:
        batch.alter_column("revision", existing_type=sa.Integer(), nullable=False)
        batch.alter_column("content_hash", existing_type=sa.String(length=64), nullable=False)
    # Created only now: on SQLite the batch above rebuilds `documents`, and dropping the old
    # table would cascade into a history that referenced it.
    revisions = op.create_table(
        "document_revisions",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("id", ID, nullable=False),
        sa.Column("revision", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("snapshot", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kind", "id"],
            ["documents.kind", "documents.id"],
            name=op.f("fk_document_revisions_kind_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("kind", "id", "revision", name=op.f("pk_document_revisions")),
    )
    if history:
        op.bulk_insert(revisions, history)


def downgrade() -> None:
    op.drop_table("document_revisions")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("content_hash")
        batch.drop_column("revision")


# The hash and revision rules as they were when this migration was written (a migration
# must not change when the application's code does later): see store.mapping.


def _revision(data: dict) -> int:
    value = data.get("revision")
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 1


def _hash(data: dict) -> str:
    body = {k: v for k, v in data.items() if k not in ("id", "revision")}
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
