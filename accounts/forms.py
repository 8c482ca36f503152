import logging

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import jobs
from moisess.forms import HoneypotMixin, SiteFormMixin

from .models import User

logger = logging.getLogger(__name__)

PASSWORD_HELP = _("Au moins 8 caractères, pas uniquement des chiffres, et pas un mot de passe trop courant.")


class SignupForm(HoneypotMixin, SiteFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("Adresse e-mail"),
        help_text=_("Elle vous servira d’identifiant. Nous y envoyons un lien pour la confirmer."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        label=_("Mot de passe"),
        help_text=PASSWORD_HELP,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_email(self):
        return User.objects.normalize_email(self.cleaned_data["email"]).lower()

    def clean(self):
        cleaned_data = super().clean()
        password, email = cleaned_data.get("password"), cleaned_data.get("email")
        if password:
            try:
                password_validation.validate_password(password, User(email=email or ""))
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned_data


class LoginForm(HoneypotMixin, SiteFormMixin, auth_forms.AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "Adresse e-mail ou mot de passe incorrect. Vérifiez votre saisie, ou demandez un nouveau mot de passe."
        ),
        "inactive": _(
            "Adresse e-mail ou mot de passe incorrect. Vérifiez votre saisie, ou demandez un nouveau mot de passe."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Adresse e-mail")
        self.fields["username"].widget = forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True})
        self.fields["password"].label = _("Mot de passe")


class PasswordResetForm(HoneypotMixin, SiteFormMixin, auth_forms.PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Adresse e-mail de votre compte")

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None):  # fmt: skip
        # A background job (core.jobs): a failing or slow mail server must not turn into an error
        # page or a longer answer (either would reveal that the address has an account).
        jobs.enqueue_mail(
            subject="".join(render_to_string(subject_template_name, context).splitlines()),
            body=render_to_string(email_template_name, context),
            html=render_to_string(html_email_template_name, context) if html_email_template_name else "",
            to=[to_email],
            from_email=from_email,
        )


class SetPasswordForm(SiteFormMixin, auth_forms.SetPasswordForm):
    def save(self, commit=True):
        # The reset link reached the mailbox: the address is verified too.
        if self.user.email_verified_at is None:
            self.user.email_verified_at = timezone.now()
        return super().save(commit)


class PasswordChangeForm(SiteFormMixin, auth_forms.PasswordChangeForm):
    pass


class DeleteAccountForm(SiteFormMixin, forms.Form):
    password = forms.CharField(
        label=_("Votre mot de passe, pour confirmer"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Ce mot de passe n’est pas le bon."), code="wrong_password")
        return password
