"""Calendar, RSS, CSV, the embeddable widget and its builder, robots.txt."""

import json

from csp.decorators import csp_replace
from django.conf import settings
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from core.httpcache import conditional
from core.maps import map_config
from events import editions, geojson
from events.caching import anonymous_cache

from .calendar import calendar_bytes, stream_calendar
from .exports import stream_csv
from .feeds import FEED_SIZE, EventsFeed
from .forms import WidgetForm
from .query import collection_validator, event_validator, latest_published, open_events, select_events

WIDGET_SIZES = (5, 10, 20, 50)
_feed = EventsFeed()


def _open(response):
    # Anyone may read open data from a script on another site.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _calendar_name(selection) -> str:
    regions = ", ".join(region.name for region in selection.filterset.selected_regions)
    organizations = ", ".join(organization.name for organization in selection.organizations)
    name = _("Mois de l’ESS")
    detail = " — ".join(part for part in (regions, organizations) if part)
    return f"{name} — {detail}" if detail else name


@anonymous_cache
@require_safe
def event_calendar(request, slug):
    """« Ajouter à mon agenda »: one event's time slots as an iCalendar file."""
    event = get_object_or_404(open_events(), slug=slug)

    def render_file():
        body = calendar_bytes([event], name=event.title)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
        return response

    return _open(conditional(request, etag=event_validator(event, kind="ics"), render=render_file))


@anonymous_cache
@require_safe
def events_calendar(request):
    """A subscribable calendar (webcal) of the filtered events."""
    selection = select_events(request.GET)

    def render_file():
        # Streamed: memory does not grow with the number of events.
        body = stream_calendar(
            selection.events,
            name=_calendar_name(selection),
            description=_("Les événements du Mois de l’économie sociale et solidaire (Licence Ouverte / Etalab 2.0)."),
        )
        response = StreamingHttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="mois-ess.ics"'
        return response

    etag = collection_validator(selection, kind="ics", data=request.GET)
    return _open(conditional(request, etag=etag, render=render_file))


@anonymous_cache
@require_safe
def events_feed(request):
    # The most recently published events whatever their dates: never empty because an edition is over.
    selection = latest_published(select_events(request.GET, every_edition=True), FEED_SIZE)
    request.opendata_selection = selection
    etag = collection_validator(selection, kind="rss", data=request.GET)
    return _open(conditional(request, etag=etag, render=lambda: _feed(request)))


@require_safe
def events_export(request):
    selection = select_events(request.GET)

    def render_file():
        # Streamed: memory does not grow with the number of events, the first bytes leave at once.
        response = StreamingHttpResponse(stream_csv(selection.events), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="evenements-mois-ess.csv"'
        return response

    etag = collection_validator(selection, kind="csv", data=request.GET)
    return _open(conditional(request, etag=etag, render=render_file))


# -- The widget ----------------------------------------------------------------------------------------


def _widget_size(raw) -> int:
    try:
        size = int(raw)
    except (TypeError, ValueError):
        return WIDGET_SIZES[1]
    return size if size in WIDGET_SIZES else WIDGET_SIZES[1]


@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})  # any site may frame this page, and only this one
@anonymous_cache
@require_safe
def widget(request):
    """A light page meant to be framed by CRESS and partner sites: the list, optionally the map."""
    selection = select_events(request.GET)
    size = _widget_size(request.GET.get("nombre"))
    events = list(selection.events[: size + 1])
    data = request.GET
    shown_edition = None  # set when the widget shows an edition that is over or not the site's
    if not any(request.GET.get(name) for name in ("edition", "du", "au")):
        filterset = selection.filterset
        if filterset.phase == editions.AFTER:
            shown_edition = filterset.current_edition
        elif not events:
            # Nothing upcoming: the latest edition's events rather than an empty frame, saying so.
            latest = editions.latest_edition_with_events(timezone.localdate(filterset.now))
            if latest is not None:
                data = request.GET.copy()
                data["edition"], data["passes"] = str(latest.year), "1"
                selection = select_events(data)
                events = list(selection.events[: size + 1])
                shown_edition = latest
    with_map = request.GET.get("carte") == "1"
    query = data.copy()
    for name in ("nombre", "carte", "titre"):
        query.pop(name, None)
    context = {
        "events": events[:size],
        "has_more": len(events) > size,
        "title": request.GET.get("titre", "")[:120],
        "with_map": with_map,
        "more_url": reverse("events:list") + (f"?{query.urlencode()}" if query else ""),
        "shown_edition": shown_edition,
        "shown_edition_over": editions.phase_of(shown_edition) == editions.AFTER,
    }
    if with_map:
        config = map_config()
        config["geojson"] = reverse("opendata:widget-geojson")
        context["map_config"] = config
        context["map_query"] = query.urlencode()
        context["map_frame"] = json.dumps([region.bounds for region in selection.filterset.selected_regions])
    return render(request, "opendata/widget.html", context)


@anonymous_cache
@require_safe
def widget_geojson(request):
    """The widget's map data: as /evenements/carte.geojson, with the organisation filter too."""
    selection = select_events(request.GET)
    now = selection.filterset.now
    etag = collection_validator(selection, kind="widget-geojson", data=request.GET)
    return conditional(
        request,
        etag=etag,
        max_age=60,
        render=lambda: HttpResponse(
            geojson.collection_for(selection.events, request.GET, now=now), content_type="application/geo+json"
        ),
    )


@anonymous_cache
@require_safe
def widget_builder(request):
    """/integrer/: pick filters, preview the widget, copy the <iframe> snippet."""
    form = WidgetForm(request.GET or None)
    snippet = widget_url = preview_url = None
    if form.is_valid():
        preview_url = reverse("opendata:widget") + form.widget_query()
        widget_url = settings.SITE_URL + preview_url
        snippet = form.snippet(widget_url)
    return render(
        request,
        "opendata/integrer.html",
        {"form": form, "snippet": snippet, "widget_url": widget_url, "preview_url": preview_url},
    )


# -- Search engines ------------------------------------------------------------------------------------


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /compte/",
        "Disallow: /espace/",
        "Disallow: /widget/",
        # Filtered lists are endless combinations of the same events: the sitemap lists each event once.
        "Disallow: /evenements/carte.geojson",
        "Disallow: /evenements/export.csv",
        "",
        f"Sitemap: {settings.SITE_URL}{reverse('opendata:sitemap')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
