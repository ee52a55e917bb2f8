"""Indicators from a plan's measures: the "Indicators" column of an imported plan (kept on
each action, one measure a line) proposed as indicators, each linked to the actions that
name it.

Nothing is saved by `proposals`: the coordinator sees them first, chooses, and
`create_from_plan` then adds the chosen ones (a measure the partnership already has as an
indicator, by name, is only linked to the actions). The direction is read from the words
("reduce", "fewer" ... lower is better), and a year-on-year target from a figure such as
"+10% year on year"; everything else is left for the coordinator to fill in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from cairn.accounts.models import User
from cairn.indicators.models import Indicator
from cairn.plans.models import Action, Plan

NAME_LENGTH = 200
BULLET = re.compile(r"^\s*(?:[-•*·–]|\(?\d+[.)]|\(?[a-z][.)])\s+", re.IGNORECASE)
LOWER_WORDS = re.compile(r"\b(reduc|decreas|fewer|lower|less|down|drop|fall)", re.IGNORECASE)
YEAR_ON_YEAR = re.compile(
    r"([+-]?\d+(?:\.\d+)?)\s*%[^.;]*?\b(?:year[ -]on[ -]year|each year|a year|per year|annually)",
    re.IGNORECASE,
)


@dataclass
class Proposal:
    name: str
    direction: str
    target_kind: str
    target_value: Decimal | None
    actions: list[Action] = field(default_factory=list)
    existing: Indicator | None = None

    @property
    def key(self) -> str:
        return self.name.casefold()

    @property
    def target_text(self) -> str:
        if self.target_value is None:
            return "Set by the coordinator"
        sign = "+" if self.target_value > 0 else ""
        return f"{sign}{self.target_value.normalize():f}% year on year"


def measure_name(line: str) -> str:
    """'- 10% more self-referrals year on year.' -> '10% more self-referrals year on year'."""
    text = BULLET.sub("", line).strip().rstrip(".;,").strip()
    return " ".join(text.split())[:NAME_LENGTH]


def read_measure(name: str) -> tuple[str, str, Decimal | None]:
    """(direction, target kind, target value) as far as the words say."""
    lower = bool(LOWER_WORDS.search(name))
    direction = Indicator.Direction.LOWER if lower else Indicator.Direction.HIGHER
    found = YEAR_ON_YEAR.search(name)
    if not found:
        return direction, Indicator.TargetKind.NONE, None
    value = Decimal(found[1])
    if lower and not found[1].startswith(("+", "-")):
        value = -value
    return direction, Indicator.TargetKind.YEAR_ON_YEAR, value


def proposals(plan: Plan) -> list[Proposal]:
    """One proposal per distinct measure of the plan's actions, in the plan's order (two
    queries: the actions, the partnership's indicators)."""
    existing = {
        i.name.casefold(): i for i in Indicator.objects.filter(partnership_id=plan.partnership_id)
    }
    found: dict[str, Proposal] = {}
    actions = Action.objects.filter(theme__plan=plan).exclude(indicators="").in_tree_order()
    for action in actions:
        for line in action.indicators.splitlines():
            name = measure_name(line)
            if not name:
                continue
            if name.casefold() not in found:
                direction, kind, value = read_measure(name)
                found[name.casefold()] = Proposal(
                    name, direction, kind, value, existing=existing.get(name.casefold())
                )
            proposal = found[name.casefold()]
            if action not in proposal.actions:
                proposal.actions.append(action)
    return list(found.values())


@transaction.atomic
def create_from_plan(plan: Plan, chosen: set[str], by: User) -> tuple[int, int]:
    """Add the chosen proposals (by key): (indicators created, existing ones linked)."""
    created = linked = 0
    for proposal in proposals(plan):
        if proposal.key not in chosen:
            continue
        indicator = proposal.existing
        if indicator is None:
            indicator = Indicator(
                partnership_id=plan.partnership_id,
                name=proposal.name,
                definition=f"From the measures of {plan.title}.",
                direction=proposal.direction,
                target_kind=proposal.target_kind,
                target_value=proposal.target_value,
            )
            indicator._history_user = by  # type: ignore[attr-defined]
            indicator.save()
            created += 1
        else:
            linked += 1
        indicator.actions.add(*proposal.actions)
    return created, linked
