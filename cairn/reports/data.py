"""What a board report and the plan dashboard say, as plain structures.

`report_data()` reads a plan, its review rounds and their updates in a fixed number of
queries whatever the plan's size, and returns dataclasses the page, the charts and every
renderer (docx, pdf, xlsx, csv) read. No renderer queries the database.

Which status an action has in a report: its status in the chosen round's update when that
update was given (the coordinator's override wins), otherwise the status recorded on the
action now.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count

from cairn.accounts.models import Agency
from cairn.indicators.models import Indicator
from cairn.indicators.trends import Trend, partnership_trends
from cairn.plans.models import Objective, Plan, Status, Theme
from cairn.plans.rollforward import carried_label
from cairn.plans.tree import ActionNode, GroupNode, actions_with_details, plan_tree
from cairn.reviews.models import ReviewRound, Update

NO_STATUS = "No status yet"
NO_LEAD_AGENCY = "No lead agency"
# Updates that count as given: a lead has sent them, or the coordinator has accepted them.
GIVEN_STATES = (Update.State.SUBMITTED, Update.State.ACCEPTED)


@dataclass(frozen=True)
class StatusInfo:
    label: str
    code: str
    category: str
    colour: str
    order: int


RoundStatuses = dict[int, "StatusInfo | None"]
"""{action id: the status its update in a round gave, None for a status since deleted}"""
NO_STATUS_INFO = StatusInfo(label=NO_STATUS, code="–", category="", colour="grey", order=999)


@dataclass
class ActionRow:
    pk: int
    theme: str
    objective: str
    ref: str
    title: str
    lead_agencies: list[str]
    lead_people: list[str]
    deadline_text: str
    deadline_end: dt.date | None
    status: StatusInfo
    overdue: bool
    progress_note: str
    carried: str = ""
    """Roll forward: "carried from 2025/26, 3rd year", or "" for new work."""
    indicators: list[str] = field(default_factory=list)
    """The indicators measuring it, each with its status: "Repeat MARAC cases: On course"."""
    due: str = ""
    """What is due, in words: "due 31 Mar 2027", "next due 30 Nov 2026 (annually)"."""
    due_on: dt.date | None = None
    """The date due: the deadline, or a recurring deadline's next occurrence."""

    @property
    def deadline_with_due(self) -> str:
        """The deadline as written and, when it recurs, when it is next due."""
        if self.due.startswith("next due") and self.due_on and self.deadline_text:
            return f"{self.deadline_text}, next due {self.due_on:%-d %b %Y}"
        return self.deadline_text or self.due

    @property
    def leads(self) -> list[str]:
        return self.lead_agencies + self.lead_people

    @property
    def is_exception(self) -> bool:
        return self.overdue or self.status.category in Status.EXCEPTION_CATEGORIES

    @property
    def status_text(self) -> str:
        return f"{self.status.label} (overdue)" if self.overdue else self.status.label


@dataclass
class GroupSummary:
    """A theme or objective and how its actions stand."""

    title: str
    level: str  # "theme" or "objective"
    counts: dict[str, int]  # by status label, in the scheme's order
    category_counts: dict[str, int]  # by status category
    overdue: int
    children: list[GroupSummary] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class RoundCounts:
    period: str
    counts: dict[str, int]  # status label -> updates given with that status

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class StatusChange:
    action: ActionRow
    before: str
    after: str


@dataclass
class AgencyCompleteness:
    agency: str
    actions: int
    updated: int

    @property
    def percent(self) -> int:
        return round(100 * self.updated / self.actions) if self.actions else 0


@dataclass(frozen=True)
class IndicatorLine:
    """An indicator that measures the plan's actions, as the board reads it."""

    name: str
    baseline: str  # "30% (2015/16)", or "–"
    latest: str  # "27.5% (2016/17 Q4)", or "No figures yet"
    target: str
    status: str  # against the target, in words: "Met", "On course", "Not met", "No data"...
    reason: str
    actions: list[str]  # the actions of the report it measures: "1.1.1 Title"


