"""One event as open data: the fields every output shares (API, CSV, iCalendar, RSS).

Dates are ISO 8601 with the offset of the event's own time zone; URLs are absolute (``SITE_URL``).
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from core.links import absolute
from core.text import printable_data
from events.filters import ACCESSIBILITY_FIELDS, FORMAT_MODES
from events.models import Event

FORMAT_OF_MODE = {mode: value for value, mode in FORMAT_MODES.items()}
LICENCE = {
    "name": "Licence Ouverte / Open Licence version 2.0",
    "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}


def site_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def event_uid(event_id: int) -> str:
    """A stable identifier for an event, whatever its title or dates become."""
    return f"evenement-{event_id}@{site_domain()}"


def slot_uid(event_id: int, starts_at: datetime.datetime) -> str:
    """A stable identifier for one time slot (an event has at most one slot per start)."""
    return f"evenement-{event_id}-{starts_at.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}@{site_domain()}"


def local_iso(moment: datetime.datetime | None, event: Event) -> str | None:
    return timezone.localtime(moment, event.tzinfo).isoformat() if moment else None


def _term(term) -> dict | None:
    return {"slug": term.slug, "name": term.name} if term else None


def event_record(event: Event) -> dict:
    """Every public field of a published event (relations prefetched by ``public_events(details=True)``), its
    texts without control or bidirectional formatting characters, whatever is stored."""
    return printable_data(_event_fields(event))


def _event_fields(event: Event) -> dict:
    slots = list(event.slots.all())
    return {
        "id": event.pk,
        "uid": event_uid(event.pk),
        "url": absolute(event.get_absolute_url()),
        "api_url": absolute(reverse("opendata:api-event", kwargs={"pk": event.pk})),
        "ics_url": absolute(reverse("opendata:event-calendar", kwargs={"slug": event.slug})),
        "slug": event.slug,
        "title": event.title,
        "summary": event.summary,
        "description": event.description,
        "status": event.status,
        "status_message": event.status_message,
        "format": FORMAT_OF_MODE[event.attendance_mode],
        "starts_at": local_iso(event.starts_at, event),
        "ends_at": local_iso(event.ends_at, event),
        "timezone": event.region.timezone,
        "slots": [{"starts_at": local_iso(s.starts_at, event), "ends_at": local_iso(s.ends_at, event)} for s in slots],
        "edition": event.edition.year,
        "organization": {
            "slug": event.organization.slug,
            "name": event.organization.name,
            "url": absolute(event.organization.get_absolute_url()),
        },
        "region": {"slug": event.region.slug, "code": event.region.code, "name": event.region.name},
        "department": {"code": event.department.code, "name": event.department.name} if event.department else None,
        "place": {
            "name": event.venue_name,
            "address": event.address,
            "postal_code": event.postal_code,
            "city": event.city,
            "latitude": event.latitude,
            "longitude": event.longitude,
        }
        if event.has_place
        else None,
        "online_url": event.online_url or None,
        "type": _term(event.event_type),
        "themes": [_term(theme) for theme in event.themes.all()],
        "audiences": [_term(audience) for audience in event.audiences.all()],
        "highlight": _term(event.highlight),
        "is_free": event.is_free,
        "price_conditions": event.price_conditions,
        "registration": {
            "url": event.registration_url or None,
            "email": event.registration_email or None,
            "phone": event.registration_phone or None,
        },
        "accessibility": [value for value, field in ACCESSIBILITY_FIELDS.items() if getattr(event, field)],
        "image": {"url": absolute(event.image.url), "alt": event.image_alt} if event.image else None,
        "published_at": local_iso(event.published_at, event),
        "updated_at": local_iso(event.updated_at, event),
    }
