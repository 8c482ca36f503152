"""What search engines and social networks read about an event: schema.org JSON-LD, Open Graph,
and a minimal iCalendar file (standard library only)."""

import datetime
import json

from django.conf import settings
from django.utils import timezone

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


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _schema(name: str) -> str:
    return f"https://schema.org/{name}"


def _local_iso(moment: datetime.datetime, event: Event) -> str:
    return timezone.localtime(moment, event.tzinfo).isoformat()


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
        "eventAttendanceMode": _schema(ATTENDANCE_MODE[event.attendance_mode]),
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
    if event.attendance_mode != Event.AttendanceMode.ONLINE:
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
        }
        if event.latitude is not None and event.longitude is not None:
            place["geo"] = {"@type": "GeoCoordinates", "latitude": event.latitude, "longitude": event.longitude}
        locations.append(place)
    if event.attendance_mode != Event.AttendanceMode.ON_SITE:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    data["location"] = locations[0] if len(locations) == 1 else locations
    if event.image:
        data["image"] = [absolute(event.image.url)]
    audiences = [audience.name for audience in event.audiences.all()]
    if audiences:
        data["audience"] = [{"@type": "Audience", "audienceType": name} for name in audiences]
    themes = [theme.name for theme in event.themes.all()]
    if themes:
        data["keywords"] = ", ".join(themes)
    return data


def json_for_script(data: dict) -> str:
    """JSON safe inside a ``<script>`` element (no ``</script>`` break-out)."""
    return json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)


# -- iCalendar (RFC 5545), one VEVENT per time slot ----------------------------------------------------


def _ics_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _ics_fold(line: str) -> str:
    """Fold a content line at 75 octets, without cutting a UTF-8 character."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode()
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode())
            current = b""
        current += piece
    parts.append(current.decode())
    return "\r\n ".join(parts)


def _ics_time(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def event_ics(event: Event, *, host: str) -> str:
    """A calendar file with one entry per time slot of the event."""
    url = absolute(event.get_absolute_url())
    if event.attendance_mode == Event.AttendanceMode.ONLINE:
        location = event.online_url
    else:
        location = ", ".join(
            part for part in (event.venue_name, event.address, f"{event.postal_code} {event.city}".strip()) if part
        )
    stamp = _ics_time(timezone.now())
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Mois de l'ESS//Evenements//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for slot in event.slots.all():
        lines += [
            "BEGIN:VEVENT",
            f"UID:slot-{slot.pk}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_ics_time(slot.starts_at)}",
            f"DTEND:{_ics_time(slot.ends_at)}",
            f"SUMMARY:{_ics_text(event.title)}",
            f"DESCRIPTION:{_ics_text(event.summary + chr(10) + url)}",
            f"LOCATION:{_ics_text(location)}",
            f"URL:{url}",
            f"STATUS:{'CANCELLED' if event.is_cancelled else 'CONFIRMED'}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_ics_fold(line) + "\r\n" for line in lines)
