"""Indicators with their figures, and data returns with their values (read only): each read
through the indicators app's own access helpers (indicators/access.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from cairn.accounts.access import get_partnership_for_user, partnerships_for
from cairn.api.api import problems
from cairn.api.items import Named
from cairn.api.paging import Paging, page
from cairn.api.problems import FieldError, Problem
from cairn.api.schemas import page_of
from cairn.indicators.access import (
    get_indicator_for_user,
    get_partnership_for_returns,
    get_return_for_user,
)
from cairn.indicators.models import DataReturn, Indicator

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
