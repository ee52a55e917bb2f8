"""A plan as a tree of plain structures, read in a fixed number of queries.

Pages, reports and exports all read plans through `plan_tree()`, so the rules for what
is overdue or an exception live in one place.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Exists, F, OuterRef, Prefetch, Q, Value
from django.db.models.functions import Coalesce, NullIf

from cairn.accounts.models import Agency, Membership
from cairn.accounts.people import leads_with_departure
from cairn.plans.deadlines import Deadline
from cairn.plans.models import Action, ActionQuerySet, Objective, Plan, Status, Theme


@dataclass
class ActionNode:
    action: Action
    overdue: bool
    due_note: str = ""
    """What is due, in words ("due 31 Mar 2017", "next due 30 Nov 2026 (annually)");
    "Overdue since ..." when it is overdue, or what to check about the date."""
    due_class: str = "cairn-meta"
    next_due: str = ""
    """What is due, without the overdue flag: "next due 30 Nov 2026 (annually)"."""
    next_due_on: dt.date | None = None
    """The date that is due: the deadline, or a recurring deadline's next occurrence."""
    named: LeadNames | None = None
    """Its leads by name, when read as values for a page (`lead_names`); otherwise they
    come from the action's prefetched lead agencies and people."""

    @classmethod
    def of(cls, action: Action, on: dt.date) -> ActionNode:
        overdue = action.is_overdue(on)
        next_due, occurrence = action.due_note(on), action.next_occurrence(on)
        next_due_on = occurrence.due if occurrence else action.deadline_end
        note, css = next_due, "cairn-meta"
        if overdue:
            since = action.overdue_since(on)
            overdue_note = f"Overdue since {since:%-d %b %Y}" if since else "Overdue"
            recurring = action.deadline_kind == Deadline.Kind.RECURRING and note
            note, css = (f"{overdue_note}; {note}" if recurring else overdue_note), "cairn-overdue"
        elif action.deadline_kind == Deadline.Kind.NOT_SET:
            note, css = "Date still to be set", "cairn-flag"
        elif action.deadline_kind == Deadline.Kind.UNPARSED:
            warning = f": {action.deadline_warning}" if action.deadline_warning else ""
            note, css = f"Check this date{warning}", "cairn-flag"
        return cls(
            action=action,
            overdue=overdue,
            due_note=note,
            due_class=css,
            next_due=next_due,
            next_due_on=next_due_on,
        )

    @property
    def leads_text(self) -> str:
        return ", ".join(self.leads)

    @property
    def leads(self) -> list[str]:
        if self.named is not None:
            return self.named.agencies + self.named.people
        return [str(a) for a in self.action.lead_agencies.all()] + [
            p.name for p in self.action.lead_people.all()
        ]

    @property
    def departed_leads(self) -> list[str]:
        """Lead people who have left the partnership (read with `actions_with_details`
        given the partnership; otherwise nobody is known to have left)."""
        if self.named is not None:
            return self.named.departed
        return [str(p) for p in self.action.lead_people.all() if getattr(p, "has_left", False)]

    @property
    def lead_agencies(self) -> list[str]:
        return [str(a) for a in self.action.lead_agencies.all()]

    @property
    def is_exception(self) -> bool:
        status = self.action.status
        return self.overdue or bool(status and status.is_exception)


@dataclass
class LeadNames:
    """An action's leads as the plan page names them."""

    agencies: list[str] = field(default_factory=list)
    """Its lead agencies: short name, else name."""
    people: list[str] = field(default_factory=list)
    """Its lead people's names."""
    departed: list[str] = field(default_factory=list)
    """Those of its lead people who have left the partnership: name, else email."""


def lead_names(action_ids: list[int], partnership_id: int) -> dict[int, LeadNames]:
    """{action id: its leads by name} for these actions, as the page shows them (agencies,
    then people, each by name): one query of values, no model instances."""
    through = Action.lead_agencies.through.objects.filter(action_id__in=action_ids)
    agencies = through.annotate(
        label=Coalesce(NullIf("agency__short_name", Value("")), "agency__name"),
        email=Value(""),
        kind=Value(0),
        left=Value(False),
        sort=F("agency__name"),
    ).values_list("action_id", "label", "email", "kind", "left", "sort", "agency_id")
    people = (
        Action.lead_people.through.objects.filter(action_id__in=action_ids)
        .annotate(
            label=F("user__name"),
            email=F("user__email"),
            kind=Value(1),
            left=Exists(
                Membership.objects.filter(
                    user=OuterRef("user_id"),
                    partnership_id=partnership_id,
                    deactivated_at__isnull=False,
                )
            ),
            sort=F("user__name"),
        )
        .values_list("action_id", "label", "email", "kind", "left", "sort", "user_id")
    )
    named: dict[int, LeadNames] = {pk: LeadNames() for pk in action_ids}
    rows = agencies.union(people, all=True).order_by("action_id", "kind", "sort", "agency_id")
    for action_id, label, email, kind, left, _, _ in rows:
        found = named[action_id]
        if kind == 0:
            found.agencies.append(label)
        else:
            found.people.append(label)
            if left:
                found.departed.append(label or email)
    return named


@dataclass(frozen=True)
class GroupCounts:
    """A group's actions counted beforehand (`plans/outline.py`), for a page of them."""

    statuses: list[tuple[str, int]]
    overdue: int


