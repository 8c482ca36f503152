"""Carrying out an import plan: all the events, or none."""

from django.db import transaction

from events import services
from events.models import Event, EventLogEntry, TimeSlot

from .imports import ImportPlan
from .models import ImportedEvent

IMPORT_STATES = (Event.State.PUBLISHED, Event.State.PENDING)


@transaction.atomic
def import_events(*, plan: ImportPlan, state: str, user, source_name: str = "") -> list[Event]:
    """Create the plan's new events (published or pending), with their slots and their source.

    Each event is created as a draft and goes through the workflow's services: submitted (on its
    organisation's behalf) and, when the importer chose so, published — without mail, as before.
    Refuses a plan with errors; the rows already imported are left as they are.
    """
    if not plan.is_valid:
        raise ValueError("An import plan with errors cannot be carried out.")
    if state not in IMPORT_STATES:
        raise ValueError(f"Imported events are published or pending, not {state!r}.")
    created = []
    for planned in plan.to_create:
        event = Event(organization=planned.organization, **planned.fields)
        services.insert_event(event)
        event.themes.set(planned.themes)
        event.audiences.set(planned.audiences)
        TimeSlot.objects.bulk_create([TimeSlot(event=event, starts_at=s, ends_at=e) for s, e in planned.slots])
        services.refresh_event_dates(event=event)
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
        services.submit_event(event=event, user=user)
        if state == Event.State.PUBLISHED:
            services.publish_event(event=event, moderator=user, notify=False)
        created.append(event)
    return created
