"""Start next year's plan from this one: choose, see the summary, confirm.

One page, three steps, nothing kept between them but the form itself: the choices (GET),
the summary (POST without `confirm`: the choices ride along as hidden fields) and the save
(POST with `confirm`). Nothing is saved before the confirmation; see plans/rollforward.py.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from cairn.plans.access import get_plan_for_user
from cairn.plans.models import Plan
from cairn.plans.rollforward import RollForwardRefused, carriable_actions, preview, roll_forward
from cairn.plans.rollforward_forms import RollForwardForm

# What the summary page carries back to the confirmation, besides the form's own fields.
NOT_CARRIED = {"csrfmiddlewaretoken", "confirm", "change"}


def roll_forward_page(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_plan_for_user(request, pk, write=True)
    refusal = _refusal(plan)
    actions = carriable_actions(plan)
    form = RollForwardForm(request.POST or None, plan=plan, actions=actions)
    changing = "change" in request.POST  # back from the summary to the choices
    if refusal is None and form.is_bound and form.is_valid() and not changing:
        choices = form.choices()
        try:
            if "confirm" in request.POST:
                new = roll_forward(plan, choices, by=request.user)
                messages.success(
                    request,
                    f"“{new}” started as a draft with {len(choices.action_ids)} actions carried "
                    f"from {plan.period_text or plan}. Check it, then make it active.",
                )
                return redirect("plans:plan", new.pk)
            summary = preview(plan, choices)
        except RollForwardRefused as refused:
            form.add_error(None, str(refused))
        else:
            hidden = [
                (key, value)
                for key in request.POST
                if key not in NOT_CARRIED
                for value in request.POST.getlist(key)
            ]
            return render(
                request,
                "plans/roll_forward_summary.html",
                {"plan": plan, "summary": summary, "hidden": hidden},
            )
    selected = {str(v) for v in (form["actions"].value() or [])}
    return render(
        request,
        "plans/roll_forward.html",
        {
            "plan": plan,
            "form": form,
            "refusal": refusal,
            "rows": [(a, str(a.pk) in selected) for a in actions],
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def _refusal(plan: Plan) -> str | None:
    if plan.kind != Plan.Kind.YEARLY:
        return "Only a yearly plan can be rolled forward into next year."
    if plan.state == Plan.State.DRAFT:
        return (
            "This plan is still a draft: make it active (Edit plan details) before starting "
            "next year's plan from it."
        )
    return None
