"""The layout engine: an SOP in, paginated plain geometry out (see `geometry`)."""

from sopstudio.model.layout.engine import layout_sop
from sopstudio.model.layout.fonts import FONT_FILES, ensure_registered

__all__ = ["FONT_FILES", "ensure_registered", "layout_sop"]
