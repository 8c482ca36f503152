"""State changes of events: every moderation decision, submission and edit goes through here.

Each function is keyword-only, runs in a transaction, writes a line of the event's history and
sends its e-mail after the commit (a failing mail server never undoes a decision).
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Min
from django.template.loader import render_to_string
from django.utils import timezone

from core import jobs

from .models import Event, EventLogEntry, TimeSlot

logger = logging.getLogger(__name__)


class TransitionError(Exception):
    """The event is not in a state that allows this change."""


# The states each moderation decision starts from. A draft was never submitted by its organisation:
# no decision applies to it. Publishing a rejected event reverses the rejection.
PUBLISHABLE_STATES = frozenset({Event.State.PENDING, Event.State.CHANGES_REQUESTED, Event.State.REJECTED})
REJECTABLE_STATES = frozenset({Event.State.PENDING, Event.State.CHANGES_REQUESTED, Event.State.PUBLISHED})
CHANGES_REQUESTABLE_STATES = frozenset({Event.State.PENDING, Event.State.PUBLISHED})
UNPUBLISHABLE_STATES = frozenset({Event.State.PUBLISHED})
DECISION_STATES = {
    "publish": PUBLISHABLE_STATES,
    "reject": REJECTABLE_STATES,
    "request_changes": CHANGES_REQUESTABLE_STATES,
    "unpublish": UNPUBLISHABLE_STATES,
}


def possible_decisions(event: Event) -> list[str]:
    """The names of the decisions a moderator may take on the event now."""
    return [name for name, states in DECISION_STATES.items() if event.state in states]


def refresh_event_dates(*, event: Event) -> None:
    """Mirror the first start and last end of the event's slots onto the event."""
    bounds = event.slots.aggregate(first=Min("starts_at"), last=Max("ends_at"))
    event.starts_at, event.ends_at = bounds["first"], bounds["last"]
    Event.objects.filter(pk=event.pk).update(starts_at=event.starts_at, ends_at=event.ends_at)


@transaction.atomic
def replace_slots(*, event: Event, slots: list[tuple]) -> None:
    """Replace all the slots of an event by the given (start, end) pairs."""
    event.slots.all().delete()
    TimeSlot.objects.bulk_create([TimeSlot(event=event, starts_at=start, ends_at=end) for start, end in slots])
    refresh_event_dates(event=event)


def _set_state(event: Event, *, state: str, actor, message: str = "") -> None:
    now = timezone.now()
    event.state = state
    event.state_changed_at = now
    event.state_changed_by = actor
    event.moderation_message = message
    fields = ["state", "state_changed_at", "state_changed_by", "moderation_message", "updated_at"]
    if state == Event.State.PUBLISHED and event.published_at is None:
        event.published_at = now
        fields.append("published_at")
    if state == Event.State.PENDING:
        event.submitted_at = now
        fields.append("submitted_at")
    event.save(update_fields=fields)


def _notify_organization(event: Event, action: str, message: str) -> None:
    """Mail the organisation's members about a decision, after the commit; never raise."""
    recipients = list(event.organization.members.filter(is_active=True).values_list("email", flat=True))
    if event.organization.email:
        recipients.append(event.organization.email)
    recipients = sorted(set(recipients))
    if not recipients:
        return
    context = {"event": event, "action": action, "message": message, "site_url": settings.SITE_URL}
    # A background job after the commit: a mail server failure must not undo or block a decision.
    jobs.enqueue_mail(
        subject=render_to_string("events/mail/decision_subject.txt", context).strip(),
        body=render_to_string("events/mail/decision.txt", context),
        html=render_to_string("events/mail/decision.html", context),
        to=recipients,
    )


@transaction.atomic
def submit_event(*, event: Event, user) -> Event:
    if event.state not in {Event.State.DRAFT, Event.State.CHANGES_REQUESTED, Event.State.REJECTED}:
        raise TransitionError("Only a draft or an event sent back for changes can be submitted.")
    _set_state(event, state=Event.State.PENDING, actor=user)
    EventLogEntry.objects.create(event=event, actor=user, action=EventLogEntry.Action.SUBMITTED)
    return event


@transaction.atomic
def publish_event(*, event: Event, moderator, message: str = "") -> Event:
    if event.state not in PUBLISHABLE_STATES:
        raise TransitionError("Only an event its organisation submitted, and not yet published, can be published.")
    _set_state(event, state=Event.State.PUBLISHED, actor=moderator, message=message)
    EventLogEntry.objects.create(event=event, actor=moderator, action=EventLogEntry.Action.PUBLISHED, message=message)
    _notify_organization(event, EventLogEntry.Action.PUBLISHED, message)
    return event


@transaction.atomic
def reject_event(*, event: Event, moderator, reason: str) -> Event:
    if not reason.strip():
        raise ValueError("A rejection needs a reason for the organisation.")
    if event.state not in REJECTABLE_STATES:
        raise TransitionError("Only a submitted or published event can be rejected.")
    _set_state(event, state=Event.State.REJECTED, actor=moderator, message=reason)
    EventLogEntry.objects.create(event=event, actor=moderator, action=EventLogEntry.Action.REJECTED, message=reason)
    _notify_organization(event, EventLogEntry.Action.REJECTED, reason)
    return event


@transaction.atomic
def request_changes(*, event: Event, moderator, message: str) -> Event:
    if not message.strip():
        raise ValueError("A request for changes needs a message for the organisation.")
    if event.state not in CHANGES_REQUESTABLE_STATES:
        raise TransitionError("Changes can be requested on a pending or published event only.")
    _set_state(event, state=Event.State.CHANGES_REQUESTED, actor=moderator, message=message)
    EventLogEntry.objects.create(
        event=event, actor=moderator, action=EventLogEntry.Action.CHANGES_REQUESTED, message=message
    )
    _notify_organization(event, EventLogEntry.Action.CHANGES_REQUESTED, message)
    return event


@transaction.atomic
def unpublish_event(*, event: Event, moderator, message: str) -> Event:
    """Take a published event off the site; it waits in the queue again and the organisation is told why."""
    if not message.strip():
        raise ValueError("Unpublishing needs a message for the organisation.")
    if event.state not in UNPUBLISHABLE_STATES:
        raise TransitionError("Only a published event can be unpublished.")
    _set_state(event, state=Event.State.PENDING, actor=moderator, message=message)
    EventLogEntry.objects.create(event=event, actor=moderator, action=EventLogEntry.Action.UNPUBLISHED, message=message)
    _notify_organization(event, EventLogEntry.Action.UNPUBLISHED, message)
    return event


@transaction.atomic
def cancel_event(*, event: Event, user, message: str) -> Event:
    """The organisation cancels its event: it stays visible, with a banner and the message."""
    event.status = Event.Status.CANCELLED
    event.status_message = message
    event.save(update_fields=["status", "status_message", "updated_at"])
    EventLogEntry.objects.create(event=event, actor=user, action=EventLogEntry.Action.CANCELLED, message=message)
    return event


def record_edit(*, event: Event, user, changes: dict) -> EventLogEntry | None:
    """Keep what an organisation changed; for a published event, moderators see it as
    « modifié après publication »."""
    if not changes:
        return None
    return EventLogEntry.objects.create(event=event, actor=user, action=EventLogEntry.Action.EDITED, changes=changes)
