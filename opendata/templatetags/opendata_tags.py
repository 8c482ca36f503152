from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.urls import reverse

register = template.Library()


@register.simple_tag
def calendar_subscription_url(query: str = "") -> str:
    """The webcal:// address that calendar applications subscribe to (they refresh it on their own)."""
    path = reverse("opendata:calendar") + (f"?{query}" if query else "")
    return f"webcal://{urlsplit(settings.SITE_URL).netloc}{path}"
