"""Inviting many people at once (coordinator): paste a list or upload a .csv/.xlsx, check the
preview row by row, then confirm. Nothing is saved or sent before the confirmation.

The checks and the inviting are `accounts.bulk_invite`; this module reads the list. The
previewed table travels to the confirmation signed, so what is sent is what was shown.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cairn.accounts import bulk_invite
from cairn.accounts.access import get_partnership_for_user
from cairn.accounts.models import Partnership
from cairn.accounts.requests import SignedInRequest
from cairn.imports import safety
from cairn.imports.grid import UnreadableDocument
from cairn.imports.people_list import table_from_text, table_from_upload
from cairn.lib.forms import GovukForm
from cairn.lib.upload_safety import megabytes


class PeopleListForm(GovukForm):
    people = forms.CharField(
        label="Paste the list",
        required=False,
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
        help_text="Copy the rows from a spreadsheet, header row included, or type one person "
        "a line with commas: name, email, agency, role.",
    )
    file = forms.FileField(
        label="Or upload a file",
        required=False,
        help_text="A .csv or .xlsx file whose first row names the columns.",
    )

    def clean_file(self) -> UploadedFile | None:
        upload: UploadedFile | None = self.cleaned_data.get("file")
        if upload is not None and (upload.size or 0) > safety.max_bytes():
            raise forms.ValidationError(
                f"{upload.name} is {megabytes(upload.size or 0)}, larger than Cairn accepts."
            )
        return upload

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not self.errors and not (data.get("people") or "").strip() and not data.get("file"):
            self.add_error("people", "Paste the list of people, or upload a file of them.")
        return data


class ConfirmListForm(GovukForm):
    table = forms.CharField(widget=forms.HiddenInput, max_length=1_000_000)


def _salt(partnership: Partnership) -> str:
    return f"cairn.bulk-invite.{partnership.pk}"


def invite_many(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    form = PeopleListForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            table = _table(form)
            preview = bulk_invite.preview(partnership, table)
        except (UnreadableDocument, bulk_invite.TableRefused) as refusal:
            form.add_error("file" if form.cleaned_data.get("file") else "people", str(refusal))
        else:
            signed = signing.dumps(table, salt=_salt(partnership), compress=True)
            return render(
                request,
                "imports/people_preview.html",
                {"partnership": partnership, "preview": preview, "signed_table": signed},
            )
    return render(
        request,
        "imports/invite_many.html",
        {"partnership": partnership, "form": form},
        status=400 if form.errors else 200,
    )


@require_POST
def confirm_invite_many(request: SignedInRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    form = ConfirmListForm(request.POST)
    try:
        if not form.is_valid():
            raise signing.BadSignature("no table")
        table = signing.loads(form.cleaned_data["table"], salt=_salt(partnership))
        invited = bulk_invite.invite_rows(partnership, table, by=request.user)
    except (signing.BadSignature, bulk_invite.TableRefused):
        messages.error(request, "That list could not be checked again. Paste or upload it again.")
        return redirect("imports:invite_many", slug)
    added = sum(1 for i in invited if i.had_account)
    sent = len(invited) - added
    summary = f"{sent} invitation{'s' if sent != 1 else ''} sent"
    if added:
        summary += (
            f"; {added} {'person' if added == 1 else 'people'} already had a Cairn account, "
            "so they were added to the partnership and told so"
        )
    messages.success(request, summary + ".")
    return redirect("accounts:people", slug)


def _table(form: PeopleListForm) -> list[list[str]]:
    upload = form.cleaned_data.get("file")
    if upload is not None:
        return table_from_upload(upload)
    return table_from_text(form.cleaned_data["people"])
