"""Create indicators from a plan's measures: a preview of what would be made, linked to
the actions naming each measure; nothing is saved until the coordinator confirms.

Coordinator only (403 for other roles, 404 for another partnership or its plans).
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from cairn.accounts.access import get_partnership_for_user
from cairn.indicators.from_plan import create_from_plan, proposals
from cairn.lib.forms import GovukForm
from cairn.plans.models import Plan


class ChooseForm(GovukForm):
    chosen = forms.MultipleChoiceField(
        error_messages={"required": "Choose at least one measure to make an indicator of."}
    )

    def __init__(self, *args, keys: list[str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["chosen"].choices = [(key, key) for key in keys]


def from_plan(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    plans = list(Plan.objects.filter(partnership=partnership, kind=Plan.Kind.YEARLY))
    chosen_id = (request.POST if request.method == "POST" else request.GET).get("plan")
    plan = _plan(plans, chosen_id)
    found = proposals(plan) if plan else []
    form = ChooseForm(
        request.POST if request.method == "POST" else None, keys=[p.key for p in found]
    )
    if plan and form.is_bound and form.is_valid():
        created, linked = create_from_plan(plan, set(form.cleaned_data["chosen"]), request.user)
        messages.success(
            request,
            f"{created} indicator{'s' if created != 1 else ''} created"
            + (f", {linked} already there linked to their actions" if linked else "")
            + ". Add their baselines, targets and figures next.",
        )
        return redirect("indicators:partnership", slug)
    return render(
        request,
        "indicators/from_plan.html",
        {
            "partnership": partnership,
            "plans": plans,
            "plan": plan,
            "proposals": found,
            "form": form,
            "checked": set(request.POST.getlist("chosen")) if form.is_bound else None,
        },
        status=400 if form.errors else 200,
    )


def _plan(plans: list[Plan], chosen_id: str | None) -> Plan | None:
    """The plan asked for (404 when not one of the partnership's), or the only one."""
    if chosen_id:
        match = [p for p in plans if str(p.pk) == chosen_id]
        if not match:
            raise Http404("No such plan.")
        return match[0]
    return plans[0] if len(plans) == 1 else None
