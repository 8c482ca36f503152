import logging

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import authenticate, password_validation
from django.contrib.auth import forms as auth_forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import CleanTextMixin, HoneypotMixin, SiteFormMixin
from core.mail import build_mail, send_later

from . import ratelimit
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


class RateLimitedLoginMixin:
    """A login refused by the rate limit says so, instead of « wrong password » (nothing was checked)."""

    def get_invalid_login_error(self):
        rate = ratelimit.throttled_rate(self.request)
        if rate is not None:
            return forms.ValidationError(ratelimit.too_many_attempts(rate), code="throttled")
        return super().get_invalid_login_error()


def is_current_password(request, user: User, password: str) -> bool:
    """The current password asked by an account page, checked as a login is: through authenticate(),
    hence under the same rate limits (someone holding a session cannot guess it without end).
    Raises the French refusal when a limit is reached."""
    if authenticate(request, username=user.email, password=password) == user:
        return True
    rate = ratelimit.throttled_rate(request)
    if rate is not None:
        raise forms.ValidationError(ratelimit.too_many_attempts(rate), code="throttled")
    return False


class LoginForm(RateLimitedLoginMixin, HoneypotMixin, SiteFormMixin, auth_forms.AuthenticationForm):
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


class AdminLoginForm(CleanTextMixin, RateLimitedLoginMixin, AdminAuthenticationForm):
    """The admin's login form: the same backend, hence the same limits, as the site's."""


class PasswordResetForm(HoneypotMixin, SiteFormMixin, auth_forms.PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Adresse e-mail de votre compte")

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        # A background job (core.jobs): a failing or slow mail server must not turn into an error
        # page or a longer answer (either would reveal that the address has an account). The templates
        # follow the site's naming (<name>_subject.txt, <name>.txt, <name>.html), so the subject is plain
        # text like every other mail's.
        send_later(build_mail(email_template_name.removesuffix(".txt"), context, to=[to_email], from_email=from_email))


class SetPasswordForm(SiteFormMixin, auth_forms.SetPasswordForm):
    def save(self, commit=True):
        # The reset link reached the mailbox: the address is verified too.
        if self.user.email_verified_at is None:
            self.user.email_verified_at = timezone.now()
        return super().save(commit)


class PasswordChangeForm(SiteFormMixin, auth_forms.PasswordChangeForm):
    def __init__(self, *args, request, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        if not is_current_password(self.request, self.user, old_password):
            raise forms.ValidationError(self.error_messages["password_incorrect"], code="password_incorrect")
        return old_password


class DeleteAccountForm(SiteFormMixin, forms.Form):
    password = forms.CharField(
        label=_("Votre mot de passe, pour confirmer"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, request, **kwargs):
        self.user = user
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not is_current_password(self.request, self.user, password):
            raise forms.ValidationError(_("Ce mot de passe n’est pas le bon."), code="wrong_password")
        return password
