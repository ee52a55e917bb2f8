"""Indicators with their figures; data returns with their values; and a data contributor's
submission of their agency's return, checked and saved by the return form's own form and
domain function (indicators/forms.py ReturnForm, indicators/returns.py submit). Everything
goes through the indicators app's own access helpers (indicators/access.py)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from ninja import Query, Router, Schema
from pydantic import Field, PlainValidator, WithJsonSchema

from cairn.accounts.access import get_partnership_for_user, partnerships_for
from cairn.accounts.models import Agency
from cairn.api.api import problems
from cairn.api.changes import (
    GIVES_VERSION,
    NEEDS_VERSION,
    content_version,
    expected_version,
    with_version,
)
from cairn.api.items import Named
from cairn.api.paging import Paging, page
from cairn.api.problems import FieldError, Problem, form_errors
from cairn.api.schemas import Strict, page_of
from cairn.indicators import returns
from cairn.indicators.access import (
    get_data_set_for_user,
    get_indicator_for_user,
    get_partnership_for_returns,
    get_return_for_user,
)
from cairn.indicators.forms import ReturnForm
from cairn.indicators.models import DataElement, DataReturn, DataSet, Indicator
from cairn.indicators.periods import Period, PeriodError

router = Router(tags=["Indicators and data returns"])


class FigureOut(Schema):
    period: str
    value: float
    note: str


class IndicatorOut(Schema):
    id: int
    partnership: str
    name: str
    definition: str
    unit: str
    direction: str
    baseline_value: float | None
    baseline_period: str
    target_kind: str
    target_value: float | None
    target_period: str
    frequency: str
    owner_agency: Named | None
    values: list[FigureOut]


class DataValueOut(Schema):
    element: str = Field(description="The data element's code.")
    name: str
    value: float
    comment: str


class DataReturnOut(Schema):
    id: int
    data_set: Named
    agency: Named
    period: str
    state: str
    submitted_at: dt.datetime | None
    reviewed_at: dt.datetime | None
    values: list[DataValueOut]


def _number(value: Any) -> float | None:
    return float(value) if value is not None else None


def indicator_out(indicator: Indicator) -> dict[str, Any]:
    owner = indicator.owner_agency
    return {
        "id": indicator.pk,
        "partnership": indicator.partnership.slug,
        "name": indicator.name,
        "definition": indicator.definition,
        "unit": indicator.unit,
        "direction": indicator.direction,
        "baseline_value": _number(indicator.baseline_value),
        "baseline_period": indicator.baseline_period,
        "target_kind": indicator.target_kind,
        "target_value": _number(indicator.target_value),
        "target_period": indicator.target_period,
        "frequency": indicator.frequency,
        "owner_agency": {"id": owner.pk, "name": owner.name} if owner else None,
        "values": [
            {"period": v.period, "value": float(v.value), "note": v.note}
            for v in indicator.values.all()
        ],
    }


def return_out(data_return: DataReturn) -> dict[str, Any]:
    return {
        "id": data_return.pk,
        "data_set": {"id": data_return.data_set_id, "name": data_return.data_set.name},
        "agency": {"id": data_return.agency_id, "name": data_return.agency.name},
        "period": data_return.period,
        "state": data_return.state,
        "submitted_at": data_return.submitted_at,
        "reviewed_at": data_return.reviewed_at,
        "values": [
            {
                "element": v.element.code,
                "name": v.element.name,
                "value": float(v.value),
                "comment": v.comment,
            }
            for v in data_return.values.all()
        ],
    }


class IndicatorFilters(Schema):
    partnership: str | None = Field(None, description="A partnership's slug.")


IndicatorPage = page_of(IndicatorOut, "IndicatorPage")
DataReturnPage = page_of(DataReturnOut, "DataReturnPage")


@router.get(
    "/indicators/",
    response={200: IndicatorPage, **problems()},
    url_name="indicators",
    summary="Indicators with their figures",
    description="Queries: the count; the page's indicators with owner agency; their figures.",
)
def list_indicators(
    request: HttpRequest, filters: Query[IndicatorFilters], paging: Query[Paging]
) -> dict[str, Any]:
    if filters.partnership:
        partnership, _ = get_partnership_for_user(request, filters.partnership)
        indicators = Indicator.objects.filter(partnership=partnership)
    else:
        indicators = Indicator.objects.filter(partnership__in=partnerships_for(request.user))
    indicators = (
        indicators.select_related("partnership", "owner_agency")
        .prefetch_related("values")
        .order_by("partnership__name", "name", "pk")
    )
    return page(request, indicators, paging, lambda rows: map(indicator_out, rows))


@router.get(
    "/indicators/{int:indicator_id}/",
    response={200: IndicatorOut, **problems()},
    url_name="indicator",
    summary="One indicator with its figures",
)
def get_indicator(request: HttpRequest, indicator_id: int) -> dict[str, Any]:
    return indicator_out(get_indicator_for_user(request, indicator_id))


class ReturnFilters(Schema):
    partnership: str | None = Field(None, description="A partnership's slug (required).")
    period: str | None = Field(None, description="A period, e.g. 2016/17 Q2.")


@router.get(
    "/data-returns/",
    response={200: DataReturnPage, **problems()},
    url_name="data_returns",
    summary="A partnership's data returns with their values",
    description=(
        "The coordinator sees every agency's returns; a data contributor their own "
        "agency's; other roles are refused, as on the data returns page. Queries: the "
        "count; the page's returns with data set and agency; their values with elements."
    ),
)
def list_returns(
    request: HttpRequest, filters: Query[ReturnFilters], paging: Query[Paging]
) -> dict[str, Any]:
    if not filters.partnership:
        raise Problem(
            "invalid-fields", errors=[FieldError("partnership", "This field is required.")]
        )
    partnership, agency, is_coordinator = get_partnership_for_returns(request, filters.partnership)
    returns = DataReturn.objects.filter(data_set__partnership=partnership)
    if not is_coordinator:
        returns = returns.filter(agency=agency) if agency else returns.none()
    if filters.period:
        returns = returns.filter(period=filters.period)
    returns = (
        returns.select_related("data_set", "agency")
        .prefetch_related("values__element")
        .order_by("data_set__name", "period", "agency__name", "pk")
    )
    return page(request, returns, paging, lambda rows: map(return_out, rows))


@router.get(
    "/data-returns/{int:return_id}/",
    response={200: DataReturnOut, **problems()},
    url_name="data_return",
    summary="One data return with its values",
)
def get_return(request: HttpRequest, return_id: int) -> dict[str, Any]:
    return return_out(get_return_for_user(request, return_id))


# ---------------------------------------------------------------- submitting a return


def _figure(value: Any) -> str:
    """A figure as the form reads it: a number, or text such as "1,234"."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError('Give the figure as a number or as text, for example 12 or "1,234".')
    return str(value)


