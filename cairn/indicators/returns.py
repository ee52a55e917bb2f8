"""Data returns: what each agency owes, submitting figures, and indicators computed from them.

Submitting checks everything first (indicators/validation.py) and saves nothing unless all
of it is right. An approved return is locked: a second submission for its period is
refused until a coordinator unlocks it, with a reason.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from cairn.accounts.models import Agency, Partnership, User
from cairn.indicators.models import DataElement, DataReturn, DataSet, DataValue, Indicator
from cairn.indicators.periods import Period
from cairn.indicators.recording import record_value
from cairn.indicators.sheets import ExpectedRow
from cairn.indicators.validation import Checked, ElementRule, check_values

HUNDRED = Decimal(100)


class ReturnRefused(ValueError):
    """A submission that cannot be taken at all (a locked or future period)."""


@dataclass(frozen=True)
class Due:
    data_set: DataSet
    agency: Agency
    period: Period
    state: str | None  # None: not started; "returned": sent back for changes

    @property
    def state_label(self) -> str:
        return "Returned for changes" if self.state == DataReturn.State.RETURNED else "Not started"


def returns_due(partnership: Partnership, agency: Agency | None, today: dt.date) -> list[Due]:
    """The returns `agency` owes: each period that has ended since its data sets began,
    not yet submitted or approved. Two queries, however many periods."""
    if agency is None:
        return []
    data_sets = list(DataSet.objects.filter(partnership=partnership, agencies=agency))
    done = defaultdict(dict)
    for data_set_id, period, state in DataReturn.objects.filter(
        data_set__in=data_sets, agency=agency
    ).values_list("data_set_id", "period", "state"):
        done[data_set_id][period] = state
    due = []
    for data_set in data_sets:
        for period in data_set.periods_until(today):
            state = done[data_set.pk].get(period.label)
            if state in (None, DataReturn.State.RETURNED):
                due.append(Due(data_set, agency, period, state))
    return due


def rules_for(data_set: DataSet, agency: Agency, period: Period) -> list[ElementRule]:
    """The elements' checks, each with the agency's approved figures before `period`."""
    elements = list(data_set.elements.select_related("part_of", "breakdown"))
    history = defaultdict(list)
    for element_id, value in (
        DataValue.objects.filter(
            data_return__data_set=data_set,
            data_return__agency=agency,
            data_return__state=DataReturn.State.APPROVED,
            data_return__period__lt=period.label,
        )
        .order_by("data_return__period")
        .values_list("element_id", "value")
    ):
        history[element_id].append(value)
    return [
        ElementRule(
            code=element.code,
            name=element.name,
            is_count=element.kind == DataElement.Kind.COUNT,
            minimum=element.minimum,
            maximum=element.maximum,
            part_of=element.part_of.code if element.part_of else None,
            breakdown=element.breakdown.name if element.breakdown else None,
            history=tuple(history[element.pk]),
        )
        for element in elements
    ]


def expected_rows(data_set: DataSet, agency: Agency, period: Period) -> list[ExpectedRow]:
    """The template's rows, with figures already given (a returned return) filled in."""
    existing = {
        v.element_id: v
        for v in DataValue.objects.filter(
            data_return__data_set=data_set,
            data_return__agency=agency,
            data_return__period=period.label,
        )
    }
    rows = []
    for element in data_set.elements.all():
        value = existing.get(element.pk)
        rows.append(
            ExpectedRow(
                period.label,
                agency.name,
                element.code,
                element.name,
                _plain(value.value) if value else "",
                value.comment if value else "",
            )
        )
    return rows


