"""The daily moderation digest: new pending events and those waiting too long, once per person.

What was mailed is recorded (DigestNotice), so a rerun on the same day, or the next day with
nothing new, sends nothing. Pending events of a region without moderator go to national staff.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import timezone

from accounts import policy
from core import jobs
from core.mail import build_mail
from events.models import Event

from .models import DigestNotice

logger = logging.getLogger(__name__)


def collect_news(now=None) -> dict:
    """{recipient: {"new": [events], "reminders": [events]}} — only what was never mailed to them."""
    now = now or timezone.now()
    reminder_before = now - datetime.timedelta(days=settings.MODERATION_REMINDER_DAYS)
    pending = list(
        Event.objects.filter(state=Event.State.PENDING, submitted_at__isnull=False)
        .select_related("region", "organization", "department")
        .order_by("submitted_at", "pk")
    )
    if not pending:
        return {}
    sent = set(
        DigestNotice.objects.filter(event__in=[event.pk for event in pending]).values_list(
            "recipient_id", "event_id", "kind", "submitted_at"
        )
    )
    by_region = policy.region_moderators()
    national = list(policy.national_staff_accounts().order_by("email"))
    news = {}
    for event in pending:
        waiting_long = event.submitted_at <= reminder_before
        for user in by_region.get(event.region_id) or national:
            key = (user.pk, event.pk)
            is_new = (*key, DigestNotice.Kind.NEW, event.submitted_at) not in sent
            needs_reminder = waiting_long and (*key, DigestNotice.Kind.REMINDER, event.submitted_at) not in sent
            entry = news.setdefault(user, {"new": [], "reminders": []})
            # An event already waiting too long when first mailed is listed once, as a reminder.
            if needs_reminder:
                entry["reminders"].append(event)
            elif is_new:
                entry["new"].append(event)
            if not entry["new"] and not entry["reminders"]:
                del news[user]
    return news


def _notices(user, items) -> list[DigestNotice]:
    notices = []
    for event in items["new"]:
        notices.append(
            DigestNotice(recipient=user, event=event, kind=DigestNotice.Kind.NEW, submitted_at=event.submitted_at)
        )
    for event in items["reminders"]:
        # A reminder also settles the "new" news of the same submission.
        for kind in (DigestNotice.Kind.NEW, DigestNotice.Kind.REMINDER):
            notices.append(DigestNotice(recipient=user, event=event, kind=kind, submitted_at=event.submitted_at))
    return notices


def _build_mail(user, items, now) -> EmailMultiAlternatives:
    def link(event):
        return settings.SITE_URL + reverse("admin:events_event_change", args=[event.pk])

    def item(event):
        # The first date as the region lives it: a waiting event that is about to happen is urgent.
        starts_on = timezone.localtime(event.starts_at, event.region.tzinfo).date() if event.starts_at else None
        return {"event": event, "url": link(event), "days": (now - event.submitted_at).days, "starts_on": starts_on}

    context = {
        "user": user,
        "new": [item(e) for e in items["new"]],
        "reminders": [item(e) for e in items["reminders"]],
        "reminder_days": settings.MODERATION_REMINDER_DAYS,
        "queue_url": settings.SITE_URL + reverse("admin:events_event_changelist") + "?state__exact=pending",
        "site_url": settings.SITE_URL,
    }
    return build_mail("moderation/mail/digest", context, to=[user.email])


def send_digest(now=None) -> int:
    """Mail every person their news; return how many mails were sent."""
    now = now or timezone.now()
    sent = 0
    for user, items in collect_news(now).items():
        # A background job (core.jobs); run here without a queue, where a failure returns False:
        # one failing address must not stop the others, and its news waits for tomorrow.
        if not jobs.enqueue_message(_build_mail(user, items, now)):
            continue
        DigestNotice.objects.bulk_create(_notices(user, items), ignore_conflicts=True)
        sent += 1
    return sent
