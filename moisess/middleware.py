"""Project-wide middleware: the request id of every log line, and headers no app decides."""

import re
import uuid

from django.conf import settings

from .logs import request_id_var

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
