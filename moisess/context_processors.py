from django.conf import settings

from events.models import Edition


def site(request):
    """What every page's layout needs: the current edition (one cached query per request)."""
    if not hasattr(request, "_current_edition"):
        request._current_edition = Edition.current()
    return {"current_edition": request._current_edition, "SITE_URL": settings.SITE_URL}
