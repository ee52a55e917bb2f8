"""Forms of the Settings pages: the partnership's settings and its status scheme."""

from __future__ import annotations

from django import forms

from cairn.accounts.models import Partnership
from cairn.lib.forms import GovukForm, GovukModelForm
from cairn.plans.models import Status
from cairn.plans.statuses import SCHEMES, TEMPLATES, StatusRow


class PartnershipSettingsForm(GovukModelForm):
    class Meta:
        model = Partnership
        fields = [
            "name",
            "financial_year_start",
            "small_count_threshold",
            "public_contact_name",
            "public_contact_email",
        ]
        labels = {
            "name": "Partnership name",
            "financial_year_start": "The partnership's year starts in",
            "small_count_threshold": "Smallest count the public page shows",
            "public_contact_name": "Public contact",
            "public_contact_email": "Public contact email",
        }
        help_texts = {
            "financial_year_start": "Quarters count from here: Q1 is its first three months.",
        }
        error_messages = {
            "name": {
                "required": "Enter the partnership's name.",
                "unique": "Another partnership in Cairn has this name. Choose another.",
            },
            "small_count_threshold": {
                "invalid": "Enter a whole number, for example 5.",
            },
        }
        widgets = {
            "name": forms.TextInput,
            "small_count_threshold": forms.NumberInput(attrs={"class": "govuk-input--width-3"}),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        from django.conf import settings

        default = settings.CAIRN_SMALL_COUNT_THRESHOLD
        self.fields["small_count_threshold"].help_text = (
            f"Counts about people below this are published as “fewer than N”, so no one can "
            f"be identified. Leave it empty for Cairn's default, {default}. It cannot be "
            f"lower than {default}."
        )
        self.default_threshold = default

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Enter the partnership's name.")
        return name

    def clean_small_count_threshold(self) -> int | None:
        value = self.cleaned_data["small_count_threshold"]
        if value is not None and value < self.default_threshold:
            raise forms.ValidationError(
                f"Enter {self.default_threshold} or more: smaller counts could identify someone."
            )
        if value is not None and value > 100:
            raise forms.ValidationError("Enter 100 or less.")
        return value


class TemplateForm(GovukForm):
    template = forms.ChoiceField(
        label="Choose a template",
        choices=[(key, label) for key, label, _ in TEMPLATES],
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose a template.",
            "invalid_choice": "Choose one of the templates.",
        },
    )

    @staticmethod
    def hints() -> dict[str, str]:
        return {key: hint for key, _, hint in TEMPLATES}


class StatusRowForm(GovukForm):
    """One status of the scheme being edited. Blank extra rows are ignored."""

    pk = forms.IntegerField(widget=forms.HiddenInput, required=False)
    label = forms.CharField(
        max_length=60,
        label="Label",
        error_messages={"required": "Give the status a label: colour is never enough alone."},
    )
    code = forms.CharField(
        max_length=12,
        label="Short code",
        error_messages={"required": "Give the status a short code."},
        widget=forms.TextInput(attrs={"class": "govuk-input--width-5"}),
    )
    # A blank first choice, so an empty extra row stays unchanged and is ignored.
    category = forms.ChoiceField(
        choices=[("", "Choose")] + Status.Category.choices,
        label="Means",
        error_messages={"required": "Choose what the status means."},
    )
    colour = forms.ChoiceField(
        choices=[("", "Choose")] + Status.Colour.choices,
        label="Colour",
        error_messages={"required": "Choose the status's colour."},
    )
    description = forms.CharField(max_length=300, required=False, label="Description")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in ("label", "code", "description"):
            self.fields[field].widget.attrs["spellcheck"] = "false" if field == "code" else "true"

    def clean_label(self) -> str:
        return " ".join(self.cleaned_data["label"].split())

    def clean_code(self) -> str:
        return "".join(self.cleaned_data["code"].split()).upper()


class BaseStatusFormSet(forms.BaseFormSet):
    def clean(self) -> None:
        # A post without the management form (or with bad rows) has nothing to check here.
        if any(self.errors) or not self.management_form.is_valid():
            return
        rows = self.rows()
        if not rows:
            raise forms.ValidationError("Give the scheme at least one status.")
        for attribute, what in (("label", "label"), ("code", "short code")):
            seen: set[str] = set()
            for row in rows:
                value = getattr(row, attribute).casefold()
                if value in seen:
                    raise forms.ValidationError(
                        f"Two statuses have the {what} {getattr(row, attribute)}. "
                        f"Give each its own {what}."
                    )
                seen.add(value)

    def rows(self) -> list[StatusRow]:
        """The statuses in the order chosen, without those marked to remove."""
        ordered = self.ordered_forms if self.can_order else self.forms
        return [
            StatusRow(
                form.cleaned_data.get("pk"),
                form.cleaned_data["label"],
                form.cleaned_data["code"],
                form.cleaned_data["category"],
                form.cleaned_data["colour"],
                form.cleaned_data.get("description", ""),
            )
            for form in ordered
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]


def status_formset(data=None, *, rows: list[StatusRow] = (), extra: int = 1):
    formset_class = forms.formset_factory(
        StatusRowForm,
        formset=BaseStatusFormSet,
        extra=extra,
        can_order=True,
        can_delete=True,
        max_num=30,
        validate_max=True,
    )
    initial = [
        {
            "pk": row.pk,
            "label": row.label,
            "code": row.code,
            "category": row.category,
            "colour": row.colour,
            "description": row.description,
            "ORDER": n,
        }
        for n, row in enumerate(rows, start=1)
    ]
    formset = formset_class(data, initial=initial or None, prefix="status")
    for form in formset.forms:
        form.fields["ORDER"].label = "Position"
        form.fields["ORDER"].widget.attrs["class"] = "govuk-input govuk-input--width-2"
        form.fields["DELETE"].label = "Remove this status"
        form.fields["DELETE"].widget.attrs["class"] = "govuk-checkboxes__input"
    return formset


class SchemeNameForm(GovukForm):
    name = forms.CharField(
        max_length=100,
        label="Scheme name",
        help_text="How the scheme is called in reports, e.g. RAG.",
        error_messages={"required": "Give the scheme a name."},
    )


class TemplateQueryForm(forms.Form):
    """?template= on the editor: start from a template instead of the current scheme."""

    template = forms.ChoiceField(choices=[(key, key) for key in SCHEMES], required=False)


class MappingForm(GovukForm):
    """For each status being removed that actions still have: the status they move to."""

    def __init__(self, *args, to_map, rows: list[StatusRow], suggestions, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", "Choose a status")] + [
            (str(index), row.label) for index, row in enumerate(rows)
        ]
        for status, count in to_map:
            suggestion = suggestions.get(status.pk)
            self.fields[f"map_{status.pk}"] = forms.TypedChoiceField(
                choices=choices,
                coerce=int,
                label=f"{status.label} ({count} action{'s' if count != 1 else ''}) becomes",
                initial=str(suggestion) if suggestion is not None else "",
                error_messages={
                    "required": f"Choose the new status for actions that are {status.label}.",
                    "invalid_choice": f"Choose one of the new statuses for {status.label}.",
                },
                widget=forms.Select(attrs={"class": "govuk-select"}),
            )
        self.to_map = to_map

    def mapping(self) -> dict[int, int]:
        return {status.pk: self.cleaned_data[f"map_{status.pk}"] for status, _ in self.to_map}
