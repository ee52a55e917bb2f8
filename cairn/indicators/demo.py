"""Exampleshire's indicators: `add_demo_indicators(partnership)` after the demo plan is built.

Seven indicators with baselines and targets, six of them with the last six quarters of
figures, chosen so the statuses vary (met, on course, not met, no data).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction

from cairn.accounts.models import Partnership
from cairn.indicators.library import BY_KEY
from cairn.indicators.models import DataElement, DataSet, Indicator, IndicatorValue
from cairn.indicators.periods import Period
from cairn.plans.models import Action

# library key, owner (agency short name), population, baseline, target (kind, value, by
# in years after the baseline year), six quarterly figures (oldest first), actions it measures
DEMO = [
    # 40 cases per 10,000 adult women a year (SafeLives) is 10 a quarter.
    (
        "marac-cases-rate",
        "Police",
        312_000,
        "7.75",
        ("absolute", "10", 2),
        ["7.2", "8.1", "8.6", "9.3", "9.8", "10.4"],
        ["MARAC"],
    ),
    (
        "marac-repeat-rate",
        "Police",
        None,
        "42",
        ("change", "-15", 2),
        ["41", "40.5", "39", "38.2", "37.5", "36.9"],
        ["MARAC"],
    ),
    (
        "idva-referrals",
        "Women's Aid",
        None,
        "610",
        ("year_on_year", "10", None),
        ["150", "162", "171", "158", "170", "176"],
        ["IDVA"],
    ),
    (
        "da-incidents",
        "Police",
        None,
        "5200",
        ("year_on_year", "5", None),
        ["1390", "1420", "1310", "1365", "1402", "1395"],
        ["awareness"],
    ),
    (
        "da-charge-rate",
        "Police",
        None,
        "14",
        ("absolute", "20", 1),
        ["13.1", "12.7", "12.9", "13.4", "12.2", "12.8"],
        ["court"],
    ),
    (
        "self-referrals",
        "Women's Aid",
        None,
        "180",
        ("change", "15", 2),
        ["48", "52", "55", "61", "58", "66"],
        ["awareness", "campaign"],
    ),
    ("da-conviction-rate", "Police", None, "71", ("absolute", "75", 2), [], ["court"]),
]


def add_demo_indicators(partnership: Partnership, today: dt.date | None = None) -> list[Indicator]:
    """The demo's indicators, with figures for the six quarters before this one."""
    today = today or dt.date.today()
    if partnership.indicators.exists():
        return list(partnership.indicators.all())
    this_quarter = Period.containing(today)
    quarters = [this_quarter]
    for _ in range(6):
        quarters.insert(0, quarters[0].previous())
    quarters = quarters[:-1]  # the six before this one
    baseline = quarters[0].financial_year().previous()
    agencies = {a.short_name: a for a in partnership.agencies.all()}
    actions = list(Action.objects.filter(theme__plan__partnership=partnership))
    made = []
    with transaction.atomic():
        for key, owner, population, base, (kind, value, years), series, words in DEMO:
            starter = BY_KEY[key]
            indicator = Indicator.objects.create(
                partnership=partnership,
                name=starter.name,
                definition=starter.definition,
                unit=starter.unit,
                direction=starter.direction,
                data_source=starter.data_source,
                population=population,
                population_description=starter.population_description,
                population_year=today.year - 1 if population else None,
                baseline_value=Decimal(base),
                baseline_period=baseline.label,
                target_kind=kind,
                target_value=Decimal(value),
                target_period=Period(baseline.year + years).label if years else "",
                owner_agency=agencies.get(owner),
            )
            annual_baseline = starter.unit == Indicator.Unit.COUNT
            if annual_baseline:  # counts have a yearly baseline: make it a quarter's worth
                indicator.baseline_value = Decimal(base) / 4
                indicator.save(update_fields=["baseline_value"])
            IndicatorValue.objects.bulk_create(
                IndicatorValue(indicator=indicator, period=q.label, value=Decimal(v))
                for q, v in zip(quarters[: len(series)], series, strict=True)
            )
            indicator.actions.set(
                [a for a in actions if any(w.lower() in a.title.lower() for w in words)]
            )
            made.append(indicator)
    return made


