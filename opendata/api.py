"""The read-only JSON API: /api/evenements, /api/evenements/<id>, /api/referentiels, /api/openapi.json.

Plain Django views: no key, CORS open for GET, ETags answering 304. Unlike the HTML list, which ignores a
bad parameter with a message beside it, the API refuses it (400) with the same French message, so that a
program never takes a partial answer for a complete one.
"""

import json

from django.core.paginator import EmptyPage, Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.httpcache import conditional, hash_text
from core.links import absolute
from core.text import printable_data
from events.caching import anonymous_cache
from events.editions import site_edition
from events.filters import ACCESSIBILITY_CHOICES, FORMAT_CHOICES
from events.models import Audience, Edition, Event, EventType, Highlight, Theme
from regions.models import Department, Region

from .openapi import DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, openapi_document
from .query import collection_validator, open_events, select_events
from .records import LICENCE, event_record

JSON_DUMPS = {"ensure_ascii": False, "separators": (",", ":")}


def _json_response(data, *, status=200) -> HttpResponse:
    response = JsonResponse(data, status=status, json_dumps_params=JSON_DUMPS)
    return _cors(response)


def _cors(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "ETag"
    return response


def _positive_int(raw, *, maximum: int) -> tuple[int | None, str | None]:
    if raw is None or raw == "":
        return None, None
    shown = raw if len(raw) <= 30 else f"{raw[:30]}…"  # the message does not echo a whole megabyte
    try:
        value = int(raw)
    except ValueError:  # « 1e3 », or more than 4300 digits
        return None, _("« %(value)s » : indiquez un nombre entier positif.") % {"value": shown}
    if not 1 <= value <= maximum:
        return None, _("« %(value)s » : indiquez un nombre entre 1 et %(maximum)s.") % {
            "value": shown,
            "maximum": maximum,
        }
    return value, None


@anonymous_cache
@require_safe
def event_list(request):
    selection = select_events(request.GET)
    errors = dict(selection.errors)
    page_number, error = _positive_int(request.GET.get("page"), maximum=MAX_PAGE)
    if error:
        errors["page"] = [error]
    page_size, error = _positive_int(request.GET.get("par_page"), maximum=MAX_PAGE_SIZE)
    if error:
        errors["par_page"] = [error]
    if errors:
        return _json_response({"errors": errors}, status=400)

    def render_page():
        # Narrow ids first (sorting every matching id), then the page's events with what a record shows:
        # sorting wide joined rows costs several times more, as on the list page.
        ids = selection.events.prefetch_related(None).values_list("pk", flat=True)
        paginator = Paginator(ids, page_size or DEFAULT_PAGE_SIZE)
        try:
            page = paginator.page(page_number or 1)
        except EmptyPage:
            return _json_response(
                {"detail": _("Il n’y a que %(count)s page(s) de résultats.") % {"count": paginator.num_pages}},
                status=404,
            )
        return _json_response(
            {
                "count": paginator.count,
                "next": _page_url(request, page.next_page_number()) if page.has_next() else None,
                "previous": _page_url(request, page.previous_page_number()) if page.has_previous() else None,
                "licence": LICENCE,
                "results": [event_record(event) for event in _in_order(page.object_list)],
            }
        )

    etag = collection_validator(selection, kind="api", data=request.GET)
    return _cors(conditional(request, etag=etag, render=render_page))


def _in_order(ids) -> list:
    ids = list(ids)
    events = open_events().in_bulk(ids)
    return [events[pk] for pk in ids]


def _page_url(request, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return absolute(f"{request.path}?{query.urlencode()}")


@anonymous_cache
@require_safe
def event_detail(request, pk):
    event = open_events().filter(pk=pk).first()
    if event is None:
        return _json_response({"detail": _("Aucun événement publié n’a cet identifiant.")}, status=404)
    body = json.dumps(event_record(event), **JSON_DUMPS)
    etag = f'"{hash_text(body)}"'
    return _cors(conditional(request, etag=etag, render=lambda: HttpResponse(body, content_type="application/json")))


def _terms(queryset) -> list[dict]:
    return [{"slug": slug, "name": name} for slug, name in queryset.values_list("slug", "name")]


def referentials() -> dict:
    current = site_edition()
    return {
        "licence": LICENCE,
        "editions": [
            {
                "year": edition.year,
                "starts_on": edition.starts_on.isoformat(),
                "ends_on": edition.ends_on.isoformat(),
                "current": current is not None and edition.pk == current.pk,
            }
            for edition in Edition.objects.order_by("-year")
        ],
        "regions": [
            {
                "slug": region.slug,
                "code": region.code,
                "name": region.name,
                "timezone": region.timezone,
                "url": absolute(region.get_absolute_url()),
                "cress": {
                    "name": region.cress_name,
                    "website": region.cress_website,
                    "email": region.cress_email,
                    "phone": region.cress_phone,
                },
            }
            for region in Region.objects.order_by("name")
        ],
        "departments": [
            {"code": code, "name": name, "region": region}
            for code, name, region in Department.objects.order_by("code").values_list("code", "name", "region__slug")
        ],
        "themes": _terms(Theme.objects.all()),
        "types": _terms(EventType.objects.all()),
        "audiences": _terms(Audience.objects.all()),
        "highlights": _terms(Highlight.objects.all()),
        "formats": [{"slug": value, "name": str(label)} for value, label in FORMAT_CHOICES],
        "accessibility": [{"slug": value, "name": str(label)} for value, label in ACCESSIBILITY_CHOICES],
        "statuses": [{"slug": value, "name": str(label)} for value, label in Event.Status.choices],
    }


@anonymous_cache
@require_safe
def referentials_view(request):
    # Names typed in the admin: printable, whatever was stored before the forms cleaned them.
    body = json.dumps(printable_data(referentials()), **JSON_DUMPS)
    etag = f'"{hash_text(body)}"'
    return _cors(conditional(request, etag=etag, render=lambda: HttpResponse(body, content_type="application/json")))


@anonymous_cache
@require_safe
def openapi_view(request):
    body = json.dumps(openapi_document(), **JSON_DUMPS)
    etag = f'"{hash_text(body)}"'
    return _cors(conditional(request, etag=etag, render=lambda: HttpResponse(body, content_type="application/json")))


@anonymous_cache
@require_safe
def api_home(request):
    """The human page: what the API offers, with examples."""
    example_event = Event.objects.published().order_by("-published_at", "-id").values_list("pk", flat=True).first()
    return render(
        request,
        "opendata/api.html",
        {
            "example_event": example_event,
            "licence_url": LICENCE["url"],
            "page_size": DEFAULT_PAGE_SIZE,
            "max_page_size": MAX_PAGE_SIZE,
            "list_url": reverse("events:list"),
            "events_url": reverse("opendata:api-events"),
            "referentials_url": reverse("opendata:api-referentials"),
            "openapi_url": reverse("opendata:api-openapi"),
            "calendar_url": reverse("opendata:calendar"),
            "feed_url": reverse("opendata:feed"),
            "export_url": reverse("opendata:export"),
            "integrer_url": reverse("opendata:integrer"),
        },
    )
