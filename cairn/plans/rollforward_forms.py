"""The roll-forward page's form: the new plan's details and what to carry."""

from __future__ import annotations

from typing import Any

from django import forms

from cairn.lib.forms import GovukForm
from cairn.plans.forms import GovukDateField
from cairn.plans.models import Action, Plan
from cairn.plans.rollforward import Choices, next_period, next_title


class RollForwardForm(GovukForm):
    title = forms.CharField(max_length=300, label="Title of next year's plan")
    period_text = forms.CharField(
        max_length=60, label="Period", help_text="For example, 2017/18.", required=False
    )
    starts_on = GovukDateField(
        label="Starts on",
        help_text="For example, 1 4 2017. Deadlines such as “end of year one” count from here.",
    )
    ends_on = GovukDateField(label="Ends on", help_text="For example, 31 3 2018.")
    actions = forms.TypedMultipleChoiceField(
        coerce=int,
        required=False,
        label="Actions to carry",
        widget=forms.CheckboxSelectMultiple,
        help_text="Unfinished actions are ticked; finished ones are listed unticked.",
    )
    refs = forms.ChoiceField(
        label="References",
        choices=[("keep", "Keep the references as they are"), ("renumber", "Number them afresh")],
        initial="keep",
        widget=forms.RadioSelect,
    )
    statuses = forms.ChoiceField(
        label="Statuses",
        choices=[
            ("reset", "Start every carried action as “not started”"),
            ("keep", "Keep each action's status and latest progress note"),
        ],
        initial="reset",
        widget=forms.RadioSelect,
    )
    keep_leads = forms.BooleanField(
        required=False,
        initial=True,
        label="Keep each action's lead agencies, lead people and collaborators",
    )

    def __init__(self, *args: Any, plan: Plan, actions: list[Action], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["actions"].choices = [(a.pk, str(a)) for a in actions]
        period_text, starts_on, ends_on = next_period(plan)
        self.fields["title"].initial = next_title(plan, period_text)
        self.fields["period_text"].initial = period_text
        self.fields["starts_on"].initial = starts_on
        self.fields["ends_on"].initial = ends_on
        self.fields["actions"].initial = [
            a.pk
            for a in actions
            if not a.is_finished and getattr(a, "already_carried", None) is None
        ]

    def clean_actions(self) -> list[int]:
        chosen = self.cleaned_data["actions"]
        if not chosen:
            raise forms.ValidationError("Tick at least one action to carry into next year's plan.")
        return chosen

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", "The new plan must end after it starts.")
        return cleaned

    def choices(self) -> Choices:
        data = self.cleaned_data
        return Choices(
            title=data["title"],
            period_text=data["period_text"],
            starts_on=data["starts_on"],
            ends_on=data["ends_on"],
            action_ids=list(data["actions"]),
            renumber=data["refs"] == "renumber",
            keep_leads=data["keep_leads"],
            keep_statuses=data["statuses"] == "keep",
        )
