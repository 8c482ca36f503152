from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.encoding import force_str
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import ratelimit, services
from accounts.forms import (
    DeleteAccountForm,
    LoginForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
    SignupForm,
)
from accounts.models import User
from accounts.tokens import email_verification_token
from alerts import tokens
from alerts.models import Subscriber
from organizations import services as organization_services


def _with_retry_after(response, rate: ratelimit.Rate | None):
    if response.status_code == 429 and rate is not None:
        response["Retry-After"] = str(rate.window)
    return response


def _safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return default


def signup(request):
    if request.user.is_authenticated:
        return redirect("space:dashboard")
    form = SignupForm(request.POST or None)
    status, throttled = 200, ""
    if request.method == "POST":
        ip = ratelimit.client_ip(request)
        if ratelimit.is_limited("signup-ip", ip, ratelimit.SIGNUP_PER_IP):
            throttled, status = ratelimit.too_many_attempts(ratelimit.SIGNUP_PER_IP), 429
        elif form.is_valid():
            ratelimit.hit("signup-ip", ip, ratelimit.SIGNUP_PER_IP)
            services.register(email=form.cleaned_data["email"], password=form.cleaned_data["password"])
            request.session["signup_email"] = form.cleaned_data["email"]
            return redirect("accounts:signup_done")
    response = render(request, "accounts/signup.html", {"form": form, "throttled": throttled}, status=status)
    return _with_retry_after(response, ratelimit.SIGNUP_PER_IP)


def signup_done(request):
    return render(request, "accounts/signup_done.html", {"email": request.session.get("signup_email", "")})


def login(request):
    if request.user.is_authenticated and request.method == "GET":
        return redirect(_safe_next(request, reverse("space:dashboard")))
    form = LoginForm(request, data=request.POST or None)
    status, throttled, rate = 200, "", None
    # The limits are applied by the authentication backend (accounts/backends.py), for every login path.
    if request.method == "POST":
        if form.is_valid():
            auth_login(request, form.get_user())
            return redirect(_safe_next(request, reverse("space:dashboard")))
        rate = ratelimit.throttled_rate(request)
        if rate is not None:
            form = LoginForm(request, initial={"username": request.POST.get("username", "")})
            throttled, status = ratelimit.too_many_attempts(rate), 429
    next_url = _safe_next(request, "")
    response = render(
        request, "accounts/login.html", {"form": form, "next": next_url, "throttled": throttled}, status=status
    )
    return _with_retry_after(response, rate)


@require_POST
def logout(request):
    auth_logout(request)
    messages.success(request, _("Vous êtes déconnecté·e. À bientôt !"))
    return redirect("events:home")


@login_required
def account(request):
    # The e-mail alerts of the account's address (they need no account): a verified address may manage
    # them from here without waiting for a mail.
    subscriber = (
        Subscriber.objects.filter(email=request.user.email.strip().lower(), alerts__isnull=False).first()
        if request.user.is_email_verified
        else None
    )
    return render(
        request,
        "accounts/account.html",
        {
            "organizations": request.user.organizations.order_by("name"),
            "alerts_url": reverse("alerts:manage", args=[tokens.manage_token(subscriber)]) if subscriber else "",
        },
    )


def verify_email(request, uidb64, token):
    try:
        user = User.objects.get(pk=force_str(urlsafe_base64_decode(uidb64)))
    except (User.DoesNotExist, ValueError, TypeError, OverflowError):
        user = None
    if user is None or not email_verification_token.check_token(user, token):
        if user is not None and user.is_email_verified:
            messages.info(request, _("Votre adresse e-mail est déjà confirmée."))
            return redirect("space:dashboard" if request.user.is_authenticated else "accounts:login")
        return render(request, "accounts/verify_email_invalid.html", status=400)
    services.verify_email(user=user)
    if not request.user.is_authenticated:
        auth_login(request, user)  # the one backend of AUTHENTICATION_BACKENDS
    messages.success(request, _("Merci, votre adresse e-mail est confirmée."))
    return redirect("space:dashboard")


@login_required
@require_POST
def resend_verification(request):
    if request.user.is_email_verified:
        messages.info(request, _("Votre adresse e-mail est déjà confirmée."))
    elif not ratelimit.consume("verify-resend", str(request.user.pk), ratelimit.VERIFICATION_RESEND_PER_USER):
        messages.error(
            request, _("Un lien vous a déjà été envoyé plusieurs fois : attendez une heure avant d’en redemander un.")
        )
    else:
        services.send_verification_email(user=request.user)
        messages.success(
            request,
            _("Un nouveau lien de confirmation vient d’être envoyé à %(email)s.") % {"email": request.user.email},
        )
    return redirect(_safe_next(request, reverse("accounts:account")))


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user, request=request)
    if request.method == "POST" and form.is_valid():
        user = request.user
        auth_logout(request)
        organization_services.delete_account(user=user)
        messages.success(
            request, _("Votre compte est supprimé. Les événements publiés de vos organisations restent en ligne.")
        )
        return redirect("events:home")
    rate = ratelimit.throttled_rate(request)
    response = render(request, "accounts/delete.html", {"form": form}, status=429 if rate else 200)
    return _with_retry_after(response, rate)


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/mail/password_reset.txt"
    html_email_template_name = "accounts/mail/password_reset.html"
    subject_template_name = "accounts/mail/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def get_context_data(self, **kwargs):
        return {"throttled": "", **super().get_context_data(**kwargs)}

    def form_valid(self, form):
        # Too many requests for one address: answer as usual but send nothing more (the answer
        # must not differ, or it would tell whether the address has an account).
        if not ratelimit.consume("reset-address", form.cleaned_data["email"], ratelimit.PASSWORD_RESET_PER_ADDRESS):
            return redirect(self.success_url)
        self.extra_email_context = {"site_url": settings.SITE_URL}
        return super().form_valid(form)

    def post(self, request, *args, **kwargs):
        ip = ratelimit.client_ip(request)
        if not ratelimit.consume("reset-ip", ip, ratelimit.PASSWORD_RESET_PER_IP):
            context = self.get_context_data(
                form=self.form_class(initial={"email": request.POST.get("email", "")}),
                throttled=ratelimit.too_many_attempts(ratelimit.PASSWORD_RESET_PER_IP),
            )
            return _with_retry_after(self.render_to_response(context, status=429), ratelimit.PASSWORD_RESET_PER_IP)
        return super().post(request, *args, **kwargs)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = SetPasswordForm
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        # The owner proved they hold the mailbox: failures counted against the account no longer hold them back.
        ratelimit.clear_login_failures(email=form.user.email, ip=ratelimit.client_ip(self.request))
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = PasswordChangeForm
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:account")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}

    def form_valid(self, form):
        messages.success(self.request, _("Votre mot de passe est modifié."))
        return super().form_valid(form)

    def form_invalid(self, form):
        rate = ratelimit.throttled_rate(self.request)
        response = self.render_to_response(self.get_context_data(form=form), status=429 if rate else 200)
        return _with_retry_after(response, rate)
