"""Column widths of the flowchart table: No, Kegiatan, the lanes, Mutu Baku and Keterangan."""

from __future__ import annotations

from dataclasses import dataclass

from sopstudio.model.style import MM

#: Width of the No column.
NO_WIDTH = 24.0
#: Preferred widths of the text columns (Kegiatan, Kelengkapan, Waktu, Output, Keterangan);
#: they scale together to fill whatever the lanes leave.
TEXT_WIDTHS: tuple[float, ...] = (200.0, 90.0, 50.0, 90.0, 60.0)
#: A lane is never narrower than this while the text columns keep half their width...
LANE_MIN = 20 * MM
#: ...and never wider than this (extra width goes to the text columns).
LANE_MAX = 130.0
#: The text columns never shrink below this fraction of their preferred widths.
TEXT_MIN_SCALE = 0.5


@dataclass(frozen=True)
class FlowColumns:
    """The x edges of the flowchart table's columns and where the lanes are."""

    col_x: tuple[float, ...]
    lane_count: int

    @property
    def first_lane(self) -> int:
        """Column index of the first lane."""
        return 2

    def lane_range(self, lane: int) -> tuple[float, float]:
        """(left, right) x of a lane."""
        return self.col_x[2 + lane], self.col_x[3 + lane]

    @property
    def lane_width(self) -> float:
        left, right = self.lane_range(0)
        return right - left

    @property
    def mutu_col(self) -> int:
        """Column index of Kelengkapan (Waktu and Output follow, then Keterangan)."""
        return 2 + self.lane_count


def flow_columns(x: float, width: float, lane_count: int) -> FlowColumns:
    """Columns filling `width` from `x` for `lane_count` lanes (at least one)."""
    lane_count = max(1, lane_count)
    text_total = sum(TEXT_WIDTHS)
    lane = (width - NO_WIDTH - text_total) / lane_count
    lane = min(max(lane, LANE_MIN), LANE_MAX)
    # Keep the text readable before honouring the lane minimum.
    lane = min(lane, (width - NO_WIDTH - TEXT_MIN_SCALE * text_total) / lane_count)
    scale = (width - NO_WIDTH - lane * lane_count) / text_total
    widths = [NO_WIDTH, TEXT_WIDTHS[0] * scale]
    widths += [lane] * lane_count
    widths += [w * scale for w in TEXT_WIDTHS[1:]]
    edges = [x]
    for w in widths:
        edges.append(edges[-1] + w)
    edges[-1] = x + width  # absorb rounding so the table ends exactly at the margin
    return FlowColumns(tuple(edges), lane_count)