@dataclass
class ReportData:
    partnership: str
    plan_pk: int
    plan_title: str
    plan_period: str
    on: dt.date
    statuses: list[StatusInfo]
    round_period: str | None
    previous_round_period: str | None
    has_updates: bool
    updates_message: str
    filters: list[str]
    tree: list[GroupSummary]
    actions: list[ActionRow]
    movement: list[RoundCounts]
    changes: list[StatusChange]
    completeness: list[AgencyCompleteness]
    indicators: list[IndicatorLine] = field(default_factory=list)

    @property
    def overdue(self) -> list[ActionRow]:
        return [a for a in self.actions if a.overdue]

    @property
    def exceptions(self) -> list[ActionRow]:
        return [a for a in self.actions if a.is_exception]

    @property
    def labels(self) -> list[str]:
        """Status labels in the scheme's order, plus "No status yet" when any action has none."""
        labels = [s.label for s in self.statuses]
        if any(a.status is NO_STATUS_INFO for a in self.actions):
            labels.append(NO_STATUS)
        return labels

    @property
    def status_by_label(self) -> dict[str, StatusInfo]:
        return {s.label: s for s in [*self.statuses, NO_STATUS_INFO]}

    @property
    def theme_counts(self) -> list[tuple[str, dict[str, int]]]:
        """(theme, {label: count}) with every label, zeros included: the chart's figures."""
        return [(g.title, {lb: g.counts.get(lb, 0) for lb in self.labels}) for g in self.tree]

    @property
    def totals(self) -> dict[str, int]:
        return dict(Counter(a.status.label for a in self.actions))

    @property
    def title(self) -> str:
        round_text = f", {self.round_period}" if self.round_period else ""
        return f"{self.plan_title}{round_text}: board report"


@dataclass
class Filters:
    theme: Theme | None = None
    agency: Agency | None = None
    status: Status | None = None

    def describe(self) -> list[str]:
        return [
            f"{name}: {value}"
            for name, value in (
                ("Theme", self.theme),
                ("Lead agency", self.agency),
                ("Status", self.status),
            )
            if value is not None
        ]


def report_data(
    plan: Plan,
    round: ReviewRound | None = None,
    *,
    on: dt.date,
    filters: Filters | dict[str, Any] | None = None,
    trends: list[Trend] | None = None,
) -> ReportData:
    """Everything a report says about `plan` in `round` (the latest one when None).

    Queries, whatever the plan's size: statuses, rounds, the two rounds' updates, update
    counts per round and status, and plan_tree's themes, objectives, actions, lead agencies
    and lead people; the indicators measuring the plan's actions, their figures (unless
    `trends` gives them) and which actions each measures: 12 in all.
    """
    if isinstance(filters, dict):
        filters = Filters(
            **{k: v for k, v in filters.items() if k in ("theme", "agency", "status")}
        )
    filters = filters or Filters()
    statuses, by_status_id = _statuses(plan)
    rounds = list(ReviewRound.objects.filter(plan=plan).order_by("opens_on", "pk"))
    if round is None and rounds:
        round = rounds[-1]
    previous = _previous(rounds, round)

    given = _given_statuses([r.pk for r in (round, previous) if r is not None], by_status_id)
    this_round = given.get(round.pk, {}) if round else {}
    last_round = given.get(previous.pk, {}) if previous else {}

    actions = actions_with_details().select_related("carried_from__theme__plan")
    if filters.theme is not None:
        actions = actions.filter(theme=filters.theme)
    if filters.agency is not None:
        actions = actions.filter(lead_agencies=filters.agency)
    tree = plan_tree(plan, on=on, actions=actions)
    rows, summaries = _grouped_rows(tree, filters, by_status_id, this_round)
    has_updates = bool(this_round)
    if trends is None:
        trends = partnership_trends(plan.partnership, plan)
    indicator_lines = _indicators(trends, rows)
    return ReportData(
        partnership=plan.partnership.name,
        plan_pk=plan.pk,
        plan_title=plan.title,
        plan_period=plan.period_text,
        on=on,
        statuses=statuses,
        round_period=round.period if round else None,
        previous_round_period=previous.period if previous else None,
        has_updates=has_updates,
        updates_message=_updates_message(round, has_updates),
        filters=filters.describe(),
        tree=summaries,
        actions=rows,
        movement=_movement(plan, rounds, by_status_id, filters),
        changes=_changes(rows, this_round, last_round) if previous else [],
        completeness=_completeness(rows, this_round),
        indicators=indicator_lines,
    )


