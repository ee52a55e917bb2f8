"""Forms for death reviews, in the GOV.UK error-summary pattern."""

from __future__ import annotations

from typing import Any

from django import forms

from cairn.accounts.models import Agency, Partnership, User
from cairn.deathreviews.models import LearningTheme, Recommendation, Review, ReviewAccess
from cairn.deathreviews.reviewing import names_in, reference_taken
from cairn.lib.forms import GovukForm, GovukModelForm
from cairn.plans.forms import DEADLINE_HINT, GovukCheckboxes, GovukDateField


def _agencies(partnership: Partnership):
    return Agency.objects.filter(partnership=partnership, archived_at__isnull=True)


class ReviewForm(GovukModelForm):
    commissioned_on = GovukDateField(required=False, label="Commissioned on")
    completed_on = GovukDateField(required=False, label="Completed on")
    submitted_on = GovukDateField(
        required=False,
        label="Submitted to the Home Office on",
        help_text="And to the Domestic Abuse Commissioner.",
    )
    published_on = GovukDateField(required=False, label="Published on")

    class Meta:
        model = Review
        fields = [
            "reference",
            "kind",
            "status",
            "commissioned_on",
            "completed_on",
            "submitted_on",
            "published_on",
            "chair",
            "chair_agency",
            "author",
            "author_agency",
            "panel_chair",
            "public_summary",
        ]
        labels = {
            "kind": "Kind of review",
            "chair": "Chair (a role, not a name)",
            "chair_agency": "Chair's agency",
            "author": "Author (a role, not a name)",
            "author_agency": "Author's agency",
            "panel_chair": "Review panel chair's account",
        }
        widgets = {"reference": forms.TextInput, "chair": forms.TextInput}

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.partnership = partnership
        for name in ("chair_agency", "author_agency"):
            self.fields[name].queryset = _agencies(partnership)
            self.fields[name].empty_label = "None, or not an agency of the partnership"
        chair = self.fields["panel_chair"]
        chair.queryset = (
            User.objects.filter(
                memberships__partnership=partnership,
                memberships__deactivated_at__isnull=True,
                is_active=True,
            )
            .distinct()
            .order_by("name")
        )
        chair.empty_label = "None: the chair has no account here"
        chair.help_text = (
            "A member of the partnership who chairs the review panel. They may see this review "
            "and sign off its actions and recommendations, whatever their role."
        )

    def clean_reference(self) -> str:
        reference = self.cleaned_data["reference"].strip()
        existing = self.instance if self.instance.pk else None
        if reference_taken(self.partnership, reference, but=existing):
            raise forms.ValidationError(
                f"A review with the reference “{reference}” already exists: give another."
            )
        if names_in(self.partnership, reference):
            raise forms.ValidationError(
                "The reference names a person: use a reference such as “DHR 2024/01” or a "
                "pseudonym."
            )
        return reference

    def clean_public_summary(self) -> str:
        summary = self.cleaned_data["public_summary"]
        found = list(dict.fromkeys(names_in(self.partnership, summary)))
        if found:
            shown = ", ".join(f"“{n}”" for n in found)
            raise forms.ValidationError(
                f"The public summary names {shown}: a public summary must name nobody. "
                "Remove it before saving."
            )
        return summary


class RecommendationForm(GovukForm):
    ref = forms.CharField(max_length=20, required=False, label="Number", help_text="e.g. 3.")
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Recommendation")
    scope = forms.ChoiceField(
        choices=Recommendation.Scope.choices,
        initial=Recommendation.Scope.PARTNERSHIP,
        label="Scope",
    )
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        required=False,
        label="Made to",
        help_text="The agency a single-agency recommendation is made to.",
    )
    themes = forms.ModelMultipleChoiceField(
        queryset=LearningTheme.objects.none(),
        required=False,
        widget=GovukCheckboxes,
        label="Learning themes",
    )

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = _agencies(partnership)
        self.fields["themes"].queryset = LearningTheme.objects.filter(partnership=partnership)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("scope") == Recommendation.Scope.SINGLE_AGENCY and not cleaned.get("agency"):
            self.add_error("agency", "Choose the agency a single-agency recommendation is made to.")
        return cleaned


class ReviewActionForm(GovukForm):
    ref = forms.CharField(max_length=20, required=False, label="Number")
    title = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), label="Action")
    lead_agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(), required=False, label="Lead agency"
    )
    lead_person = forms.ModelChoiceField(
        queryset=User.objects.none(), required=False, label="Lead person"
    )
    deadline_text = forms.CharField(
        max_length=300, required=False, label="Target date", help_text=DEADLINE_HINT
    )

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lead_agency"].queryset = _agencies(partnership)
        self.fields["lead_person"].queryset = User.objects.filter(
            memberships__partnership=partnership
        ).order_by("name")


class ActionSignOffForm(GovukForm):
    completed_on = GovukDateField(
        label="Completed on", help_text="For example, 14 9 2025.", required=True
    )
    evidence = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        label="Outcome and evidence",
        help_text="What was done, and where the evidence is.",
        error_messages={"required": "Give the evidence that the action was done."},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["completed_on"].error_messages["required"] = (
            "Give the date the action was completed."
        )


class RecommendationSignOffForm(GovukForm):
    evidence = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        label="Evidence that the recommendation is met",
        error_messages={"required": "Give the evidence that the recommendation is met."},
    )


class LearningThemeForm(GovukForm):
    name = forms.CharField(max_length=100, label="Theme")

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.partnership = partnership

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        if LearningTheme.objects.filter(partnership=self.partnership, name__iexact=name).exists():
            raise forms.ValidationError(f"There is already a theme “{name}”.")
        return name


class ReviewAccessForm(GovukForm):
    roles = forms.MultipleChoiceField(
        choices=[(r.value, r.label) for r in ReviewAccess.CHOOSABLE],
        required=False,
        widget=GovukCheckboxes,
        label="Who besides the coordinator may see death reviews",
        help_text="Reviews are sensitive: choose only the roles that need them.",
    )
