"""One event workflow: the table of events/workflow.py is what the services do, what the pages
offer and what docs/architecture.md shows. The test walks the whole table: every transition, from
every state, cancelled or not."""

import itertools
import pathlib

import pytest
from django.db import transaction

from events import services, workflow
from events.models import Event, EventLogEntry
from tests.factories import EventFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

DOC = pathlib.Path(__file__).resolve().parents[2] / "docs" / "architecture.md"


def _edit(transition):
    def run(event, _owner, _moderator):
        with transaction.atomic():
            services.lock_for_edit(event=event, transition=transition)

    return run


# How each transition is asked of the services, with the arguments it needs.
CALLS = {
    "submit": lambda e, owner, moderator: services.submit_event(event=e, user=owner),
    "edit": _edit("edit"),
    "cancel": lambda e, owner, moderator: services.cancel_event(event=e, user=owner, message="Intervenant absent."),
    "uncancel": lambda e, owner, moderator: services.uncancel_event(event=e, user=owner),
    "delete": lambda e, owner, moderator: services.delete_event(event=e, user=owner),
    "publish": lambda e, owner, moderator: services.publish_event(event=e, moderator=moderator),
    "reject": lambda e, owner, moderator: services.reject_event(event=e, moderator=moderator, reason="Hors ESS."),
    "request_changes": lambda e, owner, moderator: services.request_changes(
        event=e, moderator=moderator, message="Précisez le lieu."
    ),
    "unpublish": lambda e, owner, moderator: services.unpublish_event(event=e, moderator=moderator, message="Doublon."),
    "correct": _edit("correct"),
    "change_status": lambda e, owner, moderator: services.change_status(
        event=e, user=owner, status=Event.Status.FULL, message="Plus de places."
    ),
    "acknowledge_changes": lambda e, owner, moderator: services.acknowledge_changes(event=e, moderator=moderator),
}
CASES = list(itertools.product(workflow.TRANSITIONS, Event.State.values, [False, True]))


def test_every_transition_has_a_service_and_every_state_a_phrase():
    assert set(CALLS) == set(workflow.TRANSITIONS)
    for row in workflow.TRANSITIONS.values():
        assert callable(getattr(services, row.service)), row.name
        assert row.sources <= set(Event.State.values), row.name
        assert "%(states)s" in str(row.rule), row.name
    assert set(workflow.STATE_PHRASES) == set(Event.State.values)
    assert workflow.DECISIONS == ["publish", "reject", "request_changes", "unpublish"]


@pytest.mark.parametrize(("name", "state", "cancelled"), CASES)
def test_services_do_exactly_what_the_table_says(name, state, cancelled):
    row = workflow.TRANSITIONS[name]
    membership = MembershipFactory()
    status = Event.Status.CANCELLED if cancelled else Event.Status.SCHEDULED
    # An event with edits to see, so that « Modifications vues » depends on the state only here
    # (tests/moderation/test_edits_queue.py checks it is refused without edits).
    edited = row.edited is True
    event = EventFactory(
        organization=membership.organization, state=state, status=status, edited_after_publication=edited
    )
    log_before = event.log.count()
    allowed = row.allows(state=state, is_cancelled=cancelled, edited=edited)
    assert workflow.allows(event, name) == allowed

    if not allowed:
        with pytest.raises(workflow.TransitionError) as refused:
            CALLS[name](event, membership.user, UserFactory(is_staff=True))
        assert str(refused.value) == row.refusal
        fresh = Event.objects.get(pk=event.pk)
        assert (fresh.state, fresh.status, fresh.log.count()) == (state, status, log_before)
        return

    CALLS[name](event, membership.user, UserFactory(is_staff=True))
    if row.target == workflow.DELETED:
        assert not Event.objects.filter(pk=event.pk).exists()
        return
    fresh = Event.objects.get(pk=event.pk)
    assert fresh.state == row.leads_to(state)
    if name == "cancel":
        assert fresh.is_cancelled
    elif name == "uncancel":
        assert not fresh.is_cancelled
    elif name == "change_status":
        assert fresh.status == Event.Status.FULL
    else:
        assert fresh.status == status


