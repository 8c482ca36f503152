"""iCalendar (RFC 5545) files: the calendar's header and time zones built with the ``icalendar``
package, the events' lines written here (``event_lines``): the same bytes the package gives for the same
properties (tests/opendata/test_calendar.py compares them), four times faster per event — the package
folds every line character by character, which made the calendar of a 22 000-event edition take 24 s.

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


# -- The events' lines, written directly -------------------------------------------------------------

FOLD_LIMIT = 75  # octets of a content line, as icalendar folds them (RFC 5545, 3.1)


def _text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 (3.3.11) says, as ``icalendar`` does."""
    return (
        value.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def _fold(line: str) -> str:
    """A content line folded at 75 octets, never inside a character nor after an escaping backslash,
    exactly where ``icalendar`` folds it; most lines are shorter and are returned at once."""
    if len(line) * 4 < FOLD_LIMIT or len(line.encode()) < FOLD_LIMIT:
        return line
    folded, current, count = [], [], 0
    for char in line:
        size = 1 if char < "\x80" else len(char.encode())
        if current and count + size >= FOLD_LIMIT:
            if len(current) > 1 and current[-1] in "\\^":
                escaped = current.pop()
                folded.append("".join(current))
                current, count = [escaped], len(escaped.encode())
            else:
                folded.append("".join(current))
                current, count = [], 0
        current.append(char)
        count += size
    if current:
        folded.append("".join(current))
    return "\r\n ".join(folded)


def _utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def event_lines(event: Event) -> tuple[bytes, set[int]]:
    """The VEVENTs of one event (slots, themes and place prefetched), and the years they start in."""
    url = absolute(event.get_absolute_url())
    tz = event.tzinfo
    stamp = _utc(event.updated_at or event.created_at)
    summary = _fold("SUMMARY:" + _text(printable(event.title)))
    # Sorted by name after the first ones, as icalendar orders a VEVENT's properties.
    categories = [printable(event.event_type.name), *(printable(theme.name) for theme in event.themes.all())]
    rest = [
        _fold("CATEGORIES:" + ",".join(_text(name) for name in categories)),
        _fold("DESCRIPTION:" + _text(printable(_description(event, url)))),
    ]
    if event.has_place:
        rest.append(_fold(f"GEO:{float(event.latitude)};{float(event.longitude)}"))
    rest += [
        f"LAST-MODIFIED:{stamp}",
        _fold("LOCATION:" + _text(printable(location_text(event)))),
        "STATUS:" + ("CANCELLED" if event.is_cancelled else "CONFIRMED"),
        _fold("URL:" + url),
        _fold(f"{EVENT_ID_PROPERTY}:" + _text(event_uid(event.pk))),
    ]
    tail = "\r\n".join(rest)
    pieces, years = [], set()
    for slot in event.slots.all():
        start, end = slot.starts_at.astimezone(tz), slot.ends_at.astimezone(tz)
        years.add(start.year)
        pieces.append(
            "\r\n".join(
                [
                    "BEGIN:VEVENT",
                    summary,
                    f"DTSTART;TZID={tz.key}:{start:%Y%m%dT%H%M%S}",
                    f"DTEND;TZID={tz.key}:{end:%Y%m%dT%H%M%S}",
                    f"DTSTAMP:{stamp}",
                    _fold("UID:" + _text(slot_uid(event.pk, slot.starts_at))),
                    tail,
                    "END:VEVENT\r\n",
                ]
            )
        )
    return "".join(pieces).encode(), years


END = b"END:VCALENDAR\r\n"
CHUNK = 200  # events read (with their slots, themes and place) at a time


def _header(name: str, description: str) -> bytes:
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
    return calendar.to_ical().removesuffix(END)


def _timezones(zones: dict, years: set[int]) -> list[bytes]:
    """The VTIMEZONEs of the zones used, with their transitions around the events only (a compact
    VTIMEZONE rather than 70 years of them)."""
    calendar = icalendar.Calendar()
    for tz in zones.values():
        component = icalendar.Event()
        component.add("dtstart", datetime.datetime(min(years), 11, 1, tzinfo=tz))
        calendar.add_component(component)
    calendar.add_missing_timezones(
        first_date=datetime.date(min(years) - 1, 1, 1), last_date=datetime.date(max(years) + 2, 1, 1)
    )
    return [component.to_ical() for component in calendar.walk("VTIMEZONE")]


def stream_calendar(events, *, name: str, description: str = ""):
    """A whole calendar, piece by piece: every slot of ``events`` (a queryset is read ``CHUNK`` events
    at a time, so that memory does not grow with their number), then the VTIMEZONEs they need."""
    yield _header(name, description)
    years, zones = set(), {}
    rows = events.iterator(chunk_size=CHUNK) if hasattr(events, "iterator") else events
    pieces = []
    for count, event in enumerate(rows, start=1):
        lines, starts = event_lines(event)
        pieces.append(lines)
        years |= starts
        zones.setdefault(event.tzinfo.key, event.tzinfo)
        if count % CHUNK == 0:
            yield b"".join(pieces)
            pieces = []
    yield b"".join(pieces)
    if years:
        yield b"".join(_timezones(zones, years))
    yield END


def calendar_bytes(events, *, name: str, description: str = "") -> bytes:
    """A whole calendar in one piece (one event's « add to my calendar »)."""
    return b"".join(stream_calendar(events, name=name, description=description))
