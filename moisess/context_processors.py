from django.conf import settings

from events.editions import site_edition


def site(request):
    """What every page's layout needs: the site's edition today (one cached query per request)."""
    if not hasattr(request, "_current_edition"):
        request._current_edition = site_edition()
    return {"current_edition": request._current_edition, "SITE_URL": settings.SITE_URL}
