"""Audience figures: how many times each public event page (and each organisation page) is seen, its
calendar file downloaded and its registration link followed — per day, without cookies and without
keeping any address or identifier.

A hit costs one cache increment (``count``), made by ``AudienceMiddleware`` outside every other layer
of the site, so that it happens whether the page comes from the view or from a cache. ``flush``, run
by ``manage.py flush_audience`` (cron, every few minutes) and by ``send_alerts``, adds the counters to
one row per object, kind and day (``DailyCount``) with an atomic ``count = count + n`` and takes
exactly what it added off each counter: views made during a flush are kept for the next one.

The cache is Redis in production (shared by every process); without REDIS_URL it is each process's
memory, as the rate limits are.
"""

import contextlib
import datetime
import re

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from events.models import Event
from organizations.models import Organization

from .models import DailyCount

Kind = DailyCount.Kind
KEY_DAYS = 3  # the counters of a day are flushed for three days, then forgotten by the cache
TIMEOUT = KEY_DAYS * 86400

# Robots say so in their user agent; browsers that load a page ahead of time say so in a header.
BOT_AGENT = re.compile(
    r"bot|crawl|spider|slurp|scrap|fetch|curl|wget|python|java/|go-http|okhttp|axios|node-fetch|libwww|httpclient"
    r"|headless|phantom|lighthouse|pagespeed|preview|facebookexternalhit|embedly|whatsapp|monitor|uptime|check",
    re.IGNORECASE,
)
PREFETCH_HEADERS = ("Sec-Purpose", "Purpose", "X-Purpose", "X-Moz")


def is_robot_or_prefetch(request) -> bool:
    agent = request.headers.get("User-Agent", "")
    if not agent or BOT_AGENT.search(agent):
        return True
    return any(
        "prefetch" in request.headers.get(name, "").lower() or "preview" in request.headers.get(name, "").lower()
        for name in PREFETCH_HEADERS
    )


def _day(now=None) -> datetime.date:
    return timezone.localdate(now)


def _key(day: datetime.date, kind: str, ident: str) -> str:
    return f"audience:{day.isoformat()}:{kind}:{ident}"


def _index_key(day: datetime.date) -> str:
    return f"audience:{day.isoformat()}:index"


def count(kind: str, ident: str, *, now=None) -> None:
    """One hit on ``ident`` (an event's or an organisation's slug) today. The first hit of a counter
    also writes it in the day's index (a numbered slot), so that ``flush`` finds it without scanning
    the cache."""
    day = _day(now)
    key = _key(day, kind, ident)
    if cache.add(key, 0, timeout=TIMEOUT):
        slot = _incr(_index_key(day))
        cache.set(f"{_index_key(day)}:{slot}", (kind, ident), timeout=TIMEOUT)
    _incr(key)


def _incr(key: str) -> int:
    cache.add(key, 0, timeout=TIMEOUT)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 0, timeout=TIMEOUT)
        return cache.incr(key)


def pending(day: datetime.date) -> dict[tuple[str, str], int]:
    """The counters of ``day`` not flushed yet."""
    size = cache.get(_index_key(day)) or 0
    slots = cache.get_many([f"{_index_key(day)}:{n}" for n in range(1, size + 1)])
    keys = {_key(day, kind, ident): (kind, ident) for kind, ident in slots.values()}
    values = cache.get_many(list(keys))
    return {keys[key]: value for key, value in values.items() if value}


FLUSH_LOCK = "audience:flush-lock"


def flush(*, now=None) -> int:
    """Add the cached counters of the last KEY_DAYS days to the database; the number of hits added.
    Two flushes never run at once (a lock in the cache): each would take the same hits off."""
    if not cache.add(FLUSH_LOCK, 1, timeout=600):
        return 0
    try:
        return _flush(_day(now))
    finally:
        cache.delete(FLUSH_LOCK)


