"""The import page: upload a plan document, check and correct the plan read from it, save it.

Nothing reaches the plan tables before the coordinator confirms. The upload is read in the
background (`tasks.read_import`) while a progress page polls; the plan it finds, the lead
decisions and the upload's folder belong to an ImportJob row, never to the session.
Confirming or cancelling deletes them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect

from cairn.accounts.access import get_partnership_for_user
from cairn.accounts.models import Agency, Partnership, User
from cairn.accounts.requests import SignedInRequest
from cairn.imports import corrections
from cairn.imports.forms import (
    ColumnForm,
    ConfirmForm,
    CorrectionForm,
    ItemForm,
    LeadsForm,
    UploadForm,
)
from cairn.imports.grid import UnreadableDocument
from cairn.imports.jobs import end_import, start_import
from cairn.imports.models import ImportJob
from cairn.imports.save import ChosenAgencyGone, lead_choices, preview_issues, save_plan
from cairn.imports.targets import target_of


def keep(job: ImportJob) -> None:
    job.save(update_fields=["plan", "leads", "updated_at"])


def leads_form_for(
    partnership: Partnership, work: ImportJob, data: dict[str, Any] | None = None
) -> LeadsForm:
    choices = lead_choices(work.ready_plan, partnership, work.leads)
    agencies = Agency.objects.filter(partnership=partnership, merged_into__isnull=True)
    people = User.objects.filter(memberships__partnership=partnership, is_active=True)
    return LeadsForm(data, choices=choices, agencies=agencies, people=people.order_by("name"))


def get_import_for_user(
    request: SignedInRequest, slug: str
) -> tuple[Partnership, ImportJob | None]:
    """The partnership, for its coordinator only (404 for others' partnerships, 403 for other
    roles), and this person's import under way in it: None when there is none."""
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    return partnership, ImportJob.objects.working(partnership, request.user)


ImportPage = Callable[..., HttpResponse]


def with_working_import(view: ImportPage) -> ImportPage:
    """For the pages of an import whose plan is ready to check: the view gets the partnership
    and the import; with none under way the person goes back to the upload page, and while
    the document is still being read, to the progress page."""

    @wraps(view)
    def page(request: SignedInRequest, slug: str, **kwargs: str) -> HttpResponse:
        partnership, work = get_import_for_user(request, slug)
        if work is None:
            return redirect("imports:start", partnership.slug)
        if work.status != ImportJob.Status.READY:
            return redirect("imports:progress", partnership.slug)
        return view(request, partnership, work, **kwargs)

    return page


CONFIDENCE = {
    "high": "Sure: every column was named by its header.",
    "medium": (
        "Fairly sure: some columns were read from what their cells hold or how they are laid "
        "out. Check those below."
    ),
    "low": (
        "Not sure: some columns could not be placed, or the table had no header row. Check "
        "the columns below and give the others a role."
    ),
}
"""What the preview says about how sure the reading of the columns is."""


def preview_url(partnership: Partnership, anchor: str = "") -> str:
    url = reverse("imports:preview", args=[partnership.slug])
    return f"{url}#{anchor}" if anchor else url


def start(request: SignedInRequest, slug: str) -> HttpResponse:
    partnership, job = get_import_for_user(request, slug)
    posted = request.method == "POST"
    form = UploadForm(request.POST, request.FILES) if posted else UploadForm()
    if posted and form.is_valid():
        try:
            start_import(partnership, request.user, form.cleaned_data["file"])
        except UnreadableDocument as problem:
            form.add_error("file", str(problem))
        else:
            return redirect("imports:progress", partnership.slug)
    context = {"partnership": partnership, "form": form, "job": job}
    return render(request, "imports/start.html", context)


@require_GET
def progress(request: SignedInRequest, slug: str) -> HttpResponse:
    """While the document is read: a page that polls (htmx) or offers a refresh link."""
    partnership, job = get_import_for_user(request, slug)
    if job is not None and job.is_waiting:
        template = "imports/_progress.html" if request.htmx else "imports/progress.html"
        return render(request, template, {"partnership": partnership, "job": job})
    if request.htmx:  # done: the whole page decides where to go
        return HttpResponseClientRedirect(request.path)
    if job is not None and job.status == ImportJob.Status.FAILED:
        job.delete()  # its folder went when it failed; the message is shown once
        form = UploadForm.refused(job.error)
        return render(request, "imports/start.html", {"partnership": partnership, "form": form})
    if job is None:
        return redirect("imports:start", partnership.slug)
    return redirect(preview_url(partnership))


@with_working_import
def preview(request: SignedInRequest, partnership: Partnership, work: ImportJob) -> HttpResponse:
    return render_preview(request, partnership, work)


