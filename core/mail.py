"""The site's mail: French, as text and HTML, from three templates ``<name>_subject.txt``,
``<name>.txt`` and ``<name>.html``."""

import re

from django.core.mail import EmailMultiAlternatives
from django.template import Context
from django.template.loader import get_template, render_to_string

from . import jobs
from .text import clean_text, printable

_LINE_BREAKS_AND_SPACES = re.compile(r"[\r\n\t\v\f\x1c-\x1e\x85\u2028\u2029 ]+")


def render_subject(template_name: str, context: dict) -> str:
    """A subject is plain text: rendered without HTML escaping (« L'atelier "test" » stays as typed,
    not ``L&#x27;atelier &quot;test&quot;``), on one line, without control characters."""
    template = get_template(template_name).template
    text = template.render(Context(context, autoescape=False))
    # Every character Python takes for the end of a line (str.splitlines: U+2028, U+0085…) becomes a
    # space too: a header cannot hold one.
    return _LINE_BREAKS_AND_SPACES.sub(" ", clean_text(text, multiline=False)).strip()


def build_mail(name: str, context: dict, *, to: list[str], from_email: str | None = None) -> EmailMultiAlternatives:
    mail = EmailMultiAlternatives(
        subject=render_subject(f"{name}_subject.txt", context),
        body=printable(render_to_string(f"{name}.txt", context)),
        from_email=from_email,
        to=to,
    )
    mail.attach_alternative(printable(render_to_string(f"{name}.html", context)), "text/html")
    return mail


def send_later(mail: EmailMultiAlternatives) -> bool:
    """Send the mail in the background once the transaction commits (``core.jobs``): a slow or failing
    mail server delays it, never the request that caused it."""
    return jobs.enqueue_message(mail)
