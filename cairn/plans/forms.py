"""Forms a coordinator uses to build and change plans, in the GOV.UK error-summary pattern."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse

from cairn.accounts.models import Agency, Partnership, User
from cairn.lib.forms import GovukForm, GovukModelForm
from cairn.plans.models import Action, Milestone, Objective, Plan, Status, Strategy, Theme
from cairn.plans.tree import PlanFilter

DEADLINE_HINT = (
    "As the plan writes it, for example: “Sep 2016”, “By 2016/17”, “End of year one”, "
    "“Quarterly”, “Ongoing” or “tbc”. Cairn works out the date; anything it cannot read "
    "is kept and flagged for you to check."
)


# ---------------------------------------------------------------- widgets and fields


class GovukCheckboxes(forms.CheckboxSelectMultiple):
    """GOV.UK checkboxes; the error summary links to the first box."""

    template_name = "plans/widgets/_checkboxes.html"

    def id_for_label(self, id_: str, index: str | None = None) -> str:
        return super().id_for_label(id_, "0" if index is None else index)


class GovukDateInput(forms.MultiWidget):
    """The GOV.UK date input: day, month and year boxes."""

    template_name = "plans/widgets/_date_input.html"

    def __init__(self, attrs: dict | None = None) -> None:
        def box(width: int) -> forms.TextInput:
            return forms.TextInput(
                attrs={
                    "class": f"govuk-input govuk-date-input__input govuk-input--width-{width}",
                    "inputmode": "numeric",
                }
            )

        super().__init__({"day": box(2), "month": box(2), "year": box(4)}, attrs)

    def id_for_label(self, id_: str) -> str:
        return f"{id_}_0" if id_ else ""

    def get_context(self, name: str, value, attrs: dict | None) -> dict:
        context = super().get_context(name, value, attrs)
        if context["widget"]["attrs"].get("aria-invalid"):  # set by Django on errors
            for box in context["widget"]["subwidgets"]:
                box["attrs"]["class"] += " govuk-input--error"
        return context

    def decompress(self, value: dt.date | None) -> list:
        return [value.day, value.month, value.year] if value else [None, None, None]


class GovukDateField(forms.MultiValueField):
    widget = GovukDateInput
    default_error_messages = {
        "invalid": "Enter a real date, for example 31 3 2017.",
        "incomplete": "Enter the day, month and year.",
        "year": "The year must have 4 numbers, for example 2017.",
    }

    def __init__(self, **kwargs) -> None:
        fields = (forms.CharField(), forms.CharField(), forms.CharField())
        super().__init__(fields, require_all_fields=False, **kwargs)

    def compress(self, data_list: list[str]) -> dt.date | None:
        if not data_list:
            return None
        day, month, year = (part.strip() for part in data_list)
        if len(year) != 4:
            raise ValidationError(self.error_messages["year"], code="year")
        try:
            return dt.date(int(year), int(month), int(day))
        except (ValueError, OverflowError):
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None


def _agencies(partnership: Partnership, keep: Iterable[Agency] = ()) -> models.QuerySet[Agency]:
    """Agencies to choose from: the current ones, and any archived one in `keep` (those the
    object already names), so saving it does not drop them."""
    return Agency.objects.filter(partnership=partnership).filter(
        Q(archived_at__isnull=True) | Q(pk__in=keep)
    )


def _members(partnership: Partnership):
    return User.objects.filter(memberships__partnership=partnership).order_by("name")


# ---------------------------------------------------------------- plan, theme, objective


class PlanForm(GovukModelForm):
    starts_on = GovukDateField(
        required=False,
        label="Starts on",
        help_text="For example, 1 4 2016. Deadlines such as “end of year one” count from here.",
    )
    ends_on = GovukDateField(required=False, label="Ends on", help_text="For example, 31 3 2017.")

    class Meta:
        model = Plan
        fields = ["title", "period_text", "strategy", "starts_on", "ends_on", "state"]
        labels = {"period_text": "Period"}
        widgets = {"title": forms.TextInput}

    def __init__(self, *args, partnership: Partnership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["strategy"].queryset = Strategy.objects.filter(partnership=partnership)
        self.fields["strategy"].empty_label = "No strategy"


class ThemeForm(GovukModelForm):
    class Meta:
        model = Theme
        fields = ["ref", "title", "description"]
        labels = {"ref": "Reference"}
        widgets = {"title": forms.TextInput, "ref": forms.TextInput(attrs={"size": 10})}


class ObjectiveForm(GovukModelForm):
    class Meta:
        model = Objective
        fields = ["ref", "title"]
        labels = {"ref": "Reference"}
        widgets = {"title": forms.Textarea(attrs={"rows": 2})}


# ---------------------------------------------------------------- action


class ActionPicker(GovukCheckboxes):
    """Cross-references picked with a search, not a list of every action: only the chosen
    actions are drawn (ticked), with a search box that finds more (plans/_action_picker.html).
    `lookup_url`, `exclude`, `search` and `results` are set by the form."""

    template_name = "plans/widgets/_action_picker.html"
    lookup_url = ""
    exclude: int | str = ""
    search = ""
    results: list[Action] = []

    def optgroups(self, name: str, value: list[str], attrs: dict | None = None) -> list:
        chosen = [str(v) for v in value if str(v).isdigit()]
        queryset = self.choices.queryset  # type: ignore[attr-defined]
        self.choices = [(str(a.pk), str(a)) for a in queryset.filter(pk__in=chosen)]
        return super().optgroups(name, chosen, attrs)

    def get_context(self, name: str, value, attrs: dict | None) -> dict:
        context = super().get_context(name, value, attrs)
        context["widget"].update(
            lookup_url=self.lookup_url,
            exclude=self.exclude,
            search=self.search,
            results=self.results,
        )
        return context


def find_actions(plan: Plan, text: str, *, exclude: Iterable[int] = (), limit: int = 20):
    """Actions of the plan whose reference or title has every word of `text` (at most
    `limit`, in the plan's order), leaving out `exclude`."""
    found = Action.objects.filter(theme__plan=plan).exclude(pk__in=list(exclude))
    for word in search_words(text):
        found = found.filter(Q(ref__icontains=word) | Q(title__icontains=word))
    return found.in_tree_order()[:limit]


class ObjectiveChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Objective) -> str:
        return f"{obj.theme}: {obj}"


