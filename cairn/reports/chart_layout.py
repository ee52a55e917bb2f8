"""The status-by-theme chart laid out for an SVG template: plain numbers, no drawing library.

The dashboard renders `reports/_status_chart.svg` from `status_chart(data)` in well under a
millisecond; matplotlib (`reports/charts.py`) draws the same chart only for documents.
Colour is never the only signal: each status has its own hatching, bars carry their counts,
and the legend names each status.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

from cairn.reports.data import ReportData

# The GOV.UK tag colours the status scheme names, as fills, with a readable text colour.
FILLS = {
    "green": ("#00703c", "white"),
    "yellow": ("#ffdd00", "black"),
    "red": ("#d4351c", "white"),
    "blue": ("#1d70b8", "white"),
    "grey": ("#b1b4b6", "black"),
    "purple": ("#4c2c92", "white"),
    "orange": ("#f47738", "black"),
}
HATCHES = ["", "//", "..", "xx", "\\\\", "oo", "--", "++", "**"]

WIDTH = 800
LABEL_WIDTH = 270  # the theme names, left of the bars
PLOT_LEFT, PLOT_RIGHT = LABEL_WIDTH + 10, WIDTH - 20
TOP = 40  # below the title
BAR, GAP = 24, 12
LEGEND_COLUMNS, LEGEND_ROW = 3, 24
SMALLEST_LABELLED = 16  # a segment narrower than this carries no count (the table has it)


@dataclass(frozen=True)
class Segment:
    x: float
    width: float
    fill: str
    ink: str
    pattern: str  # id of the hatching pattern, "" for none
    label: str
    count: int

    @property
    def shows_count(self) -> bool:
        return self.width >= SMALLEST_LABELLED

    @property
    def middle(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class Bar:
    name: str
    y: float
    segments: list[Segment]

    @property
    def middle(self) -> float:
        return self.y + BAR / 2


@dataclass(frozen=True)
class Tick:
    x: float
    value: int


@dataclass(frozen=True)
class LegendEntry:
    x: float
    y: float
    fill: str
    pattern: str
    label: str


@dataclass(frozen=True)
class Pattern:
    id: str
    hatch: str  # one of HATCHES
    ink: str


@dataclass(frozen=True)
class StatusChart:
    width: int
    height: int
    bars: list[Bar]
    ticks: list[Tick]
    axis_y: float
    legend: list[LegendEntry]
    patterns: list[Pattern]
    title: str
    description: str
    plot_left: int = PLOT_LEFT
    plot_right: int = PLOT_RIGHT

    @property
    def axis_label_x(self) -> float:
        return (self.plot_left + self.plot_right) / 2


def describe(data: ReportData) -> str:
    """The chart in words: its text alternative."""
    parts = []
    for theme, counts in data.theme_counts:
        figures = ", ".join(f"{label} {n}" for label, n in counts.items() if n) or "no actions"
        parts.append(f"{theme}: {figures}.")
    return " ".join(parts) or "The plan has no themes yet."


def status_chart(data: ReportData, chart_id: str = "status-by-theme-chart") -> StatusChart:
    """Stacked horizontal bars: one bar per theme, one segment per status, on one scale."""
    themes = data.theme_counts
    labels = data.labels
    styles = data.status_by_label
    largest = max((sum(counts.values()) for _, counts in themes), default=0)
    step = _tick_step(largest)
    top = max(step * math.ceil(largest / step), step)
    scale = (PLOT_RIGHT - PLOT_LEFT) / top
    patterns = {
        label: Pattern(f"{chart_id}-hatch-{n}", HATCHES[n % len(HATCHES)], _fill(styles, label)[1])
        for n, label in enumerate(labels)
    }
    bars = []
    for row, (name, counts) in enumerate(themes):
        x, segments = float(PLOT_LEFT), []
        for label in labels:
            count = counts[label]
            if not count:
                continue
            fill, ink = _fill(styles, label)
            pattern = patterns[label].id if patterns[label].hatch else ""
            segments.append(Segment(x, count * scale, fill, ink, pattern, label, count))
            x += count * scale
        y = TOP + row * (BAR + GAP)
        bars.append(Bar(textwrap.shorten(name, 45, placeholder="…"), y, segments))
    axis_y = TOP + len(themes) * (BAR + GAP)
    ticks = [Tick(PLOT_LEFT + v * scale, v) for v in range(0, top + 1, step)]
    legend_top = axis_y + 50
    column = (WIDTH - 40) / LEGEND_COLUMNS
    legend = [
        LegendEntry(
            20 + (n % LEGEND_COLUMNS) * column,
            legend_top + (n // LEGEND_COLUMNS) * LEGEND_ROW,
            _fill(styles, label)[0],
            patterns[label].id if patterns[label].hatch else "",
            label,
        )
        for n, label in enumerate(labels)
    ]
    height = int(legend_top + math.ceil(len(labels) / LEGEND_COLUMNS) * LEGEND_ROW + 10)
    return StatusChart(
        width=WIDTH,
        height=height,
        bars=bars,
        ticks=ticks,
        axis_y=axis_y,
        legend=legend,
        patterns=[p for p in patterns.values() if p.hatch],
        title="Actions by status in each theme",
        description=describe(data),
    )


def _fill(styles, label: str) -> tuple[str, str]:
    return FILLS.get(styles[label].colour, FILLS["grey"])


def _tick_step(largest: int) -> int:
    """A round step giving at most about eight ticks: 1, 2, 5, 10, 20, 50, ..."""
    step = 1
    while largest / step > 8:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if largest / step <= 8:
                break
    return step
