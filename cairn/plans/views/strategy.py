"""Strategy pages: a partnership's strategies, one strategy with its plans year by year,
and the coordinator's create and edit."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from cairn.accounts.access import get_partnership_for_user, is_coordinator, require_role
from cairn.accounts.models import Partnership
from cairn.plans.models import Strategy
from cairn.plans.strategy import side_by_side, strategies_of, strategy_plans
from cairn.plans.strategy_forms import StrategyForm


def get_strategy_for_user(request: HttpRequest, pk: int, *, write: bool = False) -> Strategy:
    strategy = Strategy.objects.select_related("partnership").filter(pk=pk).first()
    if strategy is None:
        raise Http404("No such strategy.")
    require_role(request, strategy.partnership_id, write=write)
    return strategy


def strategy_panel(request: HttpRequest, partnership: Partnership, role: str) -> dict:
    """The partnership page's link to its strategies (every member sees it)."""
    return {"partnership": partnership}


@require_GET
def strategy_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug)
    return render(
        request,
        "plans/strategies.html",
        {
            "partnership": partnership,
            "strategies": strategies_of(partnership.pk),
            "can_edit": is_coordinator(request.user, partnership.pk),
        },
    )


@require_GET
def strategy_page(request: HttpRequest, pk: int) -> HttpResponse:
    strategy = get_strategy_for_user(request, pk)
    plans = list(strategy_plans(strategy, on=timezone.localdate()))
    return render(
        request,
        "plans/strategy.html",
        {
            "strategy": strategy,
            "partnership": strategy.partnership,
            "plans": plans,
            "rows": side_by_side(plans),
            "can_edit": is_coordinator(request.user, strategy.partnership_id),
        },
    )


def strategy_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    form = StrategyForm(request.POST or None, instance=Strategy(partnership=partnership))
    if form.is_bound and form.is_valid():
        strategy = _save(request, form)
        messages.success(request, f"Strategy “{strategy}” created.")
        return redirect("plans:strategy", strategy.pk)
    back = reverse("plans:strategies", args=[slug])
    return _form_page(request, form, "Create a strategy", partnership.name, back, "Create")


def strategy_edit(request: HttpRequest, pk: int) -> HttpResponse:
    strategy = get_strategy_for_user(request, pk, write=True)
    form = StrategyForm(request.POST or None, instance=strategy)
    if form.is_bound and form.is_valid():
        _save(request, form)
        messages.success(request, "Strategy saved.")
        return redirect("plans:strategy", strategy.pk)
    back = reverse("plans:strategy", args=[pk])
    return _form_page(request, form, f"Edit “{strategy}”", strategy.partnership.name, back, "Save")


def _save(request: HttpRequest, form: StrategyForm) -> Strategy:
    if not request.user.is_authenticated:
        raise PermissionDenied
    strategy = form.instance
    strategy._history_user = request.user  # type: ignore[attr-defined]
    strategy.save()
    return strategy


def _form_page(
    request: HttpRequest, form: StrategyForm, title: str, caption: str, back: str, submit: str
) -> HttpResponse:
    return render(
        request,
        "plans/edit_form.html",
        {"form": form, "title": title, "caption": caption, "back_url": back, "submit": submit},
        status=400 if form.is_bound and form.errors else 200,
    )
