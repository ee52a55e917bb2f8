"""Forms of the People pages."""

from __future__ import annotations

from django import forms

from cairn.accounts.models import Agency, Membership, Partnership, Role
from cairn.lib.forms import GovukForm


class InviteForm(GovukForm):
    name = forms.CharField(
        max_length=150,
        required=False,
        help_text="Leave it blank when you only know their email address; they can add it.",
    )
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        error_messages={
            "required": "Enter their email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(), required=False, empty_label="No agency"
    )
    role = forms.ChoiceField(
        choices=Role.choices,
        widget=forms.RadioSelect,
        initial=Role.LEAD,
        error_messages={"required": "Choose a role"},
    )

    def __init__(self, *args, partnership: Partnership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(partnership=partnership)


class RoleForm(GovukForm):
    role = forms.ChoiceField(
        choices=Role.choices, widget=forms.RadioSelect, error_messages={"required": "Choose a role"}
    )


class ReassignForm(GovukForm):
    to = forms.ModelChoiceField(
        label="Give their actions to",
        queryset=Membership.objects.none(),
        empty_label="Choose a person",
        error_messages={
            "required": "Choose who takes over their actions",
            "invalid_choice": "Choose someone who is still in the partnership",
        },
    )

    def __init__(self, *args, membership: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["to"]
        field.queryset = (
            Membership.objects.active()
            .filter(partnership_id=membership.partnership_id)
            .exclude(pk=membership.pk)
            .select_related("user")
            .order_by("user__name", "user__email")
        )
        field.label_from_instance = lambda m: (
            f"{m.user} ({m.get_role_display()})" if m.user.name else m.user.email
        )
