"""What every open-data output shares: the filtered published events and HTTP caching.

Every output takes the filter parameters of ``/evenements/`` (``events.filters.EventFilter``), among them
``organisation`` (an organisation's slug, repeatable) for the widgets and feeds of one organisation.
"""

import json
from dataclasses import dataclass

from core.httpcache import canonical_query, hash_text
from events.caching import public_version
from events.filters import EventFilter, public_events
from events.models import Event
from organizations.models import Organization


@dataclass
class Selection:
    """The filtered events (ordered as the list orders them) and the parameters' errors."""

    filterset: EventFilter
    events: object  # QuerySet[Event]
    errors: dict[str, list[str]]
    organizations: list[Organization]


def open_events():
    """Published events with everything an export shows, in a fixed number of queries."""
    return public_events(details=True)


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


def collection_validator(selection: Selection, *, kind: str, data) -> str:
    """A strong ETag for a filtered collection, without running its query: the parameters and the
    public version (``events.caching.public_version``: every change bumps it, and it carries the local
    day and the next slot end), one cache read."""
    version = public_version(now=selection.filterset.now)
    key = [kind, canonical_query(data), version, selection.filterset.period_marker]
    return f'"{hash_text(json.dumps(key))}"'


def event_validator(event: Event, *, kind: str) -> str:
    """A validator for one event: its last change and the public version (its slots, the names of its
    taxonomy terms and of its organisation change the version)."""
    return f'"{kind}-{event.pk}-{event.updated_at.timestamp()}-{hash_text(public_version())}"'


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
