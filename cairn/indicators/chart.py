"""An indicator's trend chart: a small SVG drawn on the server, cached by its figures.

Lines differ in pattern as well as colour (figures solid with round markers, baseline
dashed, target dotted with square markers), the legend names each, and pages show the same
figures in a table beside the chart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from html import escape

from cairn.indicators.trends import Trend

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 20, 74
FIGURE_COLOUR, BASELINE_COLOUR, TARGET_COLOUR = "#1d70b8", "#505a5f", "#00703c"


def svg(trend: Trend, chart_id: str = "trend-chart") -> str:
    """The chart as an inline <svg>, or "" when there are no figures to draw."""
    if not trend.rows:
        return ""
    indicator = trend.indicator
    return _draw(
        chart_id,
        indicator.name,
        tuple((row.period.label, row.value) for row in trend.rows),
        indicator.baseline_value,
        tuple(row.goal_value for row in trend.rows),
        describe(trend),
    )


def describe(trend: Trend) -> str:
    """The chart in words, its text alternative."""
    figures = "; ".join(f"{row.period}: {row.figure}" for row in trend.rows)
    parts = [f"{trend.indicator.name} by period. {figures}."]
    if trend.indicator.baseline_value is not None:
        parts.append(f"Baseline {trend.baseline_figure} ({trend.indicator.baseline_period}).")
    if trend.assessment.goal is not None:
        parts.append(f"Target {trend.goal_figure}. Status: {trend.assessment.status.label}.")
    return " ".join(parts)


@dataclass(frozen=True)
class _Scale:
    """Where a period's index and a value fall on the drawing."""

    periods: int
    bottom: float
    top: float

    def x(self, i: int) -> float:
        return LEFT + ((WIDTH - LEFT - RIGHT) * (i + 0.5) / self.periods)

    def y(self, v: float) -> float:
        span = (self.top - self.bottom) or 1
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (v - self.bottom) / span)


@lru_cache(maxsize=512)
def _draw(
    chart_id: str,
    title: str,
    points: tuple[tuple[str, Decimal], ...],
    baseline: Decimal | None,
    goals: tuple[Decimal | None, ...],
    description: str,
) -> str:
    values = [float(v) for _, v in points]
    extras = [float(g) for g in goals if g is not None]
    if baseline is not None:
        extras.append(float(baseline))
    scale = _Scale(
        len(points),
        bottom=min(0.0, *values, *extras),
        top=_nice_ceiling(max(values + extras + [1.0]) * 1.1),
    )
    goal_points = [(scale.x(i), scale.y(float(g))) for i, g in enumerate(goals) if g is not None]
    return "".join(
        [
            f'<svg role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
            f'focusable="false" class="cairn-chart__svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">',
            f'<title id="{chart_id}-title">{escape(title)}: trend</title>',
            f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
            *_axes(scale, [label for label, _ in points]),
            *_baseline(scale, baseline),
            *_goal_line(goal_points),
            *_figures(scale, values),
            _legend(baseline is not None, bool(goal_points)),
            "</svg>",
        ]
    )


def _axes(scale: _Scale, labels: list[str]) -> list[str]:
    """Gridlines with the y axis's labels, and the periods along the bottom (at most 8)."""
    out = []
    for tick in range(5):
        v = scale.bottom + (scale.top - scale.bottom) * tick / 4
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{scale.y(v):.1f}" '
            f'y2="{scale.y(v):.1f}" stroke="#dddddd"/><text x="{LEFT - 6}" '
            f'y="{scale.y(v) + 4:.1f}" text-anchor="end">{_short(v)}</text>'
        )
    step = max(1, math.ceil(len(labels) / 8))
    for i, label in enumerate(labels):
        if i % step == 0 or i == len(labels) - 1:
            out.append(
                f'<text x="{scale.x(i):.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle">'
                f"{escape(label)}</text>"
            )
    return out


def _baseline(scale: _Scale, baseline: Decimal | None) -> list[str]:
    if baseline is None:
        return []
    y = scale.y(float(baseline))
    return [
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
        f'stroke="{BASELINE_COLOUR}" stroke-width="2" stroke-dasharray="8 5"/>'
    ]


def _goal_line(goal_points: list[tuple[float, float]]) -> list[str]:
    if not goal_points:
        return []
    return [_polyline(goal_points, TARGET_COLOUR, 'stroke-dasharray="2 4"')] + [
        f'<rect x="{px - 4:.1f}" y="{py - 4:.1f}" width="8" height="8" fill="{TARGET_COLOUR}"/>'
        for px, py in goal_points
    ]


def _figures(scale: _Scale, values: list[float]) -> list[str]:
    points = [(scale.x(i), scale.y(v)) for i, v in enumerate(values)]
    return [_polyline(points, FIGURE_COLOUR, "")] + [
        f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4.5" fill="{FIGURE_COLOUR}"/>'
        f'<text x="{px:.1f}" y="{py - 9:.1f}" text-anchor="middle" '
        f'font-weight="bold">{_short(value)}</text>'
        for (px, py), value in zip(points, values, strict=True)
    ]


def _polyline(points: list[tuple[float, float]], colour: str, extra: str) -> str:
    coordinates = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    return (
        f'<polyline points="{coordinates}" fill="none" stroke="{colour}" '
        f'stroke-width="2.5" {extra}/>'
    )


def _legend(has_baseline: bool, has_target: bool) -> str:
    entries = [("Figure", FIGURE_COLOUR, "")]
    if has_baseline:
        entries.append(("Baseline", BASELINE_COLOUR, 'stroke-dasharray="8 5"'))
    if has_target:
        entries.append(("Target", TARGET_COLOUR, 'stroke-dasharray="2 4"'))
    out, left, row = [], LEFT, HEIGHT - 22
    for label, colour, dash in entries:
        out.append(
            f'<line x1="{left}" x2="{left + 30}" y1="{row}" y2="{row}" stroke="{colour}" '
            f'stroke-width="2.5" {dash}/><text x="{left + 36}" y="{row + 4}">{label}</text>'
        )
        left += 130
    return "".join(out)


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for multiple in (1, 2, 2.5, 5, 10):
        if value <= multiple * magnitude:
            return multiple * magnitude
    return 10 * magnitude


def _short(value: float) -> str:
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"
