"""What a moderator needs beside the form when reviewing one event."""

import posixpath
import re

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Prefetch
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from events.duplicates import similar_events
from events.models import Event, EventLogEntry, TimeSlot
from events.services import SLOTS, field_label
from events.workflow import can_acknowledge_changes, possible_decisions

OTHER_EVENTS_SHOWN = 20
DECISIONS_SHOWN = 20
# A long text (the description) is cut in the change list; the form below shows it whole.
VALUE_SHOWN_LENGTH = 300
# The entries that carry {field: [before, after]}: the organisation's edits and status changes.
CHANGE_ACTIONS = [EventLogEntry.Action.EDITED, EventLogEntry.Action.STATUS_CHANGED]

MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
# A slot as events.services.snapshot writes it: « 12/11/2026 14:00–16:00 ».
_SLOT = re.compile(r"(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2})–(\d{2}):(\d{2})")


def _slot_text(text: str) -> str:
    match = _SLOT.fullmatch(text.strip())
    if not match:
        return text.strip()
    day, month, _year, h1, m1, h2, m2 = match.groups()
    return f"{int(day)} {MONTHS[int(month) - 1]} {h1}h{m1}–{h2}h{m2}"


def _slots_change(old: str, new: str) -> tuple[str, str]:
    """The slots removed and added (in words), and how many stayed as they were."""
    before = [slot.strip() for slot in old.split(";") if slot.strip()]
    after = [slot.strip() for slot in new.split(";") if slot.strip()]
    kept = [slot for slot in before if slot in after]
    removed = [_slot_text(slot) for slot in before if slot not in kept]
    added = [_slot_text(slot) for slot in after if slot not in kept]
    old_text, new_text = ", ".join(removed) or _("(aucun)"), ", ".join(added) or _("(aucun)")
    if kept:
        others = _("(et %(count)d inchangé(s))") % {"count": len(kept)}
        old_text, new_text = f"{old_text} {others}", f"{new_text} {others}"
    return old_text, new_text


def readable_value(name: str, value) -> str:
    """One value of a change as a moderator reads it: labels rather than codes, « oui » rather
    than True, an image's file name, dates in words."""
    value = "" if value is None else str(value)
    try:
        field = Event._meta.get_field(name)
    except FieldDoesNotExist:
        field = None
    if field is not None and getattr(field, "choices", None):
        value = str(dict(field.flatchoices).get(value, value))
    elif field is not None and field.get_internal_type() == "BooleanField":
        value = {"True": _("oui"), "False": _("non")}.get(value, value)
    elif field is not None and field.get_internal_type() in {"ImageField", "FileField"}:
        value = posixpath.basename(value)
    if not value:
        return _("(vide)")
    if len(value) > VALUE_SHOWN_LENGTH:
        value = value[: VALUE_SHOWN_LENGTH - 1] + "…"
    return value


def describe_change(name: str, old, new) -> dict:
    """{field, old, new, text}: « Créneaux : 12 nov. 14h00–16h00 → 13 nov. 14h00–16h00 »."""
    label = capfirst(field_label(name))
    if name == SLOTS:
        old_text, new_text = _slots_change(str(old or ""), str(new or ""))
    else:
        old_text, new_text = readable_value(name, old), readable_value(name, new)
    return {
        "field": label,
        "old": old_text,
        "new": new_text,
        "text": _("%(field)s : %(old)s → %(new)s") % {"field": label, "old": old_text, "new": new_text},
    }


def changes_since_publication(event: Event) -> list[dict]:
    """The organisation's edits and status changes made after the first publication, oldest first,
    each change in words; `unseen` for those no moderator has marked seen yet."""
    if event.published_at is None:
        return []
    entries = (
        event.log.filter(action__in=CHANGE_ACTIONS, created_at__gt=event.published_at)
        .select_related("actor")
        .order_by("created_at", "id")
    )
    pending_since = event.changes_pending_since if event.edited_after_publication else None
    return [
        {
            "entry": entry,
            "unseen": pending_since is not None and entry.created_at >= pending_since,
            "changes": [
                describe_change(name, values[0], values[1])
                for name, values in entry.changes.items()
                if isinstance(values, list | tuple) and len(values) == 2
            ],
        }
        for entry in entries
    ]


def review_context(*, event: Event, scoped_events) -> dict:
    preview = (
        Event.objects.select_related("organization", "region", "department", "event_type", "highlight", "edition")
        .prefetch_related("themes", "audiences", Prefetch("slots", queryset=TimeSlot.objects.order_by("starts_at")))
        .get(pk=event.pk)
    )
    organization_events = scoped_events.filter(organization_id=event.organization_id)
    return {
        "preview": preview,
        "decisions": possible_decisions(preview),
        "can_acknowledge_changes": can_acknowledge_changes(preview),
        "map_point": {"lat": preview.latitude, "lng": preview.longitude} if preview.has_place else None,
        "map_tiles_url": settings.MAP_TILES_URL,
        "map_tiles_attribution": settings.MAP_TILES_ATTRIBUTION,
        "organization_other_events": organization_events.exclude(pk=event.pk)
        .select_related("region")
        .order_by("-starts_at", "-pk")[:OTHER_EVENTS_SHOWN],
        "organization_decisions": EventLogEntry.objects.filter(
            event__in=organization_events.values("pk"), action__in=EventLogEntry.DECISIONS
        )
        .select_related("event", "actor")
        .order_by("-created_at", "-id")[:DECISIONS_SHOWN],
        "duplicates": similar_events(preview, among=scoped_events),
        "changes_since_publication": changes_since_publication(preview),
        "history": preview.log.select_related("actor").order_by("-created_at", "-id"),
        "open_reports": list(preview.reports.open()),
    }
