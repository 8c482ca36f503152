"""Information that only ESS France can give (its address, the host…), left in a page's text as
« [à compléter : what is missing] » until it is known.

The public sees each one as a clearly labelled gap rather than as a typing slip; national staff are
told how many remain.
"""

import re

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

# « [à compléter] » or « [à compléter : adresse du siège] », any case, any space before the colon.
# Spaces may be non-breaking, written as a character (in Markdown) or as an entity (in HTML).
_SPACE = r"(?:\s|&nbsp;|&#160;)*"
PLACEHOLDER = re.compile(
    rf"\[{_SPACE}à compléter{_SPACE}(?::{_SPACE}([^\]<>]*?))?{_SPACE}\]",
    re.IGNORECASE,
)
# In HTML, only in text: never inside a tag (a link's title, say).
PLACEHOLDER_IN_TEXT = re.compile(PLACEHOLDER.pattern + r"(?![^<]*>)", re.IGNORECASE)


def count_placeholders(text: str) -> int:
    return len(PLACEHOLDER.findall(text))


def mark_placeholders(html: str) -> SafeString:
    """Wrap the placeholders of sanitised HTML in a labelled span.

    The detail is kept as it is: it comes from sanitised HTML, where text is already escaped, and the
    pattern never spans a tag.
    """

    def _marked(match: re.Match) -> str:
        detail = match.group(1)
        if not detail:
            label = _("À compléter par ESS France")
            return format_html('<span class="to-complete"><span class="to-complete__label">{}</span></span>', label)
        label = _("À compléter par ESS France\u00a0:")
        return format_html(
            '<span class="to-complete"><span class="to-complete__label">{}</span> {}</span>', label, mark_safe(detail)
        )

    return mark_safe(PLACEHOLDER_IN_TEXT.sub(_marked, html))
