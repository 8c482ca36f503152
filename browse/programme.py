"""The printable programme of a region: its published events, by date then department."""

from collections import defaultdict

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from events import editions
from events.caching import anonymous_cache
from events.filters import public_events
from regions.models import Region

ONLINE_KEY = "~"  # sorts after every department code


def programme_days(events, tz) -> list[dict]:
    """[{date, departments: [{department, slots: [(event, slot)]}]}]; an event with several dates
    appears on each of them."""
    days = defaultdict(lambda: defaultdict(list))
    departments = {}
    for event in events:
        key = event.department.code if event.department_id else ONLINE_KEY
        departments[key] = event.department
        for slot in event.slots.all():
            days[timezone.localtime(slot.starts_at, tz).date()][key].append((event, slot))
    return [
        {
            "date": day,
            "departments": [
                {
                    "department": departments[key],
                    "slots": sorted(by_department[key], key=lambda pair: pair[1].starts_at),
                }
                for key in sorted(by_department)
            ],
        }
        for day, by_department in sorted(days.items())
    ]


@anonymous_cache
@require_safe
def region_programme(request, slug):
    region = get_object_or_404(Region, slug=slug)
    # ?edition=<year> for a past edition's programme (an unknown year is a 404); else the site's edition.
    # A value that is no year is ignored, as the other pages do.
    asked = request.GET.get("edition", "")
    asked = asked if asked.isdigit() and len(asked) == 4 else ""
    edition = editions.edition_for_year(asked) if asked else editions.site_edition()
    if asked and edition is None:
        raise Http404("No such edition")
    events = public_events().for_edition(edition).in_region(region)
    with timezone.override(region.tzinfo):
        days = programme_days(events, region.tzinfo)
    return render(
        request,
        "regions/programme.html",
        {"region": region, "edition": edition, "days": days, "count": len(events)},
    )
