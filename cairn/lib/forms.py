"""GOV.UK Design System styling for Django forms, so templates stay plain."""

from __future__ import annotations

from typing import Any

from django import forms

WIDGET_CLASSES: list[tuple[type[forms.Widget], str]] = [
    (forms.CheckboxSelectMultiple, "govuk-checkboxes__input"),
    (forms.CheckboxInput, "govuk-checkboxes__input"),
    (forms.RadioSelect, "govuk-radios__input"),
    (forms.Textarea, "govuk-textarea"),
    (forms.Select, "govuk-select"),
    (forms.SelectMultiple, "govuk-select"),
    (forms.FileInput, "govuk-file-upload"),
    (forms.widgets.Input, "govuk-input"),
]


def govuk_class(widget: forms.Widget) -> str:
    for widget_type, css_class in WIDGET_CLASSES:
        if isinstance(widget, widget_type):
            return css_class
    return ""


class GovukForm(forms.Form):
    """A form whose widgets carry GOV.UK classes, and error classes once validated."""

    template_name_div = "includes/form_fields.html"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        style_fields(self)

    def full_clean(self) -> None:
        super().full_clean()
        mark_errors(self)


class GovukModelForm(forms.ModelForm):
    template_name_div = "includes/form_fields.html"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        style_fields(self)

    def full_clean(self) -> None:
        super().full_clean()
        mark_errors(self)


def style_fields(form: forms.BaseForm) -> None:
    for field in form.fields.values():
        css_class = govuk_class(field.widget)
        if css_class:
            field.widget.attrs["class"] = (
                f"{field.widget.attrs.get('class', '')} {css_class}".strip()
            )
        if isinstance(field.widget, forms.Textarea):
            field.widget.attrs.setdefault("rows", 4)


def mark_errors(form: forms.BaseForm) -> None:
    for name in form.errors:
        if name in form.fields:
            widget = form.fields[name].widget
            css_class = govuk_class(widget)
            if css_class in {"govuk-input", "govuk-textarea", "govuk-select"}:
                widget.attrs["class"] += f" {css_class}--error"
            # Point at the error message, and at the hint too when there is one.
            field_id = f"id_{form.add_prefix(name)}"
            described_by = [f"{field_id}-error"]
            if form.fields[name].help_text:
                described_by.append(f"{field_id}_helptext")
            widget.attrs["aria-describedby"] = " ".join(described_by)
