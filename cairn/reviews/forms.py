"""Every input to review rounds goes through one of these forms."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone

from cairn.lib.forms import GovukForm
from cairn.lib.upload_safety import UploadRefused
from cairn.plans.deadlines import Deadline, parse_deadline
from cairn.plans.forms import GovukDateField, GovukDateInput
from cairn.plans.models import Action, Milestone, Plan, Status
from cairn.reviews.models import NOTE_MAX_LENGTH, ReviewRound
from cairn.reviews.opening import opening_warnings, suggested_round
from cairn.reviews.sheets import check_upload
from cairn.reviews.updates import UpdateInput, missing_note

DATE_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d %b %Y", "%d %B %Y"]
DATE_ERROR = "Enter a real date as day/month/year, for example 14/9/2016."


def date_field(label: str, help_text: str = "", required: bool = True) -> forms.DateField:
    return forms.DateField(
        label=label,
        help_text=help_text or "For example, 14/9/2016",
        required=required,
        input_formats=DATE_FORMATS,
        error_messages={"invalid": DATE_ERROR, "required": f"Enter the {label.lower()}."},
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"class": "govuk-input--width-10"}),
    )


class DoneOnInput(GovukDateInput):
    """The GOV.UK date input (day, month, year) for when a milestone was done. A date sent
    as one text under the field's own name, as the JSON API sends it ("2016-08-12"), is
    passed on whole for `DoneOnField` to read."""

    def value_from_datadict(self, data, files, name: str):
        parts = [f"{name}_{part}" for part in ("day", "month", "year")]
        if name in data and not any(part in data for part in parts):
            return data[name]
        return super().value_from_datadict(data, files, name)

    def decompress(self, value) -> list:
        return super().decompress(value if isinstance(value, dt.date) else None)


class DoneOnField(GovukDateField):
    """When a milestone was done: optional, never in the future (checked by the form)."""

    widget = DoneOnInput

    def clean(self, value):
        if isinstance(value, str):  # one text: the API's ISO date, or a typed day/month/year
            text = value.strip()
            for date_format in DATE_FORMATS:
                try:
                    return dt.datetime.strptime(text, date_format).date()
                except ValueError:
                    continue
            if not text:
                return None
            raise forms.ValidationError(DATE_ERROR, code="invalid")
        return super().clean(value)


class OpenRoundForm(GovukForm):
    period = forms.CharField(
        max_length=40,
        label="Period",
        help_text='The quarter the round covers, for example "2016/17 Q2".',
        error_messages={"required": "Enter the period the round covers."},
    )
    opens_on = GovukDateField(
        label="Opening date",
        error_messages={"required": "Enter the opening date."},
    )
    closes_on = GovukDateField(
        label="Closing date",
        error_messages={"required": "Enter the closing date."},
    )
    remind_days_before = forms.IntegerField(
        label="Remind leads this many days before it closes",
        min_value=0,
        max_value=60,
        initial=7,
        error_messages={
            "required": "Enter how many days before closing to remind leads, for example 7.",
            "invalid": "Enter a whole number of days, for example 7.",
            "min_value": "Enter 0 or more days.",
            "max_value": "Remind leads at most 60 days before the round closes.",
        },
        widget=forms.NumberInput(attrs={"class": "govuk-input--width-3"}),
    )

    def __init__(self, *args, plan: Plan, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.plan = plan
        # The quarter to review next, from the partnership's year, as a suggestion.
        today = timezone.localdate()
        suggestion = suggested_round(plan, today)
        self.fields["period"].initial = suggestion.period
        self.fields["opens_on"].initial = suggestion.opens_on
        self.fields["closes_on"].initial = suggestion.closes_on
        self.fields["opens_on"].help_text = f"For example, {today:%-d %-m %Y}"
        self.fields[
            "closes_on"
        ].help_text = (
            f"Leads are reminded before this date. For example, {suggestion.closes_on:%-d %-m %Y}"
        )
        self.warnings: list[str] = []

    def clean_period(self) -> str:
        period = self.cleaned_data["period"].strip()
        if ReviewRound.objects.filter(plan=self.plan, period=period).exists():
            raise forms.ValidationError(f"This plan already has a {period} round.")
        return period

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("opens_on") and data.get("closes_on") and data["closes_on"] < data["opens_on"]:
            self.add_error("closes_on", "The round must close on or after the day it opens.")
        if not self.errors:
            self.warnings = opening_warnings(
                self.plan,
                data["period"],
                data["opens_on"],
                data["closes_on"],
                timezone.localdate(),
            )
        return data


class StatusRadios(forms.RadioSelect):
    """GOV.UK radios, one per status of the scheme, each with the scheme's meaning as its hint."""

    template_name = "reviews/widgets/_status_radios.html"

    def id_for_label(self, id_: str, index: str | None = None) -> str:
        # The error summary links to the first radio.
        return super().id_for_label(id_, "0" if index is None else index)


