"""The life cycle of an event: who may do what, from which moderation state.

One table, asked everywhere. The services (`events.services`) check it against the event's row
locked for the change; the organisation space and the admin ask it which buttons to show
(`can_submit`, `can_edit`…, and the `can` template filter); the messages that explain a refusal are
written from it. docs/architecture.md renders it (« Le cycle de vie d’un événement »).

A rejected event is final for its organisation: it can no longer be edited nor sent again (the
organisation duplicates it to propose a new version); only a moderator may reverse the rejection by
publishing it.
"""

from dataclasses import dataclass

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Event

State = Event.State

ORGANISATION = "organisation"
MODERATOR = "moderator"
ACTORS = {ORGANISATION: _("l’organisation"), MODERATOR: _("la CRESS (modération)")}

# The state a deleted event leaves behind (it is no longer a row).
DELETED = "deleted"

# How a state reads after « Seul un événement … » (kept beside the table so that a new state
# cannot be forgotten: tests/security/test_workflow.py checks every state has one).
STATE_PHRASES = {
    State.DRAFT: _("en brouillon"),
    State.PENDING: _("en attente"),
    State.CHANGES_REQUESTED: _("à modifier"),
    State.PUBLISHED: _("publié"),
    State.REJECTED: _("refusé"),
}


@dataclass(frozen=True)
class Transition:
    name: str
    actor: str
    label: str  # as on the button that does it
    sources: frozenset  # the moderation states it starts from
    target: str | None  # the state it leads to; None: the state does not change
    # The schedule status it needs: True, only a cancelled event; False, only one not cancelled.
    cancelled: bool | None
    rule: str  # why it is refused, with %(states)s for the sources
    service: str  # the function of events.services that does it
    # True: only an event edited since its publication with edits no moderator has seen yet.
    edited: bool | None = None

    def allows(self, *, state: str, is_cancelled: bool, edited: bool = False) -> bool:
        if state not in self.sources:
            return False
        if self.edited is not None and self.edited != edited:
            return False
        return self.cancelled is None or self.cancelled == is_cancelled

    def leads_to(self, state: str) -> str:
        return state if self.target is None else self.target

    @property
    def refusal(self) -> str:
        """The rule in French, with the source states written out."""
        states = [STATE_PHRASES[state] for state in State if state in self.sources]
        return str(self.rule) % {"states": _or(states)}


def _row(name, actor, label, sources, target, rule, *, cancelled=None, edited=None, service=None) -> Transition:
    return Transition(
        name=name,
        actor=actor,
        label=label,
        sources=frozenset(sources),
        target=target,
        cancelled=cancelled,
        edited=edited,
        rule=rule,
        service=service or f"{name}_event",
    )


