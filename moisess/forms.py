"""What every public form of the site shares: one field template, errors tied to their field for
screen readers, and a honeypot against spam robots."""

from django import forms
from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "telecopie"


class SiteFormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


class SiteBoundField(BoundField):
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


class SiteFormMixin:
    """Renders with the site's field template and links each error to its field."""

    default_renderer = SiteFormRenderer
    bound_field_class = SiteBoundField
    required_css_class = "field--required"
    error_css_class = "field--error"


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
    from django.db import models

    if isinstance(model_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return model_field.formfield(**kwargs)
