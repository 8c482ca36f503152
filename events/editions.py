"""The edition the site is in on a given day, and its phase.

An edition's dates drive the whole site all year round:

- BEFORE: from the opening of its submissions (Edition.submissions_open_on) to the eve of its first day;
- DURING: from its first day (starts_on) to its last day (ends_on);
- AFTER: from the day after its last day until the next edition opens its submissions (or for ever
  when no next edition exists yet: the gap).

Every function takes `today` (a date, default: today in the site's time zone) and nothing else that
depends on the clock, so that a cache can be keyed on the day. Each answers with one or two small
queries on the editions table (a few rows, ordered by its unique year), never by scanning events.
"""

import datetime

from django.db.models import Q
from django.utils import timezone

from .models import Edition, Event

BEFORE = "before"
DURING = "during"
AFTER = "after"

PHASES = (BEFORE, DURING, AFTER)


def _today(today: datetime.date | None) -> datetime.date:
    return today or timezone.localdate()


def site_edition(today: datetime.date | None = None) -> Edition | None:
    """The edition the site is in on that day.

    The edition under way if any; else the nearest upcoming one once its submissions have opened; else
    the latest one that has started; else (nothing has started yet) the nearest upcoming one.
    None only when there is no edition at all.
    """
    today = _today(today)
    running = Edition.objects.filter(starts_on__lte=today, ends_on__gte=today).order_by("-year").first()
    if running:
        return running
    upcoming = Edition.objects.filter(starts_on__gt=today).order_by("starts_on", "year")
    announced = upcoming.filter(Q(submissions_open_on__isnull=True) | Q(submissions_open_on__lte=today)).first()
    if announced:
        return announced
    started = Edition.objects.filter(starts_on__lte=today).order_by("-starts_on", "-year").first()
    return started or upcoming.first()


def phase_of(edition: Edition | None, today: datetime.date | None = None) -> str | None:
    """BEFORE / DURING / AFTER for that edition on that day (None without an edition)."""
    if edition is None:
        return None
    today = _today(today)
    if today < edition.starts_on:
        return BEFORE
    if today <= edition.ends_on:
        return DURING
    return AFTER


def phase(today: datetime.date | None = None) -> str | None:
    """The phase of the site's edition on that day (None when there is no edition at all)."""
    today = _today(today)
    return phase_of(site_edition(today), today)


def next_edition(edition: Edition) -> Edition | None:
    """The edition after that one, if national staff have created it."""
    return Edition.objects.filter(year__gt=edition.year).order_by("year").first()


def previous_edition(edition: Edition) -> Edition | None:
    return Edition.objects.filter(year__lt=edition.year).order_by("-year").first()


def latest_edition_with_events(today: datetime.date | None = None) -> Edition | None:
    """The latest edition that has started and has published events (the widget's fallback).

    One query per candidate edition, newest first, each an indexed existence check.
    """
    today = _today(today)
    for edition in Edition.objects.filter(starts_on__lte=today).order_by("-year")[:5]:
        if Event.objects.published().for_edition(edition).exists():
            return edition
    return None


def edition_for_year(year) -> Edition | None:
    """The edition of an `edition=<year>` parameter, or None when absent or unknown."""
    try:
        year = int(year)
    except (TypeError, ValueError):
        return None
    if not 1900 <= year <= 9999:
        return None
    return Edition.objects.filter(year=year).first()
