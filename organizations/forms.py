from django import forms
from django.utils.translation import gettext_lazy as _

from core import images
from core.forms import SiteFormMixin, https_urls
from regions import places
from regions.models import Department

from .models import Organization
from .validators import normalize_siret, validate_siret


class OrganizationForm(SiteFormMixin, forms.ModelForm):
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_("Facultatif. JPEG, PNG ou WebP, 5 Mo au plus."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    siret = forms.CharField(
        label=_("SIRET"),
        required=False,
        max_length=20,
        help_text=_("Facultatif. Les 14 chiffres, avec ou sans espaces."),
    )
    postal_code = forms.CharField(
        label=_("Code postal"),
        max_length=10,
        help_text=_("Il indique votre département et votre région."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code"}),
    )

    class Meta:
        model = Organization
        formfield_callback = https_urls
        fields = [
            "name",
            "legal_form",
            "siret",
            "description",
            "website",
            "email",
            "phone",
            "address",
            "postal_code",
            "city",
        ]
        labels = {
            "name": _("Nom de l’organisation"),
            "email": _("E-mail de contact public"),
            "phone": _("Téléphone de contact"),
        }
        help_texts = {
            "description": _("Quelques lignes sur ce que fait votre organisation."),
            "website": _("Facultatif, commençant par https://."),
            "email": _("Facultatif. Il reçoit aussi les réponses de la modération."),
            "postal_code": _("Il indique votre département et votre région."),
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "postal_code": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code"}),
            "address": forms.TextInput(attrs={"autocomplete": "street-address"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["postal_code"].required = True
        self.fields["city"].required = True
        legal_form = self.fields["legal_form"]
        legal_form.choices = [("", _("— Choisir une forme juridique —")), *(c for c in legal_form.choices if c[0])]
        self.processed_logo = None
        self.department = None

    def clean_siret(self):
        siret = normalize_siret(self.cleaned_data["siret"])
        if siret:
            validate_siret(siret)
        return siret

    def clean_postal_code(self):
        return "".join(self.cleaned_data["postal_code"].split())

    def clean_logo(self):
        upload = self.cleaned_data.get("logo")
        if upload:
            self.processed_logo = images.process_image(upload, max_size=images.LOGO_SIZE)
        return upload

    def clean(self):
        cleaned_data = super().clean()
        postal_code, city = cleaned_data.get("postal_code"), cleaned_data.get("city")
        if postal_code and city:
            # The postal code serves that commune, whose department files the organisation (regions.places).
            place = places.check_place(postal_code, city)
            for name, message in place.errors.items():
                self.add_error(name, message)
            if not place.errors:
                self.department = Department.objects.filter(code=place.department_code).first()
                if self.department is None:
                    self.add_error("postal_code", _("Ce code postal n’est pas dans une région du Mois de l’ESS."))
        return cleaned_data

    def save(self, commit=True):
        organization = super().save(commit=False)
        organization.department = self.department
        if self.processed_logo is not None:
            organization.logo.save(self.processed_logo.name, self.processed_logo, save=False)
        if commit:
            organization.save()
        return organization


class InvitationForm(SiteFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("Adresse e-mail de la personne à inviter"),
        help_text=_("Elle recevra un lien, valable 14 jours, pour rejoindre l’organisation."),
    )

    def __init__(self, *args, organization, **kwargs):
        self.organization = organization
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if self.organization.members.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("Cette personne fait déjà partie de l’organisation."), code="member")
        return email
