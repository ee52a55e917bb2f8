"""Fetch a plan object and check the person may see it (404) or change it (403)."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest

from cairn.accounts.access import is_coordinator, is_lead, require_role
from cairn.accounts.models import User
from cairn.plans.models import Action, Milestone, Objective, Plan, Theme

PlanGate = Callable[[HttpRequest, Plan], None]
_gates: list[PlanGate] = []


def register_plan_gate(gate: PlanGate) -> None:
    """A higher app's further check on who may see some plans (death reviews, say): the gate
    raises PermissionDenied or Http404. Registered in the app's AppConfig.ready()."""
    if gate not in _gates:
        _gates.append(gate)


def check_plan_gates(request: HttpRequest, plan: Plan) -> None:
    for gate in _gates:
        gate(request, plan)


# The same further checks, as filters on lists: `plan_filter(user, prefix)` gives a Q on the
# plan reached through `prefix` ("" on Plan, "theme__plan__" on Action) keeping only the
# plans the gate would let the person open. Lists that cross plans (My actions, the lead's
# open rounds) apply it, so they never offer a link that then answers 403.
PlanFilter = Callable[[User | AnonymousUser, str], Q]
_filters: list[PlanFilter] = []


def register_plan_filter(plan_filter: PlanFilter) -> None:
    """Registered beside the app's gate, in its AppConfig.ready()."""
    if plan_filter not in _filters:
        _filters.append(plan_filter)


def visible_plans(user: User | AnonymousUser, prefix: str = "") -> Q:
    """Keeps the plans (reached through `prefix`) that every registered gate lets the person
    see. It adds no query of its own: each filter is a subquery."""
    keep = Q()
    for plan_filter in _filters:
        keep &= plan_filter(user, prefix)
    return keep


def _get(queryset, pk):
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise Http404("No such page.") from None


def get_plan_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> Plan:
    plan = _get(Plan.objects.select_related("partnership", "strategy"), pk)
    require_role(request, plan.partnership_id, write=write)
    check_plan_gates(request, plan)
    return plan


def get_theme_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> Theme:
    theme = _get(Theme.objects.select_related("plan__partnership"), pk)
    require_role(request, theme.plan.partnership_id, write=write)
    check_plan_gates(request, theme.plan)
    return theme


def get_objective_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> Objective:
    objective = _get(Objective.objects.select_related("theme__plan__partnership"), pk)
    require_role(request, objective.theme.plan.partnership_id, write=write)
    check_plan_gates(request, objective.theme.plan)
    return objective


def get_action_for_user(
    request: HttpRequest, pk: int, *, write: bool = False, update: bool = False
) -> Action:
    """`write`: change the action itself (coordinator). `update`: give it a status and
    progress note (coordinator, or a lead of this action)."""
    action = _get(
        Action.objects.select_related("theme__plan__partnership", "objective", "status"), pk
    )
    require_role(request, action.theme.plan.partnership_id, write=write)
    check_plan_gates(request, action.theme.plan)
    if update and not may_update(request.user, action):
        raise PermissionDenied("Only this action's leads and the coordinator can update it.")
    return action


def get_milestone_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> Milestone:
    milestone = _get(Milestone.objects.select_related("action__theme__plan__partnership"), pk)
    require_role(request, milestone.action.theme.plan.partnership_id, write=write)
    check_plan_gates(request, milestone.action.theme.plan)
    return milestone


def is_lead_of(user: User | AnonymousUser, action: Action) -> bool:
    return Action.objects.for_lead(user).filter(pk=action.pk).exists()


def may_update(user: User | AnonymousUser, action: Action) -> bool:
    """Who may give the action a status and a progress note: the partnership's coordinator,
    or a lead of this action. Needs `action.theme.plan` (select_related it)."""
    partnership_id = action.theme.plan.partnership_id
    if is_coordinator(user, partnership_id):
        return True
    return is_lead(user, partnership_id) and is_lead_of(user, action)
