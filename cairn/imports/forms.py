"""Forms of the import page: the upload, each correction, the leads, and the confirmation."""

from __future__ import annotations

import hashlib
from typing import Any

from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db.models import QuerySet

from cairn.accounts.models import Agency, User
from cairn.imports import corrections, safety
from cairn.imports.corrections import CorrectionRefused
from cairn.imports.save import IGNORE, MEMBER, NEW, NEW_PERSON, WITH_EMAIL, LeadChoice
from cairn.lib.forms import GovukForm, style_fields
from cairn.lib.upload_safety import megabytes

PASTED_NAME = "pasted-text.txt"
PASTE_MAX_CHARACTERS = 1_000_000
"""About 300 pages of text; a longer paste belongs in a file."""


class UploadForm(GovukForm):
    """The document to import: a file, or text pasted from Word, a PDF or a web page, which
    becomes a text file and is read exactly as an uploaded one is."""

    file = forms.FileField(
        label="Upload the plan",
        required=False,
        help_text=(
            "A Word (.docx), Excel (.xlsx, .xlsm), CSV (.csv, .tsv), PDF (.pdf) or text "
            "(.txt, .md) file, up to 20 MB. Nothing is saved until you have checked the plan."
        ),
    )
    text = forms.CharField(
        label="Or paste the plan",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
        help_text=(
            "Copy the plan from Word, a PDF or a web page and paste it here: its table, or "
            "its headings and lists."
        ),
    )

    def clean_file(self) -> UploadedFile | None:
        upload: UploadedFile | None = self.cleaned_data.get("file")
        if upload is None:
            return None
        limit, size = safety.max_bytes(), upload.size or 0
        if size > limit:
            raise forms.ValidationError(
                f"{upload.name} is {megabytes(size)}, larger than the "
                f"{megabytes(limit)} Cairn accepts. Remove images or other content "
                "that is not the plan and try again."
            )
        return upload

    def clean_text(self) -> str:
        text = self.cleaned_data.get("text") or ""
        if len(text) > PASTE_MAX_CHARACTERS:
            raise forms.ValidationError(
                f"The pasted text is {len(text):,} characters long, more than the "
                f"{PASTE_MAX_CHARACTERS:,} Cairn accepts in this box. Save it as a file "
                "(Word, PDF or text) and upload that instead."
            )
        return text if text.strip() else ""

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if self.errors:
            return data
        upload, text = data.get("file"), data.get("text")
        if upload and text:
            self.add_error(
                "text", "Upload a file or paste the plan's text, not both. Clear one of them."
            )
        elif text:
            # The pasted text becomes a file: from here on it is read like an upload.
            data["file"] = SimpleUploadedFile(
                PASTED_NAME, text.encode("utf-8"), content_type="text/plain"
            )
        elif not upload:
            self.add_error("file", "Choose the file that holds the plan, or paste its text.")
        return data

    @classmethod
    def refused(cls, message: str) -> UploadForm:
        """An empty upload form showing why the last document could not be read."""
        form = cls(data={}, files={})
        form.is_valid()
        form.errors["file"] = form.error_class([message])
        return form


LEVEL_CHOICES = [
    ("theme", "Theme (the items after it move into it)"),
    ("objective", "Objective"),
    ("action", "Action"),
    ("milestone", "Milestone"),
]


