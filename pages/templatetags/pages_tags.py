from django import template
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

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
    """The day of a date as French writes it: « 1<sup>er</sup> novembre », « 2 novembre »."""
    return mark_safe("1<sup>er</sup>") if day.day == 1 else str(day.day)


@register.filter
def french_date(day) -> str:
    """« 1<sup>er</sup> novembre 2026 », « 20 novembre 2026 »."""
    return format_html("{} {}", french_day(day), date_format(day, "F Y"))


@register.simple_tag
def french_period(start, end) -> str:
    """« du 1<sup>er</sup> au 30 novembre 2026 », « du 28 octobre au 30 novembre 2026 »: the month
    and the year are said once when both days share them."""
    if (start.year, start.month) == (end.year, end.month):
        first = french_day(start)
    elif start.year == end.year:
        first = format_html("{} {}", french_day(start), date_format(start, "F"))
    else:
        first = french_date(start)
    return format_html(_("du {start} au {end}"), start=first, end=french_date(end))


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
