"""Import a strategy's vision and aims from a plan document (imports/strategy_text.py).

The coordinator uploads the document (or pastes its opening) from the strategy's page; Cairn
reads it at once, shows the vision and aims it found in a form they can change, and saves
them to the strategy only when the coordinator confirms. The upload is deleted as soon as
it has been read: nothing of it is kept.
"""

from __future__ import annotations

import logging

from django import forms
from django.contrib import messages
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpResponse
from django.shortcuts import redirect, render

from cairn.accounts.models import User
from cairn.accounts.requests import SignedInRequest
from cairn.imports import safety, uploads
from cairn.imports.forms import UploadForm
from cairn.imports.grid import UnreadableDocument
from cairn.imports.strategy_text import StrategyText, read_strategy_text
from cairn.lib.forms import GovukForm
from cairn.plans.models import Strategy
from cairn.plans.views.strategy import get_strategy_for_user

logger = logging.getLogger(__name__)

NOTHING_FOUND = (
    "No vision or aims were found in {name}. Cairn looks for a “Vision” or “Our vision” and "
    "an “Aims” or “Priorities” label before the plan's table, as a heading or in a table's "
    "first column. Type them on the strategy's edit page instead."
)


class StrategyTextForm(GovukForm):
    vision = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 3}), label="Vision"
    )
    aims = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        label="Aims",
        help_text="One aim per line.",
    )
    confirm = forms.CharField(widget=forms.HiddenInput, initial="1")


def read_upload(upload: UploadedFile) -> StrategyText:
    """Store the upload, check it as every import is checked, read it, delete it."""
    token, path = uploads.store_upload(upload)
    try:
        safety.check_file(path)
        return read_strategy_text(path)
    except UnreadableDocument:
        raise
    except Exception as error:  # a reader tripped: still the coordinator's answer
        logger.exception("Reading %s for a strategy failed", path)
        raise UnreadableDocument(
            f"Cairn could not read {path.name}. Open it, save a new copy and try again."
        ) from error
    finally:
        uploads.delete_folder(token)


def save_strategy_text(strategy: Strategy, form: StrategyTextForm, by: User) -> None:
    strategy.vision = form.cleaned_data["vision"].strip()
    strategy.aims = "\n".join(
        line.strip() for line in form.cleaned_data["aims"].splitlines() if line.strip()
    )
    strategy._history_user = by  # type: ignore[attr-defined]
    strategy._change_reason = "Vision and aims imported from a plan document"  # type: ignore[attr-defined]
    strategy.save()


def strategy_text(request: SignedInRequest, pk: int) -> HttpResponse:
    strategy = get_strategy_for_user(request, pk, write=True)
    context: dict = {"strategy": strategy, "partnership": strategy.partnership}
    if request.method == "POST" and "confirm" in request.POST:
        form = StrategyTextForm(request.POST)
        if form.is_valid():
            save_strategy_text(strategy, form, request.user)
            messages.success(request, "Vision and aims saved from the document.")
            return redirect("plans:strategy", strategy.pk)
        return render(request, "imports/strategy_text.html", {**context, "found": form}, status=400)
    upload = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and upload.is_valid():
        try:
            found = read_upload(upload.cleaned_data["file"])
        except UnreadableDocument as problem:
            upload.add_error("file", str(problem))
        else:
            if found.found:
                form = StrategyTextForm(
                    initial={"vision": found.vision, "aims": "\n".join(found.aims)}
                )
                return render(request, "imports/strategy_text.html", {**context, "found": form})
            upload.add_error("file", NOTHING_FOUND.format(name=upload.cleaned_data["file"].name))
    return render(
        request,
        "imports/strategy_text.html",
        {**context, "form": upload},
        status=400 if upload.errors else 200,
    )