class ActionForm(GovukModelForm):
    # The version the form was loaded at: a save from an older one is refused.
    version = forms.IntegerField(
        widget=forms.HiddenInput,
        error_messages={
            "required": "Open the action again and make your change: the form was incomplete."
        },
    )

    class Meta:
        model = Action
        fields = [
            "ref",
            "title",
            "description",
            "theme",
            "objective",
            "lead_agencies",
            "lead_people",
            "collaborators",
            "deadline_text",
            "timescale",
            "output",
            "outcome",
            "indicators",
            "cost",
            "related_actions",
        ]
        labels = {
            "ref": "Reference",
            "deadline_text": "Deadline",
            "cost": "Cost implication",
            "related_actions": "See also (cross-references)",
        }
        help_texts = {"deadline_text": DEADLINE_HINT}
        field_classes = {"objective": ObjectiveChoiceField}
        widgets = {
            "lead_agencies": GovukCheckboxes,
            "lead_people": GovukCheckboxes,
            "collaborators": GovukCheckboxes,
            "related_actions": ActionPicker,
            "title": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, plan: Plan, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.fields["theme"].queryset = Theme.objects.filter(plan=plan)
        self.fields["objective"].queryset = Objective.objects.filter(
            theme__plan=plan
        ).select_related("theme")
        self.fields["objective"].empty_label = "None: the action sits directly under its theme"
        named = (
            Agency.objects.filter(
                Q(led_actions=self.instance) | Q(collaborating_actions=self.instance)
            ).values("pk")
            if self.instance.pk
            else []
        )
        self.fields["lead_agencies"].queryset = _agencies(plan.partnership, named)
        self.fields["collaborators"].queryset = _agencies(plan.partnership, named)
        # Members, and the people this plan names as leads who are not members yet (imported
        # and proposed, until the coordinator invites them): unticked, they would be dropped.
        self.fields["lead_people"].queryset = (
            User.objects.filter(
                Q(memberships__partnership=plan.partnership) | Q(led_actions__theme__plan=plan)
            )
            .distinct()
            .order_by("name")
        )
        others = Action.objects.filter(theme__plan=plan).in_tree_order()
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        related = self.fields["related_actions"]
        related.queryset = others
        related.error_messages["invalid_choice"] = (
            "Choose other actions of this plan as its cross-references."
        )
        related.help_text = "Actions elsewhere in this plan that this one refers to."
        picker = related.widget
        picker.lookup_url = reverse("plans:action_lookup", args=[plan.pk])
        picker.exclude = self.instance.pk or ""
        self.fields["version"].initial = self.instance.version

    def find_related(self, text: str) -> None:
        """Show the actions matching `text` under the cross-references, to tick (the
        no-JavaScript "Find actions"; htmx asks plans:action_lookup instead)."""
        picker = self.fields["related_actions"].widget
        picker.search = text[:SEARCH_MAX_LENGTH]
        exclude = [self.instance.pk] if self.instance.pk else []
        picker.results = list(find_actions(self.plan, text, exclude=exclude))

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        theme, objective = cleaned.get("theme"), cleaned.get("objective")
        if theme and objective and objective.theme_id != theme.pk:
            self.add_error(
                "objective",
                f"“{objective}” is in the theme “{objective.theme}”: choose an objective "
                f"of “{theme}”, or none.",
            )
        return cleaned

    def _post_clean(self) -> None:
        # The model's own check of objective against theme would repeat the message above.
        if "objective" in self.errors:
            self.instance.objective = None
        super()._post_clean()


class ActionPlaceForm(GovukForm):
    """Where a new action goes, read from the query string of "Add action" links."""

    theme = forms.ModelChoiceField(queryset=Theme.objects.none(), required=False)
    objective = forms.ModelChoiceField(queryset=Objective.objects.none(), required=False)

    def __init__(self, *args, plan: Plan, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = Theme.objects.filter(plan=plan)
        self.fields["objective"].queryset = Objective.objects.filter(theme__plan=plan)

    def initial_for_action(self) -> dict:
        if not self.is_valid():
            return {}
        objective = self.cleaned_data["objective"]
        theme = objective.theme if objective else self.cleaned_data["theme"]
        return {"theme": theme, "objective": objective}


# ---------------------------------------------------------------- milestone


class MilestoneForm(GovukModelForm):
    done_on = GovukDateField(
        required=False, label="Done on", help_text="When it was completed, for example 14 9 2016."
    )

    class Meta:
        model = Milestone
        fields = ["title", "deadline_text", "lead_agency", "lead_person", "done_on"]
        labels = {
            "deadline_text": "Due",
            "lead_agency": "Lead agency",
            "lead_person": "Lead person",
        }
        help_texts = {"deadline_text": DEADLINE_HINT}
        widgets = {"title": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, plan: Plan, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        named = [self.instance.lead_agency_id] if self.instance.lead_agency_id else []
        self.fields["lead_agency"].queryset = _agencies(plan.partnership, named)
        self.fields["lead_person"].queryset = _members(plan.partnership)
        self.fields["lead_agency"].empty_label = "None: the action's leads"
        self.fields["lead_person"].empty_label = "None"


# ---------------------------------------------------------------- reordering


class MoveForm(GovukForm):
    direction = forms.ChoiceField(choices=[("up", "Move up"), ("down", "Move down")])


# ---------------------------------------------------------------- reading: filter and search

SEARCH_MAX_LENGTH = 200
SEARCH_MAX_WORDS = 10


def search_words(text: str) -> list[str]:
    """The words of a search, punctuation trimmed from their ends ("(MARAC)," is MARAC;
    "1.2" stays 1.2); at most SEARCH_MAX_WORDS."""
    words = (word.strip(string.punctuation + "“”‘’«»") for word in text.split())
    return [word for word in words if word][:SEARCH_MAX_WORDS]


class SearchField(forms.CharField):
    """A search box's text: too long, or nothing but punctuation, is a clear message."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", SEARCH_MAX_LENGTH)
        kwargs.setdefault(
            "error_messages",
            {"max_length": f"Search for {SEARCH_MAX_LENGTH} characters or fewer."},
        )
        super().__init__(**kwargs)

    def validate(self, value: str) -> None:
        super().validate(value)
        if value and not search_words(value):
            raise ValidationError(
                "Search for a word or a reference, for example “MARAC” or “1.2”.", code="words"
            )


class PlanFilterForm(GovukForm):
    """The plan page's filters, read from the query string. A value that is not one of the
    choices (an old link, a typed address) is reported and that filter left off."""

    NO_STATUS = "none"

    q = SearchField(label="Search this plan")
    theme = forms.ChoiceField(
        required=False,
        error_messages={"invalid_choice": "That theme is not in this plan: showing all themes."},
    )
    agency = forms.ChoiceField(
        required=False,
        label="Lead agency",
        error_messages={"invalid_choice": "That agency is not in this partnership: showing all."},
    )
    status = forms.ChoiceField(
        required=False,
        error_messages={"invalid_choice": "That status is not in use here: showing all."},
    )
    overdue = forms.BooleanField(required=False, label="Only overdue actions")

    def __init__(
        self,
        *args,
        themes: Iterable[Theme],
        agencies: Iterable[Agency],
        statuses: Iterable[Status],
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.themes = {str(t.pk): t for t in themes}
        self.agencies = {str(a.pk): a for a in agencies}
        self.statuses = {str(s.pk): s for s in statuses}
        self.fields["theme"].choices = [("", "All themes")] + [
            (pk, str(t)) for pk, t in self.themes.items()
        ]
        self.fields["agency"].choices = [("", "Any agency")] + [
            (pk, str(a)) for pk, a in self.agencies.items()
        ]
        self.fields["status"].choices = [
            ("", "Any status"),
            (self.NO_STATUS, "No status yet"),
        ] + [(pk, s.label) for pk, s in self.statuses.items()]

    def plan_filter(self) -> PlanFilter:
        """The filters that are valid; an invalid one is left off (its error says so)."""
        if not self.is_bound:
            return PlanFilter()
        self.is_valid()
        data = self.cleaned_data
        status = data.get("status") or ""
        return PlanFilter(
            theme=self.themes.get(data.get("theme") or ""),
            agency=self.agencies.get(data.get("agency") or ""),
            status=self.statuses.get(status),
            no_status=status == self.NO_STATUS,
            overdue=bool(data.get("overdue")),
            words=search_words(data.get("q") or ""),
        )


class MoveToForm(GovukForm):
    """Where an item goes: a position among its siblings ("reorder by number") and, for an
    action, the theme or objective it moves to."""

    place = forms.ChoiceField(
        label="Move to",
        required=False,
        error_messages={"invalid_choice": "Choose a theme or objective of this plan."},
    )
    position = forms.IntegerField(
        label="Position",
        required=False,
        min_value=1,
        max_value=100_000,
        help_text="1 puts it first. Leave it empty to put it last.",
        error_messages={
            "invalid": "Enter the position as a number, for example 1.",
            "min_value": "Enter a position of 1 or more.",
            "max_value": "Enter a position of 100000 or less.",
        },
        widget=forms.NumberInput(attrs={"class": "govuk-input--width-4", "inputmode": "numeric"}),
    )

    def __init__(self, *args, item: models.Model, plan: Plan, **kwargs) -> None:
        self.places: dict[str, Theme | Objective] = {}
        if isinstance(item, Action):
            for theme in Theme.objects.filter(plan=plan).prefetch_related("objectives"):
                self.places[f"theme-{theme.pk}"] = theme
                for objective in theme.objectives.all():
                    self.places[f"objective-{objective.pk}"] = objective
            here = f"theme-{item.theme_id}"
            if item.objective_id:
                here = f"objective-{item.objective_id}"
            kwargs.setdefault("initial", {})["place"] = here
        super().__init__(*args, **kwargs)
        if self.places:
            self.fields["place"].choices = [
                (key, f"Theme: {place}" if isinstance(place, Theme) else f"– Objective: {place}")
                for key, place in self.places.items()
            ]
            self.fields["place"].required = True
        else:
            del self.fields["place"]

    def destination(self) -> dict[str, Theme | Objective | None]:
        """theme= / objective= for editing.move_to (empty for items that only reorder)."""
        place = self.places.get(self.cleaned_data.get("place") or "")
        if isinstance(place, Objective):
            return {"objective": place}
        if isinstance(place, Theme):
            return {"theme": place}
        return {}


class ActionLookupForm(GovukForm):
    """The cross-reference search's query string (htmx): the words, and the action being
    edited (left out of what is found)."""

    related_search = SearchField(label="Find an action")
    exclude = forms.IntegerField(required=False)


class SearchForm(GovukForm):
    """The partnership's search box."""

    q = SearchField(label="Search plans, actions, milestones and progress notes")
