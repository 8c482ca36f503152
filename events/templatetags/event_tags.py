from django import template
from django.utils.safestring import mark_safe

from events.text import render_markdown

register = template.Library()


@register.filter
def markdown(text):
    """Render Markdown through the allow-list sanitiser (events.text)."""
    return mark_safe(render_markdown(text))
