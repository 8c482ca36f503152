"""Subscribing, confirming, managing and unsubscribing an alert (double opt-in, no enumeration)."""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from core.links import absolute
from core.mail import build_mail, send_later

from . import tokens
from .models import Alert, Subscriber
from .queries import describe, followed_organization


def normalize_email(email: str) -> str:
    return email.strip().lower()


def subscribe(*, email: str, query: str) -> None:
    """Ask for an alert on ``query`` for ``email``: mail a confirmation link; nothing is sent before.

    The caller answers the same whatever happens here (a known address, an alert it already has, an
    address that bounced): the page tells nobody which addresses are subscribed.
    """
    email = normalize_email(email)
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(email=email)
        if subscriber.bounced_at is not None:
            return  # its server refuses our mail: a confirmation would bounce too
        try:
            with transaction.atomic():
                alert, _created = Alert.objects.get_or_create(
                    subscriber=subscriber, query=query, defaults={"organization": followed_organization(query)}
                )
        except IntegrityError:  # the same request twice at once
            alert = Alert.objects.get(subscriber=subscriber, query=query)
        if alert.confirmed_at is not None and subscriber.receives:
            template = "alerts/mail/already"
        else:
            template = "alerts/mail/confirm"
        context = {
            "alert": alert,
            "filters": describe(query),
            "confirm_url": absolute(_url("alerts:confirm", tokens.confirm_token(alert))),
            "manage_url": absolute(_url("alerts:manage", tokens.manage_token(subscriber))),
        }
        send_later(build_mail(template, context, to=[subscriber.email]))


def _url(name: str, token: str) -> str:
    return reverse(name, args=[token])


def confirm(alert: Alert) -> None:
    """The address holder clicked the confirmation link: the alert is on, from now on."""
    now = timezone.now()
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=alert.subscriber_id)
        alert = Alert.objects.select_for_update().get(pk=alert.pk)
        if alert.confirmed_at is None:
            alert.confirmed_at = now
            alert.last_sent_at = now  # only the events published from now on
            alert.save(update_fields=["confirmed_at", "last_sent_at"])
        subscriber.confirmed_at = subscriber.confirmed_at or now
        subscriber.unsubscribed_at = None
        subscriber.active_at = now
        subscriber.save(update_fields=["confirmed_at", "unsubscribed_at", "active_at"])


def touch(subscriber: Subscriber) -> None:
    Subscriber.objects.filter(pk=subscriber.pk).update(active_at=timezone.now())


def delete_alert(subscriber: Subscriber, alert_pk: int) -> bool:
    return Alert.objects.filter(subscriber=subscriber, pk=alert_pk).delete()[0] > 0


def unsubscribe(subscriber: Subscriber) -> None:
    """Every alert of the address stops at once (one click, RFC 8058)."""
    with transaction.atomic():
        Alert.objects.filter(subscriber=subscriber).delete()
        Subscriber.objects.filter(pk=subscriber.pk).update(unsubscribed_at=timezone.now())


def mark_bounced(email: str) -> bool:
    """The mail server told us this address does not exist (or refuses us): it receives nothing more."""
    return Subscriber.objects.filter(email=normalize_email(email)).update(bounced_at=timezone.now()) > 0
