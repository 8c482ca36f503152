"""A shared cache of whole responses for anonymous visitors, keyed on a version every change bumps.

The version is a counter kept in Django's cache (Redis when ``REDIS_URL`` is set, so every worker
shares it): the services that change what the public sees call ``bump()`` (events, organisations,
editorial pages), and a signal receiver (``events.caching``) bumps it for the reference data edited
in the admin. Reading it is one cache round trip. What changes with time alone (a slot ending drops an event
from the default scope, a new day) is part of the key too: the caller's ``clock`` gives it (see
``events.caching.time_bucket``).

Only GET requests without a session or a pending message are served from the cache, and only answers
that are safe to share are kept: status 200, not streamed, no cookie set, no CSRF token used (a form's
token is tied to its visitor's cookie), no message shown. Members and moderators (who have a session)
always get their own page.
"""

import hashlib
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile
from django.utils.text import compress_string

from .httpcache import canonical_query
from .text import printable_html

VERSION_KEY = "site:version"
PAGE_SECONDS = 60 * 60  # an entry is dead once the version moves; this only bounds the memory
# Without a shared cache (no REDIS_URL) each process has its own version: a change made through another
# process shows there within this time.
PROCESS_PAGE_SECONDS = 30
MESSAGES_COOKIE = "messages"


def current_version() -> int:
    """The version of what the public sees (one cache get)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        # Never back to a number used before the cache lost the key: start from the clock.
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY, 0)
    return version


def _incr() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # the key is gone (evicted, cache cleared): a fresh one is a new version too
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
    for hook in _bump_hooks:
        hook()


_bump_hooks: list = []


def on_bump(hook) -> None:
    """Call ``hook()`` on every bump (the events' clock forgets its next slot end)."""
    _bump_hooks.append(hook)


def bump() -> None:
    """Something the public sees changed: now, and again after the commit (a page rendered meanwhile
    from the rows as they were before the commit is not kept under the new version)."""
    _incr()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_incr)


def _page_seconds() -> int:
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    return PROCESS_PAGE_SECONDS if backend.endswith("LocMemCache") else PAGE_SECONDS


def _servable(request) -> bool:
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
    )


def _shareable(request, response) -> bool:
    messages = getattr(request, "_messages", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(messages, "_queued_messages", None)
        and not getattr(messages, "used", False)
        and not response.has_header("Set-Cookie")
        and not {"no-store", "private", "no-cache"} & set(response.get("Cache-Control", "").replace(" ", "").split(","))
    )


def _key(request, clock) -> str:
    # One round trip for the version and what the clock keeps.
    kept = cache.get_many([VERSION_KEY, *clock.cache_keys])
    version = kept.get(VERSION_KEY)
    if version is None:
        version = current_version()
    parts = "\n".join(
        [
            str(version),
            str(clock(kept)),
            request.get_host(),
            request.path,
            canonical_query(request.GET),
            getattr(request, "LANGUAGE_CODE", ""),
            # Some views answer gzipped themselves (the GeoJSON).
            str("gzip" in request.headers.get("Accept-Encoding", "")),
        ]
    )
    return "page:" + hashlib.sha256(parts.encode()).hexdigest()[:40]


_ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")  # as django.middleware.gzip reads Accept-Encoding
GZIP_MIN_LENGTH = 200  # as GZipMiddleware: shorter answers are sent as they are


def _kept(request, response) -> tuple[bytes, list]:
    """What the cache keeps of an answer: its body as the middleware below the view would leave it
    (no invisible control character in HTML), gzipped once for the visitors who accept it — a hit
    then costs no compression (GZipMiddleware leaves an encoded answer alone)."""
    content = printable_html(response.content, response.get("Content-Type", ""), response.charset)
    headers = list(response.items())
    if (
        len(content) >= GZIP_MIN_LENGTH
        and not response.has_header("Content-Encoding")
        and _ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", ""))
    ):
        # No random bytes against BREACH: a shared page holds nothing secret (no token, no session).
        content = compress_string(content, max_random_bytes=0)
        etag = response.get("ETag")
        headers = [(name, value) for name, value in headers if name not in {"ETag", "Content-Length"}]
        headers.append(("Content-Encoding", "gzip"))
        if etag:
            headers.append(("ETag", etag if etag.startswith("W/") else "W/" + etag))
    return content, headers


def anonymous_cache(*, clock):
    """Decorator: serve the view's answer from the shared cache to anonymous visitors.

    ``clock(kept)`` returns what of the time the answer depends on (compared, never parsed); ``kept``
    holds the values of its ``clock.cache_keys``, read in the same round trip as the version."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not _servable(request):
                return view(request, *args, **kwargs)
            key = _key(request, clock)
            kept = cache.get(key)
            if kept is not None:
                content, headers = kept
                response = HttpResponse(content)
                for name, value in headers:
                    response[name] = value
                conditional = get_conditional_response(request, etag=response.get("ETag"))
                response = conditional or response
                response["X-Cache"] = "hit"
                # What the session middleware adds when a page looks at the visitor (a proxy must not
                # give this anonymous page to someone logged in), and GZipMiddleware when it compresses.
                patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
                return response
            response = view(request, *args, **kwargs)
            if _shareable(request, response):
                cache.set(key, _kept(request, response), _page_seconds())
                response["X-Cache"] = "miss"
            return response

        return wrapped

    return decorator
