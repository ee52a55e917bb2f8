"""Indicators of partnership A with fixed figures; the cast comes from the root conftest."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cairn.accounts.factories import make_person
from cairn.accounts.models import Agency, Partnership, Role
from cairn.indicators.models import Indicator, IndicatorValue
from cairn.indicators.periods import Period


def make_indicator(
    partnership: Partnership, name: str = "Repeat MARAC cases", **fields
) -> Indicator:
    fields = {
        "unit": Indicator.Unit.PERCENTAGE,
        "direction": Indicator.Direction.LOWER,
        "baseline_value": Decimal(30),
        "baseline_period": "2015/16",
        "target_kind": Indicator.TargetKind.CHANGE,
        "target_value": Decimal(-10),
        "target_period": "2017/18",
        **fields,
    }
    return Indicator.objects.create(partnership=partnership, name=name, **fields)


def add_figures(indicator: Indicator, first: Period, figures: list) -> None:
    period, values = first, []
    for figure in figures:
        values.append(
            IndicatorValue(indicator=indicator, period=period.label, value=Decimal(figure))
        )
        period = period.next()
    IndicatorValue.objects.bulk_create(values)


@pytest.fixture
def indicator_a(partnership_a, police_a):
    indicator = make_indicator(partnership_a, owner_agency=police_a)
    add_figures(indicator, Period(2016, 1), [31, 29, 28, 27.5])
    return indicator


@pytest.fixture
def indicator_b(partnership_b):
    return make_indicator(partnership_b, "Partnership B's indicator")


@pytest.fixture
def contributor(partnership_a, police_a):
    """Partnership A's police data contributor (some modules define their own the same)."""
    return make_person(
        "data@a.example", "Dee Data", partnership_a, Role.DATA_CONTRIBUTOR, agency=police_a
    )


@pytest.fixture
def health_a(partnership_a):
    return Agency.objects.create(partnership=partnership_a, name="NHS Trust", short_name="NHS")
