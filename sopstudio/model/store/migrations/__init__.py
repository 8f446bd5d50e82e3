"""Alembic migrations of the library schema (run by `sopstudio.model.store.migrate`)."""
