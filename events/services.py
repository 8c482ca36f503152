"""State changes of events: every submission, moderation decision, cancellation, deletion, edit and
copy goes through here.

Each transition is a keyword-only function that runs in a transaction, locks the event's row, checks
the transition against the row as it is now (`events.workflow` holds the table), writes a line of
the event's history and sends its e-mail after the commit (a failing mail server never undoes a
decision). Two decisions on the same event at the same time are thus taken one after the other: the
second one sees the first one's result and is refused with `workflow.TransitionError`.
"""

import datetime
import hashlib
import json
import logging
from functools import partial

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.translation import gettext as _

from core import pagecache
from core.mail import build_mail, send_later
from core.slugs import insert_with_unique_slug

from . import images as event_images
from . import rules, workflow
from .models import Edition, Event, EventLogEntry, TimeSlot
from .workflow import TransitionError  # raised here; callers catch it as services.TransitionError too

logger = logging.getLogger(__name__)

SLUG_STEM_LENGTH = 150

# What only the transitions write; the forms never do. Re-read from the locked row before a change.
MODERATION_FIELDS = [
    "state",
    "state_changed_at",
    "state_changed_by",
    "moderation_message",
    "submitted_at",
    "published_at",
]
# Whether the organisation's edits since the publication are still to be seen by a moderator.
EDITS_FIELDS = ["edited_after_publication", "changes_pending_since"]
LOCKED_FIELDS = [*MODERATION_FIELDS, *EDITS_FIELDS, "status", "status_message"]
# What `change_status` writes (and logs); an edit's own record leaves them to it.
STATUS_FIELDS = ["status", "status_message"]
# What the organisation's form and the admin's change form edit, plus the time slots ("slots").
CONTENT_FIELDS = [
    field.name
    for field in (*Event._meta.concrete_fields, *Event._meta.many_to_many)
    if field.editable and not field.primary_key and field.name not in MODERATION_FIELDS
]
SLOTS = "slots"
SNAPSHOT_RELATED = ["organization", "edition", "region", "department", "event_type", "highlight"]
SHOWN_VALUE_LENGTH = 200


def bump_if_public(event: Event) -> None:
    """Move the version of what the public sees (core.pagecache) if a public page shows or showed
    ``event``: organisations writing drafts in November do not empty the cache of every visitor's page."""
    if event.ever_public:
        pagecache.bump()


# -- Dates and slots -------------------------------------------------------------------------------------


def refresh_event_dates(*, event: Event) -> None:
    """Mirror the first start and last end of the event's slots onto the event."""
    bounds = event.slots.aggregate(first=Min("starts_at"), last=Max("ends_at"))
    event.starts_at, event.ends_at = bounds["first"], bounds["last"]
    Event.objects.filter(pk=event.pk).update(starts_at=event.starts_at, ends_at=event.ends_at)
    bump_if_public(event)


@transaction.atomic
def replace_slots(*, event: Event, slots: list[tuple]) -> None:
    """Replace all the slots of an event by the given (start, end) pairs."""
    event.slots.all().delete()
    TimeSlot.objects.bulk_create([TimeSlot(event=event, starts_at=start, ends_at=end) for start, end in slots])
    refresh_event_dates(event=event)


# -- Locking and the transitions' bookkeeping ------------------------------------------------------------


def _lock(event: Event, transition: str, *, fields=LOCKED_FIELDS, same_state=True) -> None:
    """Lock the event's row until the end of the transaction, bring the caller's copy up to date with
    it, and check the transition against it. Someone may have changed the event since the caller
    loaded it: a decision taken on a state that is no longer the event's (`same_state`) is refused,
    even when the new state would allow it too — the second of two moderators deciding at once
    learns what the first one did instead of overriding it."""
    seen = event.state
    event.refresh_from_db(fields=fields, from_queryset=Event.objects.select_for_update())
    if same_state and event.state != seen:
        raise TransitionError(event=event, transition=transition)
    workflow.check(event, transition)


def _set_state(event: Event, *, state: str, actor, message: str = "", at=None) -> None:
    now = at or timezone.now()
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
    # A submission changes no public page; a publication, a withdrawal or a change to a published event does.
    bump_if_public(event)


def _log(event: Event, actor, action: str, *, message: str = "", at=None, changes=None) -> EventLogEntry:
    return EventLogEntry.objects.create(
        event=event,
        actor=actor,
        action=action,
        message=message,
        changes=changes or {},
        created_at=at or timezone.now(),
    )


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
    send_later(build_mail("events/mail/decision", context, to=recipients))


