import gzip
import json
import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Case, Count, Q, Value, When
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_safe

from accounts import policy
from core import httpcache
from core import httpcache as core_httpcache
from core.maps import map_config
from events import caching, geojson
from events.filters import FACETS, KM_PER_DEGREE, EventFilter, public_events, reference_data
from events.models import Edition, Event, Theme
from events.structured_data import event_jsonld, json_for_script
from organizations.models import Organization
from regions.models import Region

PAGE_SIZE = 24
NEARBY_DEGREES = 0.3  # about 30 km around an event for « nearby » suggestions
SUGGESTIONS = 3
_ACCEPTS_GZIP = re.compile(r"\bgzip\b")


@caching.anonymous_cache
@require_safe
def home(request):
    edition = Edition.current()
    figures, themes = core_httpcache.get_or_compute(
        f"events:home:{edition.pk if edition else 0}:{caching.public_version()}", lambda: _home_counts(edition)
    )
    upcoming = public_events().for_edition(edition).upcoming().order_by("starts_at", "id")[:6] if edition else []
    regions, _departments, _editions, _taxonomies = reference_data()
    return render(
        request,
        "events/home.html",
        {"edition": edition, "figures": figures, "upcoming": upcoming, "themes": themes, "regions": regions},
    )


def _home_counts(edition):
    """The edition's figures and each theme's upcoming events: kept under the public version (which
    carries the day and the next slot end)."""
    events = Event.objects.published().for_edition(edition) if edition else Event.objects.none()
    figures = events.aggregate(
        events=Count("id"),
        organizations=Count("organization", distinct=True),
        regions=Count("region", distinct=True),
    )
    themes = Theme.objects.annotate(
        n_events=Count(
            "events",
            filter=Q(events__state=Event.State.PUBLISHED, events__edition=edition, events__ends_at__gte=timezone.now()),
        )
    ).order_by("position", "name")  # an aggregate drops Meta.ordering
    return figures, list(themes)


# -- The list and the map ------------------------------------------------------------------------------


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    checked: bool


@dataclass
class Facet:
    name: str
    label: str
    field: object  # the bound form field, for its id and errors
    multiple: bool
    options: list[FacetOption] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return any(option.checked for option in self.options)


def _facets(filterset: EventFilter, *, hidden=(), marker: str) -> tuple[list[Facet], int]:
    # The counts cost several passes over the filtered events: shared by every visitor asking the same.
    query = httpcache.canonical_query(filterset.data, keep=set(filterset.filters) - {"page", "tri"})
    counts = core_httpcache.get_or_compute(
        f"events:facets:{core_httpcache.digest([query, marker])}", filterset.facet_counts
    )
    form = filterset.form
    raw = filterset.data
    facets = []
    for name in FACETS:
        if name in hidden or name == "gratuit":
            continue
        bound = form[name]
        chosen = set(raw.getlist(name)) if hasattr(raw, "getlist") else set()
        facet = Facet(name=name, label=bound.label, field=bound, multiple=name not in {"format", "temps_fort"})
        for value, label in bound.field.choices:
            if value == "":
                continue
            count = counts[name].get(value, 0)
            option = FacetOption(value=str(value), label=label, count=count, checked=str(value) in chosen)
            facet.options.append(option)
        if name == "departement":
            # 101 departments: only those of the chosen regions that have events (or are ticked).
            regions = {r.pk for r in filterset.selected_regions}
            by_code = {d.code: d for d in filterset.departments}
            facet.options = [
                o
                for o in facet.options
                if o.checked or (o.count and (not regions or by_code[o.value].region_id in regions))
            ]
        facets.append(facet)
    return facets, counts["gratuit"].get("1", 0)


def _paginate(filterset: EventFilter, number):
    """A page of the filtered events, in two steps: sorting the narrow ids of every matching event,
    then loading the page's events with what their cards show (sorting wide joined rows costs
    several times more on 50 000 events)."""
    with_distance = filterset.sort == "distance" and filterset.origin is not None
    columns = ("pk", "distance_km") if with_distance else ("pk",)
    page = Paginator(filterset.qs.values_list(*columns), PAGE_SIZE).get_page(number)
    rows = list(page.object_list)
    events = public_events().in_bulk([row[0] for row in rows])
    page.object_list = []
    for row in rows:
        event = events[row[0]]
        if with_distance:
            event.distance_km = row[1]
        page.object_list.append(event)
    return page


def browse_context(request, *, region: Region | None = None, map_first: bool = False) -> dict:
    data = request.GET.copy()
    data.pop("page", None)
    if region is not None:
        data.setlist("region", [region.slug])
    filterset = EventFilter(data, queryset=public_events())
    page = _paginate(filterset, request.GET.get("page"))
    marker = caching.public_version(now=filterset.now)
    facets, free_count = _facets(filterset, hidden={"region"} if region else (), marker=marker)
    frame = [r.bounds for r in ([region] if region else filterset.selected_regions)]
    if filterset.origin is not None:
        # A distance search frames its circle.
        origin, reach = filterset.origin, filterset.radius_km / KM_PER_DEGREE
        frame = [
            [[origin.latitude - reach, origin.longitude - reach], [origin.latitude + reach, origin.longitude + reach]]
        ]
    return {
        "filter": filterset,
        "form": filterset.form,
        "page": page,
        "facets": facets,
        "free_count": free_count,
        "edition": filterset.selected_edition,
        "region": region,
        "map_first": map_first,
        "map_query": data.urlencode(),
        "map_frame": json.dumps(frame),
        "map_config": map_config(),
        "overseas": [r for r in filterset.regions if r.is_overseas],
        "metropole_bounds": json.dumps([[41.3, -5.2], [51.1, 9.6]]),
        "form_action": request.path,
    }


