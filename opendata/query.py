"""What every open-data output shares: the filtered published events and HTTP caching.

Every output takes the filter parameters of ``/evenements/`` (``events.filters.EventFilter``), among them
``organisation`` (an organisation's slug, repeatable) for the widgets and feeds of one organisation.
"""

import json
from dataclasses import dataclass

from django.db.models import Count, Max, Min, Q
from django.utils import timezone

from core.httpcache import hash_text
from events.filters import EventFilter, public_events
from events.models import Audience, Event, EventType, Highlight, Theme, TimeSlot
from organizations.models import Organization
from regions.models import Region


@dataclass
class Selection:
    """The filtered events (ordered as the list orders them) and the parameters' errors."""

    filterset: EventFilter
    events: object  # QuerySet[Event]
    errors: dict[str, list[str]]
    organizations: list[Organization]


def open_events():
    """Published events with everything an export shows, in a fixed number of queries."""
    return public_events().select_related("edition", "highlight").prefetch_related("audiences")


def select_events(data, *, queryset=None, every_edition=False) -> Selection:
    """The published events matching ``data`` (a QueryDict), as ``/evenements/`` would list them
    (``every_edition``: without the default scope of the site's edition, see EventFilter)."""
    filterset = EventFilter(data, queryset=open_events() if queryset is None else queryset, every_edition=every_edition)
    errors: dict[str, list[str]] = {}
    if not filterset.form.is_valid():
        for name, messages in filterset.form.errors.items():
            errors.setdefault(name, []).extend(str(m) for m in messages)
    return Selection(
        filterset=filterset, events=filterset.qs, errors=errors, organizations=filterset.selected_organizations
    )


def canonical_query(data, *, ignore=()) -> str:
    """The parameters in a stable order: two URLs asking the same thing share a validator."""
    return "&".join(sorted(f"{key}={value}" for key, values in data.lists() if key not in ignore for value in values))


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
    key = json.dumps(
        [
            kind,
            canonical_query(data),
            events,
            slots,
            _referential_names(),
            timezone.localdate(now).isoformat(),
            selection.filterset.period_marker,
        ],
        default=str,
        sort_keys=True,
    )
    return f'"{hash_text(key)}"'


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


def event_validator(event: Event, *, kind: str) -> str:
    """A validator for one event: its last change, its slots and the names of its taxonomy terms."""
    slots = ",".join(f"{s.pk}:{s.starts_at.timestamp()}:{s.ends_at.timestamp()}" for s in event.slots.all())
    names = json.dumps(_referential_names())
    return f'"{kind}-{event.pk}-{event.updated_at.timestamp()}-{hash_text(slots + names)}"'


def latest_published(selection: Selection, size: int) -> Selection:
    """The ``size`` most recently published events of the selection, whatever their dates (the RSS feed).

    Read newest first along the index on ``published_at`` (then the few without a publication date), so
    that a selection of every edition costs ``size`` rows, not a pass over the archive.
    """
    events = selection.events.order_by()
    ids = list(
        events.filter(published_at__isnull=False).order_by("-published_at", "-id").values_list("pk", flat=True)[:size]
    )
    if len(ids) < size:
        ids += list(
            events.filter(published_at__isnull=True).order_by("-id").values_list("pk", flat=True)[: size - len(ids)]
        )
    return Selection(
        filterset=selection.filterset,
        events=open_events().filter(pk__in=ids),
        errors=selection.errors,
        organizations=selection.organizations,
    )
