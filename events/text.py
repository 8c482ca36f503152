"""Text written by organisations and staff on its way out: Markdown rendered through an allow-list,
spreadsheet cells that cannot run as formulas."""

import re

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


# A spreadsheet runs a cell starting with = + - or @ as a formula (some after leading spaces, which they
# trim), and some a cell starting with a tab, a line break or NUL (CSV injection: OWASP, ASVS 1.2.10).
_FORMULA_START = re.compile(r"[\t\r\n\0]|\s*[=+\-@]")


def spreadsheet_cell(value: str) -> str:
    """Text for a spreadsheet cell (CSV or .xlsx): prefixed with an apostrophe, which shows it as text,
    when a spreadsheet would run it. A phone number « +33 … » is prefixed too: it stays readable."""
    return f"'{value}" if _FORMULA_START.match(value) else value


def from_spreadsheet_cell(value: str) -> str:
    """The inverse of spreadsheet_cell, for imports."""
    return value[1:] if value.startswith("'") and _FORMULA_START.match(value[1:]) else value
