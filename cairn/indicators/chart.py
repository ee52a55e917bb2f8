"""An indicator's trend chart: a small SVG drawn on the server, cached by its figures.

Lines differ in pattern as well as colour (figures solid with round markers, baseline
dashed, target dotted with square markers), the legend names each, and pages show the same
figures in a table beside the chart.
"""

from __future__ import annotations

import math
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
    top = _nice_ceiling(max(values + extras + [1.0]) * 1.1)
    bottom = min(0.0, *values, *extras)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(i: int) -> float:
        return LEFT + (plot_w * (i + 0.5) / len(points))

    def y(v: float) -> float:
        return TOP + plot_h * (1 - (v - bottom) / ((top - bottom) or 1))

    out = [
        f'<svg role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false" '
        f'class="cairn-chart__svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">',
        f'<title id="{chart_id}-title">{escape(title)}: trend</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
    for tick in range(5):  # gridlines and y labels
        v = bottom + (top - bottom) * tick / 4
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
            f'stroke="#dddddd"/><text x="{LEFT - 6}" y="{y(v) + 4:.1f}" '
            f'text-anchor="end">{_short(v)}</text>'
        )
    step = max(1, math.ceil(len(points) / 8))
    for i, (label, _) in enumerate(points):
        if i % step == 0 or i == len(points) - 1:
            out.append(
                f'<text x="{x(i):.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle">'
                f"{escape(label)}</text>"
            )
    if baseline is not None:
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(float(baseline)):.1f}" '
            f'y2="{y(float(baseline)):.1f}" stroke="{BASELINE_COLOUR}" stroke-width="2" '
            f'stroke-dasharray="8 5"/>'
        )
    goal_points = [(x(i), y(float(g))) for i, g in enumerate(goals) if g is not None]
    if goal_points:
        out.append(_polyline(goal_points, TARGET_COLOUR, 'stroke-dasharray="2 4"'))
        out.extend(
            f'<rect x="{px - 4:.1f}" y="{py - 4:.1f}" width="8" height="8" fill="{TARGET_COLOUR}"/>'
            for px, py in goal_points
        )
    figure_points = [(x(i), y(v)) for i, v in enumerate(values)]
    out.append(_polyline(figure_points, FIGURE_COLOUR, ""))
    for (px, py), (_, value) in zip(figure_points, points, strict=True):
        out.append(
            f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4.5" fill="{FIGURE_COLOUR}"/>'
            f'<text x="{px:.1f}" y="{py - 9:.1f}" text-anchor="middle" '
            f'font-weight="bold">{_short(float(value))}</text>'
        )
    out.append(_legend(baseline is not None, bool(goal_points)))
    out.append("</svg>")
    return "".join(out)


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
