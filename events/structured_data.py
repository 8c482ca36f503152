"""What search engines and social networks read about an event: schema.org JSON-LD and Open Graph
(the iCalendar files are built by opendata.calendar)."""

import datetime
import json

from django.utils import timezone

from core.links import absolute
from core.text import printable_data

from .models import Event

EVENT_STATUS = {
    Event.Status.SCHEDULED: "EventScheduled",
    Event.Status.POSTPONED: "EventPostponed",
    Event.Status.RESCHEDULED: "EventRescheduled",
    Event.Status.MOVED_ONLINE: "EventMovedOnline",
    # « Complet » is not a schedule status for schema.org: the offer says SoldOut instead.
    Event.Status.FULL: "EventScheduled",
    Event.Status.CANCELLED: "EventCancelled",
}
ATTENDANCE_MODE = {
    Event.AttendanceMode.ON_SITE: "OfflineEventAttendanceMode",
    Event.AttendanceMode.ONLINE: "OnlineEventAttendanceMode",
    Event.AttendanceMode.MIXED: "MixedEventAttendanceMode",
}
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _schema(name: str) -> str:
    return f"https://schema.org/{name}"


def _local_iso(moment: datetime.datetime, event: Event) -> str:
    return timezone.localtime(moment, event.tzinfo).isoformat()


def _attendance_mode(event: Event) -> str:
    """The format follows the status: an event « passé en ligne » is attended online only."""
    if event.status == Event.Status.MOVED_ONLINE:
        return Event.AttendanceMode.ONLINE
    return event.attendance_mode


def event_jsonld(event: Event) -> dict:
    """A schema.org ``Event`` for the event (slots, place and themes prefetched)."""
    slots = list(event.slots.all())
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": absolute(event.get_absolute_url()),
        "eventStatus": _schema(EVENT_STATUS[event.status]),
        "eventAttendanceMode": _schema(ATTENDANCE_MODE[_attendance_mode(event)]),
        "inLanguage": "fr",
        "isAccessibleForFree": event.is_free,
        "organizer": {
            "@type": "Organization",
            "name": event.organization.name,
            "url": absolute(event.organization.get_absolute_url()),
        },
        "offers": {
            "@type": "Offer",
            "priceCurrency": "EUR",
            "url": event.registration_url or absolute(event.get_absolute_url()),
            "availability": _schema("SoldOut" if event.status == Event.Status.FULL else "InStock"),
        },
        "superEvent": {
            "@type": "EventSeries",
            "name": str(event.edition),
            "startDate": event.edition.starts_on.isoformat(),
            "endDate": event.edition.ends_on.isoformat(),
            "url": absolute("/"),
        },
    }
    if slots:
        data["startDate"] = _local_iso(slots[0].starts_at, event)
        data["endDate"] = _local_iso(max(slot.ends_at for slot in slots), event)
    if event.is_free:
        data["offers"]["price"] = 0
    elif event.price_conditions:
        data["offers"]["description"] = event.price_conditions
    locations = []
    # Moved online: the link replaces the place (an old event moved online without a link keeps it).
    moved_online = event.status == Event.Status.MOVED_ONLINE and bool(event.online_url)
    if event.has_place and not moved_online:
        place = {
            "@type": "Place",
            "name": event.venue_name or event.city,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.address,
                "addressLocality": event.city,
                "postalCode": event.postal_code,
                "addressRegion": event.region.name,
                "addressCountry": "FR",
            },
            "geo": {"@type": "GeoCoordinates", "latitude": event.latitude, "longitude": event.longitude},
        }
        locations.append(place)
    if (event.is_online or moved_online) and event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    data["location"] = locations[0] if len(locations) == 1 else locations
    if event.image:
        # Search engines take several shapes: the image as sent and the wide one of link previews.
        data["image"] = list(dict.fromkeys(absolute(event.image_size(size)["url"]) for size in ("large", "social")))
    audiences = [audience.name for audience in event.audiences.all()]
    if audiences:
        data["audience"] = [{"@type": "Audience", "audienceType": name} for name in audiences]
    themes = [theme.name for theme in event.themes.all()]
    if themes:
        data["keywords"] = ", ".join(themes)
    return data


def json_for_script(data: dict) -> str:
    """JSON safe inside a ``<script>`` element (no ``</script>`` break-out, no control character)."""
    return json.dumps(printable_data(data), ensure_ascii=False).translate(_JSON_ESCAPES)
