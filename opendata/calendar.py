"""iCalendar (RFC 5545) files built with the ``icalendar`` package.

One VEVENT per time slot, with a stable UID (the event and the slot's start), the event's own time
zone (a VTIMEZONE per zone used), its place or online link, its URL, and ``STATUS:CANCELLED`` for a
cancelled event. ``X-MOIS-ESS-EVENT`` carries the event's own identifier, so that the slots of one
event can be grouped again (the import does).
"""

import datetime

import icalendar
from django.utils.translation import gettext as _

from core.links import absolute
from core.text import printable
from events.models import Event

from .records import event_uid, slot_uid

PRODID = "-//Mois de l'ESS//Evenements//FR"  # ASCII: some calendar applications choke on anything else
EVENT_ID_PROPERTY = "X-MOIS-ESS-EVENT"


def location_text(event: Event) -> str:
    if event.attendance_mode == Event.AttendanceMode.ONLINE:
        return event.online_url
    place = ", ".join(
        part for part in (event.venue_name, event.address, f"{event.postal_code} {event.city}".strip()) if part
    )
    if event.attendance_mode == Event.AttendanceMode.MIXED and event.online_url:
        return f"{place} — {_('en ligne :')} {event.online_url}"
    return place


def _description(event: Event, url: str) -> str:
    # No ORGANIZER property: it must be a mailto: address, and calendar applications offer to reply to it.
    parts = [event.summary, _("Proposé par %(organization)s") % {"organization": event.organization.name}]
    if event.status != Event.Status.SCHEDULED:
        parts.append(f"{event.get_status_display()}{' — ' + event.status_message if event.status_message else ''}")
    if event.is_free:
        parts.append(_("Gratuit"))
    elif event.price_conditions:
        parts.append(event.price_conditions)
    if event.registration_url:
        parts.append(_("Inscription : %(url)s") % {"url": event.registration_url})
    parts.append(url)
    return "\n\n".join(parts)


def event_components(event: Event) -> list[icalendar.Event]:
    """The VEVENTs of one event (slots, themes and place prefetched)."""
    url = absolute(event.get_absolute_url())
    tz = event.tzinfo
    stamp = (event.updated_at or event.created_at).astimezone(datetime.UTC)
    components = []
    for slot in event.slots.all():
        component = icalendar.Event()
        component.add("uid", slot_uid(event.pk, slot.starts_at))
        component.add("dtstamp", stamp)
        component.add("last-modified", stamp)
        component.add("dtstart", slot.starts_at.astimezone(tz))
        component.add("dtend", slot.ends_at.astimezone(tz))
        # Calendar applications show these as they are: no control or bidirectional character.
        component.add("summary", printable(event.title))
        component.add("description", printable(_description(event, url)))
        component.add("location", printable(location_text(event)))
        component.add("url", url)
        component.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
        categories = [printable(event.event_type.name), *(printable(theme.name) for theme in event.themes.all())]
        component.add("categories", categories)
        if event.has_place:
            component.add("geo", (event.latitude, event.longitude))
        component.add(EVENT_ID_PROPERTY, event_uid(event.pk))
        components.append(component)
    return components


def calendar_bytes(events, *, name: str, description: str = "") -> bytes:
    """A whole calendar: every slot of ``events``, with the VTIMEZONEs they need."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # icalendar writes an unknown X- property as it is given: as text, a new line in an event's title
    # or an organisation's name is escaped instead of starting a property of its own.
    calendar.add("x-wr-calname", icalendar.vText(printable(name)))
    if description:
        calendar.add("x-wr-caldesc", icalendar.vText(printable(description)))
    # Subscribed calendars refresh about every hour.
    calendar.add("refresh-interval", datetime.timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    years = []
    for event in events:
        for component in event_components(event):
            calendar.add_component(component)
            years.append(component.DTSTART.year)
    if years:
        # Transitions around the events only: a compact VTIMEZONE rather than 70 years of them.
        calendar.add_missing_timezones(
            first_date=datetime.date(min(years) - 1, 1, 1), last_date=datetime.date(max(years) + 2, 1, 1)
        )
    return calendar.to_ical()
