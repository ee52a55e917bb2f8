"""Forms for the dashboard's filters, the report download and publishing."""

from __future__ import annotations

from django import forms

from cairn.accounts.models import Agency
from cairn.lib.forms import GovukForm
from cairn.plans.models import Plan, Status, Theme
from cairn.reports.data import Filters
from cairn.reports.publishing import NOTES_CHOICES
from cairn.reviews.models import ReviewRound

FORMATS = [
    ("docx", "Word (.docx), editable"),
    ("pdf", "PDF"),
    ("xlsx", "Excel (.xlsx)"),
    ("csv", "CSV"),
]


class FilterForm(GovukForm):
    """The dashboard's filters, read from the query string so a filtered view can be shared."""

    # A value that is not one of the choices (an old link, a typed address) is said in
    # words, and the whole plan is shown (filters() below).
    theme = forms.ModelChoiceField(
        queryset=Theme.objects.none(),
        required=False,
        error_messages={"invalid_choice": "That theme is not in this plan: showing all themes."},
    )
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        required=False,
        label="Lead agency",
        error_messages={"invalid_choice": "That agency is not in this partnership: showing all."},
    )
    status = forms.ModelChoiceField(
        queryset=Status.objects.none(),
        required=False,
        error_messages={"invalid_choice": "That status is not in use here: showing all."},
    )

    def __init__(self, *args, plan: Plan, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = Theme.objects.filter(plan=plan)
        self.fields["agency"].queryset = Agency.objects.filter(partnership_id=plan.partnership_id)
        self.fields["status"].queryset = Status.objects.filter(
            scheme__partnership_id=plan.partnership_id
        )
        for field in self.fields.values():
            field.empty_label = "All"

    def filters(self) -> Filters:
        """The chosen filters; none when the query string is not valid."""
        if not self.is_valid():
            return Filters()
        return Filters(**self.cleaned_data)


class ReportForm(GovukForm):
    """Which round's board report, in which format."""

    round = forms.ModelChoiceField(
        queryset=ReviewRound.objects.none(),
        required=False,
        empty_label="The latest round",
        help_text="Statuses as given in that round's updates.",
    )
    format = forms.ChoiceField(choices=FORMATS, widget=forms.RadioSelect, initial="docx")

    def __init__(self, *args, plan: Plan, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset = ReviewRound.objects.filter(plan=plan)
        self.fields["round"].label_from_instance = lambda r: r.period


class PublishForm(GovukForm):
    """How progress notes appear on the public page: only once the coordinator has accepted
    them in a round (the default), or as leads give them."""

    notes = forms.ChoiceField(
        choices=NOTES_CHOICES,
        widget=forms.RadioSelect,
        label="Progress notes on the public page",
        error_messages={
            "required": "Choose when progress notes appear on the public page.",
            "invalid_choice": "Choose when progress notes appear: only once accepted in a "
            "review round, or as given.",
        },
    )


class ConfirmForm(GovukForm):
    """A button press that must come as a POST with a CSRF token; it carries no fields."""