def check_submission(data_set: DataSet, agency: Agency, period: Period, today: dt.date) -> None:
    """Refuse a return that cannot be taken whatever its figures."""
    if period.is_quarter != data_set.is_quarterly:
        kind = "quarters such as 2016/17 Q1" if data_set.is_quarterly else "years such as 2016/17"
        raise ReturnRefused(f"{data_set} is returned for {kind}, not {period}.")
    if not period.has_ended(today):
        raise ReturnRefused(
            f"{period} has not ended yet: its return can be submitted from "
            f"{(period.ends_on + dt.timedelta(days=1)):%-d %B %Y}."
        )
    if period < Period.parse(data_set.first_period):
        raise ReturnRefused(f"{data_set} starts in {data_set.first_period}.")
    locked = DataReturn.objects.filter(
        data_set=data_set, agency=agency, period=period.label, state=DataReturn.State.APPROVED
    ).exists()
    if locked:
        raise ReturnRefused(
            f"{agency}'s {period} return is approved and locked. Ask the coordinator to unlock "
            "it if a figure must change."
        )


@transaction.atomic
def submit(
    data_set: DataSet,
    agency: Agency,
    period: Period,
    raw: dict[str, str],
    comments: dict[str, str],
    by: User,
    today: dt.date,
) -> tuple[DataReturn | None, Checked]:
    """Check and save the figures; with any error, nothing is saved and the return is None."""
    check_submission(data_set, agency, period, today)
    checked = check_values(rules_for(data_set, agency, period), raw, comments)
    if checked.errors:
        return None, checked
    data_return = (
        DataReturn.objects.select_for_update()
        .filter(data_set=data_set, agency=agency, period=period.label)
        .first()
    )
    if data_return is not None and data_return.is_locked:  # approved meanwhile
        raise ReturnRefused(f"{agency}'s {period} return was approved meanwhile and is locked.")
    data_return = data_return or DataReturn(data_set=data_set, agency=agency, period=period.label)
    data_return.state = DataReturn.State.SUBMITTED
    data_return.submitted_by, data_return.submitted_at = by, timezone.now()
    data_return._history_user = by  # type: ignore[attr-defined]
    data_return.save()
    elements = {e.code: e for e in data_set.elements.all()}
    existing = {v.element_id: v for v in data_return.values.all()}
    for code, number in checked.values.items():
        value = existing.get(elements[code].pk) or DataValue(
            data_return=data_return, element=elements[code]
        )
        value.value, value.comment = number, (comments.get(code) or "").strip()
        value._history_user = by  # type: ignore[attr-defined]
        value.save()
    return data_return, checked


@transaction.atomic
def approve(data_return: DataReturn, by: User) -> list[Indicator]:
    data_return.approve(by)
    return recompute_indicators(data_return.data_set, Period.parse(data_return.period), by)


@transaction.atomic
def unlock(data_return: DataReturn, by: User, reason: str) -> list[Indicator]:
    data_return.unlock(by, reason)
    return recompute_indicators(data_return.data_set, Period.parse(data_return.period), by)


def recompute_indicators(data_set: DataSet, period: Period, by: User) -> list[Indicator]:
    """Indicators computed from the data set's elements, from the period's approved
    returns: a count is the total; a percentage a / b x 100; a rate a / population x base."""
    totals = dict(
        DataValue.objects.filter(
            data_return__data_set=data_set,
            data_return__period=period.label,
            data_return__state=DataReturn.State.APPROVED,
        )
        .values_list("element_id")
        .annotate(total=Sum("value"))
        .values_list("element_id", "total")
    )
    approved = data_set.returns.filter(period=period.label, state=DataReturn.State.APPROVED)
    agencies = data_set.agencies.count()
    note = f"From {approved.count()} of {agencies} agencies' approved returns."
    changed = []
    for indicator in Indicator.objects.filter(numerator__data_set=data_set):
        figure = derived_figure(indicator, totals)
        if figure is None:
            indicator.values.filter(period=period.label).delete()
            continue
        record_value(indicator, period, figure, note, by=by)
        changed.append(indicator)
    return changed