def _flush(today) -> int:
    added = 0
    for offset in range(KEY_DAYS):
        day = today - datetime.timedelta(days=offset)
        counters = pending(day)
        if not counters:
            continue
        event_ids = dict(
            Event.objects.published()
            .filter(slug__in=[i for k, i in counters if k != Kind.ORGANIZATION_VIEW])
            .values_list("slug", "pk")
        )
        organization_ids = dict(
            Organization.objects.filter(slug__in=[i for k, i in counters if k == Kind.ORGANIZATION_VIEW]).values_list(
                "slug", "pk"
            )
        )
        for (kind, ident), value in counters.items():
            # Take off the counter exactly what is added: hits made meanwhile stay for the next flush.
            with contextlib.suppress(ValueError):  # the counter expired meanwhile: nothing left to take off
                cache.decr(_key(day, kind, ident), value)
            if kind == Kind.ORGANIZATION_VIEW:
                target = {"organization_id": organization_ids.get(ident)}
            else:
                target = {"event_id": event_ids.get(ident)}
            if None in target.values():
                continue  # deleted since
            add(day, kind, value, **target)
            added += value
    return added


def add(day: datetime.date, kind: str, value: int, **target) -> None:
    """``count = count + value`` on the day's row, created when missing (an upsert that two flushes
    may run at once)."""
    rows = DailyCount.objects.filter(day=day, kind=kind, **target)
    if rows.update(count=F("count") + value):
        return
    try:
        with transaction.atomic():
            DailyCount.objects.create(day=day, kind=kind, count=value, **target)
    except IntegrityError:  # created by another flush in between
        rows.update(count=F("count") + value)


# -- The figures, for the organisations' space and the CRESS -------------------------------------------


def event_totals(event_ids) -> dict[int, dict[str, int]]:
    """{event id: {kind: total}} over every day, in one query."""
    totals: dict[int, dict[str, int]] = {}
    rows = (
        DailyCount.objects.filter(event_id__in=list(event_ids))
        .values("event_id", "kind")
        .annotate(total=Sum("count"))
        .order_by()
    )
    for row in rows:
        totals.setdefault(row["event_id"], {})[row["kind"]] = row["total"]
    return totals


def organization_views(organization_ids) -> dict[int, int]:
    rows = (
        DailyCount.objects.filter(organization_id__in=list(organization_ids), kind=Kind.ORGANIZATION_VIEW)
        .values("organization_id")
        .annotate(total=Sum("count"))
        .order_by()
    )
    return {row["organization_id"]: row["total"] for row in rows}


def region_totals(edition, region_ids=None) -> dict[int, dict[str, int]]:
    """{region id: {kind: total}} of the edition's events, in one query."""
    rows = DailyCount.objects.filter(event__edition=edition)
    if region_ids is not None:
        rows = rows.filter(event__region_id__in=list(region_ids))
    totals: dict[int, dict[str, int]] = {}
    for row in rows.values("event__region_id", "kind").annotate(total=Sum("count")).order_by():
        totals.setdefault(row["event__region_id"], {})[row["kind"]] = row["total"]
    return totals


def with_totals(queryset):
    """The events annotated with their totals of each kind (``audience_vue``, ``audience_agenda``,
    ``audience_inscription``), for the CRESS's export: one subquery per kind, no extra query."""
    annotations = {}
    for kind in (Kind.EVENT_VIEW, Kind.CALENDAR, Kind.REGISTRATION):
        total = (
            DailyCount.objects.filter(event_id=OuterRef("pk"), kind=kind)
            .values("event_id")
            .annotate(total=Sum("count"))
            .values("total")
        )
        annotations[f"audience_{kind}"] = Coalesce(Subquery(total), 0)
    return queryset.annotate(**annotations)


def top_events(edition, region_ids=None, *, limit=20):
    """The edition's most seen events (in ``region_ids``), with their totals of each kind."""
    events = Event.objects.filter(edition=edition, state=Event.State.PUBLISHED)
    if region_ids is not None:
        events = events.filter(region_id__in=list(region_ids))
    return list(
        with_totals(events.select_related("region", "organization"))
        .filter(audience_vue__gt=0)
        .order_by("-audience_vue", "pk")[:limit]
    )