def test_a_rejected_event_cannot_be_sent_again_by_the_service_nor_the_space(client):
    """The service accepted a rejected event while the space refused it; both refuse now, in the
    table's words, and the organisation is told to duplicate it."""
    membership = MembershipFactory()
    rejected = EventFactory(organization=membership.organization, state=Event.State.REJECTED)
    with pytest.raises(services.TransitionError):
        services.submit_event(event=rejected, user=membership.user)
    client.force_login(membership.user)
    response = client.post(f"/espace/evenements/{rejected.pk}/envoyer/", follow=True)
    rejected.refresh_from_db()
    assert rejected.state == Event.State.REJECTED
    [message] = [str(m) for m in response.context["messages"]]
    assert message == workflow.refusal("submit")
    assert "dupliquez-le" in message
    response = client.get(f"/espace/evenements/{rejected.pk}/modifier/", follow=True)
    assert [str(m) for m in response.context["messages"]] == [workflow.refusal("edit")]


@pytest.mark.parametrize(("state", "cancelled"), list(itertools.product(Event.State.values, [False, True])))
def test_preview_and_dashboard_offer_what_the_table_allows(client, state, cancelled):
    membership = MembershipFactory()
    status = Event.Status.CANCELLED if cancelled else Event.Status.SCHEDULED
    event = EventFactory(organization=membership.organization, state=state, status=status, status_message="Annulé.")
    client.force_login(membership.user)
    preview = client.get(f"/espace/evenements/{event.pk}/apercu/").content.decode()
    dashboard = client.get("/espace/").content.decode()
    links = {
        "submit": f"/espace/evenements/{event.pk}/envoyer/",
        "edit": f"/espace/evenements/{event.pk}/modifier/",
        "cancel": f"/espace/evenements/{event.pk}/annuler/",
        "uncancel": f"/espace/evenements/{event.pk}/retablir/",
        "delete": f"/espace/evenements/{event.pk}/supprimer/",
    }
    for name, url in links.items():
        allowed = workflow.allows(event, name)
        assert (f'"{url}"' in preview) == allowed, (name, "preview")
        if name in {"edit", "cancel", "delete"}:
            assert (f'"{url}"' in dashboard) == allowed, (name, "dashboard")


@pytest.mark.parametrize(("name", "state"), list(itertools.product(["cancel", "delete", "uncancel"], Event.State)))
def test_space_refuses_in_the_words_of_the_table(client, name, state):
    membership = MembershipFactory()
    event = EventFactory(organization=membership.organization, state=state)
    if workflow.allows(event, name):
        return
    client.force_login(membership.user)
    path = {"cancel": "annuler", "delete": "supprimer", "uncancel": "retablir"}[name]
    response = client.post(f"/espace/evenements/{event.pk}/{path}/", {"message": "Plus de salle."}, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert messages and workflow.refusal(name) in messages[0]
    assert Event.objects.get(pk=event.pk).status == Event.Status.SCHEDULED


def test_uncancel_restores_a_cancelled_event_and_keeps_it_in_the_history(client):
    membership = MembershipFactory()
    event = EventFactory(organization=membership.organization, state=Event.State.PUBLISHED)
    services.cancel_event(event=event, user=membership.user, message="Salle indisponible.")
    client.force_login(membership.user)
    client.post(f"/espace/evenements/{event.pk}/retablir/")
    event.refresh_from_db()
    assert (event.status, event.status_message) == (Event.Status.SCHEDULED, "")
    assert list(event.log.order_by("created_at", "id").values_list("action", flat=True)) == [
        EventLogEntry.Action.CANCELLED,
        EventLogEntry.Action.UNCANCELLED,
    ]


def test_admin_skip_messages_read_the_table():
    from moderation import admin

    assert not hasattr(admin, "SKIP_REASONS")
    assert workflow.refusal("reject") == "Seul un événement en attente, à modifier ou publié peut être refusé."


def _markdown_table() -> str:
    """The table as docs/architecture.md shows it."""
    lines = [
        "| Transition | Qui | Depuis | Vers | Service |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in workflow.TRANSITIONS.values():
        sources = ", ".join(f"`{state}`" for state in Event.State.values if state in row.sources)
        if row.cancelled is True:
            sources += " (annulé)"
        elif row.cancelled is False:
            sources += " (non annulé)"
        if row.edited is True:
            sources += " (modifié depuis la publication)"
        target = "inchangé" if row.target is None else f"`{row.target}`"
        lines.append(
            f"| `{row.name}` | {workflow.ACTORS[row.actor]} | {sources} | {target} | `services.{row.service}` |"
        )
    return "\n".join(lines)


def test_architecture_doc_shows_the_table_as_it_is():
    assert _markdown_table() in DOC.read_text()
