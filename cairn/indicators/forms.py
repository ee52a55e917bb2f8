"""Forms a coordinator uses for indicators and their figures."""

from __future__ import annotations

import datetime as dt

from django import forms

from cairn.accounts.models import Agency, Partnership
from cairn.indicators.library import LIBRARY
from cairn.indicators.models import Indicator
from cairn.indicators.periods import Period, PeriodError
from cairn.lib.forms import GovukForm, GovukModelForm
from cairn.plans.forms import GovukCheckboxes
from cairn.plans.models import Action


class ActionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, action: Action) -> str:
        return f"{action.ref} {action.title}".strip() if action.ref else action.title


class IndicatorForm(GovukModelForm):
    class Meta:
        model = Indicator
        fields = [
            "name",
            "definition",
            "unit",
            "population",
            "population_description",
            "population_year",
            "direction",
            "baseline_value",
            "baseline_period",
            "target_kind",
            "target_value",
            "target_period",
            "frequency",
            "owner_agency",
            "data_source",
            "actions",
        ]
        field_classes = {"actions": ActionChoiceField}
        widgets = {"actions": GovukCheckboxes}
        labels = {
            "population_description": "Who the population is",
            "baseline_value": "Baseline figure",
            "target_kind": "Target",
            "target_value": "Target figure or change",
            "target_period": "Target due by",
            "owner_agency": "Owner agency",
            "actions": "Actions it measures",
        }

    def __init__(self, *args, partnership: Partnership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.partnership = partnership
        self.fields["owner_agency"].queryset = Agency.objects.filter(partnership=partnership)
        self.fields["actions"].queryset = (
            Action.objects.filter(theme__plan__partnership=partnership)
            .select_related("theme__plan")
            .in_tree_order()
        )

    def validate_unique(self) -> None:
        # The partnership is not a form field, so the model's own unique check skips it.
        super().validate_unique()
        name = self.cleaned_data.get("name")
        others = Indicator.objects.filter(partnership=self.instance.partnership, name=name)
        if name and others.exclude(pk=self.instance.pk).exists():
            self.add_error("name", "The partnership already has an indicator with this name.")


class ValueForm(GovukForm):
    """One figure for one period; a figure already recorded for the period is replaced."""

    period = forms.CharField(
        max_length=20,
        help_text="A quarter such as 2016/17 Q1 (April to June), or a year such as 2016/17.",
    )
    value = forms.DecimalField(
        label="Figure",
        max_digits=14,
        decimal_places=2,
        error_messages={"invalid": "Enter the figure as a number, for example 42 or 12.5."},
    )
    note = forms.CharField(max_length=300, required=False, label="Note")

    def __init__(self, *args, indicator: Indicator, today: dt.date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.indicator, self.today = indicator, today

    def clean_period(self) -> Period:
        try:
            period = Period.parse(self.cleaned_data["period"])
        except PeriodError as error:
            raise forms.ValidationError(str(error)) from None
        quarterly = self.indicator.frequency == Indicator.Frequency.QUARTERLY
        if quarterly and not period.is_quarter:
            raise forms.ValidationError(
                "This indicator is quarterly: enter a quarter, e.g. 2016/17 Q1."
            )
        if not quarterly and period.is_quarter:
            raise forms.ValidationError("This indicator is annual: enter a year, e.g. 2016/17.")
        if period.is_future(self.today):
            raise forms.ValidationError(f"{period} has not started yet: figures come after.")
        return period

    def clean_value(self):
        value = self.cleaned_data["value"]
        unit = self.indicator.unit
        if value < 0:
            raise forms.ValidationError("The figure cannot be negative.")
        if unit == Indicator.Unit.COUNT and value != value.to_integral_value():
            raise forms.ValidationError("A count is a whole number.")
        if unit == Indicator.Unit.PERCENTAGE and value > 100:
            raise forms.ValidationError("A percentage is between 0 and 100.")
        return value


class LibraryForm(GovukForm):
    indicators = forms.MultipleChoiceField(
        label="Indicators to add",
        choices=[(starter.key, starter.name) for starter in LIBRARY],
        widget=GovukCheckboxes,
        error_messages={"required": "Choose at least one indicator to add."},
        help_text="Each is added with its public definition; set its population, baseline "
        "and target afterwards.",
    )
