"""Start next year's plan from this one, carrying the work that goes on.

The rule, decided once here:
- Only a plan in use (not a draft) rolls forward, into a period no other yearly plan of the
  partnership covers; at least one action must be carried, and an action is carried once.
- The new plan is a draft linked to the old one (`Plan.previous`); each carried action links
  to its previous self (`Action.carried_from`) and counts its years (`year_number`), so its
  history reads across years ("carried from 2025/26, 3rd year").
- Themes and objectives come with the actions they hold; refs are kept or renumbered.
- Leads and collaborators are kept, or left for the coordinator to name again.
- Statuses are reset to the scheme's first "not started" status, or kept.
- Deadlines are re-read from their text against the new start: a deadline relative to the
  plan's start moves with it, recurring ones continue, and a fixed date already past when the
  new plan starts is flagged for the coordinator. Unfinished milestones come too.
- Nothing is saved until the coordinator confirms (`roll_forward`), in one transaction; the
  old plan is not changed at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Q

from cairn.accounts.models import User
from cairn.plans.deadlines import Deadline, parse_deadline
from cairn.plans.models import Action, Milestone, Objective, Plan, Status, Theme

FIXED_KINDS = (Deadline.Kind.DATE, Deadline.Kind.FINANCIAL_YEAR, Deadline.Kind.QUARTER)


class RollForwardRefused(ValueError):
    """Why the plan cannot be rolled forward as asked, in plain words."""


@dataclass
class Choices:
    """What the coordinator chose on the roll-forward page."""

    title: str
    period_text: str
    starts_on: dt.date
    ends_on: dt.date
    action_ids: list[int]
    renumber: bool = False
    keep_leads: bool = True
    keep_statuses: bool = False


@dataclass
class CarriedAction:
    """One action as it will read in the new plan."""

    action: Action
    ref: str
    theme_ref: str
    objective_ref: str
    deadline: Deadline | None
    flag: str = ""
    """Why the coordinator should look at its deadline, if they should."""

    @property
    def year_number(self) -> int:
        return self.action.year_number + 1


@dataclass
class Preview:
    """The new plan as it would be saved: what the summary page shows."""

    plan: Plan
    choices: Choices
    carried: list[CarriedAction] = field(default_factory=list)
    left_behind: list[Action] = field(default_factory=list)
    status: Status | None = None

    @property
    def flagged(self) -> list[CarriedAction]:
        return [c for c in self.carried if c.flag]

    @property
    def theme_count(self) -> int:
        return len({c.action.theme_id for c in self.carried})


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def carried_label(action: Action, previous: Action | None = None) -> str:
    """ "carried from 2025/26, 3rd year", or "" for new work. Reads the previous action's
    plan: pass `previous` when it is at hand, or select_related `carried_from__theme__plan`."""
    if action.carried_from_id is None:
        return ""
    previous = previous or action.carried_from
    if previous is None:
        return ""
    plan = previous.theme.plan
    return f"carried from {plan.period_text or plan.title}, {ordinal(action.year_number)} year"


def earlier_years(action: Action) -> list[Action]:
    """The action's previous selves, last year's first: one query per year carried."""
    found: list[Action] = []
    current = action
    seen = {action.pk}
    while current.carried_from_id is not None and len(found) < 50:
        current = (
            Action.all_objects.select_related("theme__plan", "status")
            .filter(pk=current.carried_from_id)
            .first()
        )
        if current is None or current.pk in seen:
            break
        seen.add(current.pk)
        found.append(current)
    return found


def carriable_actions(plan: Plan) -> list[Action]:
    """The plan's actions in tree order, each with `is_finished` readable and
    `already_carried` set (its plan period, or "")."""
    actions = list(
        Action.objects.filter(theme__plan=plan)
        .select_related("status", "theme", "objective")
        .in_tree_order()
    )
    carried = dict(
        Action.objects.filter(carried_from__in=[a.pk for a in actions]).values_list(
            "carried_from_id", "theme__plan__period_text"
        )
    )
    for action in actions:
        action.already_carried = carried.get(action.pk)  # type: ignore[attr-defined]
    return actions


def next_period(plan: Plan) -> tuple[str, dt.date | None, dt.date | None]:
    """The period after the plan's: ("2017/18", 1 Apr 2017, 31 Mar 2018) from 2016/17."""
    if plan.starts_on is None:
        return "", None, None
    starts = _add_years(plan.starts_on, 1)
    ends = _add_years(plan.ends_on, 1) if plan.ends_on else _add_years(starts, 1) - dt.timedelta(1)
    if ends.year == starts.year + 1:
        return f"{starts.year}/{str(ends.year)[2:]}", starts, ends
    return str(starts.year), starts, ends