def _decide(event, *, transition, moderator, message, action, notify, at) -> Event:
    _lock(event, transition)
    _set_state(event, state=workflow.TRANSITIONS[transition].target, actor=moderator, message=message, at=at)
    if event.edited_after_publication:
        # A decision is taken on the event as it is now: the edits before it have been seen.
        _clear_edits(event)
    _log(event, moderator, action, message=message, at=at)
    if notify:
        _notify_organization(event, action, message)
    return event


def _required(text: str, what: str) -> None:
    if not text.strip():
        raise ValueError(what)


# -- The transitions (events.workflow.TRANSITIONS) --------------------------------------------------------
# `at` is when it happened (now by default): the demo data replays histories. `notify=False` sends no
# mail (imports and demo data).


@transaction.atomic
def submit_event(*, event: Event, user, at=None) -> Event:
    _lock(event, "submit")
    _set_state(event, state=Event.State.PENDING, actor=user, at=at)
    _log(event, user, EventLogEntry.Action.SUBMITTED, at=at)
    return event


@transaction.atomic
def publish_event(*, event: Event, moderator, message: str = "", notify: bool = True, at=None) -> Event:
    return _decide(
        event,
        transition="publish",
        moderator=moderator,
        message=message,
        action=EventLogEntry.Action.PUBLISHED,
        notify=notify,
        at=at,
    )


@transaction.atomic
def reject_event(*, event: Event, moderator, reason: str, notify: bool = True, at=None) -> Event:
    _required(reason, "A rejection needs a reason for the organisation.")
    return _decide(
        event,
        transition="reject",
        moderator=moderator,
        message=reason,
        action=EventLogEntry.Action.REJECTED,
        notify=notify,
        at=at,
    )


@transaction.atomic
def request_changes(*, event: Event, moderator, message: str, notify: bool = True, at=None) -> Event:
    _required(message, "A request for changes needs a message for the organisation.")
    return _decide(
        event,
        transition="request_changes",
        moderator=moderator,
        message=message,
        action=EventLogEntry.Action.CHANGES_REQUESTED,
        notify=notify,
        at=at,
    )


@transaction.atomic
def unpublish_event(*, event: Event, moderator, message: str, notify: bool = True, at=None) -> Event:
    """Take a published event off the site; it waits in the queue again and the organisation is told why."""
    _required(message, "Unpublishing needs a message for the organisation.")
    return _decide(
        event,
        transition="unpublish",
        moderator=moderator,
        message=message,
        action=EventLogEntry.Action.UNPUBLISHED,
        notify=notify,
        at=at,
    )


@transaction.atomic
def cancel_event(*, event: Event, user, message: str, at=None) -> Event:
    """The organisation cancels its event: it stays visible, with a banner and the message."""
    _lock(event, "cancel")
    event.status = Event.Status.CANCELLED
    event.status_message = message
    event.save(update_fields=["status", "status_message", "updated_at"])
    bump_if_public(event)
    _log(event, user, EventLogEntry.Action.CANCELLED, message=message, at=at)
    return event


@transaction.atomic
def uncancel_event(*, event: Event, user) -> Event:
    """The organisation takes a cancellation back: the event is scheduled again, without banner."""
    _lock(event, "uncancel")
    event.status = Event.Status.SCHEDULED
    event.status_message = ""
    event.save(update_fields=["status", "status_message", "updated_at"])
    bump_if_public(event)
    _log(event, user, EventLogEntry.Action.UNCANCELLED)
    return event


@transaction.atomic
def change_status(*, event: Event, user, status: str, message: str = "", at=None) -> Event:
    """The organisation says its event is full, postponed, moved online… (not cancelled: that is
    `cancel_event`). Checked against the rules (« Passé en ligne » needs the online link), logged with
    what changed, and, on a published event, put before the CRESS like any other edit."""
    _lock(event, "change_status", same_state=False)
    if status == Event.Status.CANCELLED:
        raise TransitionError(event=event, transition="change_status")
    if problem := rules.status_error(status=status, online_url=event.online_url):
        raise ValueError(str(problem))
    before = (event.status, event.status_message)
    if before == (status, message):
        return event
    event.status, event.status_message = status, message
    event.save(update_fields=[*STATUS_FIELDS, "updated_at"])
    entry = record_status_change(event=event, user=user, before=before, at=at)
    _flag_edit(event, entry)
    return event


