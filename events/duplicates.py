"""Possible duplicates: an event of a similar title on the same local day in the same commune.
The one definition: the organisation (before sending) and its moderator (reviewing) see the same list."""

import datetime
from difflib import SequenceMatcher

from regions.geodata import normalize_city_name

from .models import Event

SIMILARITY = 0.8


def normalize_title(title: str) -> str:
    return normalize_city_name(title)


def titles_are_similar(a: str, b: str) -> bool:
    a, b = normalize_title(a), normalize_title(b)
    if not a or not b:
        return False
    return a == b or SequenceMatcher(None, a, b).ratio() >= SIMILARITY


def _local_days(event: Event) -> set[datetime.date]:
    tz = event.tzinfo
    return {slot.starts_at.astimezone(tz).date() for slot in event.slots.all()}


def similar_events(event: Event, among=None) -> list[Event]:
    """Other events (submitted or published, any organisation) that look like this one; `among`
    narrows the candidates (a moderator sees those of their regions)."""
    if event.attendance_mode == Event.AttendanceMode.ONLINE or not event.postal_code or event.starts_at is None:
        return []
    days = _local_days(event)
    margin = datetime.timedelta(days=1)
    candidates = (
        (Event.objects.all() if among is None else among)
        .exclude(pk=event.pk)
        .exclude(state__in=[Event.State.DRAFT, Event.State.REJECTED])
        .filter(
            postal_code=event.postal_code, starts_at__lte=event.ends_at + margin, ends_at__gte=event.starts_at - margin
        )
        .select_related("region", "organization")
        .prefetch_related("slots")
    )
    city = normalize_city_name(event.city)
    return [
        other
        for other in candidates
        if normalize_city_name(other.city) == city
        and _local_days(other) & days
        and titles_are_similar(event.title, other.title)
    ]
