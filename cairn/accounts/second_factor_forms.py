"""The code a person types from their authenticator app, or a recovery code."""

from __future__ import annotations

from django import forms

from cairn.lib.forms import GovukForm


class CodeForm(GovukForm):
    otp_token = forms.CharField(
        label="Security code",
        help_text="The 6-digit code your authenticator app shows now, or a recovery code.",
        max_length=20,
        error_messages={"required": "Enter the code from your authenticator app."},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "spellcheck": "false",
                "class": "govuk-input--width-10",
                "autofocus": True,
            }
        ),
    )
