"""The layout engine: an SOP in, paginated plain geometry out (see `geometry`)."""

from sopstudio.model.layout.cache import LayoutCache
from sopstudio.model.layout.engine import layout_sop
from sopstudio.model.layout.fonts import FONT_FILES, ensure_registered

__all__ = ["FONT_FILES", "LayoutCache", "ensure_registered", "layout_sop"]
