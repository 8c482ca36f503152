from django import template
from django.utils.translation import gettext_lazy as _

from core.text import format_date, format_day
from events import workflow

register = template.Library()

NEXT_STEPS = {
    "draft": _(
        "Relisez vos brouillons puis envoyez-les à la modération : la CRESS de votre région les publie après relecture."
    ),
    "changes_requested": _(
        "La CRESS vous demande des modifications : corrigez l’événement selon son message, puis envoyez-le de nouveau."
    ),
    "pending": _("La CRESS relit ces événements et vous répondra par e-mail. Vous pouvez encore les modifier."),
    "published": _("En ligne ! Vous pouvez encore les modifier (la CRESS relit ce qui a changé) ou les annuler."),
    "rejected": _(
        "Non retenus par la CRESS : lisez son message. Vous pouvez dupliquer un événement pour en proposer une autre version."
    ),
}


@register.simple_tag
def next_step(state):
    return NEXT_STEPS.get(str(state), "")


@register.filter
def can(event, transition):
    """`{% if event|can:"edit" %}`: whether the workflow table (events.workflow) allows it now."""
    return workflow.allows(event, transition)


@register.simple_tag
def transition_label(name):
    """The label of a transition of the workflow table, as on its button: `{% transition_label "edit" %}`."""
    return workflow.TRANSITIONS[name].label


@register.filter
def date_in(moment, tz):
    """A date and time in the event's time zone, e.g. « vendredi 27 novembre 2026 à 18:00 »."""
    if moment is None:
        return ""
    local = moment.astimezone(tz)
    return _("%(day)s à %(time)s") % {"day": format_date(local, "l j F Y"), "time": local.strftime("%H:%M")}


@register.filter
def time_in(moment, tz):
    return moment.astimezone(tz).strftime("%H:%M") if moment else ""


@register.filter
def french_date(day, with_year=""):
    """« 1er novembre », « 30 novembre 2026 »: French writes the first day of a month as an ordinal."""
    return format_day(day, with_year=bool(with_year))
