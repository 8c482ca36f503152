from django.shortcuts import get_object_or_404, render

from events.views import organization_events

from .models import Organization


def organization_detail(request, slug):
    organization = get_object_or_404(Organization.objects.select_related("department__region"), slug=slug)
    events = organization_events(organization).order_by("-starts_at")[:50]
    return render(request, "organizations/detail.html", {"organization": organization, "events": events})
