import gzip
import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Case, Q, Value, When
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from accounts import policy
from browse.calendar_links import calendar_links
from browse.titles import list_title
from core import httpcache
from core.maps import map_config
from core.text import fold
from events import archive, caching, editions, geojson
from events.filters import FACETS, KM_PER_DEGREE, EventFilter, public_events
from events.models import Event
from events.structured_data import event_jsonld, json_for_script
from organizations.models import Organization
from regions.geodata import find_places, normalize_city_name, suggest_places
from regions.models import Region

PAGE_SIZE = 24
NEARBY_DEGREES = 0.3  # about 30 km around an event for « nearby » suggestions
SUGGESTIONS = 3
_ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def home_context(today) -> dict:
    """What the home page shows on that day, by the phase of the site's edition (events.editions):
    before it, its dates and its first published events; during it, what is coming; after it, thanks,
    its figures, a selection of its events and when the next one is expected."""
    edition = editions.site_edition(today)
    phase = editions.phase_of(edition, today)
    now = timezone.now()
    context = {
        "edition": edition,
        "phase": phase,
        "figures": archive.edition_figures(edition),
        "regions": sorted(Region.objects.all(), key=lambda region: fold(region.name)),
        "upcoming": [],
        "selection": [],
    }
    if edition is None:
        context["themes"] = archive.theme_counts(None)
        return context
    if phase == editions.AFTER:
        following = editions.next_edition(edition)
        context.update(
            {
                "selection": archive.selection(edition),
                "themes": archive.theme_counts(edition),
                "next_edition": following,
                "reopens_on": editions.reopening_day(edition, today) if following else None,
            }
        )
        return context
    upcoming = list(public_events().for_edition(edition).upcoming(now).order_by("starts_at", "id")[:6])
    context.update({"upcoming": upcoming, "themes": archive.theme_counts(edition, upcoming_after=now)})
    if phase == editions.BEFORE:
        context["days_left"] = (edition.starts_on - today).days
        if not upcoming:
            # Nothing published yet for the coming edition: a look back at the previous one.
            previous = editions.previous_edition(edition)
            context.update({"previous_edition": previous, "selection": archive.selection(previous)})
    return context


@caching.anonymous_cache
@require_safe
def home(request):
    today = timezone.localdate()
    # The figures, the themes' counts and the selections, kept under the public version (which carries
    # the next slot end) for the day.
    context = httpcache.get_or_compute(
        f"events:home:{today.isoformat()}:{caching.public_version()}", lambda: home_context(today)
    )
    return render(request, "events/home.html", context)


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


