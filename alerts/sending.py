"""``manage.py send_alerts``: one mail per address grouping the events newly published for each of its
alerts, on the edition's rhythm (daily « during », weekly « before », never « after »); and the purge.

A rerun sends nothing twice: each address is handled in a transaction that locks its row, checks again
that it is due, mails (once the transaction commits, through ``core.jobs``) and moves its alerts'
``last_sent_at`` to the instant the run started.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from core.links import absolute
from core.mail import build_mail, send_later
from events import editions as phases
from events.filters import public_events

from . import tokens
from .models import Alert, Subscriber
from .queries import describe_many, matching_events

# A little less than a day or a week: a cron at 7:00 that ran at 7:02 yesterday still finds it due.
RHYTHM = {
    phases.DURING: datetime.timedelta(days=1) - datetime.timedelta(hours=2),
    phases.BEFORE: datetime.timedelta(days=7) - datetime.timedelta(hours=2),
}
MAX_EVENTS_PER_ALERT = 20
UNCONFIRMED_DAYS = 7
# An address with no sign of life for a whole edition (a year: no confirmation, no visit to its manage
# page, no mail sent) is deleted.
INACTIVE_DAYS = 365


@dataclass
class Report:
    phase: str
    mails: int = 0
    events: int = 0
    addresses: int = 0
    purged_alerts: int = 0
    purged_addresses: int = 0
    skipped: list = field(default_factory=list)


def due_subscribers(now, rhythm):
    receiving = Subscriber.objects.filter(
        confirmed_at__isnull=False, unsubscribed_at__isnull=True, bounced_at__isnull=True
    )
    return (
        receiving.filter(Q(checked_at__isnull=True) | Q(checked_at__lte=now - rhythm))
        .filter(alerts__confirmed_at__isnull=False)
        .distinct()
    )


def send_alerts(*, now=None, force=False) -> Report:
    now = now or timezone.now()
    report = Report(phase=phases.phase(timezone.localdate(now)))
    purge(now=now, report=report)
    if report.phase not in RHYTHM and not force:
        return report
    rhythm = datetime.timedelta(0) if force else RHYTHM[report.phase]
    for pk in due_subscribers(now, rhythm).values_list("pk", flat=True).order_by("pk"):
        sent = _send_to(pk, now=now, rhythm=rhythm)
        report.addresses += 1
        if sent:
            report.mails += 1
            report.events += sent
    return report


def _send_to(pk: int, *, now, rhythm) -> int:
    """Mail one address its new events; the number of events mailed (0: no mail)."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(pk=pk).first()
        if subscriber is None or not subscriber.receives:
            return 0
        if subscriber.checked_at is not None and subscriber.checked_at > now - rhythm:
            return 0  # another run got there first
        alerts = list(subscriber.alerts.filter(confirmed_at__isnull=False).order_by("created_at", "pk"))
        sections = []
        seen = set()
        descriptions = dict(zip([alert.pk for alert in alerts], describe_many([a.query for a in alerts]), strict=True))
        for alert in alerts:
            since = alert.last_sent_at or alert.confirmed_at
            ids = list(
                matching_events(alert.query, published_after=since, published_until=now).values_list("pk", flat=True)
            )
            if not ids:
                continue
            shown = ids[:MAX_EVENTS_PER_ALERT]
            events = public_events().in_bulk(shown)
            sections.append(
                {
                    "alert": alert,
                    "filters": descriptions[alert.pk],
                    "events": [events[pk] for pk in shown if pk in events],
                    "more": len(ids) - len(shown),
                    "list_url": absolute(reverse("events:list") + (f"?{alert.query}" if alert.query else "")),
                }
            )
            seen.update(ids)
        Alert.objects.filter(pk__in=[alert.pk for alert in alerts]).update(last_sent_at=now)
        subscriber.checked_at = now
        update = ["checked_at"]
        if sections:
            subscriber.last_sent_at = subscriber.active_at = now
            update += ["last_sent_at", "active_at"]
            send_later(_mail(subscriber, sections, count=len(seen)))
        subscriber.save(update_fields=update)
        return len(seen) if sections else 0


def unsubscribe_url(subscriber) -> str:
    return absolute(reverse("alerts:unsubscribe", args=[tokens.manage_token(subscriber)]))


def _mail(subscriber, sections, *, count):
    manage_url = absolute(reverse("alerts:manage", args=[tokens.manage_token(subscriber)]))
    unsubscribe = unsubscribe_url(subscriber)
    mail = build_mail(
        "alerts/mail/events",
        {
            "sections": sections,
            "count": count,
            "manage_url": manage_url,
            "unsubscribe_url": unsubscribe,
            "site_url": settings.SITE_URL,
        },
        to=[subscriber.email],
    )
    # RFC 2369 and RFC 8058: the mail program's own « Se désabonner » button, one POST, no page.
    mail.extra_headers["List-Unsubscribe"] = f"<{unsubscribe}>"
    mail.extra_headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return mail


def purge(*, now=None, report: Report | None = None) -> tuple[int, int]:
    """Delete the alerts left unconfirmed for UNCONFIRMED_DAYS, then the addresses left without an alert
    (unsubscribed, or never confirmed) or without a sign of life for INACTIVE_DAYS."""
    now = now or timezone.now()
    stale = now - datetime.timedelta(days=UNCONFIRMED_DAYS)
    alerts = Alert.objects.filter(confirmed_at__isnull=True, created_at__lt=stale).delete()[1].get("alerts.Alert", 0)
    inactive = Q(active_at__lt=now - datetime.timedelta(days=INACTIVE_DAYS))
    empty = Q(alerts__isnull=True, created_at__lt=stale, active_at__lt=stale)
    ids = list(Subscriber.objects.filter(inactive | empty).values_list("pk", flat=True).distinct())
    addresses = Subscriber.objects.filter(pk__in=ids).delete()[1].get("alerts.Subscriber", 0)
    if report is not None:
        report.purged_alerts, report.purged_addresses = alerts, addresses
    return alerts, addresses
