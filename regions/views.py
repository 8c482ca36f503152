from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render

from events.models import Edition, Event
from events.views import public_events

from .models import Region


def region_list(request):
    edition = Edition.current()
    regions = Region.objects.annotate(
        n_events=Count("events", filter=Q(events__state=Event.State.PUBLISHED, events__edition=edition))
    )
    return render(request, "regions/list.html", {"regions": regions, "edition": edition})


def region_detail(request, slug):
    region = get_object_or_404(Region, slug=slug)
    edition = Edition.current()
    events = public_events().for_edition(edition).in_region(region).upcoming()[:30]
    return render(request, "regions/detail.html", {"region": region, "events": events, "edition": edition})
