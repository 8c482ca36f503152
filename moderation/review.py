"""What a moderator needs beside the form when reviewing one event."""

from django.conf import settings
from django.db.models import Prefetch

from events.duplicates import similar_events
from events.models import Event, EventLogEntry, TimeSlot
from events.services import field_label
from events.workflow import possible_decisions

OTHER_EVENTS_SHOWN = 20
DECISIONS_SHOWN = 20


def changes_since_publication(event: Event) -> list[dict]:
    """The organisation's edits made after the first publication, oldest first."""
    if event.published_at is None:
        return []
    entries = (
        event.log.filter(action=EventLogEntry.Action.EDITED, created_at__gt=event.published_at)
        .select_related("actor")
        .order_by("created_at", "id")
    )
    return [
        {
            "entry": entry,
            "changes": [
                {"field": field_label(name), "old": values[0], "new": values[1]}
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
