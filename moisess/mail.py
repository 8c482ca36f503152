"""What every mail of the site shares."""

import re

from django.template import Context, Engine

# Every character Python takes for the end of a line (str.splitlines), tabs and spaces; not the
# non-breaking spaces of French typography.
_LINE_BREAKS_AND_SPACES = re.compile(r"[\r\n\t\v\f\x1c-\x1e\x85\u2028\u2029 ]+")


def render_subject(template_name: str, context: dict) -> str:
    """A mail subject from a template: plain text, not HTML (« & » stays « & », « < » stays « < »),
    on one line (a header cannot hold a line break: a title typed with one would lose the mail)."""
    text = Engine.get_default().get_template(template_name).render(Context(context, autoescape=False))
    return _LINE_BREAKS_AND_SPACES.sub(" ", text).strip()