def render_preview(
    request: SignedInRequest,
    partnership: Partnership,
    work: ImportJob,
    form: forms.Form | None = None,
    leads_form: LeadsForm | None = None,
    confirm_form: ConfirmForm | None = None,
    column_form: ColumnForm | None = None,
) -> HttpResponse:
    plan_json = work.ready_plan
    issues = preview_issues(plan_json, partnership, work.leads)
    context = {
        "partnership": partnership,
        "work": work,
        "items": list(corrections.preview_items(plan_json)),
        "counts": corrections.counts(plan_json),
        "issues": [i for i in issues if i.kind != "lead"],
        "new_leads": [i for i in issues if i.kind == "lead"],
        "form": form,
        "leads_form": leads_form or leads_form_for(partnership, work),
        "columns": plan_json.get("columns", []),
        "confidence": CONFIDENCE.get(plan_json.get("confidence", "")),
        "column_form": column_form or ColumnForm(plan_json=plan_json),
        "confirm_form": confirm_form
        or ConfirmForm(initial={"title": plan_json.get("title") or work.file_name}),
        "target": target_of(work),  # another home than a new plan (imports/targets.py)
    }
    return render(request, "imports/preview.html", context)


@with_working_import
def item(
    request: SignedInRequest, partnership: Partnership, work: ImportJob, item_id: str
) -> HttpResponse:
    form = ItemForm({"item": item_id}, plan_json=work.ready_plan)
    if not form.is_valid():
        return render_preview(request, partnership, work, form)
    return render_item(request, partnership, form.location, item_id, plan_json=work.ready_plan)


def render_item(
    request: SignedInRequest,
    partnership: Partnership,
    location: corrections.Location,
    item_id: str,
    form: CorrectionForm | None = None,
    *,
    plan_json: dict[str, Any],
) -> HttpResponse:
    item = location.item
    here = location.parents[0] if location.parents else None
    themes = [
        (f"t{number}", theme.get("title") or f"Theme {number} (no title)")
        for number, theme in enumerate(plan_json.get("themes", []), 1)
        if theme is not here
    ]
    context = {
        "themes": themes if location.kind in ("objective", "action") else [],
        "partnership": partnership,
        "item_id": item_id,
        "kind": location.kind,
        "item": item,
        "levels": [
            (value, label)
            for value, label in (
                ("objective", "An objective"),
                ("action", "An action"),
                ("milestone", "A milestone of the action above"),
            )
            if value in corrections.LEVELS[location.kind]
        ],
        "form": form
        or CorrectionForm(initial={"item": item_id, "title": item.get("title")}, plan_json={}),
    }
    return render(request, "imports/item.html", context)


@require_POST
@with_working_import
def correct(request: SignedInRequest, partnership: Partnership, work: ImportJob) -> HttpResponse:
    form = CorrectionForm(request.POST, plan_json=work.ready_plan)
    if form.is_valid():
        work.plan = form.corrected
        keep(work)
        messages.success(request, "Correction made.")
        return redirect(preview_url(partnership, "plan"))
    if "item" in form.errors or "operation" in form.errors:
        return render_preview(request, partnership, work, form)
    return render_item(
        request,
        partnership,
        form.location,
        form.cleaned_data["item"],
        form,
        plan_json=work.ready_plan,
    )


@require_POST
@with_working_import
def column(request: SignedInRequest, partnership: Partnership, work: ImportJob) -> HttpResponse:
    """Give a column Cairn could not place a role: each action's value moves there."""
    form = ColumnForm(request.POST, plan_json=work.ready_plan)
    if not form.is_valid():
        return render_preview(request, partnership, work, column_form=form)
    work.plan = form.corrected
    keep(work)
    messages.success(request, f"The column “{form.cleaned_data['header']}” was moved.")
    return redirect(preview_url(partnership, "reading"))


@require_POST
@with_working_import
def leads(request: SignedInRequest, partnership: Partnership, work: ImportJob) -> HttpResponse:
    form = leads_form_for(partnership, work, request.POST)
    if not form.is_valid():
        return render_preview(request, partnership, work, form, leads_form=form)
    work.leads = form.mapping()
    keep(work)
    messages.success(request, "Leads saved for this import.")
    return redirect(preview_url(partnership, "leads"))


@require_POST
@with_working_import
def confirm(request: SignedInRequest, partnership: Partnership, work: ImportJob) -> HttpResponse:
    form = ConfirmForm(request.POST)
    if not form.is_valid():
        return render_preview(request, partnership, work, form, confirm_form=form)
    target = target_of(work)
    try:
        with transaction.atomic():
            plan = save_plan(
                work.ready_plan,
                partnership,
                by=request.user,
                title=form.cleaned_data["title"],
                lead_mapping=work.leads,
                source_name=work.file_name,
            )
            landing = target.adopt(work, plan, request.user) if target else None
    except ChosenAgencyGone:  # an agency chosen for a lead was deleted meanwhile
        work.leads = {}
        keep(work)
        form.add_error(None, "An agency chosen for a lead no longer exists. Choose again.")
        return render_preview(request, partnership, work, form, confirm_form=form)
    end_import(partnership, request.user)
    if landing is not None:
        messages.success(request, landing.message)
        return redirect(landing.url)
    messages.success(request, f"“{plan}” imported as a draft plan. Check it, then make it active.")
    return redirect("plans:plan", plan.pk)


@require_POST
def cancel(request: SignedInRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    end_import(partnership, request.user)
    messages.success(request, "Import cancelled. Nothing was saved.")
    return redirect("accounts:partnership", partnership.slug)
