"""Absolute links to the site (``SITE_URL``): mails, feeds, exports, structured data."""

from django.conf import settings


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"
