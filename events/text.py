"""Rich text: Markdown written by organisations and staff, rendered through an allow-list."""

import markdown
import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "u", "s", "ul", "ol", "li", "a", "blockquote",
    "h2", "h3", "h4", "hr", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(html: str) -> str:
    """Keep only harmless markup: no script, no event handler, no javascript: link."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )


def render_markdown(text: str) -> str:
    """Markdown to sanitised HTML. Raw HTML in the source is escaped by the sanitiser's allow-list."""
    if not text:
        return ""
    html = markdown.markdown(text, extensions=["sane_lists", "tables"], output_format="html")
    return sanitize_html(html)
