"""Project-wide middleware: the request id of every log line, headers no app decides, what the site
answers when its database is down (503 with a French page, one log line per minute), and HTML pages
without invisible control characters."""

import logging
import re
import threading
import time
import uuid

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

from core.text import printable_html

from .logs import request_id_var

logger = logging.getLogger(__name__)

# Seconds a client is told to wait (Retry-After), and between two log lines of one process.
RETRY_AFTER = 60
LOG_INTERVAL = 60


class _OutageLog:
    """Logs an outage once per interval with how many requests it refused, instead of a traceback each."""

    def __init__(self, interval: float, clock=time.monotonic):
        self.interval = interval
        self.clock = clock
        self._lock = threading.Lock()
        self._logged_at: float | None = None
        self._refused = 0

    def refused(self, error: Exception) -> None:
        with self._lock:
            self._refused += 1
            now = self.clock()
            if self._logged_at is not None and now - self._logged_at < self.interval:
                return
            refused, self._refused, self._logged_at = self._refused, 0, now
        logger.error(
            "Database unavailable (%s: %s): answering 503; %d request(s) refused since the last such line "
            "(one line per %d s per process).",
            type(error).__name__,
            str(error).strip().splitlines()[0] if str(error).strip() else "",
            refused,
            self.interval,
        )


outage_log = _OutageLog(LOG_INTERVAL)


def _outage_page(request) -> str:
    # Rendered without the request's context processors, which query the database (the current
    # edition, the session behind `user`): the layout needs neither.
    context = {"request": request, "retry_after_minutes": max(1, RETRY_AFTER // 60)}
    try:
        return render_to_string("errors/database_unavailable.html", context)
    except Exception:
        # Whatever breaks the layout must not turn the outage page into a 500.
        return render_to_string("errors/database_unavailable_minimal.html", context)


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        # With DEBUG a developer wants the traceback page (SQLite's "no such table" is an OperationalError too).
        if settings.DEBUG or not isinstance(exception, OperationalError | InterfaceError):
            return None
        # The view's transaction.atomic blocks have rolled back by now: nothing is half-written.
        outage_log.refused(exception)
        response = HttpResponse(_outage_page(request), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        response["Cache-Control"] = "no-store"
        # Django's request logger would add a line per request; the outage log above stands for them.
        response._has_been_logged = True
        return response


class PrintableHtmlMiddleware:
    """No HTML page carries a control or bidirectional formatting character, whatever is stored.

    Forms clean what they receive (``core.forms.CleanTextMixin``); text stored before, or written
    another way, would still reach the pages (a title reversed by U+202E, an escape character…).
    Feeds, calendars, exports and JSON clean their own output. Costs one scan of the page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.streaming
            or response.has_header("Content-Encoding")
            or not response.get("Content-Type", "").startswith("text/html")
        ):
            return response
        content = printable_html(response.content, response["Content-Type"], response.charset)
        if content is not response.content:
            response.content = content
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response


# What a request id from the proxy may look like (nginx's $request_id is 32 hex digits): anything
# else is replaced, so that a client cannot write into the logs.
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIdMiddleware:
    """Take the proxy's X-Request-ID (or make one), put it on every log line of the request
    and send it back, so that a visitor's report and the proxy's access log meet the app's logs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        request.id = given if _VALID_REQUEST_ID.match(given) else uuid.uuid4().hex
        token = request_id_var.set(request.id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response["X-Request-ID"] = request.id
        return response


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response (Django's SecurityMiddleware does the others)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