def example_month(today: dt.date, months_ahead: int = 3) -> str:
    """A month a few months from today, as a person would write it: "Mar 2027"."""
    month_index = today.month - 1 + months_ahead
    return dt.date(today.year + month_index // 12, month_index % 12 + 1, 1).strftime("%b %Y")


def example_day(today: dt.date) -> str:
    """A recent day, as the GOV.UK date input takes it: "23 11 2026"."""
    day = today - dt.timedelta(days=7)
    return f"{day.day} {day.month} {day.year}"


class OpenAnywayForm(GovukForm):
    """The second press of "Open the round", after its warnings were shown."""

    confirm = forms.BooleanField(required=False)


class UpdateForm(GovukForm):
    """A lead's update of one action: save as draft, or submit."""

    status = forms.ModelChoiceField(
        queryset=Status.objects.none(),
        required=False,
        empty_label=None,
        widget=StatusRadios,
        help_text="Needed to submit the update; a draft can be saved without one.",
        error_messages={"invalid_choice": "Choose one of your partnership's statuses."},
    )
    note = forms.CharField(
        label="Progress note",
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "max_length": f"Keep the progress note to {NOTE_MAX_LENGTH:,} characters or fewer "
            "(it has %(show_value)d)."
        },
    )
    revised_deadline_text = forms.CharField(
        label="Revised deadline",
        required=False,
        max_length=300,
    )
    revised_deadline_reason = forms.CharField(
        label="Why the deadline must move",
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Needed when you give a revised deadline.",
    )
    version = forms.IntegerField(
        widget=forms.HiddenInput,
        min_value=0,
        error_messages={
            "required": "The page was out of date: open it again, then give the update.",
            "invalid": "The page was out of date: open it again, then give the update.",
            "min_value": "The page was out of date: open it again, then give the update.",
        },
    )
    intent = forms.ChoiceField(
        choices=[("draft", "Save as draft"), ("submit", "Submit")],
        widget=forms.HiddenInput,
        required=False,
    )

    def __init__(
        self, *args, action: Action, statuses, milestones: list[Milestone], **kwargs
    ) -> None:
        super().__init__(*args, **kwargs)
        self.action = action
        self.fields["status"].queryset = statuses
        self.milestones = milestones
        today = timezone.localdate()
        needing_a_note = [s.label for s in statuses if s.is_exception]
        self.fields["note"].help_text = "What has happened since the last round." + (
            f" Needed if the status is {_either(needing_a_note)}: say what is wrong "
            "and what is being done."
            if needing_a_note
            else ""
        )
        self.note_needed_for = needing_a_note
        self.fields[
            "revised_deadline_text"
        ].help_text = (
            f"Only if the deadline must move, as you would write it: “{example_month(today)}”."
        )
        for milestone in milestones:
            due = f"Due {milestone.deadline_text}. " if milestone.deadline_text else ""
            self.fields[f"milestone_{milestone.pk}"] = DoneOnField(
                required=False,
                label=milestone.title,
                help_text=f"{due}The day it was done; leave it blank if it is not done yet. "
                f"For example, {example_day(today)}.",
            )

    def milestone_fields(self) -> list[tuple[Milestone, forms.BoundField]]:
        return [(m, self[f"milestone_{m.pk}"]) for m in self.milestones]

    @property
    def submitting(self) -> bool:
        return self.cleaned_data.get("intent") == "submit"

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        status = data.get("status")
        note = (data.get("note") or "").strip()
        if self.submitting and status is None and "status" not in self.errors:
            self.add_error("status", "Choose a status before submitting the update.")
        # One rule with the update sheet (reviews/updates.missing_note).
        if (missing := missing_note(status, note)) is not None:
            self.add_error("note", missing)
        revised = (data.get("revised_deadline_text") or "").strip()
        if revised:
            deadline = parse_deadline(revised, plan_start=self.action.theme.plan.starts_on)
            if deadline is None or deadline.kind == Deadline.Kind.UNPARSED:
                self.add_error(
                    "revised_deadline_text",
                    f"Cairn cannot read “{revised}” as a deadline: write it as, for example, "
                    "“Mar 2017”, “31/3/2017” or “By 2017/18”.",
                )
            if not (data.get("revised_deadline_reason") or "").strip():
                self.add_error("revised_deadline_reason", "Say why the deadline must move.")
        today = timezone.localdate()
        for milestone in self.milestones:
            done_on = data.get(f"milestone_{milestone.pk}")
            if done_on and done_on > today:
                self.add_error(
                    f"milestone_{milestone.pk}", "The date done cannot be in the future."
                )
        return data

    def update_input(self) -> UpdateInput:
        """What the lead entered, for `reviews.updates` (call once the form is valid)."""
        data = self.cleaned_data
        return UpdateInput(
            status=data["status"],
            note=data["note"].strip(),
            revised_deadline_text=data["revised_deadline_text"].strip(),
            revised_deadline_reason=data["revised_deadline_reason"].strip(),
            milestones_done=self.milestones_done(),
        )

    def milestones_done(self) -> dict[int, dt.date]:
        return {
            m.pk: self.cleaned_data[f"milestone_{m.pk}"]
            for m in self.milestones
            if self.cleaned_data.get(f"milestone_{m.pk}")
        }


