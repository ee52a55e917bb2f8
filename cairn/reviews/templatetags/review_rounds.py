"""Review round panels that other apps' pages include: My actions, the action, the plan."""

from __future__ import annotations

from django import template
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from cairn.accounts.access import is_coordinator
from cairn.plans.access import may_update
from cairn.plans.models import Action, Plan
from cairn.plans.templatetags.plan_links import link
from cairn.reviews.leads import open_rounds_for_lead
from cairn.reviews.models import ReviewRound, Update
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
def update_state(update: Update | None) -> SafeString:
    """Where an action's update stands in a round, in words (never colour alone). A tag,
    not an include: the lead's list has one per action."""
    return UPDATE_STATES[update.state if update else None]


@register.inclusion_tag("reviews/_my_round_updates.html", takes_context=True)
def my_round_updates(context) -> dict:
    """Each open round the person has actions in, with each action's update and a link."""
    user = context["request"].user
    groups = [
        {
            "round": group.round,
            "rows": group.rows,
            # A draft or a returned update still needs the lead's submit.
            "outstanding": sum(1 for _, update, _ in group.rows if not (update and update.is_done)),
            "update_link": link("reviews:update", group.round.pk),
        }
        for group in open_rounds_for_lead(user, on=timezone.localdate())
    ]
    return {"groups": groups, "user": user}


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