def _facets(filterset: EventFilter, *, hidden=(), marker: str) -> tuple[list[Facet], int, int]:
    """The facets to show, the count of free events and the count of every matching event."""
    # The counts cost several passes over the filtered events: shared by every visitor asking the same.
    query = httpcache.canonical_query(filterset.data, keep=set(filterset.filters) - {"page", "tri"})
    counts = httpcache.get_or_compute(
        f"events:facet-counts:{httpcache.digest([query, marker])}", filterset.facet_counts
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
    return facets, counts["gratuit"].get("1", 0), counts["total"]


def _paginate(filterset: EventFilter, number, *, count: int):
    """A page of the filtered events, in two steps: sorting the narrow ids of every matching event,
    then loading the page's events with what their cards show (sorting wide joined rows costs
    several times more on 50 000 events). ``count``: how many events match (the facet counts'
    total, so that the pages cost no COUNT)."""
    with_distance = filterset.origin is not None
    columns = ("pk", "distance_km") if with_distance else ("pk",)
    paginator = Paginator(filterset.qs.values_list(*columns), PAGE_SIZE)
    paginator.count = count  # a cached property, given
    page = paginator.get_page(number)
    rows = list(page.object_list)
    events = public_events().in_bulk([row[0] for row in rows])
    page.object_list = []
    for row in rows:
        event = events[row[0]]
        if with_distance:
            event.distance_km = row[1]
        page.object_list.append(event)
    return page


def _with_origin(data, value: str, *, drop=()) -> str:
    """The query string ``data`` with ``autour`` set to ``value`` (and the page and ``drop`` left out)."""
    data = data.copy()
    for name in ("page", *drop):
        data.pop(name, None)
    data["autour"] = value
    return "?" + data.urlencode()


def _place_links(filterset: EventFilter, data) -> list[dict]:
    """« Événements autour de Rennes »: when the words searched are a commune's or a department's name
    (its prefecture), links that search around it instead (or the choices, for homonyms)."""
    words = (filterset.form.cleaned_data.get("q") or "").strip()
    if not words or filterset.origin is not None or len(words) > 60 or not re.search(r"[^\W\d_]", words):
        return []
    places = find_places(words)
    if not places:
        department = next(
            (d for d in filterset.departments if normalize_city_name(d.name) == normalize_city_name(words)), None
        )
        if department is not None:
            places = find_places(f"{department.prefecture} ({department.code})")
    names = {d.code: d.name for d in filterset.departments}
    several = len(places) > 1
    return [
        {
            "name": f"{place.name} ({names.get(place.department, place.department)})" if several else place.name,
            "url": _with_origin(data, place.label if several else place.name, drop=("q",)),
        }
        for place in places[:6]
    ]


def _origin_choices(filterset: EventFilter, data) -> list[dict]:
    """The communes an ambiguous « autour » could be, each with its department."""
    names = {d.code: d.name for d in filterset.departments}
    return [
        {
            "name": place.name,
            "department": names.get(place.department, place.department),
            "code": place.department,
            "url": _with_origin(data, place.label),
        }
        for place in filterset.form.fields["autour"].ambiguous
    ]


def _scope_marker(filterset: EventFilter) -> str:
    """The change marker, plus the site's edition and its phase: the default scope turns with the date."""
    edition = filterset.current_edition
    return f"{caching.public_version(now=filterset.now)}:{edition.pk if edition else ''}:{filterset.phase}"


def browse_context(request, *, region: Region | None = None, map_first: bool = False) -> dict:
    data = request.GET.copy()
    data.pop("page", None)
    if region is not None:
        data.setlist("region", [region.slug])
    filterset = EventFilter(data, queryset=public_events())
    marker = _scope_marker(filterset) + filterset.period_marker
    facets, free_count, count = _facets(filterset, hidden={"region"} if region else (), marker=marker)
    page = _paginate(filterset, request.GET.get("page"), count=count)
    frame = [r.bounds for r in ([region] if region else filterset.selected_regions)]
    map_origin = ""
    if filterset.origin is not None:
        map_origin = json.dumps(
            {
                "lat": filterset.origin.latitude,
                "lng": filterset.origin.longitude,
                "radius": filterset.radius_km,
                "label": filterset.origin.label,
            }
        )
        # A distance search frames its circle.
        origin, reach = filterset.origin, filterset.radius_km / KM_PER_DEGREE
        frame = [
            [[origin.latitude - reach, origin.longitude - reach], [origin.latitude + reach, origin.longitude + reach]]
        ]
    base = _("Carte des événements") if map_first else _("Événements")
    if region is not None:
        base = region.name
    return {
        "filter": filterset,
        "form": filterset.form,
        "page": page,
        "page_title": list_title(base, filterset, page.number, hidden={"region"} if region else ()),
        "facets": facets,
        "free_count": free_count,
        "edition": filterset.selected_edition,
        "region": region,
        "map_first": map_first,
        "map_query": data.urlencode(),
        "map_frame": json.dumps(frame),
        "map_origin": map_origin,
        "place_links": _place_links(filterset, data),
        "origin_choices": _origin_choices(filterset, data),
        "map_config": map_config(),
        "overseas": [r for r in filterset.regions if r.is_overseas],
        "metropole_bounds": json.dumps([[41.3, -5.2], [51.1, 9.6]]),
        "form_action": request.path,
    }


def allow_geolocation(response):
    """The pages with « Me localiser » (the list, the map, a region's page) let their own scripts ask
    for the visitor's position: ``geolocation=(self)``; every other page denies it (settings)."""
    response.headers["Permissions-Policy"] = settings.PERMISSIONS_POLICY.replace("geolocation=()", "geolocation=(self)")
    return response


@caching.anonymous_cache
@require_safe
def event_list(request):
    return allow_geolocation(render(request, "events/list.html", browse_context(request)))


@caching.anonymous_cache
@require_safe
def event_map(request):
    return allow_geolocation(render(request, "events/list.html", browse_context(request, map_first=True)))


@require_safe
def communes(request):
    """Communes whose name starts with ``q``, for the suggestions of « Autour de » (from the shipped
    commune table: no network). ``label`` is what « autour » accepts, homonyms told apart."""
    q = request.GET.get("q", "")[:80]
    response = JsonResponse(
        {
            "communes": [
                {"label": place.label, "name": place.name, "department": place.department}
                for place in suggest_places(q)
            ]
        }
    )
    patch_cache_control(response, public=True, max_age=86400)
    return response


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
    etag = f'W/"{httpcache.digest(["geojson", query, _scope_marker(filterset), filterset.period_marker])}"'
    response = get_conditional_response(request, etag=etag)
    if response is None:
        # The full collection costs a scan of every event: kept gzipped (a tenth of its size) for the next
        # visitors, who get it without compressing it again.
        compressed = httpcache.get_or_compute(
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
    nearby, and a few by the same organisation: their narrow rows chosen first, then the cards of both
    lists loaded together."""
    upcoming = (
        Event.objects.published().for_edition(event.edition).upcoming().exclude(pk=event.pk).order_by("starts_at", "id")
    )
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
            .order_by("far", "starts_at", "id")
            .values_list("pk", "attendance_mode", "latitude", "longitude")[:SUGGESTIONS]
        )
        close = [pk for pk, *place in rows if _within(place, event, NEARBY_DEGREES)]
        nearby, is_near = (close, True) if close else ([row[0] for row in rows], False)
    else:
        nearby, is_near = list(others.filter(in_region).values_list("pk", flat=True)[:SUGGESTIONS]), False
    same_organization = list(upcoming.of_organization(event.organization).values_list("pk", flat=True)[:SUGGESTIONS])
    cards = public_events().in_bulk([*nearby, *same_organization])
    return [cards[pk] for pk in nearby], is_near, [cards[pk] for pk in same_organization]


def _within(place: tuple, centre: Event, degrees: float) -> bool:
    """Whether an event's (attendance mode, latitude, longitude) is a point within ``degrees`` of ``centre``."""
    mode, latitude, longitude = place
    if mode == Event.AttendanceMode.ONLINE or latitude is None or longitude is None:
        return False
    return abs(latitude - centre.latitude) <= degrees and abs(longitude - centre.longitude) <= degrees


@caching.anonymous_cache
@require_safe
def event_detail(request, slug):
    event, preview = _event_for_viewer(request, slug)
    nearby, nearby_is_near, same_organization = _suggestions(event) if not preview else ([], False, [])
    now = timezone.now()
    slot = event.next_slot(now)
    return render(
        request,
        "events/detail.html",
        {
            "event": event,
            "preview": preview,
            "now": now,
            "calendar_links": calendar_links(event, slot),
            "calendar_slot_is_one_of_many": len(event.slots.all()) > 1,
            "jsonld": json_for_script(event_jsonld(event)),
            "nearby": nearby,
            "nearby_is_near": nearby_is_near,
            "same_organization": same_organization,
            "map_config": map_config(),
        },
    )


@require_safe
@never_cache
def event_registration(request, slug):
    """The event's registration link, through the site: the audience figures count the click
    (``alerts.middleware``). Never cached, so that every click reaches the count."""
    event = get_object_or_404(public_events(), slug=slug)
    if not event.registration_url:
        raise Http404
    return HttpResponseRedirect(event.registration_url)


@caching.anonymous_cache
@require_safe
def event_card(request, slug):
    """The event card alone: the map's popups show it."""
    event = get_object_or_404(public_events(), slug=slug)
    return render(request, "events/_card.html", {"event": event})


def organization_events(organization: Organization):
    return public_events().of_organization(organization)
