"""Forms a coordinator uses for indicators and their figures."""

from __future__ import annotations

import datetime as dt

from django import forms

from cairn.accounts.models import Agency, Partnership
from cairn.indicators.library import LIBRARY
from cairn.indicators.marac import NAME as MARAC_NAME
from cairn.indicators.models import (
    DataElement,
    DataSet,
    Disaggregation,
    Indicator,
    IndicatorSettings,
)
from cairn.indicators.part4 import NAME as PART4_NAME
from cairn.indicators.periods import Period, PeriodError
from cairn.indicators.returns import DataSetInUse, check_edit
from cairn.lib.forms import GovukForm, GovukModelForm, mark_errors, style_fields
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
            "numerator",
            "denominator",
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
            "numerator": "Computed from the data element",
            "denominator": "Out of the data element",
        }

    def __init__(self, *args, partnership: Partnership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.partnership = partnership
        self.fields["owner_agency"].queryset = Agency.objects.filter(partnership=partnership)
        elements = DataElement.objects.filter(data_set__partnership=partnership)
        self.fields["numerator"].queryset = elements.select_related("data_set")
        self.fields["denominator"].queryset = elements.select_related("data_set")
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


# ---------------------------------------------------------------- data returns


class FigureField(forms.CharField):
    """A figure every return needs: not marked optional, but a missing one is reported by
    indicators/validation.py with the others, naming the element."""

    def validate(self, value) -> None:
        pass


class ReturnForm(GovukForm):
    """A figure and a comment for each element. The figures are checked by
    indicators/validation.py, which names the element in every message."""

    def __init__(self, *args, elements: list[DataElement], **kwargs) -> None:
        self.elements = elements
        super().__init__(*args, **kwargs)
        for element in elements:
            hint = element.definition
            if element.part_of:
                hint = f"{hint} Part of “{element.part_of.name}”.".strip()
            self.fields[f"value_{element.code}"] = FigureField(
                label=element.name,
                help_text=hint,
                max_length=30,
                widget=forms.TextInput(
                    attrs={"inputmode": "decimal", "class": "govuk-input--width-5"}
                ),
            )
            self.fields[f"comment_{element.code}"] = forms.CharField(
                label=f"Comment on “{element.name}”",
                required=False,
                max_length=500,
            )
        style_fields(self)

    def raw(self) -> tuple[dict[str, str], dict[str, str]]:
        data = self.cleaned_data
        values = {e.code: data.get(f"value_{e.code}", "") for e in self.elements}
        comments = {e.code: data.get(f"comment_{e.code}", "") for e in self.elements}
        return values, comments

    def show_errors(self, errors: dict[str, str]) -> None:
        for code, message in errors.items():
            self.add_error(f"value_{code}", message)
        mark_errors(self)


class UploadForm(GovukForm):
    file = forms.FileField(
        label="Upload the filled-in template",
        help_text="The template as .csv or .xlsx, one row per figure.",
        error_messages={"required": "Choose the filled-in template to upload."},
    )


class ReviewForm(GovukForm):
    class Decision:
        APPROVE, RETURN, UNLOCK = "approve", "return", "unlock"

    decision = forms.ChoiceField(
        choices=[
            ("approve", "Approve and lock"),
            ("return", "Return to the agency"),
            ("unlock", "Unlock for correction"),
        ],
        widget=forms.HiddenInput,
    )
    comment = forms.CharField(
        label="Comment",
        required=False,
        max_length=2000,
        widget=forms.Textarea,
        help_text="What to change (when returning), or why it is unlocked.",
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        needs_words = cleaned.get("decision") in (self.Decision.RETURN, self.Decision.UNLOCK)
        if needs_words and not (cleaned.get("comment") or "").strip():
            self.add_error(
                "comment",
                "Say what the agency should change."
                if cleaned["decision"] == self.Decision.RETURN
                else "Give the reason for unlocking: it is kept with the return's history.",
            )
        return cleaned


class DataSetForm(GovukModelForm):
    class Meta:
        model = DataSet
        fields = ["name", "description", "frequency", "first_period", "agencies"]
        widgets = {"agencies": GovukCheckboxes}

    def __init__(self, *args, partnership: Partnership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.partnership = partnership
        self.fields["agencies"].queryset = Agency.objects.filter(partnership=partnership)

    def clean_first_period(self) -> str:
        try:
            period = Period.parse(self.cleaned_data["first_period"])
        except PeriodError as error:
            raise forms.ValidationError(str(error)) from None
        quarterly = self.cleaned_data.get("frequency", DataSet.Frequency.QUARTERLY) == "quarterly"
        if quarterly != period.is_quarter:
            raise forms.ValidationError(
                "A quarterly data set starts in a quarter (2016/17 Q1); an annual one in a "
                "year (2016/17)."
            )
        return period.label

    def clean(self) -> dict:
        cleaned = super().clean()
        saved = DataSet.objects.filter(pk=self.instance.pk).first() if self.instance.pk else None
        if saved is not None and "first_period" in cleaned and "frequency" in cleaned:
            try:
                check_edit(saved, cleaned["frequency"], cleaned["first_period"])
            except DataSetInUse as error:
                self.add_error("first_period", str(error))
        return cleaned

    def validate_unique(self) -> None:
        super().validate_unique()
        name = self.cleaned_data.get("name")
        others = DataSet.objects.filter(partnership=self.instance.partnership, name=name)
        if name and others.exclude(pk=self.instance.pk).exists():
            self.add_error("name", "The partnership already has a data set with this name.")


class ElementForm(GovukModelForm):
    class Meta:
        model = DataElement
        fields = ["name", "code", "definition", "kind", "minimum", "maximum", "part_of"]
        labels = {"part_of": "Part of"}

    def __init__(self, *args, data_set: DataSet, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.data_set = data_set
        self.instance.order = data_set.elements.count() + 1
        self.fields["part_of"].queryset = data_set.elements.all()

    def clean(self) -> dict:
        cleaned = super().clean()
        low, high = cleaned.get("minimum"), cleaned.get("maximum")
        if low is not None and high is not None and low > high:
            self.add_error("maximum", "The maximum must be at least the minimum.")
        code = cleaned.get("code")
        if code and self.instance.data_set.elements.filter(code=code).exists():
            self.add_error("code", "The data set already has an element with this short name.")
        return cleaned


class MaracSetupForm(GovukForm):
    agencies = forms.ModelMultipleChoiceField(
        queryset=Agency.objects.none(),
        widget=GovukCheckboxes,
        label="Agencies that return it",
        help_text="Usually the MARAC coordinator's agency.",
        error_messages={"required": "Choose the agency that returns the MARAC data."},
    )
    first_period = forms.CharField(
        label="First quarter", max_length=20, help_text="For example 2016/17 Q1."
    )

    def __init__(self, *args, partnership: Partnership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.partnership = partnership
        self.fields["agencies"].queryset = Agency.objects.filter(partnership=partnership)

    def clean_first_period(self) -> Period:
        try:
            period = Period.parse(self.cleaned_data["first_period"])
        except PeriodError as error:
            raise forms.ValidationError(str(error)) from None
        if not period.is_quarter:
            raise forms.ValidationError("The MARAC data set is quarterly: enter a quarter.")
        return period

    def clean(self) -> dict:
        cleaned = super().clean()
        if DataSet.objects.filter(partnership=self.partnership, name=MARAC_NAME).exists():
            raise forms.ValidationError("The partnership already has the MARAC data set.")
        return cleaned


class Part4SetupForm(GovukForm):
    agencies = forms.ModelMultipleChoiceField(
        queryset=Agency.objects.none(),
        widget=GovukCheckboxes,
        label="Agencies that return it",
        help_text="The providers of safe accommodation the partnership commissions.",
        error_messages={"required": "Choose the agencies that provide safe accommodation."},
    )
    first_year = forms.CharField(
        label="First year", max_length=20, help_text="A financial year, for example 2024/25."
    )

    def __init__(self, *args, partnership: Partnership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.partnership = partnership
        self.fields["agencies"].queryset = Agency.objects.filter(partnership=partnership)

    def clean_first_year(self) -> Period:
        try:
            period = Period.parse(self.cleaned_data["first_year"])
        except PeriodError as error:
            raise forms.ValidationError(str(error)) from None
        if period.is_quarter:
            raise forms.ValidationError(
                "The Part 4 return is for a whole year (April to March): enter a year such "
                "as 2024/25."
            )
        return period

    def clean(self) -> dict:
        cleaned = super().clean()
        if DataSet.objects.filter(partnership=self.partnership, name=PART4_NAME).exists():
            raise forms.ValidationError("The partnership already has the Part 4 data set.")
        return cleaned


class MaracFiguresForm(GovukForm):
    adult_women = forms.IntegerField(
        label="Women aged 16 and over in the area",
        required=False,
        min_value=1,
        help_text="From the ONS mid-year estimates; gives cases per 10,000 and the expected "
        "number.",
        error_messages={"invalid": "Enter the population as a whole number, e.g. 120000."},
    )
    format = forms.ChoiceField(
        choices=[("", "Page"), ("csv", "CSV")], required=False, widget=forms.HiddenInput
    )


class IndicatorSettingsForm(GovukModelForm):
    class Meta:
        model = IndicatorSettings
        fields = ["round_to_5", "remind_days_before", "remind_days_after"]
        error_messages = {
            "remind_days_before": {
                "max_value": "Enter a number of days from 0 to 60.",
                "invalid": "Enter a number of days, for example 7.",
            },
            "remind_days_after": {
                "min_value": "Enter a number of days from 1 to 90.",
                "max_value": "Enter a number of days from 1 to 90.",
                "invalid": "Enter a number of days, for example 3.",
            },
        }


class DisaggregationForm(GovukModelForm):
    class Meta:
        model = Disaggregation
        fields = ["name", "categories"]
        widgets = {"categories": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, partnership: Partnership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.partnership = partnership

    def clean_categories(self) -> str:
        lines = [line.strip() for line in self.cleaned_data["categories"].splitlines()]
        lines = [line for line in lines if line]
        if len(lines) < 2:
            raise forms.ValidationError("Enter at least two categories, one a line.")
        if len({line.lower() for line in lines}) != len(lines):
            raise forms.ValidationError("Each category once: two lines are the same.")
        if any(len(line) > 80 for line in lines):
            raise forms.ValidationError("Keep each category to 80 characters.")
        return "\n".join(lines)

    def validate_unique(self) -> None:
        super().validate_unique()
        name = self.cleaned_data.get("name")
        others = Disaggregation.objects.filter(partnership=self.instance.partnership, name=name)
        if name and others.exclude(pk=self.instance.pk).exists():
            self.add_error("name", "The partnership already breaks figures down this way.")


class BreakDownForm(GovukForm):
    breakdown = forms.ModelChoiceField(
        queryset=Disaggregation.objects.none(),
        label="Break it down by",
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how to break the figure down."},
    )

    def __init__(self, *args, partnership: Partnership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["breakdown"].queryset = Disaggregation.objects.filter(partnership=partnership)
