from django.conf import settings


def site(request):
    """What every page's layout needs: the current edition (one cached query per request)."""
    from events.models import Edition

    if not hasattr(request, "_current_edition"):
        request._current_edition = Edition.current()
    return {"current_edition": request._current_edition, "SITE_URL": settings.SITE_URL}
