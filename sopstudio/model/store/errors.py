"""Errors raised by the library store (messages in Bahasa Indonesia)."""

from sopstudio.model.errors import SopStudioError


class StoreError(SopStudioError):
    """The library cannot be opened, read or written."""


class NotFoundError(StoreError):
    """An SOP, unit or document that is not in the library."""


class StaleRevisionError(StoreError):
    """A save based on an older revision than the one stored (someone else saved meanwhile)."""
