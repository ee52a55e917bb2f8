"""Pages that show plans: a partnership's plans, the plan, one action, a lead's own actions."""

from __future__ import annotations

from datetime import date
from functools import partial
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from cairn.accounts.access import get_partnership_for_user, is_coordinator
from cairn.accounts.models import Agency, Role
from cairn.accounts.panels import panels_for
from cairn.accounts.people import departure_of_leads
from cairn.lib.pagination import PARAM as PAGE_PARAM
from cairn.lib.pagination import Paged, paginate, window
from cairn.plans.access import (
    get_action_for_user,
    get_plan_for_user,
    may_update,
)
from cairn.plans.forms import PlanFilterForm
from cairn.plans.history import action_history
from cairn.plans.models import Action, Plan
from cairn.plans.my_actions import led_actions
from cairn.plans.outline import Row, page_tree, plan_outline
from cairn.plans.rollforward import carried_label, earlier_years
from cairn.plans.templatetags.plan_links import link, links
from cairn.plans.tree import GroupNode, lead_names, led_by_leavers, statuses_of, themes_of
from cairn.plans.versions import PAGE_CACHE_SECONDS, page_key

HISTORY_PER_PAGE = 25  # changes on each page of an action's history
PLAN_PAGE_ACTIONS = 250  # actions on each page of a plan: a whole plan of the usual size


def partnership_home(request: HttpRequest, slug: str) -> HttpResponse:
    """The partnership's home page: its plans. Named `accounts:partnership` (cairn/urls.py)."""
    partnership, role = get_partnership_for_user(request, slug)
    plans = (
        Plan.objects.filter(partnership=partnership, kind=Plan.Kind.YEARLY)
        .select_related("strategy")
        .with_summary()
    )
    paged = paginate(request, plans.order_by("-starts_on", "title", "pk"))
    return render(
        request,
        "accounts/partnership.html",
        {
            "partnership": partnership,
            "role": role,
            "role_label": Role(role).label.lower(),
            "plans": paged.items,
            "paged": paged,
            "can_edit": is_coordinator(request.user, partnership),
            # What higher apps add: a data contributor's returns due (indicators).
            "panels": panels_for(request, partnership, role),
        },
    )


def plan_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The plan for reading: its tree, narrowed by the filters and search in the query
    string, PLAN_PAGE_ACTIONS actions a page. Queries do not grow with the plan, and a long
    plan's page does not either (see test_plan_page_queries_... and test_a_long_plan_...).

    What the page shows of the plan is rendered once per plan revision, day, query string
    and role and kept in the cache (plans/versions.py says what raises the revision: any
    change to the plan, its rounds, its partnership's agencies, statuses, members and their
    names); `read` is only called when it has to be rendered."""
    plan = get_plan_for_user(request, pk)
    today = timezone.localdate()
    can_edit = is_coordinator(request.user, plan.partnership_id)
    return render(
        request,
        "plans/plan.html",
        {
            "plan": plan,
            "can_edit": can_edit,
            "read": SimpleLazyObject(lambda: _plan_tree_context(request, plan, today, can_edit)),
            "cache_key": page_key(plan, today, _plan_page_query(request), can_edit),
            "cache_seconds": PAGE_CACHE_SECONDS,
        },
    )


PLAN_PAGE_PARAMETERS = (*PlanFilterForm.base_fields, PAGE_PARAM)


def _plan_page_query(request: HttpRequest) -> str:
    """The query string as the plan page reads it: its filters and page number, in one
    order. Other parameters change nothing it shows, so they make no copy of it in the
    cache ("?x=1", "?x=2", ... would each have kept a whole page)."""
    return urlencode(
        [(name, request.GET[name][:200]) for name in PLAN_PAGE_PARAMETERS if request.GET.get(name)]
    )


def _plan_tree_context(request: HttpRequest, plan: Plan, today: date, can_edit: bool) -> dict:
    """The filters, the page of the tree and its counts: what `plans/plan.html` renders
    inside its cached block."""
    themes = themes_of(plan)
    statuses = statuses_of(plan)
    form = PlanFilterForm(
        request.GET or None,
        themes=themes,
        agencies=Agency.objects.filter(partnership_id=plan.partnership_id).order_by("name"),
        statuses=statuses,
    )
    shown = form.plan_filter()
    # Every shown action counted from a few columns; only the page's built in full.
    outline = plan_outline(
        plan,
        on=today,
        actions=shown.narrow(Action.objects.all()),
        themes=themes,
        statuses={status.pk: status for status in statuses},
        overdue_only=shown.overdue,
    )
    rows = outline.rows
    paged = paginate(request, rows, PLAN_PAGE_ACTIONS)
    tree = page_tree(outline, paged.items, today, keep_empty=not (paged.is_paged or shown.is_set))
    return {
        "tree": tree,
        "paged": paged,
        "form": form,
        "filtered": shown.is_set,
        "shown_count": len(rows),
        "led_by_leavers": _name_leads(plan, tree, rows, paged, count_leavers=can_edit),
        "links": links("plans:action"),
    }


def _name_leads(
    plan: Plan, tree: list[GroupNode], rows: list[Row], paged: Paged, count_leavers: bool
) -> int:
    """Names the leads of the page's actions (one query); with `count_leavers`, returns how
    many shown actions are led by someone who has left (only the coordinator is told to
    reassign): the page's leads tell when every shown action is on the page, otherwise one
    query over the plan's lead people does."""
    named = lead_names([row.pk for row in paged.items], plan.partnership_id)
    for group in tree:
        for node in group.all_actions():
            node.named = named[node.action.pk]
    if not count_leavers:
        return 0
    if paged.is_paged:
        return led_by_leavers(plan, [row.pk for row in rows])
    return sum(bool(leads.departed) for leads in named.values())


