from django import template

from pages.navigation import current_marker, footer_regions
from pages.placeholders import mark_placeholders

register = template.Library()


@register.inclusion_tag("includes/nav_link.html", takes_context=True)
def nav_link(context, href, label):
    """A navigation link marked with aria-current when it leads to the current page or its section."""
    request = context.get("request")
    return {"href": href, "label": label, "current": current_marker(request.path if request else "", href)}


@register.simple_tag
def regions_for_footer():
    return footer_regions()


@register.filter
def french_day(day) -> str:
    """The day of a date as French writes it: « 1er novembre », « 2 novembre »."""
    return "1er" if day.day == 1 else str(day.day)


@register.filter
def display_url(url: str) -> str:
    """A web address as people read it: without the scheme and the trailing slash."""
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            url = url[len(prefix) :]
    return url.rstrip("/")


@register.filter(name="mark_placeholders")
def mark_placeholders_filter(html: str) -> str:
    """« [à compléter : …] » in a page's rendered text, shown as a labelled gap (pages.placeholders)."""
    return mark_placeholders(html)
