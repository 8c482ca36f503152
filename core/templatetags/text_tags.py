from django import template
from django.utils.safestring import mark_safe

from core.text import render_markdown_cached

register = template.Library()


@register.filter
def markdown(text):
    """Render Markdown through the allow-list sanitiser (core.text), once per text: cached."""
    return mark_safe(render_markdown_cached(text))
