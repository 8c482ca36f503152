"""Short-lived caches of what the list and the map compute for every visitor: the facet counts and the
GeoJSON collections, keyed on the query and on a cheap marker of the last change.

The marker changes whenever a filtered answer could: an event added, removed, published, unpublished or
edited (services and forms bump ``updated_at``), slots replaced (new primary keys), a slot ending (which
drops an ended event from the default scope and moves a « next start »), an organisation edited (its name
is searched, its legal form is a facet). What it misses (a renamed taxonomy slug, a raw SQL update) lasts
at most ``core.httpcache.CACHE_SECONDS``.
"""

from django.db.models import Count, Max, Min, Q

from core.httpcache import digest
from organizations.models import Organization

from .models import Event, TimeSlot


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
