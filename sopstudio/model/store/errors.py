"""Errors raised by the library store (messages in Bahasa Indonesia)."""

from sopstudio.model.errors import SopStudioError


class StoreError(SopStudioError):
    """The library cannot be opened, read or written."""


class NotFoundError(StoreError):
    """An SOP, unit or document that is not in the library."""


class StaleRevisionError(StoreError):
    """A save based on an older revision than the one stored (someone else saved meanwhile)."""


class ReadOnlyError(StoreError):
    """A write to a library that is open read-only (unwritable or damaged)."""


class DamagedError(StoreError):
    """Stored content that no longer matches its content hash, or an unreadable page."""


class DiskFullError(StoreError):
    """The disk holding the library is full, or refuses writes."""
