"""Long lists in pages of PER_PAGE, with the GOV.UK pagination component.

    paginate(request, items) -> Paged
        the page the query string's `page` asks for. A page that is not a number, or past the
        end, is never an error page: the nearest page is shown with a message saying so.

`includes/pagination.html` draws `paged` (previous, numbers with ellipses, next), keeping
the rest of the query string (a search, filters) in each link.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest

PER_PAGE = 20
PARAM = "page"
UNCOUNTED = 10**9  # the last page of a list that is not counted


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None: an ellipsis
    url: str = ""
    current: bool = False


@dataclass
class Paged:
    page: Page
    message: str = ""
    """Why the page shown is not the one asked for ("There is no page 9: ..."), or ""."""
    links: list[PageLink] = field(default_factory=list)
    previous_url: str = ""
    next_url: str = ""

    @property
    def items(self) -> Sequence[Any]:
        return list(self.page.object_list)

    @property
    def count(self) -> int:
        return self.page.paginator.count

    @property
    def is_paged(self) -> bool:
        return self.page.paginator.num_pages > 1


def page_url(request: HttpRequest, number: int) -> str:
    """The address of page `number`, keeping the rest of the query string (search, filters)."""
    query = request.GET.copy()
    query[PARAM] = str(number)
    return f"?{query.urlencode()}"


def requested_page(text: str | None, last: int) -> tuple[int, str]:
    """The page to show for the query string's `text`, and a message when it is not that
    page. Pure: `last` is the number of pages (at least 1)."""
    if text is None or text == "":
        return 1, ""
    text = text.strip()
    pages = "There is 1 page" if last == 1 else f"There are {last} pages"
    if text.isdigit() and len(text) > 9:  # not worth reading, nor echoing back
        return last, f"There is no such page. {pages}: showing the last."
    try:
        number = int(text)
    except ValueError:
        return 1, "The page number must be a number, like 2: showing the first page."
    if number < 1:
        return 1, "Pages start at 1: showing the first page."
    if number > last:
        return last, f"There is no page {number}. {pages}: showing the last."
    return number, ""


@dataclass
class Window:
    """A page of a list read newest first without counting it: the page's rows, whether
    older ones follow, and the previous and next pages' addresses (GOV.UK's "Previous" and
    "Next" links alone, as for a long history)."""

    items: list[Any]
    message: str = ""
    previous_url: str = ""
    next_url: str = ""

    @property
    def is_paged(self) -> bool:
        return bool(self.previous_url or self.next_url)


def window(
    request: HttpRequest, read: Callable[[int], list[Any]], per_page: int = PER_PAGE
) -> Window:
    """The page the query string asks for of what `read(limit)` returns (its first `limit`
    rows): no count query, so a page's queries do not grow with the list. A page past the
    end shows the first page, saying so."""
    text = request.GET.get(PARAM)
    number, message = requested_page(text, last=UNCOUNTED)
    if number == UNCOUNTED:  # a number too long to be a page
        number, message = 1, "There is no such page: showing the first."
    rows = read(number * per_page + 1)
    shown = rows[(number - 1) * per_page : number * per_page]
    if not shown and number > 1:
        message = f"There is no page {number}: showing the first."
        number, shown = 1, rows[:per_page]

    url = partial(page_url, request)
    return Window(
        items=shown,
        message=message,
        previous_url=url(number - 1) if number > 1 else "",
        next_url=url(number + 1) if len(rows) > number * per_page else "",
    )


def page_numbers(current: int, last: int) -> list[int | None]:
    """The numbers the component shows: the first, the last, the current and its
    neighbours, with None for each gap (1 … 4 5 6 … 20)."""
    wanted = {1, last, current - 1, current, current + 1}
    shown = sorted(n for n in wanted if 1 <= n <= last)
    numbers: list[int | None] = []
    for n in shown:
        if numbers and n - (numbers[-1] or 0) > 1:
            numbers.append(None)
        numbers.append(n)
    return numbers


def paginate(request: HttpRequest, items: Any, per_page: int = PER_PAGE) -> Paged:
    """The page of `items` (a queryset or a list) that the request asks for."""
    paginator = Paginator(items, per_page)
    text = request.GET.get(PARAM)
    number, message = requested_page(text, paginator.num_pages)
    page = paginator.page(number)

    url = partial(page_url, request)
    return Paged(
        page=page,
        message=message,
        links=[
            PageLink(n, url(n), n == number) if n else PageLink(None)
            for n in page_numbers(number, paginator.num_pages)
        ],
        previous_url=url(number - 1) if page.has_previous() else "",
        next_url=url(number + 1) if page.has_next() else "",
    )
