"""The coordinator's Settings: the partnership's settings and its status scheme.

Every view fetches the partnership through get_partnership_for_user(write=True): 404 for
someone outside it, 403 for anyone but its coordinator.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from cairn.accounts.access import get_partnership_for_user
from cairn.accounts.models import Partnership
from cairn.plans import statuses
from cairn.plans.models import StatusScheme
from cairn.plans.settings_forms import (
    MappingForm,
    PartnershipSettingsForm,
    SchemeNameForm,
    TemplateForm,
    TemplateQueryForm,
    status_formset,
)


def settings_page(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    data = request.POST if request.method == "POST" else None
    form = PartnershipSettingsForm(data, instance=partnership)
    if form.is_bound and form.is_valid():
        partnership = form.save(commit=False)
        partnership._history_user = request.user  # type: ignore[attr-defined]
        partnership.save()
        messages.success(request, "Settings saved.")
        return redirect("plans:settings", partnership.slug)
    return render(
        request,
        "plans/settings/settings.html",
        {"partnership": partnership, "form": form, "scheme": _scheme(partnership)},
    )


def scheme_templates(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    form = TemplateForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        url = reverse("plans:status_scheme", args=[partnership.slug])
        return redirect(f"{url}?template={form.cleaned_data['template']}")
    return render(
        request,
        "plans/settings/templates.html",
        {"partnership": partnership, "form": form, "hints": TemplateForm.hints()},
    )


def status_scheme(request: HttpRequest, slug: str) -> HttpResponse:
    """Edit the statuses (or a template's), preview their tags, then save: straight away,
    or through the confirmation page when actions have a status being removed."""
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    scheme = _scheme(partnership)
    if request.method != "POST":
        query = TemplateQueryForm(request.GET)
        template = query.cleaned_data["template"] if query.is_valid() else ""
        if template:
            name, rows = statuses.template_rows(template)
        else:
            name, rows = scheme.name, statuses.current_rows(scheme)
        formset = status_formset(rows=rows, extra=3 if not rows else 1)
        name_form = SchemeNameForm(initial={"name": name})
        return _editor(request, partnership, scheme, formset, name_form, rows, template)
    formset = status_formset(request.POST)
    name_form = SchemeNameForm(request.POST)
    valid = formset.is_valid() and name_form.is_valid()
    rows = formset.rows() if formset.is_valid() else []
    if not valid or "preview" in request.POST:
        return _editor(request, partnership, scheme, formset, name_form, rows, "", preview=True)
    to_map = statuses.statuses_to_map(scheme, rows)
    if to_map:
        mapping = MappingForm(to_map=to_map, rows=rows, suggestions=_suggestions(to_map, rows))
        return _confirm(request, partnership, rows, mapping)
    return _apply(request, partnership, name_form.cleaned_data["name"], rows, {})


@require_POST
def status_scheme_confirm(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    scheme = _scheme(partnership)
    formset = status_formset(request.POST)
    name_form = SchemeNameForm(request.POST)
    if not (formset.is_valid() and name_form.is_valid()):
        return _editor(request, partnership, scheme, formset, name_form, [], "", preview=True)
    rows = formset.rows()
    to_map = statuses.statuses_to_map(scheme, rows)
    mapping = MappingForm(request.POST, to_map=to_map, rows=rows, suggestions={})
    if not mapping.is_valid():
        return _confirm(request, partnership, rows, mapping)
    return _apply(request, partnership, name_form.cleaned_data["name"], rows, mapping.mapping())


def _apply(request, partnership: Partnership, name: str, rows, mapping) -> HttpResponse:
    try:
        statuses.change_scheme(partnership, name, rows, mapping, by=request.user)
    except statuses.SchemeChangeRefused as refusal:
        messages.error(request, f"Nothing was changed: {refusal}")
        return redirect("plans:status_scheme", partnership.slug)
    messages.success(request, "Status scheme saved.")
    return redirect("plans:settings", partnership.slug)


def _editor(request, partnership, scheme, formset, name_form, rows, template, preview=False):
    in_use = statuses.actions_by_status(scheme)
    for form in formset.forms:
        form.in_use = in_use.get(form.initial.get("pk"), 0)
    return render(
        request,
        "plans/settings/status_scheme.html",
        {
            "partnership": partnership,
            "scheme": scheme,
            "formset": formset,
            "name_form": name_form,
            "preview_rows": rows,
            "previewed": preview,
            "template": template,
        },
    )


def _confirm(request, partnership, rows, mapping: MappingForm) -> HttpResponse:
    # The proposal travels on as hidden fields, so nothing is kept between the two pages.
    carried = [
        (key, value)
        for key in request.POST
        if key.startswith("status-") or key == "name"
        for value in request.POST.getlist(key)
    ]
    return render(
        request,
        "plans/settings/status_scheme_confirm.html",
        {"partnership": partnership, "rows": rows, "form": mapping, "carried": carried},
    )


def _suggestions(to_map, rows) -> dict[int, int | None]:
    return {status.pk: statuses.suggested_row(status, rows) for status, _ in to_map}


def _scheme(partnership: Partnership) -> StatusScheme:
    scheme = StatusScheme.objects.filter(partnership=partnership).first()
    if scheme is None:
        scheme = statuses.create_scheme(partnership, "blank")
    return scheme
