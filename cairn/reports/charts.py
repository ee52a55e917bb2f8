"""Charts drawn with matplotlib for documents (PNG in docx and PDF). Pages draw the same
chart from an SVG template (`chart_layout.py`), which costs no matplotlib.

Colour is never the only signal: every status has its own hatching, bars carry their
counts, and the legend names each status. Pages embed the SVG with a <title> and <desc>
and show the same figures in a table.
"""

from __future__ import annotations

import io
import textwrap

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from cairn.reports.chart_layout import FILLS, HATCHES, describe  # noqa: E402
from cairn.reports.data import NO_STATUS, ReportData  # noqa: E402

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


def png(data: ReportData) -> bytes:
    figure = status_by_theme(data)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=150, bbox_inches="tight")
    plt.close(figure)
    return buffer.getvalue()


__all__ = ["FILLS", "HATCHES", "NO_STATUS", "describe", "png", "status_by_theme"]