# The table.
TRANSITIONS = {
    row.name: row
    for row in [
        _row(
            "submit",
            ORGANISATION,
            _("Envoyer à la modération"),
            {State.DRAFT, State.CHANGES_REQUESTED},
            State.PENDING,
            _(
                "Seul un événement %(states)s peut être envoyé à la modération ; un événement refusé ne "
                "peut plus l’être : dupliquez-le pour en proposer une nouvelle version."
            ),
        ),
        _row(
            "edit",
            ORGANISATION,
            _("Modifier"),
            {State.DRAFT, State.PENDING, State.CHANGES_REQUESTED, State.PUBLISHED},
            None,
            _(
                "Seul un événement %(states)s peut être modifié ; un événement refusé ne peut plus l’être : "
                "dupliquez-le pour en préparer une nouvelle version."
            ),
            service="lock_for_edit",
        ),
        _row(
            "cancel",
            ORGANISATION,
            _("Annuler l’événement"),
            {State.PENDING, State.PUBLISHED},
            None,
            _("Seul un événement %(states)s, et pas encore annulé, peut être annulé."),
            cancelled=False,
        ),
        _row(
            "uncancel",
            ORGANISATION,
            _("Rétablir l’événement"),
            {State.PENDING, State.PUBLISHED},
            None,
            _("Seul un événement %(states)s qui a été annulé peut être rétabli."),
            cancelled=True,
        ),
        _row(
            "change_status",
            ORGANISATION,
            _("Changer le statut"),
            {State.PENDING, State.CHANGES_REQUESTED, State.PUBLISHED},
            None,
            _(
                "Seul un événement %(states)s, et pas annulé, peut changer de statut ; un brouillon est "
                "programmé, une annulation passe par « Annuler l’événement »."
            ),
            cancelled=False,
            service="change_status",
        ),
        _row(
            "delete",
            ORGANISATION,
            _("Supprimer le brouillon"),
            {State.DRAFT},
            DELETED,
            _("Seul un événement %(states)s peut être supprimé ; un événement envoyé peut être annulé."),
        ),
        _row(
            "publish",
            MODERATOR,
            _("Publier"),
            {State.PENDING, State.CHANGES_REQUESTED, State.REJECTED},
            State.PUBLISHED,
            _(
                "Seul un événement soumis par son organisation (%(states)s) peut être publié ; un brouillon "
                "doit d’abord être envoyé par l’organisation."
            ),
        ),
        _row(
            "reject",
            MODERATOR,
            _("Refuser"),
            {State.PENDING, State.CHANGES_REQUESTED, State.PUBLISHED},
            State.REJECTED,
            _("Seul un événement %(states)s peut être refusé."),
        ),
        _row(
            "request_changes",
            MODERATOR,
            _("Demander des modifications"),
            {State.PENDING, State.PUBLISHED},
            State.CHANGES_REQUESTED,
            _("Des modifications ne se demandent que pour un événement %(states)s."),
            service="request_changes",
        ),
        _row(
            "unpublish",
            MODERATOR,
            _("Dépublier"),
            {State.PUBLISHED},
            State.PENDING,
            _("Seul un événement %(states)s peut être dépublié."),
        ),
        _row(
            "acknowledge_changes",
            MODERATOR,
            _("Modifications vues"),
            {State.PUBLISHED},
            None,
            _(
                "Seul un événement %(states)s et modifié par son organisation depuis sa publication a des "
                "modifications à marquer comme vues."
            ),
            edited=True,
            service="acknowledge_changes",
        ),
        _row(
            "correct",
            MODERATOR,
            _("Corriger dans l’administration"),
            set(State),
            None,
            _("Seul un événement %(states)s peut être corrigé."),
            service="lock_for_edit",
        ),
    ]
}

# The moderators' decisions: they change the state and are mailed to the organisation.
DECISIONS = [name for name, row in TRANSITIONS.items() if row.actor == MODERATOR and row.target is not None]


class TransitionError(Exception):
    """The event is not (or no longer) in a state that allows this change."""

    def __init__(self, *, event: Event, transition: str):
        self.event = event
        self.transition = TRANSITIONS[transition]
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.transition.refusal

    @property
    def changed_meanwhile(self) -> str:
        """For the person whose page showed the event in an older state: what it is now."""
        return gettext("« %(title)s » a changé entre-temps : il est maintenant %(state)s. %(rule)s") % {
            "title": self.event.title,
            "state": _state_now(self.event),
            "rule": self.message,
        }


def _state_now(event: Event) -> str:
    state = str(event.get_state_display()).lower()
    if event.is_cancelled:
        state = gettext("%(state)s et annulé") % {"state": state}
    return state


def _or(words: list) -> str:
    words = [str(word) for word in words]
    if len(words) <= 1:
        return "".join(words)
    return gettext("%(first)s ou %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def allows(event: Event, transition: str) -> bool:
    return TRANSITIONS[transition].allows(
        state=event.state, is_cancelled=event.is_cancelled, edited=event.edited_after_publication
    )


def check(event: Event, transition: str) -> None:
    """Raise TransitionError unless the event, as loaded, allows the transition."""
    if not allows(event, transition):
        raise TransitionError(event=event, transition=transition)


def possible_decisions(event: Event) -> list[str]:
    """The names of the decisions a moderator may take on the event now."""
    return [name for name in DECISIONS if allows(event, name)]


# The questions the pages ask.


def can_submit(event: Event) -> bool:
    return allows(event, "submit")


def can_edit(event: Event) -> bool:
    return allows(event, "edit")


def can_cancel(event: Event) -> bool:
    return allows(event, "cancel")


def can_uncancel(event: Event) -> bool:
    return allows(event, "uncancel")


def can_delete(event: Event) -> bool:
    return allows(event, "delete")


def can_change_status(event: Event) -> bool:
    return allows(event, "change_status")


def can_acknowledge_changes(event: Event) -> bool:
    return allows(event, "acknowledge_changes")


def refusal(transition: str) -> str:
    return TRANSITIONS[transition].refusal
