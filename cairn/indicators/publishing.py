"""Indicators as the public may see them: figures about people with small numbers suppressed.

A count indicator's figures over the periods shown are counts of people (cases, referrals,
crimes): they are published as a one-way table with its total through
cairn/lib/suppression.py, so a small one is shown as "<5" and no hidden one can be worked
out from the total. A rate of a known population is a count in disguise (rate x population
/ base): it is hidden when that count is small. Internal pages show the true figures.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from cairn.indicators.models import Indicator
from cairn.indicators.trends import Trend
from cairn.lib.suppression import suppress

PERIODS_SHOWN = 8


def public_indicator(trend: Trend, threshold: int) -> dict[str, Any]:
    """Plain, JSON-ready figures of one indicator, suppressed for publication."""
    indicator = trend.indicator
    rows = trend.rows[-PERIODS_SHOWN:]
    figures = [row.figure for row in rows]
    total = None
    if indicator.unit == Indicator.Unit.COUNT and rows:
        publication = suppress([int(row.value) for row in rows], threshold)
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
    }


def _hidden_rate(value: Decimal, indicator: Indicator, threshold: int) -> bool:
    """Is the count behind a rate small enough to point at someone?"""
    base, population = indicator.rate_base, indicator.population
    if base is None or not population:  # not a rate, or one nobody can be counted behind
        return False
    count = value * population / base
    return 0 < count < threshold
