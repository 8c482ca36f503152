"""What every form of the site shares: text without invisible control characters, and date fields
bounded to the years the site deals with; and for the public forms, one field template, errors tied to
their field for screen readers, and a honeypot against spam robots."""

import datetime

from django import forms
from django.db import models
from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .text import clean_text

HONEYPOT_FIELD = "telecopie"

# The dates any form or query parameter accepts: every edition of the Mois de l'ESS (the first was in
# 2008) and then some, while date arithmetic and time zone shifts stay far inside what Python and the
# databases can represent (years 1 to 9999: « au=9999-12-31 » plus one day used to answer 500).
EARLIEST_DATE = datetime.date(2000, 1, 1)
LATEST_DATE = datetime.date(2100, 12, 31)


class CleanTextMixin:
    """Every text field of the form loses its control and bidirectional formatting characters before
    anything else looks at it (``core.text.clean_text``): a multi-line field (a ``Textarea``) keeps
    its tabs and line breaks, a single-line one gets a space for each. Passwords are left as typed.

    Mixed into every form of the project, the admin's included (``CleanTextModelForm``), so that an
    escape character in a title never reaches the RSS feed, the exports or a calendar.
    """

    def full_clean(self):
        if self.is_bound:
            self.data = self._data_without_unsafe_characters()
        super().full_clean()

    def _text_fields(self) -> dict[str, bool]:
        """The keys of the submitted data that hold text, and whether each may span several lines."""
        return {
            self.add_prefix(name): isinstance(field.widget, forms.Textarea)
            for name, field in self.fields.items()
            if isinstance(field, forms.CharField)
            and not isinstance(field, forms.JSONField)
            and not isinstance(field.widget, forms.PasswordInput)
        }

    def _data_without_unsafe_characters(self):
        data, changed = self.data, {}
        for key, multiline in self._text_fields().items():
            if key not in data:
                continue
            values = data.getlist(key) if hasattr(data, "getlist") else [data[key]]
            cleaned = [clean_text(value, multiline=multiline) if isinstance(value, str) else value for value in values]
            if cleaned != values:
                changed[key] = cleaned
        if not changed:
            return data
        data = data.copy()
        for key, values in changed.items():
            if hasattr(data, "setlist"):
                data.setlist(key, values)
            else:
                data[key] = values[0]
        return data


class CleanTextModelForm(CleanTextMixin, forms.ModelForm):
    """The base of the admin's forms."""


class SiteFormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


class SiteBoundField(BoundField):
    @property
    def error_anchor(self) -> str:
        """The id an error summary links to: the field's own input, or the first box of a list of
        checkboxes or radio buttons (whose label names no single input)."""
        if self.id_for_label:
            return self.id_for_label
        for subwidget in self.subwidgets:
            return subwidget.id_for_label or self.auto_id
        return self.auto_id or ""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        if not self.auto_id:
            return attrs
        described_by = []
        if self.errors:
            described_by.append(f"{self.auto_id}_error")
        if self.help_text:
            described_by.append(f"{self.auto_id}_helptext")
        if described_by:
            attrs["aria-describedby"] = " ".join(described_by)
        return attrs


class SiteFormMixin(CleanTextMixin):
    """Renders with the site's field template, links each error to its field, cleans text."""

    default_renderer = SiteFormRenderer
    bound_field_class = SiteBoundField
    required_css_class = "field--required"
    error_css_class = "field--error"


class _DateBoundsMixin:
    default_error_messages = {
        "too_early": _("Cette date est trop ancienne : indiquez une date à partir du %(limit)s."),
        "too_late": _("Cette date est trop lointaine : indiquez une date jusqu’au %(limit)s."),
    }

    def __init__(self, *, earliest=EARLIEST_DATE, latest=LATEST_DATE, **kwargs):
        self.earliest, self.latest = earliest, latest
        super().__init__(**kwargs)

    def validate(self, value):
        super().validate(value)
        if value in self.empty_values:
            return
        day = value.date() if isinstance(value, datetime.datetime) else value
        if day < self.earliest:
            raise forms.ValidationError(
                self.error_messages["too_early"], code="too_early", params={"limit": _short_date(self.earliest)}
            )
        if day > self.latest:
            raise forms.ValidationError(
                self.error_messages["too_late"], code="too_late", params={"limit": _short_date(self.latest)}
            )


def _short_date(day: datetime.date) -> str:
    return date_format(day, "SHORT_DATE_FORMAT")  # 01/01/2000 in French


class BoundedDateField(_DateBoundsMixin, forms.DateField):
    """A date between ``earliest`` and ``latest`` (by default EARLIEST_DATE and LATEST_DATE)."""


class BoundedDateTimeField(_DateBoundsMixin, forms.DateTimeField):
    """A date and time whose day (in the current time zone) is between ``earliest`` and ``latest``."""


class HoneypotMixin:
    """A field people never see (hidden by CSS, skipped by screen readers) but robots fill in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Laissez ce champ vide"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(
                _("Votre envoi n’a pas pu être traité. Réessayez sans remplir les champs cachés."), code="honeypot"
            )
        return cleaned_data

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD))


def https_urls(model_field, **kwargs):
    """ModelForm `formfield_callback`: a web address typed without scheme means https://."""
    if isinstance(model_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return model_field.formfield(**kwargs)
