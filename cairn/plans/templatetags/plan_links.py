"""Links filled in per row without reversing a URL for each one: see `links()`."""

from __future__ import annotations

from django import template
from django.urls import reverse

register = template.Library()

PLACEHOLDER = "{pk}"
_SENTINEL = 987654321


def link(name: str, *before: object) -> str:
    """The named URL's address with `{pk}` in place of its last id, e.g. "/actions/{pk}/";
    ids `before` it are filled in now: `link("reviews:update", 7)` is "/rounds/7/{pk}/...".
    Reverse it once per page; `pk` fills it per row (a string replace)."""
    return reverse(name, args=[*before, _SENTINEL]).replace(str(_SENTINEL), PLACEHOLDER)


def links(*names: str) -> dict[str, str]:
    """`link()` for each name, keyed by the part after the colon ("plans:action" is
    "action")."""
    return {name.split(":")[-1]: link(name) for name in names}


@register.filter
def pk(address: str, value: object) -> str:
    """`{{ links.action|pk:a.pk }}` is "/actions/12/"."""
    return address.replace(PLACEHOLDER, str(value))
