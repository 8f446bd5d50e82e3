"""The library store: SOPs, units and documents in SQLite or PostgreSQL (SQLAlchemy 2).

The model does not know about persistence; `mapping` converts between `Sop` and rows.
"""

from sopstudio.model.store.engine import default_library_path, library_url
from sopstudio.model.store.errors import NotFoundError, StaleRevisionError, StoreError
from sopstudio.model.store.library import (
    SNAPSHOTS_KEPT,
    DocumentSummary,
    Library,
    Revision,
    SopSummary,
)
from sopstudio.model.store.lineage import Relation, compare_lineage
from sopstudio.model.store.units import UNIT_KINDS, Unit, unit_kind

__all__ = [
    "SNAPSHOTS_KEPT",
    "UNIT_KINDS",
    "DocumentSummary",
    "Library",
    "NotFoundError",
    "Relation",
    "Revision",
    "SopSummary",
    "StaleRevisionError",
    "StoreError",
    "Unit",
    "compare_lineage",
    "default_library_path",
    "library_url",
    "unit_kind",
]
