"""The strategy form: vision, aims, outcomes and period."""

from __future__ import annotations

from typing import Any

from django import forms

from cairn.lib.forms import GovukModelForm
from cairn.plans.forms import GovukDateField
from cairn.plans.models import Strategy


class StrategyForm(GovukModelForm):
    starts_on = GovukDateField(
        required=False, label="Starts on", help_text="For example, 1 4 2015."
    )
    ends_on = GovukDateField(required=False, label="Ends on", help_text="For example, 31 3 2020.")

    class Meta:
        model = Strategy
        fields = ["title", "vision", "aims", "outcomes", "period_text", "starts_on", "ends_on"]
        labels = {"period_text": "Period"}
        widgets = {"title": forms.TextInput}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", "The strategy must end after it starts.")
        return cleaned
