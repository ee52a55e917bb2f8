"""Finding a plan by what a person types on the command line: an id, a slug or both parts."""

from __future__ import annotations

from cairn.plans.models import Plan


class PlanNotFound(Exception):
    """The text names no plan, or more than one; the message says what to type instead."""


def find_plan(text: str, partnership: str | None = None) -> Plan:
    """The plan that `text` names: `12`, `2016-17` or `exampleshire/2016-17`.

    A plan's slug is unique only within its partnership, so a bare slug that more than one
    partnership uses needs the partnership too (`--partnership` or `partnership/slug`).
    """
    plans = Plan.objects.select_related("partnership")
    text = text.strip()
    if "/" in text:
        partnership, _, text = text.partition("/")
    if partnership:
        plans = plans.filter(partnership__slug=partnership)
    found = list(plans.filter(pk=int(text)) if text.isdigit() else plans.filter(slug=text))
    if len(found) == 1:
        return found[0]
    if not found:
        where = f" in partnership {partnership!r}" if partnership else ""
        raise PlanNotFound(
            f"There is no plan {text!r}{where}. `cairn plans` lists every plan's id and slug."
        )
    choices = ", ".join(f"{p.partnership.slug}/{p.slug}" for p in found)
    raise PlanNotFound(
        f"More than one partnership has a plan {text!r}: name one of {choices}, "
        "or give its id (`cairn plans` lists them)."
    )