def action_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The action: its details, milestones, update in the open round, earlier years and
    history. What it shows of its plan is rendered once per plan revision (plans/versions.py:
    any change to the action, its milestones, leads, rounds and updates, its partnership's
    agencies, statuses and people), day, history page and role, and kept in the cache;
    `read` is only worked out when it has to be rendered. Its indicators and earlier years
    (other plans) are read every time."""
    action = get_action_for_user(request, pk)
    plan = action.theme.plan
    today = timezone.localdate()
    earlier = earlier_years(action)
    can_edit = is_coordinator(request.user, plan.partnership_id)
    can_update = may_update(request.user, action)
    return render(
        request,
        "plans/action.html",
        {
            # Roll forward: "carried from 2025/26, 3rd year" and last years' selves.
            "carried": carried_label(action, earlier[0] if earlier else None),
            "earlier": earlier,
            "action": action,
            "plan": plan,
            "overdue": action.is_overdue(today),
            "can_edit": can_edit,
            "can_update": can_update,
            "read": SimpleLazyObject(lambda: _action_context(request, action, today)),
            "cache_key": page_key(
                plan, "action", pk, today, can_edit, can_update, request.GET.urlencode()
            ),
            "cache_seconds": PAGE_CACHE_SECONDS,
        },
    )


def _action_context(request: HttpRequest, action: Action, today: date) -> dict:
    """The action's leads, milestones and a page of its history: what `plans/action.html`
    renders inside its kept blocks."""
    return {
        # Each with has_left: "Lead has left", and the coordinator is asked to reassign.
        "lead_people": departure_of_leads(action.theme.plan.partnership_id).filter(
            led_actions=action
        ),
        "milestones": [
            (m, m.is_overdue(today))
            for m in action.milestones.select_related("lead_agency", "lead_person")
        ],
        "history": window(request, partial(action_history, action), HISTORY_PER_PAGE),
    }


def my_actions(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    # One query, read from the lead tables' indexes, as light rows (plans/my_actions.py);
    # the open rounds' lists below take the same rows. The page names no leads, so none
    # are fetched. Plans the person may not open (a death review's, say, when their role
    # is not chosen) are left out: a link here never answers 403.
    led = led_actions(request.user)
    rows = [(action, action.is_overdue(today)) for action in led]
    return render(
        request,
        "plans/my_actions.html",
        {"rows": rows, "led": led, "action_link": link("plans:action")},
    )
