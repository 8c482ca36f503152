from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from core.text import fold
from events import editions
from events.caching import anonymous_cache
from events.models import Event
from regions.models import Region

from .views import allow_geolocation, browse_context


@anonymous_cache
@require_safe
def region_list(request):
    asked = request.GET.get("edition")
    edition = (editions.edition_for_year(asked) if asked else None) or editions.site_edition()
    # Counted from the edition's events (its index), not over every edition's.
    counts = {}
    if edition is not None:
        rows = (
            Event.objects.published()
            .for_edition(edition)
            .order_by()
            .values("region_id")
            .annotate(n_events=Count("pk"), n_upcoming=Count("pk", filter=Q(ends_at__gte=timezone.now())))
        )
        counts = {row["region_id"]: row for row in rows}
    regions = list(Region.objects.all())
    for region in regions:
        row = counts.get(region.pk, {})
        region.n_events, region.n_upcoming = row.get("n_events", 0), row.get("n_upcoming", 0)
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
    return allow_geolocation(render(request, "regions/detail.html", context))
