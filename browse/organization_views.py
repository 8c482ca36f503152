from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from events.caching import anonymous_cache
from organizations.models import Organization

from .views import organization_events

MAX_EVENTS = 60


@anonymous_cache
@require_safe
def organization_detail(request, slug):
    organization = get_object_or_404(Organization.objects.select_related("department__region"), slug=slug)
    events = organization_events(organization)
    upcoming = list(events.upcoming().order_by("starts_at", "id")[:MAX_EVENTS])
    past = list(events.exclude(pk__in=[e.pk for e in upcoming]).order_by("-starts_at", "-id")[:MAX_EVENTS])
    return render(
        request, "organizations/detail.html", {"organization": organization, "upcoming": upcoming, "past": past}
    )
