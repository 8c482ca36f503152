"""Short-lived caches of what the list and the map compute for every visitor: the facet counts and the
GeoJSON collections, keyed on the query and on a cheap marker of the last change.

The marker changes whenever a filtered answer could: an event added, removed, published, unpublished or
edited (services and forms bump ``updated_at``), slots replaced (new primary keys), a slot ending (which
drops an ended event from the default scope and moves a « next start »), an organisation edited (its name
is searched, its legal form is a facet). What it misses (a renamed taxonomy slug, a raw SQL update) lasts
at most ``CACHE_SECONDS``.
"""

import hashlib
import json

from django.core.cache import cache
from django.db.models import Count, Max, Min, Q

from organizations.models import Organization

from .models import Event, TimeSlot

CACHE_SECONDS = 5 * 60


def change_marker(*, now) -> str:
    """A short digest of the state every filtered answer depends on (three aggregates, no join)."""
    events = Event.objects.aggregate(
        n=Count("pk"),
        published=Count("pk", filter=Q(state=Event.State.PUBLISHED)),
        changed=Max("updated_at"),
        last=Max("pk"),
    )
    slots = TimeSlot.objects.aggregate(
        n=Count("pk"), last=Max("pk"), next_end=Min("ends_at", filter=Q(ends_at__gte=now))
    )
    organizations = Organization.objects.aggregate(changed=Max("updated_at"))
    return digest([events, slots, organizations])


def canonical_query(data, *, keep=None) -> str:
    """The parameters named in ``keep`` (all when None), in a stable order: two URLs asking the same
    thing share a cache entry and a validator (an unknown parameter does not make another one)."""
    return "&".join(
        sorted(f"{key}={value}" for key, values in data.lists() if keep is None or key in keep for value in values)
    )


def digest(value) -> str:
    """The one hash of caches and ETags (the list's, the map's and the open-data outputs')."""
    return hashlib.sha256(json.dumps(value, default=str, sort_keys=True).encode()).hexdigest()[:32]


def get_or_compute(key: str, compute):
    """``compute()``, kept ``CACHE_SECONDS`` under ``key`` (which must carry the marker)."""
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value
