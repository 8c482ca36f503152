from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from core.text import fold
from events.caching import anonymous_cache
from events.models import Edition, Event
from regions.models import Region

from .views import browse_context


@anonymous_cache
@require_safe
def region_list(request):
    edition = Edition.current()
    published = Q(events__state=Event.State.PUBLISHED, events__edition=edition)
    regions = Region.objects.annotate(
        n_events=Count("events", filter=published),
        n_upcoming=Count("events", filter=published & Q(events__ends_at__gte=timezone.now())),
    )
    # Alphabetical as a reader expects it (« Île-de-France » among the I), whatever the database's collation.
    regions = sorted(regions, key=lambda region: fold(region.name))
    return render(request, "regions/list.html", {"regions": regions, "edition": edition})


@anonymous_cache
@require_safe
def region_detail(request, slug):
    region = get_object_or_404(Region, slug=slug)
    context = browse_context(request, region=region)
    edition = context["filter"].selected_edition
    context["figures"] = (
        Event.objects.published()
        .for_edition(edition)
        .in_region(region)
        .aggregate(
            events=Count("pk"),
            organizations=Count("organization", distinct=True),
            departments=Count("department", distinct=True),
        )
    )
    return render(request, "regions/detail.html", context)
