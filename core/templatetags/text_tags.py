from django import template
from django.utils.safestring import mark_safe

from core.text import format_date, render_markdown_cached

register = template.Library()


@register.filter
def markdown(text):
    """Render Markdown through the allow-list sanitiser (core.text), once per text: cached."""
    return mark_safe(render_markdown_cached(text))


@register.filter(expects_localtime=True, is_safe=False)
def french_format(value, fmt):
    """Like ``date``, with « 1er » for the first day of a month (core.text.format_date)."""
    if value in (None, ""):
        return ""
    return format_date(value, fmt)