def record_status_change(*, event: Event, user, before: tuple[str, str], at=None) -> EventLogEntry:
    """Log a new status (« Statut changé », with the labels before and after and the message to the
    public): `change_status` for the organisation, the admin's change form for a moderator."""
    old_status, old_message = before
    changes = changes_between(
        {
            "status": str(Event.Status(old_status).label) if old_status in Event.Status.values else old_status,
            "status_message": old_message,
        },
        {"status": event.get_status_display(), "status_message": event.status_message},
    )
    return _log(event, user, EventLogEntry.Action.STATUS_CHANGED, message=event.status_message, at=at, changes=changes)


@transaction.atomic
def acknowledge_changes(*, event: Event, moderator, at=None) -> Event:
    """A moderator has seen what the organisation changed since the publication: the event leaves the
    queue until its next edit. Nothing is mailed; the history keeps who looked and when."""
    _lock(event, "acknowledge_changes")
    _clear_edits(event)
    _log(event, moderator, EventLogEntry.Action.CHANGES_SEEN, at=at)
    return event


def _clear_edits(event: Event) -> None:
    event.edited_after_publication = False
    event.changes_pending_since = None
    Event.objects.filter(pk=event.pk).update(edited_after_publication=False, changes_pending_since=None)


def _flag_edit(event: Event, entry: EventLogEntry) -> None:
    """An edit of a published event goes live at once and waits in the queue for a moderator's look."""
    if event.state != Event.State.PUBLISHED:
        return
    event.edited_after_publication = True
    if event.changes_pending_since is None:
        event.changes_pending_since = entry.created_at
    Event.objects.filter(pk=event.pk).update(
        edited_after_publication=True, changes_pending_since=event.changes_pending_since
    )


@transaction.atomic
def delete_event(*, event: Event, user) -> None:
    """Delete a draft, and its image files once that is committed."""
    _lock(event, "delete")
    files = event_images.image_files(event)
    TimeSlot.objects.filter(event=event).delete()
    event.delete()
    bump_if_public(event)
    for name in files:
        transaction.on_commit(partial(default_storage.delete, name))


# -- Creating events -------------------------------------------------------------------------------------


def insert_event(event: Event) -> None:
    """Insert a new event under a free slug made from its title (inside the caller's transaction)."""
    insert_with_unique_slug(event, source=event.title, fallback="evenement", max_length=SLUG_STEM_LENGTH)
    bump_if_public(event)


def record_creation(*, event: Event, user, message: str = "") -> EventLogEntry:
    return _log(event, user, EventLogEntry.Action.CREATED, message=message)


@transaction.atomic
def duplicate_event(*, original: Event, edition: Edition, user) -> Event:
    """A draft copy with the same slots (moved to the edition's year), themes and audiences."""
    copy = Event.objects.get(pk=original.pk)
    copy.pk = None
    copy.id = None
    copy._state.adding = True
    copy.edition = edition
    copy.state = Event.State.DRAFT
    copy.status = Event.Status.SCHEDULED
    copy.status_message = copy.moderation_message = ""
    copy.state_changed_at = copy.state_changed_by = copy.submitted_at = copy.published_at = None
    copy.image = ""
    copy.image_sizes = {}
    if original.image:
        try:
            with original.image.open("rb") as fh:
                content = ContentFile(fh.read(), name=original.image.name.rsplit("/", 1)[-1])
        except OSError:  # the file is gone from the storage: the copy goes without image
            copy.image_alt = ""
        else:
            copy.image.save(content.name, content, save=False)
    else:
        copy.image_alt = ""
    insert_event(copy)
    if copy.image:
        event_images.refresh_image_sizes(copy)  # by a worker when there is a queue
    copy.themes.set(original.themes.all())
    copy.audiences.set(original.audiences.all())
    years = edition.year - original.edition.year
    tz = original.tzinfo
    slots = []
    for slot in original.slots.all():
        start, end = slot.starts_at.astimezone(tz), slot.ends_at.astimezone(tz)
        if years:
            start, end = _shift_years(start, years), _shift_years(end, years)
        slots.append((start, end))
    replace_slots(event=copy, slots=slots)
    record_creation(event=copy, user=user, message=f"Copie de l’événement n°{original.pk}")
    return copy


def _shift_years(moment: datetime.datetime, years: int) -> datetime.datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + years, day=28)


# -- Edits: what changed, and edits that cross --------------------------------------------------------------


