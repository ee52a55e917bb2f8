"""The import page: upload a plan document, check and correct the plan read from it, save it.

Nothing reaches the plan tables before the coordinator confirms. Between steps the plan
(as Plan JSON), the lead decisions and the token of the upload's temporary folder live in
the session; confirming or cancelling deletes the folder.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from cairn.accounts.access import get_partnership_for_user
from cairn.accounts.models import Agency, Partnership
from cairn.imports import cleanup, corrections, uploads
from cairn.imports.forms import ConfirmForm, CorrectionForm, ItemForm, LeadsForm, UploadForm
from cairn.imports.grid import UnreadableDocument
from cairn.imports.save import lead_choices, preview_issues, save_plan


def session_key(partnership: Partnership) -> str:
    return f"cairn-import-{partnership.pk}"


def working_import(request: HttpRequest, partnership: Partnership) -> dict | None:
    return request.session.get(session_key(partnership))


def keep(request: HttpRequest, partnership: Partnership, work: dict) -> None:
    request.session[session_key(partnership)] = work


def finish(request: HttpRequest, partnership: Partnership) -> None:
    work = request.session.pop(session_key(partnership), None)
    uploads.delete_folder(work and work.get("token"))


def get_import_for_user(request: HttpRequest, slug: str) -> tuple[Partnership, dict | None]:
    """The partnership, for its coordinator only (404 for others' partnerships, 403 for other
    roles), and the import under way in it: None when there is none."""
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    return partnership, working_import(request, partnership)


ImportPage = Callable[..., HttpResponse]


def with_working_import(view: ImportPage) -> ImportPage:
    """For the pages of an import under way: the view gets the partnership and the working
    import; with none under way, the person goes back to the upload page."""

    @wraps(view)
    def page(request: HttpRequest, slug: str, **kwargs: str) -> HttpResponse:
        partnership, work = get_import_for_user(request, slug)
        if work is None:
            return redirect("imports:start", partnership.slug)
        return view(request, partnership, work, **kwargs)

    return page


def preview_url(partnership: Partnership, anchor: str = "") -> str:
    url = reverse("imports:preview", args=[partnership.slug])
    return f"{url}#{anchor}" if anchor else url


def start(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    posted = request.method == "POST"
    form = UploadForm(request.POST, request.FILES) if posted else UploadForm()
    if posted:
        cleanup.delete_old_folders()
    if posted and form.is_valid():
        token, path = uploads.store_upload(form.cleaned_data["file"])
        try:
            plan_json = uploads.read_plan(path)
        except UnreadableDocument as problem:
            uploads.delete_folder(token)
            form.add_error("file", str(problem))
        else:
            finish(request, partnership)  # an earlier, abandoned preview
            work = {"token": token, "file_name": path.name, "plan": plan_json, "leads": {}}
            keep(request, partnership, work)
            return redirect(preview_url(partnership))
    return render(request, "imports/start.html", {"partnership": partnership, "form": form})


@with_working_import
def preview(request: HttpRequest, partnership: Partnership, work: dict) -> HttpResponse:
    return render_preview(request, partnership, work)


def render_preview(
    request: HttpRequest,
    partnership: Partnership,
    work: dict,
    form=None,
    leads_form: LeadsForm | None = None,
    confirm_form: ConfirmForm | None = None,
) -> HttpResponse:
    plan_json = work["plan"]
    choices = lead_choices(plan_json, partnership, work["leads"])
    agencies = Agency.objects.filter(partnership=partnership, merged_into__isnull=True)
    issues = preview_issues(plan_json, partnership, work["leads"])
    context = {
        "partnership": partnership,
        "work": work,
        "items": list(corrections.preview_items(plan_json)),
        "counts": corrections.counts(plan_json),
        "issues": [i for i in issues if i.kind != "lead"],
        "new_leads": [i for i in issues if i.kind == "lead"],
        "form": form,
        "leads_form": leads_form or LeadsForm(choices=choices, agencies=agencies),
        "confirm_form": confirm_form
        or ConfirmForm(initial={"title": plan_json.get("title") or work["file_name"]}),
    }
    return render(request, "imports/preview.html", context)


@with_working_import
def item(request: HttpRequest, partnership: Partnership, work: dict, item_id: str) -> HttpResponse:
    form = ItemForm({"item": item_id}, plan_json=work["plan"])
    if not form.is_valid():
        return render_preview(request, partnership, work, form)
    return render_item(request, partnership, form.location, item_id)


def render_item(request, partnership, location, item_id, form=None) -> HttpResponse:
    item = location.item
    context = {
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
def correct(request: HttpRequest, partnership: Partnership, work: dict) -> HttpResponse:
    form = CorrectionForm(request.POST, plan_json=work["plan"])
    if form.is_valid():
        work["plan"] = form.corrected
        keep(request, partnership, work)
        messages.success(request, "Correction made.")
        return redirect(preview_url(partnership, "plan"))
    if "item" in form.errors or "operation" in form.errors:
        return render_preview(request, partnership, work, form)
    return render_item(request, partnership, form.location, form.cleaned_data["item"], form)


@require_POST
@with_working_import
def leads(request: HttpRequest, partnership: Partnership, work: dict) -> HttpResponse:
    choices = lead_choices(work["plan"], partnership, work["leads"])
    agencies = Agency.objects.filter(partnership=partnership, merged_into__isnull=True)
    form = LeadsForm(request.POST, choices=choices, agencies=agencies)
    if not form.is_valid():
        return render_preview(request, partnership, work, form, leads_form=form)
    work["leads"] = form.mapping()
    keep(request, partnership, work)
    messages.success(request, "Leads saved for this import.")
    return redirect(preview_url(partnership, "leads"))


@require_POST
@with_working_import
def confirm(request: HttpRequest, partnership: Partnership, work: dict) -> HttpResponse:
    form = ConfirmForm(request.POST)
    if not form.is_valid():
        return render_preview(request, partnership, work, form, confirm_form=form)
    try:
        with transaction.atomic():
            plan = save_plan(
                work["plan"],
                partnership,
                by=request.user,
                title=form.cleaned_data["title"],
                lead_mapping=work["leads"],
                source_name=work["file_name"],
            )
    except ValueError:  # an agency chosen for a lead was deleted meanwhile
        work["leads"] = {}
        keep(request, partnership, work)
        form.add_error(None, "An agency chosen for a lead no longer exists. Choose again.")
        return render_preview(request, partnership, work, form, confirm_form=form)
    finish(request, partnership)
    messages.success(request, f"“{plan}” imported as a draft plan. Check it, then make it active.")
    return redirect("plans:plan", plan.pk)


@require_POST
def cancel(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    finish(request, partnership)
    messages.success(request, "Import cancelled. Nothing was saved.")
    return redirect("accounts:partnership", partnership.slug)
