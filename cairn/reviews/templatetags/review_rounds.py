"""Review round panels that other apps' pages include: My actions, the action, the plan."""

from __future__ import annotations

from django import template
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from cairn.accounts.access import is_coordinator
from cairn.lib.kept import CSRF_HOLE
from cairn.plans.access import may_update
from cairn.plans.models import Action, Plan
from cairn.plans.my_actions import LedAction
from cairn.plans.templatetags.plan_cells import (
    LEAD_HAS_LEFT,
    deadline,
    deadline_html,
    esc,
    status_tag,
    truncated,
)
from cairn.plans.templatetags.plan_links import PLACEHOLDER, link
from cairn.reviews.leads import UpdateShown, open_rounds_for_lead
from cairn.reviews.models import ReviewRound, Update
from cairn.reviews.rounds import RoundSummary
from cairn.reviews.timeline import action_timeline

register = template.Library()

TAG = '<strong class="govuk-tag govuk-tag--{}">{}</strong>'
UPDATE_STATES = {
    None: mark_safe(TAG.format("blue", "Needs an update")),
    Update.State.DRAFT: mark_safe(TAG.format("light-blue", "Draft: not submitted")),
    Update.State.RETURNED: mark_safe(TAG.format("red", "Returned: revise")),
    Update.State.ACCEPTED: mark_safe(TAG.format("green", "Accepted")),
    Update.State.SUBMITTED: mark_safe(TAG.format("green", "Submitted")),
}


@register.simple_tag
def kept_csrf_token() -> SafeString:
    """`{% csrf_token %}` inside a part of a page kept in the cache: the hole
    `fill_csrf_holes` puts the visitor's own token in (lib/kept.py)."""
    return mark_safe(CSRF_HOLE)


@register.simple_tag
def update_state(update: Update | UpdateShown | None) -> SafeString:
    """Where an action's update stands in a round, in words (never colour alone). A tag,
    not an include: the lead's list has one per action."""
    return UPDATE_STATES[update.state if update else None]


@register.inclusion_tag("reviews/_my_round_updates.html", takes_context=True)
def my_round_updates(context, led: list[LedAction] | None = None) -> dict:
    """Each open round the person has actions in, with each action's update and a link;
    `led`: the person's actions as the page has already read them (plans/my_actions.py)."""
    user = context["request"].user
    groups = [
        {
            "round": group.round,
            "rows": group.rows,
            # A draft or a returned update still needs the lead's submit.
            "outstanding": group.outstanding,
            "update_link": link("reviews:update", group.round.pk),
        }
        for group in open_rounds_for_lead(user, on=timezone.localdate(), led=led)
    ]
    return {"groups": groups, "user": user}


TASK_ROW = """
  <li class="govuk-task-list__item govuk-task-list__item--with-link">
    <div class="govuk-task-list__name-and-hint">
      <a class="govuk-link govuk-task-list__link" href="{href}" aria-describedby="{status_id}">\
Update {ref}<span class="govuk-visually-hidden">:</span> {title}</a>
      <div class="govuk-task-list__hint">Deadline: {deadline}</div>
    </div>
    <div class="govuk-task-list__status" id="{status_id}">{state}</div>
  </li>
  """


@register.simple_tag
def round_task_rows(group: dict) -> SafeString:
    """A round's list of the lead's actions, one item per (action, update, overdue),
    written here rather than by a template loop: the markup the loop gave."""
    round_pk = group["round"].pk
    today = timezone.localdate()
    return mark_safe(
        "".join(
            TASK_ROW.format(
                href=group["update_link"].replace(PLACEHOLDER, str(action.pk)),
                status_id=f"due-{round_pk}-{action.pk}-status",
                ref=esc(action.ref),
                title=esc(truncated(action.title, 120)),
                deadline=deadline_html(action, overdue, today),
                state=update_state(update),
            )
            for action, update, overdue in group["rows"]
        )
    )


@register.inclusion_tag("reviews/_action_review.html", takes_context=True)
def action_review(context, action: Action) -> dict:
    """The action's update in its plan's open round, if any, and its review timeline."""
    request = context["request"]
    plan = action.theme.plan
    open_round = plan.rounds.filter(state=ReviewRound.State.OPEN).first()
    update = Update.objects.filter(round=open_round, action=action).first() if open_round else None
    return {
        "action": action,
        "open_round": open_round,
        "update": update,
        "may_update": may_update(request.user, action),
        "timeline": action_timeline(action),
    }


@register.inclusion_tag("reviews/_plan_rounds.html")
def plan_rounds(plan: Plan) -> dict:
    """Links to the plan's latest rounds, for anyone who reads the plan."""
    return {"plan": plan, "rounds": list(plan.rounds.all()[:4])}


@register.inclusion_tag("reviews/_open_round_button.html", takes_context=True)
def open_round_button(context, plan: Plan) -> dict:
    return {
        "plan": plan,
        "is_coordinator": is_coordinator(context["request"].user, plan.partnership_id),
    }


ROUND_ROW = """
  <tr class="govuk-table__row">
    <td class="govuk-table__cell">{action}</td>
    <td class="govuk-table__cell" data-label="Deadline">{deadline}</td>
    <td class="govuk-table__cell" data-label="Update">{update}</td>
    <td class="govuk-table__cell" data-label="Status">{status}</td>
  </tr>
  """


@register.simple_tag
def round_rows(
    summary: RoundSummary, updatable: set[int], coordinator: bool, links: dict[str, str]
) -> SafeString:
    """The round page's rows, one per action: ref and title (linked to its update where the
    person may give it, else to the action), deadline, update, status. Written here rather
    than by the template engine, whose per-variable lookups were most of the page's time."""
    rows = []
    for action, update, overdue in summary.rows:
        may = coordinator or action.pk in updatable
        href = esc(
            (links["update"] if may else links["action"]).replace(PLACEHOLDER, str(action.pk))
        )
        cell = f"{esc(action.ref)} " if action.ref else ""
        cell += f'<a class="govuk-link" href="{href}">{esc(truncated(action.title, 120))}</a>'
        if action.pk in summary.left_action_ids:
            cell += LEAD_HAS_LEFT
        if update:
            given = esc(update.get_state_display())
        else:
            given = "Not asked: finished" if action.is_finished else "Outstanding"
        rows.append(
            ROUND_ROW.format(
                action=cell,
                deadline=deadline(action, overdue),
                update=given,
                status=status_tag(action.status),
            )
        )
    return mark_safe("".join(rows))