def snapshot(event: Event, fields=CONTENT_FIELDS) -> dict[str, str]:
    """The content of an event as plain text, field by field, with its slots under "slots"."""
    values = {}
    for name in fields:
        field = Event._meta.get_field(name)
        if field.many_to_many:
            values[name] = ", ".join(sorted(str(term) for term in getattr(event, name).all())) if event.pk else ""
        elif field.is_relation:
            values[name] = str(getattr(event, name) or "")
        else:
            value = getattr(event, name)
            values[name] = "" if value is None else str(value)
    tz = event.tzinfo if event.region_id else datetime.UTC
    values[SLOTS] = "; ".join(
        f"{slot.starts_at.astimezone(tz):%d/%m/%Y %H:%M}–{slot.ends_at.astimezone(tz):%H:%M}"
        for slot in (event.slots.order_by("starts_at") if event.pk else [])
    )
    return values


def changes_between(before: dict, after: dict) -> dict:
    return {name: [before.get(name, ""), after[name]] for name in after if before.get(name, "") != after[name]}


def record_edit(*, event: Event, user, changes: dict) -> EventLogEntry | None:
    """Keep what an organisation changed; a published event goes to the moderators' queue as
    « modifié depuis la publication » until one of them marks the changes seen (`acknowledge_changes`).
    (Call it inside the edit's transaction, after `lock_for_edit`.)"""
    if not changes:
        return None
    entry = _log(event, user, EventLogEntry.Action.EDITED, changes=changes)
    event.refresh_from_db(fields=EDITS_FIELDS)
    _flag_edit(event, entry)
    return entry


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def edit_stamp(event: Event) -> str:
    """What a form carries (hidden) from the moment it is opened: a digest of each field's value.
    Compared at save time under the row lock, it tells which fields someone else changed meanwhile."""
    return _stamp(snapshot(event))


def _stamp(values: dict) -> str:
    return json.dumps({name: _digest(value) for name, value in values.items()}, separators=(",", ":"))


def _parse_stamp(stamp: str) -> dict:
    try:
        digests = json.loads(stamp)
    except ValueError:
        return {}
    return digests if isinstance(digests, dict) else {}


def field_label(name: str) -> str:
    """The French name of a field of `snapshot` (an old history line may name a field gone since)."""
    if name == SLOTS:
        return _("créneaux")
    try:
        return str(Event._meta.get_field(name).verbose_name)
    except (FieldDoesNotExist, AttributeError):
        return name


class EditConflict(Exception):
    """Someone else saved the event since the form was opened. `changes` lists what they changed
    (field name, label and value now); `stamp` is the stamp of the event as it is now, for the form
    that is shown again: sent as it is, it keeps the person's own values."""

    def __init__(self, *, changes: list[dict], stamp: str):
        super().__init__(", ".join(change["name"] for change in changes))
        self.changes = changes
        self.stamp = stamp

    def describe(self, change: dict) -> str:
        value = change["value"] or _("(vide)")
        if len(value) > SHOWN_VALUE_LENGTH:
            value = value[: SHOWN_VALUE_LENGTH - 1] + "…"
        return _(
            "Modifié par une autre personne depuis que vous avez ouvert ce formulaire ; la valeur enregistrée "
            "est maintenant « %(value)s ». Votre saisie est gardée : enregistrez de nouveau pour la garder, "
            "ou reprenez cette valeur."
        ) % {"value": value}

    @property
    def summary(self) -> str:
        return _(
            "Cet événement a été modifié par une autre personne depuis que vous avez ouvert ce formulaire "
            "(%(fields)s). Rien n’est enregistré : comparez, puis enregistrez de nouveau."
        ) % {"fields": ", ".join(change["label"] for change in self.changes)}


def lock_for_edit(*, event: Event, stamp: str = "", transition: str = "edit") -> dict[str, str]:
    """Before saving a form: lock the event's row (inside the caller's transaction), check the edit is
    still allowed, and refuse it if someone else changed, since `stamp` was taken, a field the form
    shows. Returns the event's content as it is now (to record what the edit changes).

    The caller's copy of the event gets the locked row's moderation fields: a form saved now never
    writes back a state read before someone else's decision."""
    # The status may be in the form being saved; a decision taken meanwhile does not stop an edit.
    _lock(event, transition, fields=[*MODERATION_FIELDS, *EDITS_FIELDS], same_state=False)
    # The form saves after this, in the same transaction: the bump after the commit covers it. A draft's
    # edits change no public page: the shared cache of anonymous pages is left alone.
    bump_if_public(event)
    current = Event.objects.select_related(*SNAPSHOT_RELATED).get(pk=event.pk)
    now = snapshot(current)
    seen = _parse_stamp(stamp)
    changed = [name for name, value in now.items() if name in seen and seen[name] != _digest(value)]
    if changed:
        raise EditConflict(
            changes=[{"name": name, "label": field_label(name), "value": now[name]} for name in changed],
            stamp=_stamp(now),
        )
    return now
