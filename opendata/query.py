"""What every open-data output shares: the filtered published events and HTTP caching.

Every output takes the filter parameters of ``/evenements/`` (``events.filters.EventFilter``), among them
``organisation`` (an organisation's slug, repeatable) for the widgets and feeds of one organisation.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, Max, Min, Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control

from events.caching import CACHE_SECONDS, canonical_query, digest
from events.filters import EventFilter, public_events
from events.models import Audience, Event, EventType, Highlight, Theme, TimeSlot
from organizations.models import Organization
from regions.models import Region

RENDERED_SECONDS = 15 * 60


@dataclass
class Selection:
    """The filtered events (ordered as the list orders them) and the parameters' errors."""

    filterset: EventFilter
    events: object  # QuerySet[Event]
    errors: dict[str, list[str]]
    organizations: list[Organization]


def select_events(data, *, queryset=None) -> Selection:
    """The published events matching ``data`` (a QueryDict), as ``/evenements/`` would list them."""
    filterset = EventFilter(data, queryset=public_events(details=True) if queryset is None else queryset)
    errors: dict[str, list[str]] = {}
    if not filterset.form.is_valid():
        for name, messages in filterset.form.errors.items():
            errors.setdefault(name, []).extend(str(m) for m in messages)
    return Selection(
        filterset=filterset, events=filterset.qs, errors=errors, organizations=filterset.selected_organizations
    )


def collection_validator(selection: Selection, *, kind: str, data) -> str:
    """A strong ETag for a filtered collection, from two aggregates (the outputs are not rendered).

    It changes whenever the answer could: an event of the selection added, removed or edited, its
    slots replaced, a slot ending (the default scope drops ended events), a new day, or an edit of
    their organisations. (Renaming a theme or a type does not change it: caches expire within minutes.)
    """
    now = selection.filterset.now
    events = selection.events.order_by().aggregate(
        n=Count("pk"), changed=Max("updated_at"), last=Max("pk"), organizations=Max("organization__updated_at")
    )
    slots = TimeSlot.objects.filter(event__in=selection.events.order_by().values("pk")).aggregate(
        n=Count("pk"), last=Max("pk"), next_end=Min("ends_at", filter=Q(ends_at__gte=now))
    )
    query = canonical_query(data)
    return f'"{digest([kind, query, events, slots, _referential_names(), timezone.localdate(now).isoformat()])}"'


def _referential_names() -> list:
    """The slugs and names of the taxonomies and regions, in one query (a few dozen short rows)."""
    names = (
        EventType.objects.order_by()
        .values_list("slug", "name")
        .union(
            Theme.objects.order_by().values_list("slug", "name"),
            Audience.objects.order_by().values_list("slug", "name"),
            Highlight.objects.order_by().values_list("slug", "name"),
            Region.objects.order_by().values_list("slug", "name"),
            all=True,
        )
    )
    return sorted(names)


def conditional(request, *, etag: str, render, max_age: int = CACHE_SECONDS, keep: bool = False):
    """Answer 304 when the client has ``etag``, else ``render()``; mark the answer cacheable.

    ``keep``: also keep the rendered answer in Django's cache under its ETag, for the outputs that cost
    seconds to build (a whole edition as iCalendar or CSV) and that many clients fetch unchanged.
    """
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = _kept_response(etag) if keep else None
    if response is None:
        response = render()
        if keep and response.status_code == 200:
            cache.set(f"opendata:{etag}", (response.content, dict(response.items())), RENDERED_SECONDS)
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=max_age)
    return response


def _kept_response(etag: str) -> HttpResponse | None:
    kept = cache.get(f"opendata:{etag}")
    if kept is None:
        return None
    content, headers = kept
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    return response


def event_validator(event: Event, *, kind: str) -> str:
    """A validator for one event: its last change, its slots and the names of its taxonomy terms."""
    slots = ",".join(f"{s.pk}:{s.starts_at.timestamp()}:{s.ends_at.timestamp()}" for s in event.slots.all())
    return f'"{kind}-{event.pk}-{event.updated_at.timestamp()}-{digest([slots, _referential_names()])}"'
