"""The actions a person leads, as My actions and its open rounds show them.

One query of the few columns those lists show, read from the lead tables' indexes (see
`led_action_ids`), in tree order; each row a light object rather than a model instance
(a lead may lead hundreds of actions, and the page is every lead's first). The person's
partnerships and agencies come from the memberships the request has already read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from cairn.accounts.access import memberships_of
from cairn.accounts.models import User
from cairn.plans.access import visible_plans
from cairn.plans.deadlines import Deadline
from cairn.plans.models import Action, DeadlineLogic, Status

# What each row reads: LedAction's fields in order, then its status's (if any).
COLUMNS = (
    "pk",
    "ref",
    "title",
    "deadline_text",
    "deadline_kind",
    "deadline_start",
    "deadline_end",
    "deadline_warning",
    "progress_updated_at",
    "theme__plan_id",
    "theme__plan__title",
    "theme__plan__partnership_id",
    "status__label",
    "status__colour",
    "status__category",
)
PARTNERSHIP = COLUMNS.index("theme__plan__partnership_id")


@dataclass(frozen=True, slots=True)
class StatusShown:
    """A status as its tag shows it (plan_cells.status_tag)."""

    label: str
    colour: str
    category: str


@dataclass(slots=True)
class LedAction(DeadlineLogic):
    """One action the person leads: what My actions and a round's list show of it."""

    pk: int
    ref: str
    title: str
    deadline_text: str
    deadline_kind: str
    deadline_start: dt.date | None
    deadline_end: dt.date | None
    deadline_warning: str
    progress_updated_at: dt.datetime | None
    plan_id: int
    plan_title: str
    partnership_id: int
    status: StatusShown | None

    @property
    def is_finished(self) -> bool:
        return bool(
            (self.status and self.status.category in Status.FINISHED_CATEGORIES)
            or self.deadline_kind == Deadline.Kind.DONE
        )

    @property
    def last_update_on(self) -> dt.date | None:
        if self.progress_updated_at is None:
            return None
        return timezone.localdate(self.progress_updated_at)


def led_actions(user: User | AnonymousUser) -> list[LedAction]:
    """The actions the person leads (named on them, or their agency a lead agency) in the
    partnerships they belong to and the plans they may open, in tree order. One query."""
    memberships = memberships_of(user)
    if not memberships:
        return []
    agencies = [m.agency_id for m in memberships if m.agency_id is not None]
    named = Action.lead_people.through.objects.filter(user_id=user.pk).values("action_id")
    by_agency = Action.lead_agencies.through.objects.filter(agency_id__in=agencies)
    rows = (
        Action.objects.filter(pk__in=named.union(by_agency.values("action_id")))
        .filter(visible_plans(user, "theme__plan__"))
        .in_tree_order()
        .values_list(*COLUMNS)
    )
    # The person's partnerships are kept here, not in the query: with `plan.partnership_id
    # IN (...)` there, PostgreSQL started from the partnership's plans and read every action
    # of a 5,000-action plan to keep the lead's 100 (it guesses 40 actions a theme, the
    # average); without it, it starts from the lead tables' rows and fetches only those.
    partnerships = {m.partnership_id for m in memberships}
    # Each row's columns are LedAction's fields in order, then its status's three.
    return [
        LedAction(*values[:-3], status=StatusShown(*values[-3:]) if values[-3] else None)
        for values in rows
        if values[PARTNERSHIP] in partnerships
    ]
