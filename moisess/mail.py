"""The site's mail: French, as text and HTML, from three templates ``<name>_subject.txt``,
``<name>.txt`` and ``<name>.html``."""

from django.core.mail import EmailMultiAlternatives
from django.template import Context
from django.template.loader import get_template, render_to_string

from events.text import clean_text, printable


def render_subject(template_name: str, context: dict) -> str:
    """A subject is plain text: rendered without HTML escaping (« L'atelier "test" » stays as typed,
    not ``L&#x27;atelier &quot;test&quot;``), on one line, without control characters."""
    template = get_template(template_name).template
    text = template.render(Context(context, autoescape=False))
    return clean_text(text, multiline=False).strip()


def build_mail(name: str, context: dict, *, to: list[str], from_email: str | None = None) -> EmailMultiAlternatives:
    mail = EmailMultiAlternatives(
        subject=render_subject(f"{name}_subject.txt", context),
        body=printable(render_to_string(f"{name}.txt", context)),
        from_email=from_email,
        to=to,
    )
    mail.attach_alternative(printable(render_to_string(f"{name}.html", context)), "text/html")
    return mail