Figure = Annotated[
    str,
    PlainValidator(_figure),
    WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string"}], "example": 12}),
]


class FigureIn(Strict):
    element: str = Field(description="The data element's code, as the template names it.")
    value: Figure
    comment: str = Field("", description="Why a figure far from recent ones is right.")


class SubmissionIn(Strict):
    """The filled-in template: one row per element of the data set."""

    values: list[FigureIn]


class ExpectedFigure(Schema):
    element: str
    name: str
    value: str = Field(description="The figure given so far (a returned return), or empty.")
    comment: str


class SubmissionOut(Schema):
    data_set: Named
    agency: Named
    period: str
    state: str = Field(description="not_started, submitted, returned or approved (locked).")
    values: list[ExpectedFigure]
    version: str = Field(description='"0" before anything is submitted; send it as If-Match.')


class Due(Schema):
    data_set: Named
    period: str
    state: str = Field(description="not_started, or returned (for changes).")
    links: dict[str, str] = Field(description="`self`: where to read and submit it.")


def _period(text: str) -> Period:
    try:
        return Period.from_slug(text)
    except PeriodError:
        raise Problem("not-found", f"“{text}” is not a period such as 2016-17-q1.") from None


def _existing(data_set: DataSet, agency: Agency, period: Period, *, lock: bool = False):
    returns_ = DataReturn.objects.filter(data_set=data_set, agency=agency, period=period.label)
    if lock:
        returns_ = returns_.select_for_update()
    return returns_.select_related("data_set", "agency").prefetch_related("values__element")


def _version(data_return: DataReturn | None) -> str:
    return content_version(return_out(data_return)) if data_return else "0"


def submission_out(data_set: DataSet, agency: Agency, period: Period) -> dict[str, Any]:
    data_return = _existing(data_set, agency, period).first()
    return {
        "data_set": {"id": data_set.pk, "name": data_set.name},
        "agency": {"id": agency.pk, "name": agency.name},
        "period": period.label,
        "state": data_return.state if data_return else "not_started",
        "values": [
            {
                "element": row.element,
                "name": row.element_name,
                "value": row.value,
                "comment": row.comment,
            }
            for row in returns.expected_rows(data_set, agency, period)
        ],
        "version": _version(data_return),
    }