@caching.anonymous_cache
@require_safe
def event_list(request):
    return render(request, "events/list.html", browse_context(request))


@caching.anonymous_cache
@require_safe
def event_map(request):
    return render(request, "events/list.html", browse_context(request, map_first=True))


@caching.anonymous_cache
@require_safe
def events_geojson(request):
    filterset = EventFilter(request.GET, queryset=Event.objects.published())
    filterset.form.is_valid()
    now = filterset.now
    events = filterset.filter_queryset(filterset.queryset)
    # A validator global rather than per filter: the public version (one cache read), not the filters.
    # Weak: the same collection goes out gzipped or not. Unknown parameters do not make another entry.
    query = httpcache.canonical_query(request.GET, keep={*filterset.filters, "bbox", "zoom"})
    etag = f'W/"{core_httpcache.digest(["geojson", query, caching.public_version(now=now)])}"'
    response = get_conditional_response(request, etag=etag)
    if response is None:
        # The full collection costs a scan of every event: kept gzipped (a tenth of its size) for the next
        # visitors, who get it without compressing it again.
        compressed = core_httpcache.get_or_compute(
            f"events:geojson:{etag}",
            lambda: gzip.compress(geojson.collection_for(events, request.GET, now=now), compresslevel=6),
        )
        if _ACCEPTS_GZIP.search(request.headers.get("accept-encoding", "")):
            response = HttpResponse(compressed, content_type="application/geo+json")
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(gzip.decompress(compressed), content_type="application/geo+json")
    response["ETag"] = etag
    patch_vary_headers(response, ("Accept-Encoding",))
    patch_cache_control(response, public=True, max_age=60)
    return response


# -- One event -----------------------------------------------------------------------------------------


def _event_for_viewer(request, slug) -> tuple[Event, bool]:
    """The event and whether it is a preview; 404 for an event this visitor may not see."""
    events = public_events().select_related("edition", "highlight").prefetch_related("audiences")
    event = events.filter(slug=slug).first()
    if event is not None:
        return event, False
    event = get_object_or_404(Event.objects.filter(slug=slug).exclude(state=Event.State.PUBLISHED))
    if not policy.may_preview_event(request.user, event):
        raise Http404
    event = (
        Event.objects.select_related("organization", "event_type", "region", "department", "edition", "highlight")
        .prefetch_related("themes", "audiences", "slots")
        .get(pk=event.pk)
    )
    return event, True


def _suggestions(event: Event) -> tuple[list[Event], bool, list[Event]]:
    """A few upcoming events nearby (else, when there are none, in the same region), whether they are
    nearby, and a few by the same organisation."""
    upcoming = public_events().for_edition(event.edition).upcoming().exclude(pk=event.pk).order_by("starts_at", "id")
    others = upcoming.exclude(organization_id=event.organization_id)
    in_region = Q(region_id=event.region_id)
    if event.has_place:
        near = Q(
            latitude__range=(event.latitude - NEARBY_DEGREES, event.latitude + NEARBY_DEGREES),
            longitude__range=(event.longitude - NEARBY_DEGREES, event.longitude + NEARBY_DEGREES),
        )
        # One query: the nearby events first, the region's next.
        rows = list(
            others.filter(near | in_region)
            .alias(far=Case(When(near, then=Value(0)), default=Value(1)))
            .order_by("far", "starts_at", "id")[:SUGGESTIONS]
        )
        close = [e for e in rows if e.has_place and _within(e, event, NEARBY_DEGREES)]
        nearby, is_near = (close, True) if close else (rows, False)
    else:
        nearby, is_near = list(others.filter(in_region)[:SUGGESTIONS]), False
    same_organization = list(upcoming.of_organization(event.organization)[:SUGGESTIONS])
    return nearby, is_near, same_organization


def _within(event: Event, centre: Event, degrees: float) -> bool:
    return abs(event.latitude - centre.latitude) <= degrees and abs(event.longitude - centre.longitude) <= degrees


@caching.anonymous_cache
@require_safe
def event_detail(request, slug):
    event, preview = _event_for_viewer(request, slug)
    nearby, nearby_is_near, same_organization = _suggestions(event) if not preview else ([], False, [])
    return render(
        request,
        "events/detail.html",
        {
            "event": event,
            "preview": preview,
            "now": timezone.now(),
            "jsonld": json_for_script(event_jsonld(event)),
            "nearby": nearby,
            "nearby_is_near": nearby_is_near,
            "same_organization": same_organization,
            "map_config": map_config(),
        },
    )


@caching.anonymous_cache
@require_safe
def event_card(request, slug):
    """The event card alone: the map's popups show it."""
    event = get_object_or_404(public_events(), slug=slug)
    return render(request, "events/_card.html", {"event": event})


def organization_events(organization: Organization):
    return public_events().of_organization(organization)