def next_title(plan: Plan, period_text: str) -> str:
    if plan.period_text and plan.period_text in plan.title:
        return plan.title.replace(plan.period_text, period_text)
    return f"{plan.title} {period_text}".strip()


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def check(plan: Plan, choices: Choices) -> None:
    """Refuse what cannot be rolled forward, with the reason; nothing is read twice later."""
    if plan.state == Plan.State.DRAFT:
        raise RollForwardRefused(
            "This plan is still a draft: make it active before starting next year's plan from it."
        )
    if plan.kind != Plan.Kind.YEARLY:
        raise RollForwardRefused("Only a yearly plan can be rolled forward into next year.")
    if not choices.action_ids:
        raise RollForwardRefused("Tick at least one action to carry into next year's plan.")
    if choices.ends_on < choices.starts_on:
        raise RollForwardRefused("The new plan must end after it starts.")
    clash = period_clash(plan, choices)
    if clash is not None:
        raise RollForwardRefused(
            f"“{clash.title}” already covers {choices.period_text or 'that period'}: "
            "choose another period, or add to that plan instead."
        )


def period_clash(plan: Plan, choices: Choices) -> Plan | None:
    """Another yearly plan of the partnership with the same period or overlapping dates."""
    overlapping = Q(starts_on__lte=choices.ends_on, ends_on__gte=choices.starts_on)
    same_text = Q(period_text__iexact=choices.period_text) if choices.period_text else Q(pk=None)
    return (
        Plan.objects.filter(partnership_id=plan.partnership_id, kind=Plan.Kind.YEARLY)
        .filter(overlapping | same_text)
        .first()
    )


def preview(plan: Plan, choices: Choices) -> Preview:
    """The new plan as `roll_forward` would save it; raises RollForwardRefused."""
    check(plan, choices)
    actions = carriable_actions(plan)
    by_pk = {a.pk: a for a in actions}
    unknown = [pk for pk in choices.action_ids if pk not in by_pk]
    if unknown:
        raise RollForwardRefused("Some ticked actions are not in this plan: open the page again.")
    if len(set(choices.action_ids)) != len(choices.action_ids):
        raise RollForwardRefused("An action was ticked twice: each action is carried once.")
    twice = [a for a in actions if a.pk in choices.action_ids and a.already_carried is not None]
    if twice:
        names = ", ".join(f"“{a}”" for a in twice[:3])
        raise RollForwardRefused(
            f"Already carried into {twice[0].already_carried or 'a later plan'}: {names}. "
            "An action is carried forward once; untick it."
        )
    ticked = set(choices.action_ids)
    result = Preview(plan=plan, choices=choices, status=_start_status(plan, choices))
    refs = _Refs(choices.renumber)
    for action in actions:
        if action.pk not in ticked:
            result.left_behind.append(action)
            continue
        theme_ref, objective_ref, ref = refs.next(action)
        deadline, flag = rebase(action, choices.starts_on)
        result.carried.append(
            CarriedAction(
                action=action,
                ref=ref,
                theme_ref=theme_ref,
                objective_ref=objective_ref,
                deadline=deadline,
                flag=flag,
            )
        )
    return result


