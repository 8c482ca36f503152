"""The options of the list's facets, built in Python: a list page shows about 160 of them (a hundred
departments), which a template loop rendered ten times slower."""

from django import template
from django.utils.html import format_html_join

register = template.Library()

OPTION = (
    '<div class="filter-check{}">'
    '<input type="{}" name="{}" value="{}" id="f-{}-{}"{}>'
    '<label for="f-{}-{}">{} <span class="facet-count" data-count="{}-{}">({})</span></label>'
    "</div>"
)


@register.simple_tag
def facet_options(facet) -> str:
    """A checkbox (a radio button for a single-choice facet) per option, its count beside its label;
    an option that would give no event is marked (``filter-check--empty``) unless it is ticked."""
    kind = "checkbox" if facet.multiple else "radio"
    name = facet.name
    return format_html_join(
        "\n",
        OPTION,
        (
            (
                "" if option.count or option.checked else " filter-check--empty",
                kind,
                name,
                option.value,
                name,
                option.value,
                " checked" if option.checked else "",
                name,
                option.value,
                option.label,
                name,
                option.value,
                option.count,
            )
            for option in facet.options
        ),
    )