def _indicators(trends: list[Trend], rows: list[ActionRow]) -> list[IndicatorLine]:
    """Each indicator as a line, and on each action row the indicators measuring it."""
    by_pk = {row.pk: row for row in rows}
    measures: dict[int, list[int]] = defaultdict(list)
    for indicator_id, action_id in Indicator.actions.through.objects.filter(
        indicator__in=[t.indicator.pk for t in trends], action__in=list(by_pk)
    ).values_list("indicator_id", "action_id"):
        measures[indicator_id].append(action_id)
    lines = []
    for trend in trends:
        indicator = trend.indicator
        status = trend.assessment.status.label
        measured = [by_pk[pk] for pk in measures[indicator.pk]]
        for row in measured:
            row.indicators.append(f"{indicator.name}: {status}")
        baseline = trend.baseline_figure
        latest = trend.latest
        lines.append(
            IndicatorLine(
                name=indicator.name,
                baseline=f"{baseline} ({indicator.baseline_period})"
                if indicator.baseline_period and baseline != "–"
                else baseline,
                latest=f"{latest.figure} ({latest.period})" if latest else "No figures yet",
                target=indicator.target_text() or "None set",
                status=status,
                reason=trend.assessment.reason,
                actions=[f"{row.ref} {row.title}".strip() for row in measured],
            )
        )
    return lines


def _statuses(plan: Plan) -> tuple[list[StatusInfo], dict[int, StatusInfo]]:
    """The current scheme's statuses, in order, and every status ever used, by id.

    Past updates may carry statuses of a scheme the partnership has since replaced: they
    keep their old labels; the summary's columns are the current scheme's.
    """
    current, by_status_id = [], {}
    for s in Status.objects.ever_used_by(plan.partnership_id).select_related("scheme"):
        by_status_id[s.pk] = StatusInfo(s.label, s.code, s.category, s.colour, s.order)
        if s.scheme.partnership_id == plan.partnership_id:
            current.append(by_status_id[s.pk])
    return current, by_status_id


def _given_statuses(
    round_ids: list[int], by_status_id: dict[int, StatusInfo]
) -> dict[int, dict[int, StatusInfo | None]]:
    """round id -> action id -> the status given (the coordinator's override first)."""
    given: dict[int, dict[int, StatusInfo | None]] = {pk: {} for pk in round_ids}
    for round_id, action_id, status_id, override_id in Update.objects.filter(
        round_id__in=round_ids, state__in=GIVEN_STATES
    ).values_list("round_id", "action_id", "status_id", "override_status_id"):
        given[round_id][action_id] = by_status_id.get(override_id or status_id)
    return given


def _grouped_rows(
    tree: list[GroupNode],
    filters: Filters,
    by_status_id: dict[int, StatusInfo],
    this_round: dict[int, StatusInfo | None],
) -> tuple[list[ActionRow], list[GroupSummary]]:
    """The report's action rows in plan order, and a summary per theme and objective."""
    rows: list[ActionRow] = []
    summaries: list[GroupSummary] = []
    for group in tree:
        if filters.theme is not None and (group.item is None or group.item.pk != filters.theme.pk):
            continue
        theme_rows = _rows(group.actions, group.item, None, by_status_id, this_round)
        children = []
        for child in group.children:
            child_rows = _rows(child.actions, group.item, child.item, by_status_id, this_round)
            child_rows = _matching(child_rows, filters)
            children.append(_summary(str(child.item), "objective", child_rows))
            theme_rows += child_rows
        theme_rows = _matching(theme_rows, filters)
        summary = _summary(str(group.item), "theme", theme_rows)
        summary.children = children
        summaries.append(summary)
        rows += theme_rows
    return rows, summaries


def _previous(rounds: list[ReviewRound], round: ReviewRound | None) -> ReviewRound | None:
    if round is None:
        return None
    earlier = [r for r in rounds if (r.opens_on, r.pk) < (round.opens_on, round.pk)]
    return earlier[-1] if earlier else None


