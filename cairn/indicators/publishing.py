"""Indicators as the public may see them: figures about people with small numbers suppressed.

A count indicator's figures over the periods shown are counts of people (cases, referrals,
crimes): they are published as a one-way table with its total through
cairn/lib/suppression.py, so a small one is shown as "<5" and no hidden one can be worked
out from the total. When the count is computed from a data element broken down (by age
band, sex ...), each breakdown is published too, as a table of periods by category; the
tables share their period totals, so they are suppressed together (`suppress_linked`) and
the period figures are those tables' totals. A category column "Not recorded" holds what the
parts leave of the whole, so every table adds up to the published figures.

A rate of a known population is a count in disguise (rate x population / base): it is
hidden when that count is small. With the partnership's "round to 5" setting every count
shown is rounded to the nearest 5 after suppression. Internal pages show the true figures.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

from cairn.indicators.breakdowns import BreakdownFigures, breakdown_figures
from cairn.indicators.models import Indicator
from cairn.indicators.trends import Row, Trend
from cairn.lib.spreadsheets import safe_text
from cairn.lib.suppression import suppress, suppress_linked

PERIODS_SHOWN = 8
NOT_RECORDED = "Not recorded"


def public_indicator(trend: Trend, threshold: int, base: int = 1) -> dict[str, Any]:
    """Plain, JSON-ready figures of one indicator, suppressed (and rounded to `base`) for
    publication. A count from a broken-down element brings its breakdown tables."""
    indicator = trend.indicator
    rows = trend.rows[-PERIODS_SHOWN:]
    figures = [row.figure for row in rows]
    total, tables = None, []
    if indicator.unit == Indicator.Unit.COUNT and rows:
        found = _breakdowns(indicator, rows)
        if found:
            figures, total, tables = _linked(rows, found, threshold, base)
        else:
            publication = suppress([int(row.value) for row in rows], threshold, base=base)
            figures = [publication.shown((i,)) for i in range(len(rows))]
            total = publication.shown((None,))
    elif indicator.is_rate and indicator.population:
        figures = [
            f"<{threshold}" if _hidden_rate(row.value, indicator, threshold) else row.figure
            for row in rows
        ]
    return {
        "name": indicator.name,
        "definition": indicator.definition,
        "unit": indicator.unit_text() if indicator.population or not indicator.is_rate else "",
        "direction": indicator.get_direction_display(),
        "target": indicator.target_text(),
        "status": trend.assessment.status.label,
        "status_code": str(trend.assessment.status),
        "figures": [
            {"period": row.period.long_label, "figure": figure}
            for row, figure in zip(rows, figures, strict=True)
        ],
        "total": total,
        "breakdowns": tables,
        "rounded": base > 1,
    }


def _breakdowns(indicator: Indicator, rows: list[Row]) -> list[BreakdownFigures]:
    """The numerator element's breakdowns, when every period's parts fit in its figure."""
    if indicator.numerator_id is None:
        return []
    found = breakdown_figures(indicator.numerator_id, [row.period.label for row in rows])
    for figures in found:
        for row in rows:
            if sum(figures.by_period[row.period.label]) > row.value:
                return []  # a figure typed in by hand that its parts do not fit: not shown
    return found


def _linked(
    rows: list[Row], found: list[BreakdownFigures], threshold: int, base: int
) -> tuple[list[str], str, list[dict[str, Any]]]:
    margins = []
    for figures in found:
        margin = []
        for row in rows:
            parts = figures.by_period[row.period.label]
            margin.append([*parts, int(row.value) - sum(parts)])
        margins.append(margin)
    linked = suppress_linked(margins, threshold, base=base)
    tables = []
    for d, figures in enumerate(found):
        grid = linked.table(d)
        tables.append(
            {
                "name": figures.breakdown.name,
                "categories": [*figures.categories, NOT_RECORDED],
                "rows": [
                    {"period": row.period.long_label, "cells": cells}
                    for row, cells in zip(rows, grid, strict=False)
                ],
                "total": grid[-1],
            }
        )
    return [linked.total(i) for i in range(len(rows))], linked.total(None), tables


def _hidden_rate(value: Decimal, indicator: Indicator, threshold: int) -> bool:
    """Is the count behind a rate small enough to point at someone?"""
    base, population = indicator.rate_base, indicator.population
    if base is None or not population:  # not a rate, or one nobody can be counted behind
        return False
    count = value * population / base
    return 0 < count < threshold


PUBLIC_CSV_COLUMNS = ["indicator", "breakdown", "category", "period", "figure", "unit", "note"]


def public_csv(indicators: list[dict[str, Any]], threshold: int) -> bytes:
    """The published indicators (as `public_indicator` made them) as one long CSV: a row
    per figure, then a row per breakdown cell. Nothing here is not on the public page."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(PUBLIC_CSV_COLUMNS)
    for item in indicators:
        note = _note(item, threshold)
        for figure in item["figures"]:
            writer.writerow(
                _safe(
                    [item["name"], "", "", figure["period"], figure["figure"], item["unit"], note]
                )
            )
        if item.get("total") is not None:
            writer.writerow(
                _safe(
                    [item["name"], "", "", "All periods shown", item["total"], item["unit"], note]
                )
            )
        for table in item.get("breakdowns", []):
            periods = [row["period"] for row in table["rows"]] + ["All periods shown"]
            grids = [row["cells"] for row in table["rows"]] + [table["total"]]
            for period, cells in zip(periods, grids, strict=True):
                for category, text in zip([*table["categories"], "All"], cells, strict=True):
                    writer.writerow(
                        _safe(
                            [
                                item["name"],
                                table["name"],
                                category,
                                period,
                                text,
                                item["unit"],
                                note,
                            ]
                        )
                    )
    return buffer.getvalue().encode("utf-8-sig")


def _note(item: dict[str, Any], threshold: int) -> str:
    rounded = " Counts are rounded to the nearest 5." if item.get("rounded") else ""
    return (
        f"<{threshold}: fewer than {threshold}, hidden to protect the people counted; [c]: "
        f"hidden so that a small count cannot be worked out.{rounded}"
    )


def _safe(row: list[Any]) -> list[str]:
    return [safe_text("" if value is None else str(value)) for value in row]
