"""The rules an event must follow, written once: the organisation's form (events.forms), the
moderators' admin form (through Event.clean) and the import (opendata.imports) all ask here, so
that the same event is accepted or refused, with the same message, whichever way it comes in."""

from django.utils.translation import gettext_lazy as _

from core.text import format_day

# The most slots an event may have: a longer event says so in its description.
MAX_SLOTS = 60

ONLINE_NEEDS_LINK = _("Indiquez le lien qui permet de participer en ligne.")
ON_SITE_NEEDS_POINT = _("Pour un événement sur place, indiquez un code postal connu ou la latitude et la longitude.")
PAID_NEEDS_PRICES = _("L’entrée est payante : indiquez les tarifs.")
SLOT_ENDS_AFTER_START = _("La fin doit venir après le début.")
SAME_START = _("Un autre créneau commence déjà ce jour-là à cette heure.")
TOO_MANY_SLOTS = _("%(num)d créneaux au plus : pour un événement plus long, indiquez-le dans la description.")
MOVED_ONLINE_NEEDS_LINK = _(
    "Un événement « Passé en ligne » a besoin de son lien : choisissez le format « En ligne » (ou « Sur "
    "place et en ligne ») et indiquez le lien qui permet d’y participer."
)


def event_errors(
    *, attendance_mode, online_url="", latitude=None, longitude=None, is_free=True, price_conditions="", status=""
) -> dict[str, str]:
    """The cross-field problems of an event, as {model field: message}: an event online (or mixed)
    has its link, an event on site (or mixed) has its point, a paid entry says its prices, an event
    « passé en ligne » has its link."""
    errors = {}
    if problem := status_error(status=status, online_url=online_url):
        errors["status"] = problem
    if attendance_mode in {"online", "mixed"} and not online_url:
        errors["online_url"] = ONLINE_NEEDS_LINK
    if attendance_mode in {"on_site", "mixed"} and (latitude is None or longitude is None):
        errors["postal_code"] = ON_SITE_NEEDS_POINT
    if is_free is False and not price_conditions:
        errors["price_conditions"] = PAID_NEEDS_PRICES
    return errors


def slot_error(start, end):
    """The problem of one slot (dates, datetimes or times of the same day), or None."""
    if start is not None and end is not None and end <= start:
        return SLOT_ENDS_AFTER_START
    return None


def edition_day_error(edition, day):
    """The problem of a slot's day (a date in the event's time zone) for an edition, or None."""
    if edition.accepts_day(day):
        return None
    return _("Le %(edition)s a lieu du %(first)s au %(last)s : choisissez un jour dans cette période.") % {
        "edition": edition,
        "first": format_day(edition.events_start_on),
        "last": format_day(edition.events_end_on, with_year=True),
    }


def repeated_starts(starts) -> list[int]:
    """The positions of the starts already given earlier in the list: two slots of an event never
    begin at the same moment."""
    seen, repeated = set(), []
    for position, start in enumerate(starts):
        if start in seen:
            repeated.append(position)
        seen.add(start)
    return repeated


def slot_count_error(count: int):
    return TOO_MANY_SLOTS % {"num": MAX_SLOTS} if count > MAX_SLOTS else None


def status_error(*, status, online_url=""):
    """The problem of a schedule status (« Passé en ligne » without the online link), or None."""
    if status == "moved_online" and not online_url:
        return MOVED_ONLINE_NEEDS_LINK
    return None
