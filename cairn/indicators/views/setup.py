"""The coordinator's set-up of indicators and data returns: the partnership's settings
(rounding published counts, reminder timing), its breakdowns (age band, sex ...), breaking
an element down, and editing or deleting a data set.

Coordinator only: other roles get 403, another partnership 404 (indicators/access.py).
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from cairn.accounts.access import get_partnership_for_user
from cairn.indicators import breakdowns, returns
from cairn.indicators.access import get_data_set_for_user
from cairn.indicators.forms import (
    BreakDownForm,
    DataSetForm,
    DisaggregationForm,
    IndicatorSettingsForm,
)
from cairn.indicators.models import DataElement, save_settings, settings_for
from cairn.indicators.views.indicators import _data, _form_page


def indicator_settings(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    form = IndicatorSettingsForm(_data(request), instance=settings_for(partnership))
    if form.is_bound and form.is_valid():
        save_settings(partnership, form.cleaned_data, by=request.user)
        messages.success(request, "Settings saved.")
        return redirect("indicators:partnership", slug)
    back = reverse("indicators:partnership", args=[slug])
    title = "Publishing and reminder settings"
    return _form_page(request, form, title, partnership.name, back, "Save settings")


def breakdown_list(request: HttpRequest, slug: str) -> HttpResponse:
    """The partnership's breakdowns, and a form to add one (or a ready-made one)."""
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    preset = request.POST.get("preset") if request.method == "POST" else None
    form = DisaggregationForm(None if preset else _data(request), partnership=partnership)
    preset_error = ""
    if preset:
        if preset in breakdowns.PRESETS:
            # Pressed twice (or by two coordinators at once): added once, and said so.
            had = partnership.disaggregations.filter(name=preset).exists()
            breakdowns.create_preset(partnership, preset, by=request.user)
            said = "was added already" if had else "added"
            messages.success(request, f"“{preset}” {said}.")
            return redirect("indicators:breakdowns", slug)
        preset_error = "That ready-made breakdown is not offered."
    elif form.is_bound and form.is_valid():
        form.instance._history_user = request.user
        made = form.save()
        messages.success(request, f"“{made}” added.")
        return redirect("indicators:breakdowns", slug)
    have = list(partnership.disaggregations.all())
    names = {d.name for d in have}
    return render(
        request,
        "indicators/breakdowns.html",
        {
            "partnership": partnership,
            "form": form,
            "breakdowns": have,
            "presets": [name for name in breakdowns.PRESETS if name not in names],
            "preset_error": preset_error,
        },
        status=400 if form.errors or preset_error else 200,
    )


def element_break_down(request: HttpRequest, pk: int) -> HttpResponse:
    """Break an element down: a part for each of the chosen breakdown's categories."""
    element = get_object_or_404(DataElement.objects.select_related("data_set"), pk=pk)
    data_set, _ = get_data_set_for_user(request, element.data_set_id, write=True)
    form = BreakDownForm(_data(request), partnership=data_set.partnership)
    if form.is_bound and form.is_valid():
        try:
            parts = breakdowns.break_down(element, form.cleaned_data["breakdown"], request.user)
        except breakdowns.BreakdownRefused as refusal:
            form.add_error("breakdown", str(refusal))
        else:
            messages.success(request, f"“{element}” now has {len(parts)} parts to fill in.")
            return redirect("indicators:data_set", data_set.pk)
    back = reverse("indicators:data_set", args=[data_set.pk])
    if not form.fields["breakdown"].queryset.exists():
        messages.info(request, "Add a breakdown (age band, sex ...) first.")
        return redirect("indicators:breakdowns", data_set.partnership.slug)
    return _form_page(request, form, f"Break down “{element}”", data_set.name, back, "Break down")


def data_set_edit(request: HttpRequest, pk: int) -> HttpResponse:
    data_set, _ = get_data_set_for_user(request, pk, write=True)
    form = DataSetForm(_data(request), instance=data_set, partnership=data_set.partnership)
    if form.is_bound and form.is_valid():
        form.instance._history_user = request.user
        form.save()
        messages.success(request, "Data set saved.")
        return redirect("indicators:data_set", data_set.pk)
    back = reverse("indicators:data_set", args=[pk])
    return _form_page(request, form, f"Edit “{data_set}”", data_set.partnership.name, back, "Save")


def data_set_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Confirm deleting a data set no agency has returned; refuse, listing the returns,
    when agencies have sent any (they are the partners' records)."""
    data_set, _ = get_data_set_for_user(request, pk, write=True)
    made = returns.returns_of(data_set)
    refusal = None
    try:
        returns.check_deletable(data_set, made)
    except returns.DataSetInUse as error:
        refusal = str(error)
    if request.method == "POST" and refusal is None:
        slug, name = data_set.partnership.slug, data_set.name
        returns.delete_data_set(data_set, by=request.user)
        messages.success(request, f"Data set “{name}” deleted.")
        return redirect("indicators:data_returns", slug)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "indicators/data_set_delete.html",
        {
            "data_set": data_set,
            "partnership": data_set.partnership,
            "returns": made,
            "refusal": refusal,
            "form": None,
            "indicators": data_set.partnership.indicators.filter(
                numerator__data_set=data_set
            ).order_by("name"),
        },
        status=status,
    )
