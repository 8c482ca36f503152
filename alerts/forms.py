from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin, SiteFormMixin


class SubscribeForm(HoneypotMixin, SiteFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("Votre adresse e-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("Nous vous enverrons d’abord un e-mail pour confirmer : rien ne part avant."),
    )
    query = forms.CharField(widget=forms.HiddenInput, required=False, max_length=2000)