class ItemForm(GovukForm):
    """Names one item of the plan being imported; refused when the plan has no such item."""

    item = forms.CharField(max_length=40, widget=forms.HiddenInput)

    def __init__(self, *args: Any, plan_json: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.plan_json = plan_json

    def clean_item(self) -> str:
        item_id: str = self.cleaned_data["item"]
        try:
            self.location = corrections.locate(self.plan_json, item_id)
        except CorrectionRefused as refused:
            raise forms.ValidationError(str(refused)) from refused
        return item_id


class CorrectionForm(ItemForm):
    operation = forms.ChoiceField(
        choices=[(op, op) for op in sorted(corrections.OPERATIONS)], widget=forms.HiddenInput
    )
    title = forms.CharField(
        label="Title",
        required=False,
        max_length=5000,
        widget=forms.Textarea,
        help_text="To split the item in two or more, put each part on its own line.",
    )
    level = forms.ChoiceField(
        label="Make it", choices=LEVEL_CHOICES, required=False, widget=forms.RadioSelect
    )
    target = forms.CharField(required=False, max_length=40, widget=forms.HiddenInput)
    """For "move": the theme to move the item to ("t2")."""

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if self.errors:
            return data
        try:
            self.corrected = corrections.apply(
                self.plan_json,
                data["operation"],
                data["item"],
                title=data.get("title") or "",
                level=data.get("level") or "",
                target=data.get("target") or "",
            )
        except CorrectionRefused as refused:
            field: str | None = "level" if data["operation"] == "level" else "title"
            if data["operation"] in ("delete", "merge"):
                field = None
            elif data["operation"] == "move":
                field = "target"
            self.add_error(field, str(refused))
        return data


class ColumnForm(GovukForm):
    """What a column Cairn could not place holds: each action's value moves there."""

    header = forms.ChoiceField(label="Column", choices=[])
    role = forms.ChoiceField(
        label="It holds",
        choices=[("", "Choose…"), *corrections.COLUMN_ROLES.items()],
        error_messages={"required": "Choose what the column holds."},
    )

    def __init__(self, *args: Any, plan_json: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.plan_json = plan_json
        header = self.fields["header"]
        assert isinstance(header, forms.ChoiceField)
        header.choices = [
            (header, f"{header} ({count} action{'s' if count != 1 else ''})")
            for header, count in corrections.other_columns(plan_json)
        ]
        header.error_messages["invalid_choice"] = (
            "That column is not among the columns Cairn could not place. Look at the list again."
        )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not self.errors:
            try:
                self.corrected = corrections.give_column_role(
                    self.plan_json, data["header"], data["role"]
                )
            except CorrectionRefused as refused:
                self.add_error("role", str(refused))
        return data


class LeadsForm(GovukForm):
    """What each lead named in the document becomes: one of the partnership's agencies, a
    new agency, one of its people, a new lead person (with an email address if the
    coordinator has one), or nothing."""

    def __init__(
        self,
        *args: Any,
        choices: list[LeadChoice],
        agencies: QuerySet[Agency],
        people: QuerySet[User] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.names: dict[str, str] = {}
        self.emails: dict[str, str] = {}
        """lead field name -> its email field's name"""
        new = [
            (NEW, "Add as a new agency"),
            (NEW_PERSON, "Add as a new lead person (not shown on the public page)"),
            (IGNORE, "Ignore this lead"),
        ]
        groups: list[tuple[str, Any]] = [("New", new)]
        agency_options = [(str(agency.pk), agency.name) for agency in agencies]
        if agency_options:
            groups.append(("The partnership's agencies", agency_options))
        member_options = [(f"{MEMBER}{person.pk}", person.name) for person in people or []]
        if member_options:
            groups.append(("The partnership's people", member_options))
        for choice in choices:
            # Named after the lead's text, so a choice never lands on another lead.
            key = hashlib.sha256(choice.name.encode()).hexdigest()[:12]
            name = f"lead_{key}"
            self.names[name] = choice.name
            field_options = list(groups)
            if choice.person and choice.decision == "person":
                field_options.insert(0, ("person", f"The person {choice.person.name}"))
            self.fields[name] = forms.ChoiceField(
                label=choice.name, choices=field_options, initial=choice.decision
            )
            if choice.decision == NEW_PERSON:
                self.emails[name] = f"email_{key}"
                self.fields[f"email_{key}"] = forms.EmailField(
                    label=f"Email address of {choice.name} (optional)",
                    required=False,
                    initial=choice.email,
                    help_text="So that Cairn can ask them for updates once you invite them.",
                )
        style_fields(self)

    def mapping(self) -> dict[str, str]:
        decisions = {}
        for field, lead in self.names.items():
            decision = self.cleaned_data[field]
            email = self.cleaned_data.get(self.emails.get(field, ""), "")
            if decision == NEW_PERSON and email:
                decision = f"{WITH_EMAIL}{email}"
            if decision != "person":
                decisions[lead] = decision
        return decisions


class ConfirmForm(GovukForm):
    title = forms.CharField(
        label="Plan title",
        max_length=300,
        error_messages={"required": "Enter the plan's title."},
    )
