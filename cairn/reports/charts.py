"""Charts drawn on the server with matplotlib: SVG for pages, PNG for documents.

Colour is never the only signal: every status has its own hatching, bars carry their
counts, and the legend names each status. Pages embed the SVG with a <title> and <desc>
and show the same figures in a table.
"""

from __future__ import annotations

import io
import re
import textwrap
from html import escape

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from cairn.reports.data import NO_STATUS, ReportData  # noqa: E402

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

matplotlib.rcParams.update(
    {"svg.hashsalt": "cairn", "svg.fonttype": "none", "font.family": "DejaVu Sans"}
)


def status_by_theme(data: ReportData) -> Figure:
    """Stacked horizontal bars: one bar per theme, one segment per status."""
    themes = data.theme_counts
    labels = data.labels
    styles = data.status_by_label
    height = max(2.2, 0.55 * len(themes) + 1.4)
    figure, axes = plt.subplots(figsize=(8, height))
    names = [textwrap.shorten(name, 45, placeholder="…") for name, _ in themes]
    positions = range(len(themes))
    left = [0] * len(themes)
    for n, label in enumerate(labels):
        values = [counts[label] for _, counts in themes]
        fill, text_colour = FILLS.get(styles[label].colour, FILLS["grey"])
        bars = axes.barh(
            positions,
            values,
            left=left,
            color=fill,
            edgecolor="black",
            linewidth=0.6,
            hatch=HATCHES[n % len(HATCHES)],
            label=label,
        )
        for bar, value in zip(bars, values, strict=True):
            if value:
                axes.text(
                    bar.get_x() + bar.get_width() / 2,
                    bar.get_y() + bar.get_height() / 2,
                    str(value),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color=text_colour,
                    fontweight="bold",
                    bbox={"boxstyle": "round,pad=0.15", "fc": fill, "ec": "none"},
                )
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(list(positions), names)
    axes.invert_yaxis()
    axes.set_xlabel("Number of actions")
    axes.set_title("Actions by status in each theme")
    axes.spines[["top", "right"]].set_visible(False)
    if labels:
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=4, frameon=False)
    # savefig(bbox_inches="tight") makes room for the legend below the axes.
    figure.tight_layout()
    return figure


def describe(data: ReportData) -> str:
    """The chart in words: its text alternative."""
    parts = []
    for theme, counts in data.theme_counts:
        figures = ", ".join(f"{label} {n}" for label, n in counts.items() if n) or "no actions"
        parts.append(f"{theme}: {figures}.")
    return " ".join(parts) or "The plan has no themes yet."


def png(data: ReportData) -> bytes:
    figure = status_by_theme(data)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=150, bbox_inches="tight")
    plt.close(figure)
    return buffer.getvalue()


def svg(data: ReportData, chart_id: str = "status-by-theme-chart") -> str:
    """An SVG element to embed inline, with a title and description for assistive technology."""
    figure = status_by_theme(data)
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    plt.close(figure)
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    title = "Actions by status in each theme"
    accessible = (
        f'<svg role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'focusable="false" class="cairn-chart__svg"'
    )
    text = text.replace("<svg", accessible, 1)
    text = re.sub(
        r"(<svg[^>]*>)",
        lambda m: (
            f'{m.group(1)}<title id="{chart_id}-title">{escape(title)}</title>'
            f'<desc id="{chart_id}-desc">{escape(describe(data))}</desc>'
        ),
        text,
        count=1,
    )
    # Fixed sizes would overflow small screens; the viewBox keeps the proportions.
    text = re.sub(r'(<svg[^>]*?) width="[^"]*" height="[^"]*"', r"\1", text, count=1)
    return without_inline_styles(text)


def without_inline_styles(text: str) -> str:
    """The SVG with its style attributes and <style> element as presentation attributes.

    The Content-Security-Policy allows no inline styles (style-src 'self'), and the chart is
    inline on the dashboard; every property matplotlib writes (fill, stroke, font-size, ...)
    is also an SVG presentation attribute, which the policy does not touch. The <style>
    element's one rule (round joins, butt caps for everything) becomes attributes on the <svg>
    element, which its children inherit unless they set their own.
    """

    def attributes(match: re.Match) -> str:
        pairs = (part.split(":", 1) for part in match.group(1).split(";") if ":" in part)
        return " ".join(f'{name.strip()}="{value.strip()}"' for name, value in pairs)

    text = re.sub(r'<style type="text/css">[^<]*</style>', "", text)
    text = re.sub(
        r"(<svg\b[^>]*)>", r'\1 stroke-linejoin="round" stroke-linecap="butt">', text, count=1
    )
    return re.sub(r'style="([^"]*)"', attributes, text)


__all__ = ["NO_STATUS", "describe", "png", "status_by_theme", "svg"]
