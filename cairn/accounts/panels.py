"""Panels that higher apps add to the partnership page, without accounts importing them.

An app registers a template and a function in its AppConfig.ready(); the partnership page
calls each function with the request, partnership and role, and includes the template
with what it returns (nothing is shown when it returns None). A panel registered with
`first=True` (what the person has to do now) comes above the page's buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

from cairn.accounts.models import Partnership

PanelContext = Callable[[HttpRequest, Partnership, str], dict[str, Any] | None]


@dataclass(frozen=True)
class Panel:
    template: str
    context: dict[str, Any]
    first: bool = False


_registered: list[tuple[str, PanelContext, bool]] = []


def register(template: str, context: PanelContext, *, first: bool = False) -> None:
    if (template, context, first) not in _registered:
        _registered.append((template, context, first))


def panels_for(request: HttpRequest, partnership: Partnership, role: str) -> list[Panel]:
    found = []
    for template, context, first in _registered:
        data = context(request, partnership, role)
        if data is not None:
            found.append(Panel(template, data, first))
    return found
