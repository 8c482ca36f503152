"""Carrying out an import plan: all the events, or none."""

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from events.models import Event, EventLogEntry, TimeSlot
from events.services import refresh_event_dates

from .imports import ImportPlan
from .models import ImportedEvent

IMPORT_STATES = (Event.State.PUBLISHED, Event.State.PENDING)
SLUG_MAX = 150


def _unique_slugs(titles: list[str]) -> list[str]:
    """One free slug per title (one query for the titles' stems)."""
    stems = [slugify(title)[:SLUG_MAX].strip("-") or "evenement" for title in titles]
    taken = set()
    for stem in set(stems):
        taken |= set(Event.objects.filter(slug__startswith=stem).values_list("slug", flat=True))
    slugs = []
    for stem in stems:
        slug, n = stem, 2
        while slug in taken:
            slug, n = f"{stem}-{n}", n + 1
        taken.add(slug)
        slugs.append(slug)
    return slugs


@transaction.atomic
def import_events(*, plan: ImportPlan, state: str, user, source_name: str = "") -> list[Event]:
    """Create the plan's new events (published or pending), with their slots and their source.

    Refuses a plan with errors; the rows already imported are left as they are.
    """
    if not plan.is_valid:
        raise ValueError("An import plan with errors cannot be carried out.")
    if state not in IMPORT_STATES:
        raise ValueError(f"Imported events are published or pending, not {state!r}.")
    now = timezone.now()
    created = []
    slugs = _unique_slugs([planned.title for planned in plan.to_create])
    for planned, slug in zip(plan.to_create, slugs, strict=True):
        event = Event.objects.create(
            organization=planned.organization,
            slug=slug,
            state=state,
            state_changed_at=now,
            state_changed_by=user,
            submitted_at=now,
            published_at=now if state == Event.State.PUBLISHED else None,
            **planned.fields,
        )
        event.themes.set(planned.themes)
        event.audiences.set(planned.audiences)
        TimeSlot.objects.bulk_create([TimeSlot(event=event, starts_at=s, ends_at=e) for s, e in planned.slots])
        refresh_event_dates(event=event)
        ImportedEvent.objects.create(
            event=event,
            organization=planned.organization,
            uid=planned.uid,
            source_name=source_name[:255],
            imported_by=user,
        )
        EventLogEntry.objects.create(
            event=event, actor=user, action=EventLogEntry.Action.IMPORTED, message=source_name[:255]
        )
        created.append(event)
    return created