def _rows(
    nodes: list[ActionNode],
    theme: Theme | Objective | None,
    objective: Theme | Objective | None,
    by_status_id: dict[int, StatusInfo],
    this_round: RoundStatuses,
) -> list[ActionRow]:
    rows = []
    for node in nodes:
        action = node.action
        given = this_round.get(action.pk)
        if given is not None:
            status = given
        elif action.status_id is None:
            status = NO_STATUS_INFO
        else:
            status = by_status_id.get(action.status_id, NO_STATUS_INFO)
        rows.append(
            ActionRow(
                pk=action.pk,
                theme=str(theme),
                objective=str(objective) if objective else "",
                ref=action.ref,
                title=action.title,
                lead_agencies=node.lead_agencies,
                lead_people=[p.name for p in action.lead_people.all()],
                deadline_text=action.deadline_text,
                deadline_end=action.deadline_end,
                status=status,
                overdue=node.overdue,
                progress_note=action.progress_note,
                carried=carried_label(action),
                due=node.next_due,
                due_on=node.next_due_on,
            )
        )
    return rows


def _matching(rows: list[ActionRow], filters: Filters) -> list[ActionRow]:
    if filters.status is None:
        return rows
    return [r for r in rows if r.status.label == filters.status.label]


def _summary(title: str, level: str, rows: list[ActionRow]) -> GroupSummary:
    by_label = Counter(r.status.label for r in rows)
    order = sorted({r.status for r in rows}, key=lambda s: s.order)
    return GroupSummary(
        title=title,
        level=level,
        counts={s.label: by_label[s.label] for s in order},
        category_counts=dict(Counter(r.status.category or "none" for r in rows)),
        overdue=sum(r.overdue for r in rows),
    )


def _updates_message(round: ReviewRound | None, has_updates: bool) -> str:
    if round is None:
        return (
            "No review round has been opened for this plan yet, so statuses are as recorded "
            "on the plan."
        )
    if not has_updates:
        return (
            f"No updates have been given in the {round.period} round yet, so statuses are "
            "as recorded on the plan."
        )
    return ""


def _movement(
    plan: Plan,
    rounds: list[ReviewRound],
    by_status_id: dict[int, StatusInfo],
    filters: Filters,
) -> list[RoundCounts]:
    """How many actions stood at each status in each round's given updates, oldest first."""
    updates = Update.objects.filter(round__plan=plan, state__in=GIVEN_STATES)
    if filters.theme is not None:
        updates = updates.filter(action__theme=filters.theme)
    if filters.agency is not None:
        updates = updates.filter(action__lead_agencies=filters.agency)
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for row in updates.values("round_id", "status_id", "override_status_id").annotate(
        n=Count("pk")
    ):
        status = by_status_id.get(row["override_status_id"] or row["status_id"], NO_STATUS_INFO)
        counts[row["round_id"]][status.label] += row["n"]
    return [RoundCounts(period=r.period, counts=dict(counts[r.pk])) for r in rounds]


def _changes(
    rows: list[ActionRow], this_round: RoundStatuses, last_round: RoundStatuses
) -> list[StatusChange]:
    changes = []
    for row in rows:
        after = this_round.get(row.pk)
        if after is None:
            continue
        before = last_round.get(row.pk)
        if before is None or before.label != after.label:
            changes.append(
                StatusChange(
                    action=row,
                    before=before.label if before else "No update in the previous round",
                    after=after.label,
                )
            )
    return changes


def _completeness(rows: list[ActionRow], this_round: RoundStatuses) -> list[AgencyCompleteness]:
    """Per lead agency: its actions, and how many have an update given in the round."""
    actions: Counter[str] = Counter()
    updated: Counter[str] = Counter()
    for row in rows:
        for agency in row.lead_agencies or [NO_LEAD_AGENCY]:
            actions[agency] += 1
            updated[agency] += row.pk in this_round
    return [
        AgencyCompleteness(agency=name, actions=actions[name], updated=updated[name])
        for name in sorted(actions, key=lambda n: (n == NO_LEAD_AGENCY, n.lower()))
    ]
