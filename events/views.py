from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from organizations.models import Organization
from regions.models import Region

from .models import Edition, Event, Theme, TimeSlot

PAGE_SIZE = 24


def public_events():
    """Published events with what an event card shows, in a fixed number of queries."""
    return (
        Event.objects.published()
        .select_related("organization", "event_type", "region", "department")
        .prefetch_related("themes", Prefetch("slots", queryset=TimeSlot.objects.order_by("starts_at")))
    )


def home(request):
    edition = Edition.current()
    events = Event.objects.published().for_edition(edition) if edition else Event.objects.none()
    figures = events.aggregate(
        events=Count("id"),
        organizations=Count("organization", distinct=True),
        regions=Count("region", distinct=True),
    )
    upcoming = public_events().for_edition(edition).upcoming()[:6] if edition else []
    themes = Theme.objects.annotate(
        n_events=Count("events", filter=Q(events__state=Event.State.PUBLISHED, events__edition=edition))
    )
    return render(
        request,
        "events/home.html",
        {
            "edition": edition,
            "figures": figures,
            "upcoming": upcoming,
            "themes": themes,
            "regions": Region.objects.all(),
        },
    )


def event_list(request):
    edition = Edition.current()
    events = public_events().for_edition(edition).upcoming().order_by("starts_at", "id")
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "events/list.html", {"page": page, "edition": edition})


def event_detail(request, slug):
    event = get_object_or_404(public_events().select_related("edition", "highlight"), slug=slug)
    return render(request, "events/detail.html", {"event": event, "now": timezone.now()})


def organization_events(organization: Organization):
    return public_events().of_organization(organization)
