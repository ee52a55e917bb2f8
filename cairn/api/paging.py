"""Lists come a page at a time: `?page=2&page_size=50`, with `count` and links either side.

Two queries a page whatever its content: the count and the page's rows (plus each list's
own fixed number of prefetches).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Schema
from pydantic import Field

from cairn.api.problems import FieldError, Problem

MAX_PAGE_SIZE = 200


class Paging(Schema):
    page: int = Field(1, ge=1, le=100_000, description="Which page, from 1.")
    page_size: int = Field(50, ge=1, le=MAX_PAGE_SIZE, description="How many to a page.")


PagingQuery = Query[Paging]


def page(
    request: HttpRequest,
    queryset: QuerySet[Any],
    paging: Paging,
    serialize: Callable[[list[Any]], Iterable[Any]],
) -> dict[str, Any]:
    count = queryset.count()
    last = max(1, -(-count // paging.page_size))
    if paging.page > last:
        raise Problem(
            "invalid-fields",
            errors=[FieldError("page", f"There are {last} pages: ask for page 1 to {last}.")],
        )
    start = (paging.page - 1) * paging.page_size
    rows = list(queryset[start : start + paging.page_size])
    return {
        "count": count,
        "next": _link(request, paging.page + 1) if paging.page < last else None,
        "previous": _link(request, paging.page - 1) if paging.page > 1 else None,
        "results": list(serialize(rows)),
    }


def _link(request: HttpRequest, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return f"{request.path}?{query.urlencode()}"