def rebase(item: Action | Milestone, new_start: dt.date) -> tuple[Deadline | None, str]:
    """The item's deadline read again against the new plan's start, and a flag when the
    coordinator must look: a fixed date already past, a recurrence that has ended."""
    deadline = parse_deadline(item.deadline_text, plan_start=new_start)
    if deadline is None or deadline.end is None:
        return deadline, ""
    due = f"{deadline.end:%-d %B %Y}"
    if deadline.kind in FIXED_KINDS and deadline.end < new_start:
        return deadline, f"Was due {due}, before the new plan starts: give it a new deadline."
    if deadline.kind == Deadline.Kind.RECURRING and deadline.end < new_start:
        return deadline, f"Its recurrence ended on {due}: check whether it goes on."
    return deadline, ""


class _Refs:
    """Refs as they were, or numbered afresh: themes 1, 2; objectives 1.1; actions 1.1.1."""

    def __init__(self, renumber: bool) -> None:
        self.renumber = renumber
        self.themes: dict[int, str] = {}
        self.objectives: dict[int, str] = {}
        self.objectives_in: dict[int, int] = {}
        """{theme id: how many of its objectives are numbered so far}"""
        self.actions_in: dict[tuple[int, int | None], int] = {}

    def next(self, action: Action) -> tuple[str, str, str]:
        """(theme ref, objective ref, action ref) for the next carried action."""
        if not self.renumber:
            objective_ref = action.objective.ref if action.objective else ""
            return action.theme.ref, objective_ref, action.ref
        theme_ref = self.themes.setdefault(action.theme_id, str(len(self.themes) + 1))
        parent, objective_ref = theme_ref, ""
        if action.objective_id is not None:
            if action.objective_id not in self.objectives:
                n = self.objectives_in.get(action.theme_id, 0) + 1
                self.objectives_in[action.theme_id] = n
                self.objectives[action.objective_id] = f"{theme_ref}.{n}"
            objective_ref = parent = self.objectives[action.objective_id]
        key = (action.theme_id, action.objective_id)
        self.actions_in[key] = self.actions_in.get(key, 0) + 1
        return theme_ref, objective_ref, f"{parent}.{self.actions_in[key]}"


def _start_status(plan: Plan, choices: Choices) -> Status | None:
    if choices.keep_statuses:
        return None
    return (
        Status.objects.filter(
            scheme__partnership_id=plan.partnership_id, category=Status.Category.NOT_STARTED
        )
        .order_by("order", "pk")
        .first()
    )


def roll_forward(plan: Plan, choices: Choices, by: User) -> Plan:
    """Save next year's plan as `preview` shows it, in one transaction; raises
    RollForwardRefused (and saves nothing) when the plan or the choices do not allow it."""
    try:
        with transaction.atomic():
            # Two coordinators confirming at once: the second waits, then is refused.
            plan = Plan.objects.select_for_update().select_related("partnership").get(pk=plan.pk)
            summary = preview(plan, choices)
            return _save(summary, by)
    except IntegrityError:
        raise RollForwardRefused(
            "Some of these actions were carried forward meanwhile: open the page again."
        ) from None


