"""Parts of a page kept in the cache (`{% cache %}`) that hold a form.

A form's CSRF token is the visitor's own, so it must not be kept with the rest: inside a
kept part a form writes `CSRF_HOLE` where `{% csrf_token %}` would go, and `fill_csrf_holes`
puts the visitor's token there as the page is sent.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.backends.utils import csrf_input

CSRF_HOLE = "<!-- the visitor's CSRF token goes here -->"


def fill_csrf_holes(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """The `response` with the visitor's CSRF token in each hole (as `{% csrf_token %}`
    writes it)."""
    hole = CSRF_HOLE.encode()
    if hole in response.content:
        response.content = response.content.replace(hole, csrf_input(request).encode())
    return response