@router.get(
    "/data-returns/due/",
    response={200: list[Due], **problems()},
    url_name="returns_due",
    summary="The returns your agency owes (data contributor)",
    description="As the data returns page: each period ended since its data set began, "
    "not yet submitted or approved, or returned for changes.",
)
def returns_due(request: HttpRequest, partnership: str) -> list[dict[str, Any]]:
    found, agency, _ = get_partnership_for_returns(request, partnership)
    return [
        {
            "data_set": {"id": due.data_set.pk, "name": due.data_set.name},
            "period": due.period.label,
            "state": due.state or "not_started",
            "links": {"self": reverse("api:submission", args=[due.data_set.pk, due.period.slug])},
        }
        for due in returns.returns_due(found, agency, timezone.localdate())
    ]


SUBMISSION = "/data-sets/{int:data_set_id}/returns/{period}/"


@router.get(
    SUBMISSION,
    response={200: SubmissionOut, **problems()},
    url_name="submission",
    summary="Your agency's return for a period, as the template (data contributor)",
    description="Each element with the figure given so far; `period` as 2016-17-q1.",
    openapi_extra=GIVES_VERSION,
)
def get_submission(
    request: HttpRequest, data_set_id: int, period: str, response: HttpResponse
) -> dict[str, Any]:
    data_set, agency = get_data_set_for_user(request, data_set_id, submit=True)
    shown = submission_out(data_set, agency, _period(period))
    with_version(response, shown["version"])
    return shown


@router.put(
    SUBMISSION,
    response={200: SubmissionOut, **problems(400, 409, 412, 413, 415, 428)},
    summary="Submit your agency's return for a period (data contributor)",
    description=(
        "As the return form and the template upload, with their checks and messages: every "
        "element needs a figure; a count is a whole number; a part is not more than its "
        "whole; a figure far from the agency's recent ones needs a comment. Any error: "
        "nothing is saved, and `errors` names each row (`values.2.value`). A period not yet "
        "ended, or approved and locked, is refused (409). Send `If-Match` with the version "
        'you read ("0" for the first submission).'
    ),
    openapi_extra=NEEDS_VERSION,
)
def submit_return(
    request: HttpRequest,
    data_set_id: int,
    period: str,
    body: SubmissionIn,
    response: HttpResponse,
) -> dict[str, Any]:
    data_set, agency = get_data_set_for_user(request, data_set_id, submit=True)
    when = _period(period)
    elements = list(data_set.elements.select_related("part_of"))
    rows = _rows(body, {e.code for e in elements})
    with transaction.atomic():
        expected_version(request, _version(_existing(data_set, agency, when, lock=True).first()))
        _submit(request, data_set, agency, when, elements, body, rows)
    shown = submission_out(data_set, agency, when)
    with_version(response, shown["version"])
    return shown


def _rows(body: SubmissionIn, codes: set[str]) -> dict[str, int]:
    """{element code: its row}; 422 for an element the data set does not have, or twice."""
    rows: dict[str, int] = {}
    errors = []
    for index, figure in enumerate(body.values):
        if figure.element not in codes:
            message = f"“{figure.element}” is not an element of this data set."
            errors.append(FieldError(f"values.{index}.element", message))
        elif figure.element in rows:
            message = f"“{figure.element}” is given twice: give each element once."
            errors.append(FieldError(f"values.{index}.element", message))
        rows.setdefault(figure.element, index)
    if errors:
        raise Problem("invalid-fields", errors=errors)
    return rows


def _submit(
    request: HttpRequest,
    data_set: DataSet,
    agency: Agency,
    when: Period,
    elements: list[DataElement],
    body: SubmissionIn,
    rows: dict[str, int],
) -> None:
    """Check and save as the return form does: the form, then returns.submit."""
    data = {}
    for figure in body.values:
        data[f"value_{figure.element}"] = str(figure.value)
        data[f"comment_{figure.element}"] = figure.comment
    form = ReturnForm(data, elements=elements)
    names = {}
    for code, index in rows.items():
        names[f"value_{code}"] = f"values.{index}.value"
        names[f"comment_{code}"] = f"values.{index}.comment"
    if not form.is_valid():
        raise Problem("invalid-fields", errors=form_errors(form, names))
    raw, comments = form.raw()
    try:
        saved, checked = returns.submit(
            data_set, agency, when, raw, comments, request.user, timezone.localdate()
        )
    except returns.ReturnRefused as refusal:
        raise Problem("conflict", str(refusal)) from None
    if saved is None:
        errors = [
            FieldError(names.get(f"value_{code}", "values"), message)
            for code, message in checked.errors.items()
        ]
        raise Problem("invalid-fields", errors=errors)
