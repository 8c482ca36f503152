"""Account changes: sign-up, e-mail verification, deletion. Mail goes out after the commit."""

import logging

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from core.mail import build_mail, send_later

from .models import User
from .tokens import email_verification_token

logger = logging.getLogger(__name__)


def send_mail_after_commit(*, template: str, to: list[str], context: dict) -> None:
    """Send a French text + HTML mail from `<template>_subject.txt`, `.txt` and `.html`, after the
    commit, as a background job (core.jobs); a failing mail server never breaks the request."""
    context = {"site_url": settings.SITE_URL, **context}
    send_later(build_mail(template, context, to=to))


def verification_url(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    path = reverse("accounts:verify_email", kwargs={"uidb64": uid, "token": email_verification_token.make_token(user)})
    return f"{settings.SITE_URL}{path}"


def send_verification_email(*, user: User) -> None:
    send_mail_after_commit(
        template="accounts/mail/verify_email", to=[user.email], context={"user": user, "url": verification_url(user)}
    )


@transaction.atomic
def register(*, email: str, password: str) -> User | None:
    """Create an unverified account and mail its verification link.

    A known address gets a mail saying so instead (with the log-in and reset links): the person
    who signs up sees the same page either way, so the form reveals nothing about who has an account.
    """
    email = User.objects.normalize_email(email).lower()
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        make_password(password)  # same work, hence about the same response time, as a real sign-up
        send_mail_after_commit(
            template="accounts/mail/already_registered",
            to=[existing.email],
            context={
                "login_url": settings.SITE_URL + reverse("accounts:login"),
                "reset_url": settings.SITE_URL + reverse("accounts:password_reset"),
            },
        )
        return None
    user = User.objects.create_user(email=email, password=password)
    send_verification_email(user=user)
    return user


@transaction.atomic
def verify_email(*, user: User) -> User:
    if user.email_verified_at is None:
        user.email_verified_at = timezone.now()
        user.save(update_fields=["email_verified_at"])
    return user
