"""The form to report an accessibility problem (/accessibilite/signaler/)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin, SiteFormMixin


class AccessibilityReportForm(HoneypotMixin, SiteFormMixin, forms.Form):
    page = forms.CharField(
        label=_("Page concernée"),
        required=False,
        max_length=500,
        help_text=_("Son adresse ou son titre, si le problème concerne une page précise."),
    )
    message = forms.CharField(
        label=_("Le problème rencontré"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Ce que vous cherchiez à faire, ce qui vous en a empêché, et si possible votre navigateur et votre aide technique (lecteur d’écran, zoom…)."
        ),
    )
    email = forms.EmailField(
        label=_("Votre adresse e-mail"),
        required=False,
        help_text=_("Facultative : pour vous répondre ou vous envoyer le contenu sous une autre forme."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