def _save(summary: Preview, by: User) -> Plan:
    old, choices = summary.plan, summary.choices
    new = Plan(
        partnership_id=old.partnership_id,
        strategy_id=old.strategy_id,
        kind=old.kind,
        previous=old,
        title=choices.title,
        period_text=choices.period_text,
        starts_on=choices.starts_on,
        ends_on=choices.ends_on,
        state=Plan.State.DRAFT,
    )
    _by(new, by).save()
    themes: dict[int, Theme] = {}
    objectives: dict[int, Objective] = {}
    new_actions: dict[int, Action] = {}
    for order, carried in enumerate(summary.carried, start=1):
        action = carried.action
        theme = themes.get(action.theme_id)
        if theme is None:
            old_theme = action.theme
            theme = Theme(
                plan=new,
                ref=carried.theme_ref,
                title=old_theme.title,
                description=old_theme.description,
                order=len(themes) + 1,
            )
            _by(theme, by).save()
            themes[action.theme_id] = theme
        objective = None
        if action.objective_id is not None:
            objective = objectives.get(action.objective_id)
            if objective is None:
                objective = Objective(
                    theme=theme,
                    ref=carried.objective_ref,
                    title=action.objective.title,
                    order=len(objectives) + 1,
                )
                _by(objective, by).save()
                objectives[action.objective_id] = objective
        new_actions[action.pk] = _carry_action(carried, theme, objective, order, summary, by)
    _carry_links(new_actions)
    _carry_milestones(new_actions, choices, by)
    return new


def _carry_action(
    carried: CarriedAction,
    theme: Theme,
    objective: Objective | None,
    order: int,
    summary: Preview,
    by: User,
) -> Action:
    old = carried.action
    deadline = carried.deadline
    new = Action(
        theme=theme,
        objective=objective,
        ref=carried.ref,
        title=old.title,
        description=old.description,
        order=order,
        timescale=old.timescale,
        output=old.output,
        outcome=old.outcome,
        indicators=old.indicators,
        cost=old.cost,
        status=old.status if summary.choices.keep_statuses else summary.status,
        progress_note=old.progress_note if summary.choices.keep_statuses else "",
        progress_updated_at=old.progress_updated_at if summary.choices.keep_statuses else None,
        deadline_text=old.deadline_text,
        deadline_kind=deadline.kind if deadline else "",
        deadline_start=deadline.start if deadline else None,
        deadline_end=deadline.end if deadline else None,
        deadline_warning=carried.flag or ((deadline.warning or "") if deadline else ""),
        carried_from=old,
        year_number=carried.year_number,
    )
    _by(new, by)
    new._change_reason = f"Carried forward from {summary.plan.period_text or summary.plan}"  # type: ignore[attr-defined]
    new.save()
    if summary.choices.keep_leads:
        new.lead_agencies.set(old.lead_agencies.all())
        new.lead_people.set(old.lead_people.all())
        new.collaborators.set(old.collaborators.all())
        new.collaborator_people.set(old.collaborator_people.all())
    return new


def _carry_links(new_actions: dict[int, Action]) -> None:
    """Cross-references between carried actions point at their new selves."""
    through = Action.related_actions.through
    links = through.objects.filter(
        from_action_id__in=list(new_actions), to_action_id__in=list(new_actions)
    ).values_list("from_action_id", "to_action_id")
    through.objects.bulk_create(
        through(from_action_id=new_actions[a].pk, to_action_id=new_actions[b].pk) for a, b in links
    )


def _carry_milestones(new_actions: dict[int, Action], choices: Choices, by: User) -> None:
    """The carried actions' milestones not yet done, their due dates read again."""
    for milestone in Milestone.objects.filter(action_id__in=list(new_actions)).order_by(
        "action_id", "order", "pk"
    ):
        if milestone.is_finished:
            continue
        deadline, flag = rebase(milestone, choices.starts_on)
        copy = Milestone(
            action=new_actions[milestone.action_id],
            title=milestone.title,
            order=milestone.order,
            lead_agency_id=milestone.lead_agency_id,
            lead_person_id=milestone.lead_person_id if choices.keep_leads else None,
            deadline_text=milestone.deadline_text,
            deadline_kind=deadline.kind if deadline else "",
            deadline_start=deadline.start if deadline else None,
            deadline_end=deadline.end if deadline else None,
            deadline_warning=flag or ((deadline.warning or "") if deadline else ""),
        )
        _by(copy, by).save()


def _by(instance, by: User):
    instance._history_user = by
    return instance