class SeveralUpdatesForm(UpdateForm):
    """One action's status and note on the page of several: left blank, it is skipped;
    given a status or a note, it is submitted (so it needs a status)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields[
            "status"
        ].help_text = (
            "Needed to submit this action's update. Leave the action blank to update it later."
        )
        self.fields["status"].widget.attrs["small"] = True  # many on one page

    @property
    def given(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return bool(data.get("status") or (data.get("note") or "").strip())

    @property
    def submitting(self) -> bool:
        return self.given


def _either(labels: list[str]) -> str:
    """ "At risk, Off track or Stalled"."""
    if len(labels) <= 1:
        return "".join(labels)
    return f"{', '.join(labels[:-1])} or {labels[-1]}"


class RoundStateForm(GovukForm):
    change = forms.ChoiceField(
        choices=[("close", "Close"), ("reopen", "Reopen"), ("lock", "Lock"), ("unlock", "Unlock")]
    )


class ChaseForm(GovukForm):
    """Whom to chase: one lead (their id), or, left blank, every lead with updates
    outstanding. The same form reads the chase page's address (?lead=) and its button."""

    lead = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=2**31 - 1,
        widget=forms.HiddenInput,
        error_messages={
            "invalid": "Cairn cannot tell which lead to chase: choose one from the list.",
            "min_value": "Cairn cannot tell which lead to chase: choose one from the list.",
            "max_value": "Cairn cannot tell which lead to chase: choose one from the list.",
        },
    )


class ReviewForm(GovukForm):
    """The coordinator's decision on a submitted update."""

    decision = forms.ChoiceField(
        choices=[("accept", "Accept"), ("return", "Return to the lead"), ("override", "Override")],
        widget=forms.HiddenInput,
    )
    comment = forms.CharField(
        label="What should the lead change?",
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    override_status = forms.ModelChoiceField(
        queryset=Status.objects.none(),
        required=False,
        label="Status the board should see",
        empty_label="Choose a status",
        error_messages={"invalid_choice": "Choose one of your partnership's statuses."},
    )
    override_reason = forms.CharField(
        label="Why you are overriding the lead's status",
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, statuses, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["override_status"].queryset = statuses

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        decision = data.get("decision")
        if decision == "return" and not (data.get("comment") or "").strip():
            self.add_error("comment", "Say what the lead should change before returning it.")
        if decision == "override":
            if data.get("override_status") is None and "override_status" not in self.errors:
                self.add_error("override_status", "Choose the status the board should see.")
            if not (data.get("override_reason") or "").strip():
                self.add_error("override_reason", "Give the reason for overriding the status.")
        return data


class SheetUploadForm(GovukForm):
    sheet = forms.FileField(
        label="Filled update sheet (.xlsx)",
        error_messages={"required": "Choose the update sheet to upload."},
    )

    def clean_sheet(self):
        """Through the upload safety gate (size, zip, XML, cells, time) before it is read."""
        sheet = self.cleaned_data["sheet"]
        try:
            check_upload(sheet.name, sheet)
        except UploadRefused as refusal:
            raise forms.ValidationError(str(refusal)) from refusal
        return sheet


class SheetConfirmForm(GovukForm):
    changes = forms.CharField(widget=forms.HiddenInput)


class LinkSignInForm(GovukForm):
    sesame = forms.CharField(widget=forms.HiddenInput, max_length=500)
    next = forms.CharField(widget=forms.HiddenInput, required=False, max_length=500)
    rounds = forms.RegexField(
        regex=r"^\d{1,12}(,\d{1,12}){0,49}$",
        widget=forms.HiddenInput,
        required=False,
        max_length=700,
    )

    def round_ids(self) -> list[int]:
        """The rounds the link was sent about (none for a link not about rounds)."""
        rounds = self.cleaned_data.get("rounds") or ""
        return [int(pk) for pk in rounds.split(",") if pk]
