"""A plan as a tree of plain structures, read in a fixed number of queries.

Pages, reports and exports all read plans through `plan_tree()`, so the rules for what
is overdue or an exception live in one place.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q

from cairn.accounts.models import Agency
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
        return [str(a) for a in self.action.lead_agencies.all()] + [
            p.name for p in self.action.lead_people.all()
        ]

    @property
    def departed_leads(self) -> list[str]:
        """Lead people who have left the partnership (read with `actions_with_details`
        given the partnership; otherwise nobody is known to have left)."""
        return [str(p) for p in self.action.lead_people.all() if getattr(p, "has_left", False)]

    @property
    def lead_agencies(self) -> list[str]:
        return [str(a) for a in self.action.lead_agencies.all()]

    @property
    def is_exception(self) -> bool:
        status = self.action.status
        return self.overdue or bool(status and status.is_exception)


@dataclass
class GroupNode:
    """A theme, or an objective within one: its actions and how they stand."""

    item: Theme | Objective | None
    actions: list[ActionNode] = field(default_factory=list)
    children: list[GroupNode] = field(default_factory=list)
    whole: list[ActionNode] | None = None
    """On a page of a long plan (`page_of_tree`), every action of the group, of which
    `actions` and `children` hold the page's: the counts are of the whole group."""

    def all_actions(self) -> list[ActionNode]:
        return self.actions + [a for child in self.children for a in child.all_actions()]

    @property
    def status_counts(self) -> list[tuple[str, int]]:
        """(status label, count), most common first; "No status" when none is set yet."""
        counted = self.whole if self.whole is not None else self.all_actions()
        return Counter(
            (n.action.status.label if n.action.status else "No status") for n in counted
        ).most_common()

    @property
    def overdue_count(self) -> int:
        counted = self.whole if self.whole is not None else self.all_actions()
        return sum(n.overdue for n in counted)


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


def page_of_tree(tree: list[GroupNode], shown: list[ActionNode]) -> list[GroupNode]:
    """The groups holding the `shown` actions (a page of the tree's, in its order), each
    with only those actions but counting every action of the group (`GroupNode.whole`)."""
    keep = {id(node) for node in shown}
    page = []
    for group in tree:
        children = [
            GroupNode(
                item=child.item,
                actions=[n for n in child.actions if id(n) in keep],
                whole=child.all_actions(),
            )
            for child in group.children
        ]
        paged = GroupNode(
            item=group.item,
            actions=[n for n in group.actions if id(n) in keep],
            children=[child for child in children if child.actions],
            whole=group.all_actions(),
        )
        if paged.all_actions():
            page.append(paged)
    return page


def themes_of(plan: Plan) -> list[Theme]:
    """The plan's themes in order, each with its objectives (2 queries)."""
    return list(
        Theme.objects.filter(plan=plan).prefetch_related(
            Prefetch("objectives", queryset=Objective.objects.order_by("order", "pk"))
        )
    )


def without_empty_groups(tree: list[GroupNode]) -> list[GroupNode]:
    """Only the themes and objectives that hold a shown action (for a filtered tree)."""
    kept = []
    for group in tree:
        children = [child for child in group.children if child.actions]
        if group.actions or children:
            kept.append(GroupNode(item=group.item, actions=group.actions, children=children))
    return kept


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
