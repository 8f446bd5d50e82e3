"""The layout engine: an SOP in, paginated plain geometry out (see `geometry`)."""

from sopstudio.model.layout.engine import layout_sop

__all__ = ["layout_sop"]