@dataclass
class GroupNode:
    """A theme, or an objective within one: its actions and how they stand."""

    item: Theme | Objective | None
    actions: list[ActionNode] = field(default_factory=list)
    children: list[GroupNode] = field(default_factory=list)
    counts: GroupCounts | None = None
    """On the plan page, the counts of all the group's shown actions, of which `actions`
    and `children` hold the page's; otherwise they are counted from those."""

    def all_actions(self) -> list[ActionNode]:
        return self.actions + [a for child in self.children for a in child.all_actions()]

    @property
    def status_counts(self) -> list[tuple[str, int]]:
        """(status label, count), most common first; "No status" when none is set yet."""
        if self.counts is not None:
            return self.counts.statuses
        return Counter(
            (n.action.status.label if n.action.status else "No status") for n in self.all_actions()
        ).most_common()

    @property
    def overdue_count(self) -> int:
        if self.counts is not None:
            return self.counts.overdue
        return sum(n.overdue for n in self.all_actions())


def actions_with_details(partnership_id: int | None = None):
    """Actions with their status and leads; given the partnership, each lead person carries
    `has_left` (no extra query)."""
    return Action.objects.select_related("status").prefetch_related(*lead_details(partnership_id))


def lead_details(partnership_id: int | None = None) -> list[str | Prefetch]:
    """What `actions_with_details` prefetches, for `prefetch_related_objects` on actions
    already read (a page of a long plan's)."""
    lead_people = (
        Prefetch("lead_people", queryset=leads_with_departure(partnership_id))
        if partnership_id is not None
        else "lead_people"
    )
    return ["lead_agencies", lead_people]


TREE_FIELDS = (
    *("theme", "objective", "ref", "title", "order", "status", "progress_updated_at"),
    *("deadline_text", "deadline_kind", "deadline_start", "deadline_end", "deadline_warning"),
)
"""The action fields the plan page's tree shows or counts by: only these are read, for a
long plan's sake (`Action.objects.only(*TREE_FIELDS)`)."""


def led_by_leavers(plan: Plan, action_ids: list[int]) -> int:
    """How many of these actions of the plan name a lead person who has left the
    partnership. One query, over the plan's lead people (not the actions)."""
    left = set(
        Action.lead_people.through.objects.filter(
            action__theme__plan=plan,
            user__memberships__partnership_id=plan.partnership_id,
            user__memberships__deactivated_at__isnull=False,
        ).values_list("action_id", flat=True)
    )
    return sum(pk in left for pk in action_ids)


def plan_tree(
    plan: Plan,
    on: dt.date,
    actions=None,
    *,
    themes: list[Theme] | None = None,
    keep: Callable[[ActionNode], bool] | None = None,
    statuses: dict[int, Status] | None = None,
) -> list[GroupNode]:
    """The plan's themes, each with its direct actions and its objectives' actions.

    `actions` may narrow the actions shown (a filtered queryset), `keep` narrows them
    further in Python (e.g. only the overdue ones), and `themes` (from `themes_of`) saves
    reading them again, as `statuses` (the partnership's, by id) saves reading each
    action's status with it. Queries stay fixed: themes, objectives, actions with statuses,
    lead agencies, lead people.
    """
    if actions is None:
        actions = actions_with_details(plan.partnership_id)
    actions = actions.filter(theme__plan=plan)
    if themes is None:
        themes = themes_of(plan)
    by_group: dict[tuple[int, int | None], list[ActionNode]] = {}
    status_field = Action._meta.get_field("status")
    for action in actions.order_by("order", "pk"):
        if statuses is not None and (action.status_id is None or action.status_id in statuses):
            # (a status of another partnership's scheme, which should not be, is read alone)
            status_field.set_cached_value(action, statuses.get(action.status_id))
        node = ActionNode.of(action, on)
        if keep is None or keep(node):
            by_group.setdefault((action.theme_id, action.objective_id), []).append(node)
    tree = []
    for theme in themes:
        group = GroupNode(item=theme, actions=by_group.get((theme.pk, None), []))
        for objective in theme.objectives.all():
            group.children.append(
                GroupNode(item=objective, actions=by_group.get((theme.pk, objective.pk), []))
            )
        tree.append(group)
    return tree


def themes_of(plan: Plan) -> list[Theme]:
    """The plan's themes in order, each with its objectives (2 queries)."""
    return list(
        Theme.objects.filter(plan=plan).prefetch_related(
            Prefetch("objectives", queryset=Objective.objects.order_by("order", "pk"))
        )
    )


def statuses_of(plan: Plan) -> list[Status]:
    return list(Status.objects.filter(scheme__partnership_id=plan.partnership_id))


# ---------------------------------------------------------------- narrowing the plan page


@dataclass
class PlanFilter:
    """What the plan page shows: every action, or those matching all that is set."""

    theme: Theme | None = None
    agency: Agency | None = None
    status: Status | None = None
    no_status: bool = False
    overdue: bool = False
    words: list[str] = field(default_factory=list)

    @property
    def is_set(self) -> bool:
        return bool(
            self.theme or self.agency or self.status or self.no_status or self.overdue or self.words
        )

    def narrow(self, actions: ActionQuerySet) -> ActionQuerySet:
        """The actions that match in the database (overdue is kept by `keep`)."""
        if self.theme is not None:
            actions = actions.filter(theme=self.theme)
        if self.agency is not None:
            actions = actions.filter(
                pk__in=Action.objects.filter(lead_agencies=self.agency).values("pk")
            )
        if self.status is not None:
            actions = actions.filter(status=self.status)
        if self.no_status:
            actions = actions.filter(status__isnull=True)
        for word in self.words:
            actions = actions.filter(
                Q(title__icontains=word)
                | Q(ref__icontains=word)
                | Q(description__icontains=word)
                | Q(progress_note__icontains=word)
                | Q(deadline_text__icontains=word)
            )
        return actions

    def keep(self, node: ActionNode) -> bool:
        return node.overdue or not self.overdue
