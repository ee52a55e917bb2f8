"""Indicator pages: the partnership's indicators, one indicator's trend, and the
coordinator's pages to add, edit and record figures.

Everyone in the partnership reads; only the coordinator writes (indicators/access.py).
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from cairn.accounts.access import get_partnership_for_user, is_coordinator
from cairn.indicators import chart
from cairn.indicators.access import get_indicator_for_user
from cairn.indicators.forms import IndicatorForm, LibraryForm, ValueForm
from cairn.indicators.library import add_from_library
from cairn.indicators.models import Indicator
from cairn.indicators.recording import record_value
from cairn.indicators.trends import indicator_trend, partnership_trends


def partnership_indicators(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug)
    return render(
        request,
        "indicators/partnership.html",
        {
            "partnership": partnership,
            "trends": partnership_trends(partnership),
            "can_edit": is_coordinator(request.user, partnership),
        },
    )


def indicator_page(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = get_indicator_for_user(request, pk)
    trend = indicator_trend(indicator)
    return render(
        request,
        "indicators/indicator.html",
        {
            "indicator": indicator,
            "partnership": indicator.partnership,
            "trend": trend,
            "chart": chart.svg(trend),
            "actions": indicator.actions.select_related("theme__plan").in_tree_order(),
            "can_edit": is_coordinator(request.user, indicator.partnership_id),
        },
    )


def indicator_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    form = IndicatorForm(_data(request), partnership=partnership)
    if form.is_bound and form.is_valid():
        form.instance._history_user = request.user
        indicator = form.save()
        messages.success(request, f"Indicator “{indicator}” added.")
        return redirect("indicators:indicator", indicator.pk)
    back = reverse("indicators:partnership", args=[slug])
    return _form_page(request, form, "Add an indicator", partnership.name, back, "Add indicator")


def indicator_edit(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = get_indicator_for_user(request, pk, write=True)
    form = IndicatorForm(_data(request), instance=indicator, partnership=indicator.partnership)
    if form.is_bound and form.is_valid():
        form.instance._history_user = request.user
        form.save()
        messages.success(request, "Indicator saved.")
        return redirect("indicators:indicator", indicator.pk)
    back, title = reverse("indicators:indicator", args=[pk]), f"Edit “{indicator}”"
    return _form_page(request, form, title, indicator.partnership.name, back, "Save")


def value_record(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = get_indicator_for_user(request, pk, write=True)
    form = ValueForm(_data(request), indicator=indicator, today=timezone.localdate())
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        record_value(indicator, data["period"], data["value"], data["note"], by=request.user)
        messages.success(request, f"Figure for {data['period']} saved.")
        return redirect("indicators:indicator", indicator.pk)
    back = reverse("indicators:indicator", args=[pk])
    return _form_page(request, form, "Record a figure", indicator.name, back, "Save figure")


def library(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    form = LibraryForm(_data(request))
    if form.is_bound and form.is_valid():
        added = add_from_library(partnership, form.cleaned_data["indicators"], by=request.user)
        messages.success(
            request,
            f"{len(added)} indicator(s) added." if added else "The partnership had them all.",
        )
        return redirect("indicators:partnership", slug)
    back = reverse("indicators:partnership", args=[slug])
    have = set(Indicator.objects.filter(partnership=partnership).values_list("name", flat=True))
    return render(
        request,
        "indicators/library.html",
        {"form": form, "partnership": partnership, "back_url": back, "have": have},
    )


def _data(request: HttpRequest):
    """The posted data (even when empty, so an empty form says what is missing)."""
    return request.POST if request.method == "POST" else None


def _form_page(request, form, title: str, caption: str, back: str, submit: str) -> HttpResponse:
    return render(
        request,
        "indicators/edit_form.html",
        {"form": form, "title": title, "caption": caption, "back_url": back, "submit": submit},
    )
