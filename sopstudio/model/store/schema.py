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
    Date,
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
ID_CHARS = 200
ID = String(ID_CHARS)

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
    ForeignKeyConstraint(["kind", "id"], ["documents.kind", "documents.id"], ondelete="CASCADE"),
)

# House styles the library's SOPs may name besides the presets: the `*.style.json` data.
house_styles = Table(
    "house_styles",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("data", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# -- after the signature (lifecycle, signed files, trust) -----------------------------------

# The lifecycle status of SOP and decree revisions ("sop" or "decree" in `kind`). A revision
# without a row is a Draf. Rows are not tied to `sops`/`documents` by a foreign key: the record
# of what was signed outlives a deleted SOP.
lifecycle = Table(
    "lifecycle",
    metadata,
    Column("kind", String(40), primary_key=True),
    Column("id", ID, primary_key=True),
    Column("revision", Integer, primary_key=True, autoincrement=False),
    Column("status", String(20), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("changed_at", DateTime(timezone=True), nullable=False),
    # zlib-compressed JSON of the frozen revision: kept here because the revision history
    # prunes old snapshots, and a submitted or signed revision must stay readable.
    Column("snapshot", LargeBinary, nullable=True),
    Column("effective_date", Date, nullable=True),
    Column("signer", Text, nullable=True),
    Column("signer_id", Text, nullable=True),
    Column("signed_at", DateTime(timezone=True), nullable=True),
    # SHA-256 of the row in `signed_files` that made this revision Disahkan.
    Column("signed_file", String(64), nullable=True),
    Index(None, "status"),
)

# Signature packages built from this library: their manifest, to recognise a signed PDF later.
signature_packages = Table(
    "signature_packages",
    metadata,
    # SHA-256 of the manifest bytes.
    Column("sha256", String(64), primary_key=True),
    Column("decree_id", ID, nullable=False),
    Column("decree_revision", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("manifest", LargeBinary, nullable=False),
    Index(None, "decree_id"),
)

# Verified signed PDFs attached to the library, byte for byte.
signed_files = Table(
    "signed_files",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("package", String(64), nullable=False),
    # The package member the signed file was made from ("keputusan.pdf", "sop/01-....pdf").
    Column("member", Text, nullable=False),
    Column("signer", Text, nullable=False),
    Column("signer_id", Text, nullable=False),
    Column("signed_at", DateTime(timezone=True), nullable=False),
    Column("imported_at", DateTime(timezone=True), nullable=False),
)

# Certificates the user trusts as roots (and intermediates) for signed PDFs.
trusted_certificates = Table(
    "trusted_certificates",
    metadata,
    # SHA-256 fingerprint of the DER certificate.
    Column("sha256", String(64), primary_key=True),
    Column("subject", Text, nullable=False),
    Column("der", LargeBinary, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
)
