"""The entry point: one SOP in, its identity and flowchart pages out."""

from __future__ import annotations

from sopstudio.model.layout.cache import LayoutCache
from sopstudio.model.layout.flowchart import layout_flowchart
from sopstudio.model.layout.geometry import SopLayout
from sopstudio.model.layout.identity import layout_identity
from sopstudio.model.sop import Sop
from sopstudio.model.style import HouseStyle, Margins, PageSettings, Paper, StyleCatalog


def layout_sop(
    sop: Sop,
    style: HouseStyle | None = None,
    paper: Paper | None = None,
    margins: Margins | None = None,
    cache: LayoutCache | None = None,
) -> SopLayout:
    """Every page of `sop` (identity page(s), then the flowchart), landscape, in points,
    in `style` (by default the preset `sop.style` names).

    An editor that lays out the same SOP after every edit passes the same `cache` each time:
    the result equals a fresh layout, and pages whose inputs did not change are the very
    objects of the previous layout (so a renderer may skip them by identity).
    """
    style = style or StyleCatalog().style_of(sop.style)
    settings = PageSettings(paper or style.paper, True, margins or Margins())
    identity = layout_identity(sop, style, settings)
    if cache is not None:
        cache.identity_pages.start(None)
        identity = tuple(cache.identity_pages.intern(page) for page in identity)
    memo = cache.flowchart_pages if cache is not None else None
    flow = layout_flowchart(sop, style, settings, memo)
    offset = len(identity)
    step_rows = tuple((step_id, page + offset, rect) for step_id, page, rect in flow.step_rows)
    return SopLayout(sop.id, identity + flow.pages, step_rows, flow.lanes, flow.warnings)
