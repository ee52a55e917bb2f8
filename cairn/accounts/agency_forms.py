"""Forms of the Agencies pages: one agency's details, and the agency to merge it into."""

from __future__ import annotations

from django import forms

from cairn.accounts.models import Agency, Partnership
from cairn.lib.forms import GovukForm, GovukModelForm


class AgencyForm(GovukModelForm):
    class Meta:
        model = Agency
        fields = ["name", "short_name", "contact_email"]
        labels = {"name": "Name", "short_name": "Short name", "contact_email": "Contact email"}
        help_texts = {
            "name": "The agency's full name, e.g. Exampleshire Police.",
            "short_name": "How plans abbreviate it, e.g. 'CCG' or 'DAAG'. Imports match it too.",
        }
        error_messages = {"name": {"required": "Enter the agency's name."}}
        widgets = {"contact_email": forms.EmailInput(attrs={"autocomplete": "off"})}

    def __init__(self, *args, partnership: Partnership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.partnership = partnership
        self.fields["name"].widget.attrs["spellcheck"] = "false"

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Enter the agency's name.")
        same = Agency.objects.filter(partnership=self.partnership, name__iexact=name).exclude(
            pk=self.instance.pk
        )
        existing = same.first()
        if existing:
            where = " (archived)" if existing.archived_at else ""
            raise forms.ValidationError(
                f"The partnership already has an agency called {existing.name}{where}."
            )
        return name

    def clean_short_name(self) -> str:
        return " ".join(self.cleaned_data["short_name"].split())

    def save(self, commit: bool = True) -> Agency:
        self.instance.partnership = self.partnership
        return super().save(commit=commit)


class AgencyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Agency) -> str:
        return f"{obj.name} ({obj.short_name})" if obj.short_name else obj.name


class MergeForm(GovukForm):
    into = AgencyChoiceField(
        queryset=Agency.objects.none(),
        label="Merge it into",
        help_text="Everything that names this agency will name the one you choose instead.",
        empty_label="Choose an agency",
        error_messages={
            "required": "Choose the agency to merge it into.",
            "invalid_choice": "Choose one of the partnership's current agencies.",
        },
    )

    def __init__(self, *args, agency: Agency, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.agency = agency
        # Itself stays in the list so that choosing it gets a clear refusal, not a puzzle.
        self.fields["into"].queryset = Agency.objects.current().filter(
            partnership_id=agency.partnership_id
        )

    def clean_into(self) -> Agency:
        into = self.cleaned_data["into"]
        if into.pk == self.agency.pk:
            raise forms.ValidationError(
                "An agency cannot be merged into itself. Choose another agency."
            )
        return into
