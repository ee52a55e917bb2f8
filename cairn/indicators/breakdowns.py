"""Disaggregations: data elements broken down by age band, sex, ethnicity or any other way
the partnership chooses.

A partnership keeps its ways of breaking figures down (`Disaggregation`: a name and its
categories). Breaking an element down by one adds a part for each category: an ordinary
data element (`part_of` the whole, with `breakdown` and `category` set), so the form, the
template, the checks and the history treat it like any other figure. The checks then also
refuse parts of one breakdown that add up to more than their whole
(indicators/validation.py).

`breakdown_figures` gives the approved totals of each part by period, for the public
tables (indicators/publishing.py suppresses them together, as linked tables).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils.text import slugify

from cairn.accounts.models import Partnership, User
from cairn.indicators.models import DataElement, DataReturn, DataValue, Disaggregation

# Offered when a partnership sets up its breakdowns; each can be edited.
PRESETS: dict[str, list[str]] = {
    "Age band": [
        "16-17",
        "18-24",
        "25-34",
        "35-44",
        "45-54",
        "55-64",
        "65 and over",
        "Not known",
    ],
    "Sex": ["Female", "Male", "Not known"],
    # The ONS's five high-level ethnic groups (2021 Census).
    "Ethnicity": [
        "Asian or Asian British",
        "Black, Black British, Caribbean or African",
        "Mixed or multiple ethnic groups",
        "White",
        "Other ethnic group",
        "Not known",
    ],
}


class BreakdownRefused(ValueError):
    """An element that cannot be broken down that way."""


def part_code(element: DataElement, breakdown: Disaggregation, category: str) -> str:
    """'cases' by 'Age band', '18-24' -> 'cases__age-band__18-24' (at most 60 characters)."""
    return f"{element.code}__{slugify(breakdown.name)}__{slugify(category)}"[:60]


@transaction.atomic
def break_down(element: DataElement, breakdown: Disaggregation, by: User) -> list[DataElement]:
    """Add a part of `element` for each of the breakdown's categories."""
    if element.breakdown_id is not None:
        raise BreakdownRefused(f"“{element.name}” is already a part of a breakdown.")
    if element.kind != DataElement.Kind.COUNT:
        raise BreakdownRefused("Only counts are broken down: a part of a figure is a count.")
    if element.parts.filter(breakdown=breakdown).exists():
        raise BreakdownRefused(f"“{element.name}” is already broken down by {breakdown}.")
    categories = breakdown.category_list()
    codes = [part_code(element, breakdown, category) for category in categories]
    taken = set(element.data_set.elements.filter(code__in=codes).values_list("code", flat=True))
    if taken or len(set(codes)) != len(codes):
        raise BreakdownRefused(
            "Two categories, or a category and an element, would share a short name: "
            "rename one of the categories."
        )
    parts = []
    for category, code in zip(categories, codes, strict=True):
        part = DataElement(
            data_set=element.data_set,
            code=code,
            name=f"{element.name}: {category}",
            definition=f"Of “{element.name}”, those in the {breakdown.name.lower()} {category}.",
            part_of=element,
            breakdown=breakdown,
            category=category,
            order=element.order,
        )
        part._history_user = by  # type: ignore[attr-defined]
        part.save()
        parts.append(part)
    return parts


def create_preset(partnership: Partnership, name: str, by: User) -> Disaggregation:
    """Add a ready-made breakdown; where the partnership has it already (a double submit,
    or two coordinators at once) the one it has is returned, unchanged."""
    breakdown = Disaggregation(
        partnership=partnership, name=name, categories="\n".join(PRESETS[name])
    )
    breakdown._history_user = by  # type: ignore[attr-defined]
    try:
        with transaction.atomic():
            breakdown.save()
    except IntegrityError:  # the name is taken: made meanwhile by the other request
        return Disaggregation.objects.get(partnership=partnership, name=name)
    return breakdown


@dataclass(frozen=True)
class BreakdownFigures:
    """An element's approved totals by one breakdown: {period label: count per category}."""

    breakdown: Disaggregation
    categories: list[str]
    by_period: dict[str, list[int]]


def breakdown_figures(element_id: int, periods: list[str]) -> list[BreakdownFigures]:
    """The approved totals of the element's parts in each period, breakdown by breakdown
    (two queries)."""
    parts = list(
        DataElement.objects.filter(part_of_id=element_id, breakdown__isnull=False)
        .select_related("breakdown")
        .order_by("breakdown__name", "order", "pk")
    )
    if not parts:
        return []
    totals: dict[tuple[int, str], Decimal] = {
        (element, period): total
        for element, period, total in DataValue.objects.filter(
            element__in=parts,
            data_return__period__in=periods,
            data_return__state=DataReturn.State.APPROVED,
        )
        .values_list("element_id", "data_return__period")
        .annotate(total=Sum("value"))
        .values_list("element_id", "data_return__period", "total")
    }
    grouped: dict[int, list[DataElement]] = defaultdict(list)
    for part in parts:
        grouped[part.breakdown_id].append(part)  # type: ignore[index]
    found = []
    for group in grouped.values():
        by_period = {
            period: [int(totals.get((part.pk, period), 0)) for part in group] for period in periods
        }
        found.append(
            BreakdownFigures(group[0].breakdown, [p.category for p in group], by_period)  # type: ignore[arg-type]
        )
    return found
