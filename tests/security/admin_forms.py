"""Re-posting an admin change form as the browser would, with one value forged."""

from django import forms
from django.forms.models import InlineForeignKeyField


def _encode(bound_field) -> dict:
    """{POST name: value} of one field, as a browser sends it."""
    field, value, name = bound_field.field, bound_field.value(), bound_field.html_name
    widget = field.widget
    if isinstance(field, forms.FileField):
        return {}  # no new upload: the stored file stays
    if isinstance(field, forms.BooleanField):
        return {name: "on"} if value else {}
    if isinstance(field, forms.ModelMultipleChoiceField):
        return {name: [str(v) for v in value or []]}
    if isinstance(widget, forms.MultiWidget):  # e.g. a date and a time
        parts = value if isinstance(value, list) else widget.decompress(value)
        return {
            name + suffix: sub.format_value(part) or ""
            for suffix, sub, part in zip(widget.widgets_names, widget.widgets, parts, strict=True)
        }
    if value is None:
        return {name: ""}
    if isinstance(widget, forms.DateTimeInput | forms.DateInput | forms.TimeInput):
        return {name: widget.format_value(value)}
    return {name: str(value)}


def _forms(response):
    yield response.context["adminform"].form
    for inline in response.context["inline_admin_formsets"]:
        yield inline.formset.management_form
        yield from inline.formset.forms


def change_form_data(response) -> dict:
    """The POST data of the admin change form rendered in `response`, unchanged."""
    data = {}
    for form in _forms(response):
        for bound_field in form:
            data.update(_encode(bound_field))
    return data


def related_fields(response) -> list[tuple[str, object]]:
    """(POST name, form field) of every foreign key and many-to-many the form lets the user set,
    inlines included (not the hidden primary keys of inline rows, nor the link to the parent)."""
    found = []
    for form in _forms(response):
        for bound_field in form:
            field = bound_field.field
            if isinstance(field, InlineForeignKeyField) or not isinstance(field, forms.ModelChoiceField):
                continue
            if isinstance(field.widget, forms.HiddenInput):
                continue  # an inline row's primary key
            found.append((bound_field.html_name, field))
    return found


def field_errors(response, html_name) -> list[str]:
    """The errors shown at the field posted as `html_name` (main form or inline)."""
    for form in _forms(response):
        for bound_field in form:
            if bound_field.html_name == html_name:
                return list(bound_field.errors)
    raise AssertionError(f"no field {html_name} in the form")


def all_errors(response) -> dict[str, list[str]]:
    errors = {}
    for form in _forms(response):
        for bound_field in form:
            if bound_field.errors:
                errors[bound_field.html_name] = list(bound_field.errors)
        if getattr(form, "non_field_errors", None) and form.non_field_errors():
            errors[f"{form.prefix or ''}__all__"] = list(form.non_field_errors())
    for inline in response.context["inline_admin_formsets"]:
        if inline.formset.non_form_errors():
            errors[f"{inline.formset.prefix}__formset__"] = list(inline.formset.non_form_errors())
    return errors
