"""« Ajouter à mon agenda »: links that open Google Agenda or Outlook with the event filled in.

Plain links built here (no third-party script): the visitor's browser goes to the calendar's own
page only when they follow one. The `.ics` file (opendata) stays the main way, for every slot.
"""

import datetime
from urllib.parse import urlencode

from core.links import absolute

GOOGLE = "https://calendar.google.com/calendar/render"
OUTLOOK = "https://outlook.live.com/calendar/0/deeplink/compose"
DETAILS_MAX = 800  # characters of description carried in the link: addresses stay a few kB at most


def _place(event) -> str:
    if event.has_place:
        parts = [event.venue_name, event.address, f"{event.postal_code} {event.city}".strip()]
        return ", ".join(part for part in parts if part)
    return event.online_url or ""


def _details(event) -> str:
    text = event.summary or ""
    if len(text) > DETAILS_MAX:
        text = text[: DETAILS_MAX - 1] + "…"
    return f"{text}\n\n{absolute(event.get_absolute_url())}".strip()


def _utc(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(datetime.UTC)


def calendar_links(event, slot) -> dict[str, str]:
    """The Google Agenda and Outlook links for one slot of the event (its next one); {} without slot."""
    if slot is None:
        return {}
    starts, ends = _utc(slot.starts_at), _utc(slot.ends_at)
    place, details = _place(event), _details(event)
    google = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": f"{starts:%Y%m%dT%H%M%SZ}/{ends:%Y%m%dT%H%M%SZ}",
        "details": details,
        "location": place,
        "ctz": event.region.timezone,
    }
    outlook = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": event.title,
        "startdt": f"{starts:%Y-%m-%dT%H:%M:%SZ}",
        "enddt": f"{ends:%Y-%m-%dT%H:%M:%SZ}",
        "body": details,
        "location": place,
    }
    return {"google": f"{GOOGLE}?{urlencode(google)}", "outlook": f"{OUTLOOK}?{urlencode(outlook)}"}
