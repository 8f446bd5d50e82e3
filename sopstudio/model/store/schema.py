"""The library's tables (SQLAlchemy Core), portable between SQLite and PostgreSQL.

The model classes know nothing about these; `sopstudio.model.store.mapping` converts
between `Sop` and rows. Alembic migrations create exactly this schema (a test compares
them), so change both together.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

#: Constraint names follow one convention so migrations can refer to them on every backend.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

#: Identifiers of SOPs, steps and actors: uuid4 hex from the editor, any short text from imports.
ID = String(200)

units = Table(
    "units",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("parent_id", Integer, ForeignKey("units.id", ondelete="RESTRICT"), nullable=True),
    Column("name", Text, nullable=False),
    # instansi, sekretariat, biro, bagian, subbagian, perangkat_daerah or unit
    Column("kind", String(40), nullable=False),
    UniqueConstraint("parent_id", "name"),
    # NULLs are distinct in a unique constraint, so top-level names need their own index.
    Index(
        "uq_units_root_name",
        "name",
        unique=True,
        sqlite_where=text("parent_id IS NULL"),
        postgresql_where=text("parent_id IS NULL"),
    ),
)

sops = Table(
    "sops",
    metadata,
    Column("id", ID, primary_key=True),
    Column("unit_id", Integer, ForeignKey("units.id", ondelete="SET NULL"), nullable=True),
    Column("revision", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("style", String(40), nullable=False),
    Column("nomor", Text, nullable=False),
    Column("judul", Text, nullable=False),
    Column("tanggal_pembuatan", Text, nullable=False),
    Column("tanggal_revisi", Text, nullable=False),
    Column("tanggal_efektif", Text, nullable=False),
    Column("approver_jabatan", Text, nullable=False),
    Column("approver_nama", Text, nullable=False),
    Column("approver_pangkat", Text, nullable=False),
    Column("approver_nip", Text, nullable=False),
    # unit_header and the six identity lists: {"unit_header": [...], "dasar_hukum": [...], ...}
    Column("lists", JSON, nullable=False),
    # Lower-cased judul, nomor and step texts; searched with LIKE (portable, no FTS extension).
    Column("search_text", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index(None, "unit_id"),
    Index(None, "nomor"),
)

sop_actors = Table(
    "sop_actors",
    metadata,
    Column("sop_id", ID, ForeignKey("sops.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("actor_id", ID, nullable=False),
    Column("name", Text, nullable=False),
)

# Links and actor references are stored as plain ids, not foreign keys: an SOP being edited
# may link to a step that is gone, and validation (not the store) reports that.
sop_steps = Table(
    "sop_steps",
    metadata,
    Column("sop_id", ID, ForeignKey("sops.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("step_id", ID, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("actor_id", ID, nullable=True),
    Column("actor_guessed", Boolean, nullable=False),
    Column("text", Text, nullable=False),
    Column("kelengkapan", Text, nullable=False),
    Column("waktu", Text, nullable=False),
    Column("output", Text, nullable=False),
    Column("keterangan", Text, nullable=False),
    Column("next_id", ID, nullable=True),
    Column("yes_id", ID, nullable=True),
    Column("no_id", ID, nullable=True),
)

sop_revisions = Table(
    "sop_revisions",
    metadata,
    Column("sop_id", ID, ForeignKey("sops.id", ondelete="CASCADE"), primary_key=True),
    Column("revision", Integer, primary_key=True, autoincrement=False),
    Column("content_hash", String(64), nullable=False),
    Column("saved_at", DateTime(timezone=True), nullable=False),
    # zlib-compressed `*.sop.json` text of that revision; NULL for a revision known only by
    # its hash (taken over from another library's lineage on import, or pruned: the library
    # keeps the snapshots of the newest revisions only).
    Column("snapshot", LargeBinary, nullable=True),
)

documents = Table(
    "documents",
    metadata,
    Column("kind", String(40), primary_key=True),
    Column("id", ID, primary_key=True),
    Column("title", Text, nullable=False),
    Column("data", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False),
)

# The history of documents, as `sop_revisions` is for SOPs.
document_revisions = Table(
    "document_revisions",
    metadata,
    Column("kind", String(40), primary_key=True),
    Column("id", ID, primary_key=True),
    Column("revision", Integer, primary_key=True, autoincrement=False),
    Column("content_hash", String(64), nullable=False),
    Column("saved_at", DateTime(timezone=True), nullable=False),
    # zlib-compressed JSON of the document at that revision; NULL for a revision known only
    # by its hash (from another library, or pruned as for SOPs).
    Column("snapshot", LargeBinary, nullable=True),
    ForeignKeyConstraint(
        ["kind", "id"], ["documents.kind", "documents.id"], ondelete="CASCADE"
    ),
)

# House styles the library's SOPs may name besides the presets: the `*.style.json` data.
house_styles = Table(
    "house_styles",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("data", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
