"""What a change invalidates: the version of what the public sees and the time it depends on.

``core.pagecache`` keeps a counter that the services bump on every change (``events.services``,
``organizations.services``, ``pages.services``); the receivers below bump it for every other save of a
row the public sees (reference data, organisations and pages edited in the admin, a raw ``save()``).
``time_bucket`` adds what changes with time alone: the local day (the home page's edition phases, « à
venir ») and the next end of a time slot (an event whose last slot ends leaves the default scope, its
« next start » moves). Both are read in the round trip that reads the version: no aggregate over the
events on a request, only one indexed ``MIN`` once a slot end has passed.

Every cached answer — whole anonymous pages, facet counts, GeoJSON collections, home page figures — is
keyed on ``public_version()``; a change is visible at once.
"""

import datetime

from django.core.cache import cache
from django.db.models import Min, Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from core import pagecache

from .models import Event, TimeSlot

NEXT_END_KEY = "site:next-slot-end"
NEXT_END_SECONDS = 24 * 60 * 60
NO_END = "none"
# Rows the public sees, by application; the others (history, memberships, revisions) change nothing public.
WATCHED_APPS = {"events", "organizations", "regions", "pages"}
UNWATCHED_MODELS = {"eventlogentry", "eventreport", "membership", "invitation", "pagerevision"}


def _next_end(now) -> datetime.datetime | None:
    return TimeSlot.objects.filter(ends_at__gt=now).aggregate(next=Min("ends_at"))["next"]


def time_bucket(kept: dict, *, now=None) -> str:
    """The local day and the next slot end still to come (as kept in ``kept``, else looked up)."""
    now = now or timezone.now()
    next_end = kept.get(NEXT_END_KEY)
    if next_end is None or (next_end != NO_END and next_end <= now):
        next_end = _next_end(now) or NO_END
        cache.set(NEXT_END_KEY, next_end, NEXT_END_SECONDS)
    stamp = next_end if next_end == NO_END else next_end.timestamp()
    return f"{timezone.localdate(now).isoformat()}|{stamp}"


time_bucket.cache_keys = (NEXT_END_KEY,)


def public_version(*, now=None) -> str:
    """The version of what the public sees, with the time bucket: one cache round trip."""
    kept = cache.get_many([pagecache.VERSION_KEY, NEXT_END_KEY])
    version = kept.get(pagecache.VERSION_KEY) or pagecache.current_version()
    return f"{version}|{time_bucket(kept, now=now)}"


def anonymous_cache(view):
    """Serve ``view`` to anonymous visitors from the shared cache of whole responses."""
    return pagecache.anonymous_cache(clock=time_bucket)(view)


def _forget_next_end() -> None:
    cache.delete(NEXT_END_KEY)


def _watched(sender) -> bool:
    meta = getattr(sender, "_meta", None)
    return meta is not None and meta.app_label in WATCHED_APPS and meta.model_name not in UNWATCHED_MODELS


def _shown(instance) -> bool:
    """Whether a public page can show ``instance``: not an event that was never published (a draft, a
    submission), nor one of its time slots. November's drafts do not empty every visitor's cache."""
    if isinstance(instance, Event):
        shown = instance.ever_public
        instance._loaded_public = shown  # the next save of this copy knows what the public saw
        return shown
    if isinstance(instance, TimeSlot):
        event = TimeSlot.event.field.get_cached_value(instance, default=None)
        if event is not None:
            return event.ever_public
        ever_public = Q(state=Event.State.PUBLISHED) | Q(published_at__isnull=False)
        return Event.objects.filter(ever_public, pk=instance.event_id).exists()
    return True


def _changed(sender, instance, **kwargs) -> None:
    if _watched(sender) and _shown(instance):
        pagecache.bump()


def _m2m_changed(sender, action, instance, **kwargs) -> None:
    if action in {"post_add", "post_remove", "post_clear"} and _watched(type(instance)) and _shown(instance):
        pagecache.bump()


def connect() -> None:
    """Called once from ``EventsConfig.ready``."""
    pagecache.on_bump(_forget_next_end)
    post_save.connect(_changed, dispatch_uid="events.caching.saved")
    post_delete.connect(_changed, dispatch_uid="events.caching.deleted")
    m2m_changed.connect(_m2m_changed, dispatch_uid="events.caching.m2m")
