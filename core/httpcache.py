"""HTTP caching: short-lived caches of computed answers and conditional responses (ETags).

What a validator or a cache key depends on is the caller's business (``events.caching.public_version``,
``opendata.query.collection_validator``); this module only keeps and answers. The shared cache of whole
anonymous pages is ``core.pagecache``.
"""

import hashlib
import json

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control

CACHE_SECONDS = 5 * 60
RENDERED_SECONDS = 15 * 60
MAX_AGE_SECONDS = 300  # how long clients and proxies may keep an answer


def canonical_query(data, *, keep=None, ignore=()) -> str:
    """The parameters (those named in ``keep`` if given, never those in ``ignore``) in a stable order:
    two URLs asking the same thing share a cache entry or a validator (an unknown parameter does not
    make another one when ``keep`` is given)."""
    return "&".join(
        sorted(
            f"{key}={value}"
            for key, values in data.lists()
            if (keep is None or key in keep) and key not in ignore
            for value in values
        )
    )


def digest(value) -> str:
    return hashlib.sha256(json.dumps(value, default=str, sort_keys=True).encode()).hexdigest()[:32]


def get_or_compute(key: str, compute):
    """``compute()``, kept ``CACHE_SECONDS`` under ``key`` (which must carry the marker)."""
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value


def conditional(request, *, etag: str, render, max_age: int = MAX_AGE_SECONDS, keep: bool = False):
    """Answer 304 when the client has ``etag``, else ``render()``; mark the answer cacheable.

    ``keep``: also keep the rendered answer in Django's cache under its ETag, for the outputs that cost
    seconds to build (a whole edition as iCalendar or CSV) and that many clients fetch unchanged.
    """
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = _kept_response(etag) if keep else None
    if response is None:
        response = render()
        if keep and response.status_code == 200:
            cache.set(f"opendata:{etag}", (response.content, dict(response.items())), RENDERED_SECONDS)
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=max_age)
    return response


def _kept_response(etag: str) -> HttpResponse | None:
    kept = cache.get(f"opendata:{etag}")
    if kept is None:
        return None
    content, headers = kept
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    return response


def hash_text(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]