# code, name, part of (code)
POLICE_RETURN = [
    ("incidents_and_crimes", "Domestic abuse-related incidents and crimes", None),
    ("crimes", "Domestic abuse-related crimes", "incidents_and_crimes"),
    ("crimes_with_outcome", "Domestic abuse-related crimes given an outcome", None),
    ("charged", "Of those, charged or summonsed", "crimes_with_outcome"),
]


def add_demo_data_set(partnership: Partnership, today: dt.date | None = None) -> DataSet:
    """The police's quarterly return, starting last quarter, so one return is due from the
    demo's data contributor; the charge rate indicator is computed from it."""
    today = today or dt.date.today()
    existing = partnership.data_sets.first()
    if existing:
        return existing
    with transaction.atomic():
        data_set = DataSet.objects.create(
            partnership=partnership,
            name="Police quarterly domestic abuse return",
            description="Incidents, crimes and outcomes the police record as domestic "
            "abuse-related, each quarter.",
            first_period=Period.containing(today).previous().label,
        )
        data_set.agencies.set(partnership.agencies.filter(short_name="Police"))
        elements: dict[str, DataElement] = {}
        for order, (code, name, part_of) in enumerate(POLICE_RETURN, start=1):
            elements[code] = DataElement.objects.create(
                data_set=data_set,
                code=code,
                name=name,
                part_of=elements.get(part_of or ""),
                order=order,
            )
        partnership.indicators.filter(name__startswith="Charge rate").update(
            numerator=elements["charged"], denominator=elements["crimes_with_outcome"]
        )
    return data_set


# Last year's Part 4 return from Exampleshire Women's Aid, the refuge and sanctuary provider.
PART4_FIGURES = {
    "households_refuge": 24,
    "adults_refuge": 24,
    "children_refuge": 31,
    "households_dispersed": 9,
    "adults_dispersed": 9,
    "children_dispersed": 14,
    "households_sanctuary": 38,
    "adults_sanctuary": 40,
    "children_sanctuary": 52,
    "adults_women": 68,
    "adults_men": 4,
    "adults_trans": 1,
    "char_black_minoritised": 29,
    "char_disabled": 17,
    "char_lgbt": 6,
    "char_mental_health": 33,
    "char_substance": 11,
    "char_nrpf": 3,
    "not_supported_no_space": 41,
    "not_supported_needs": 8,
    "not_supported_eligibility": 5,
    "not_supported_declined": 7,
    "ended_no_longer_needed": 21,
    "ended_moved_on": 14,
    "ended_left": 5,
    "ended_asked_to_leave": 2,
}


def add_demo_part4(partnership: Partnership, today: dt.date | None = None) -> DataSet | None:
    """The Part 4 safe accommodation return, with last financial year's figures from the
    Women's Aid provider approved, so its figures page has something to show; and the
    ready-made breakdowns (age band, sex, ethnicity). Nothing when it is there already."""
    # Imported here: the demo is the only place that needs the Part 4 and return modules.
    from cairn.indicators import breakdowns, part4, returns

    today = today or dt.date.today()
    provider = partnership.agencies.filter(short_name="Women's Aid").first()
    coordinator = partnership.memberships.filter(role="coordinator").first()
    if partnership.data_sets.filter(name=part4.NAME).exists() or not provider or not coordinator:
        return None
    year = Period.containing(today, quarterly=False).previous()
    with transaction.atomic():
        for name in breakdowns.PRESETS:
            if not partnership.disaggregations.filter(name=name).exists():
                breakdowns.create_preset(partnership, name, by=coordinator.user)
        data_set = part4.create_part4_data_set(partnership, [provider], year, by=coordinator.user)
        figures = {code: str(PART4_FIGURES.get(code, 0)) for code, _ in part4.ELEMENTS}
        saved, checked = returns.submit(
            data_set, provider, year, figures, {}, coordinator.user, today
        )
        if saved is None:
            raise ValueError(f"The demo's Part 4 figures do not pass: {checked.errors}")
        returns.approve(saved, by=coordinator.user)
    return data_set
