"""Recording an indicator's figures."""

from __future__ import annotations

from decimal import Decimal

from cairn.accounts.models import User
from cairn.indicators.models import Indicator, IndicatorValue
from cairn.indicators.periods import Period


def record_value(
    indicator: Indicator, period: Period, value: Decimal, note: str, by: User
) -> IndicatorValue:
    """Save the figure for the period, replacing one recorded before (history keeps it)."""
    found = IndicatorValue.objects.filter(indicator=indicator, period=period.label).first()
    found = found or IndicatorValue(indicator=indicator, period=period.label)
    found.value, found.note = value, note
    found._history_user = by  # type: ignore[attr-defined]
    found.save()
    return found