def derived_figure(indicator: Indicator, totals: dict[int, Decimal]) -> Decimal | None:
    """The indicator's figure from element totals, or None when it cannot be computed."""
    a = totals.get(indicator.numerator_id)
    if a is None:
        return None
    if indicator.unit == Indicator.Unit.PERCENTAGE:
        b = totals.get(indicator.denominator_id)
        return None if not b else (a / b * HUNDRED).quantize(Decimal("0.01"))
    if indicator.is_rate:
        base, population = indicator.rate_base, indicator.population
        if base is None or not population:
            return None
        return (a / population * base).quantize(Decimal("0.01"))
    return a


def _plain(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class Completeness:
    """One data set's returns by agency and period, for the coordinator."""

    data_set: DataSet
    periods: list[Period]  # the most recent first
    rows: list[tuple[Agency, list[str | None]]]  # each agency's state per period (None: missing)
    on_time_rate: int | None  # per cent of returns submitted within 30 days of period end


def completeness(partnership: Partnership, today: dt.date, periods: int = 4) -> list[Completeness]:
    """The last `periods` periods of every data set: three queries in all."""
    data_sets = list(DataSet.objects.filter(partnership=partnership).prefetch_related("agencies"))
    states: dict[tuple[int, int, str], DataReturn] = {
        (r.data_set_id, r.agency_id, r.period): r
        for r in DataReturn.objects.filter(data_set__in=data_sets).only(
            "data_set_id", "agency_id", "period", "state", "submitted_at"
        )
    }
    found = []
    for data_set in data_sets:
        recent = list(reversed(data_set.periods_until(today)))[:periods]
        rows, due, on_time = [], 0, 0
        for agency in data_set.agencies.all():
            cells = []
            for period in recent:
                data_return = states.get((data_set.pk, agency.pk, period.label))
                cells.append(data_return.state if data_return else None)
                deadline = period.ends_on + dt.timedelta(days=ON_TIME_DAYS)
                submitted = data_return.submitted_at if data_return else None
                if submitted or deadline < today:  # a return still in time is not late yet
                    due += 1
                    on_time += bool(submitted and submitted.date() <= deadline)
            rows.append((agency, cells))
        rate = round(100 * on_time / due) if due else None
        found.append(Completeness(data_set, recent, rows, rate))
    return found


# A return is on time when submitted within this many days of its period's end.
ON_TIME_DAYS = 30


# ---------------------------------------------------------------- changing a data set


class DataSetInUse(ValueError):
    """A change the data set's returns do not allow."""


def returns_of(data_set: DataSet) -> list[DataReturn]:
    """Every return made for the data set, newest period first (one query)."""
    return list(data_set.returns.select_related("agency").order_by("-period", "agency__name"))


def check_deletable(data_set: DataSet, made: list[DataReturn]) -> None:
    """A return is what a partner agency sent: their record, and (once approved) the
    figures indicators and returns to government are made from. A data set with any
    return, approved or not, is kept; only one nobody has returned yet can be deleted."""
    if made:
        listed = ", ".join(f"{r.agency} {r.period}" for r in made[:5])
        more = f" and {len(made) - 5} more" if len(made) > 5 else ""
        raise DataSetInUse(
            f"“{data_set}” cannot be deleted: agencies have sent {len(made)} return"
            f"{'s' if len(made) != 1 else ''} for it ({listed}{more}). Returns are the "
            "partners' records, so Cairn keeps them: keep the data set, or change which "
            "agencies return it."
        )


@transaction.atomic
def delete_data_set(data_set: DataSet, by: User) -> None:
    """Delete a data set no agency has returned, with its elements."""
    check_deletable(data_set, returns_of(data_set))
    data_set._history_user = by  # type: ignore[attr-defined]
    data_set.delete()


def check_edit(data_set: DataSet, frequency: str, first_period: str) -> None:
    """Once returns exist, the periods they were made for must keep their meaning."""
    if not data_set.pk or not data_set.returns.exists():
        return
    if frequency != data_set.frequency or first_period != data_set.first_period:
        raise DataSetInUse(
            "Agencies have already made returns for this data set, so its frequency and first "
            "period cannot change. Create a new data set for the new periods."
        )
