"""Counting the audience of the public pages (``alerts.audience``) before any cache answers.

The outermost middleware of the site: a page served from a whole-response cache (Django's or the
site's own) passes through it all the same, so the count never depends on the view running. It only
reads the path, the status of the answer and two headers (the user agent, a prefetch marker): no
cookie, no address, nothing stored but a counter per page and day. The previews of unpublished events
are left out when the counters are flushed (only published events are counted).
"""

from django.urls import Resolver404, resolve

from .audience import Kind, count, is_robot_or_prefetch

# URL name → (what is counted, the answers that count). A 304 is a browser showing the page again from
# its own cache after asking whether it changed: a view too.
COUNTED = {
    "events:detail": (Kind.EVENT_VIEW, {200, 304}),
    "opendata:event-calendar": (Kind.CALENDAR, {200, 304}),
    "events:registration": (Kind.REGISTRATION, {302}),
    "organizations:detail": (Kind.ORGANIZATION_VIEW, {200, 304}),
}
PREFIXES = ("/evenements/", "/organisations/")


class AudienceMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "GET" and request.path_info.startswith(PREFIXES):
            self._count(request, response)
        return response

    def _count(self, request, response):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return
        counted = COUNTED.get(match.view_name)
        if counted is None or response.status_code not in counted[1]:
            return
        if is_robot_or_prefetch(request):
            return
        count(counted[0], match.kwargs.get("slug", ""))
