"""Finding 6: concurrent decisions are serialised. Every transition locks the event's row and checks
it again from the locked row; the second of two decisions taken at once is refused and told what
the event became, instead of being logged and mailed on top of the first."""

import threading

import pytest
from django.core import mail
from django.urls import reverse

from events import services
from events.models import Event, EventLogEntry
from moderation.admin import EventAdmin
from tests.factories import MembershipFactory, OrganizationFactory, add_moderator
from tests.moderation.helpers import pending_event
from tests.security.threads import needs_row_locks, run_together

CHANGELIST = reverse("admin:events_event_changelist")
TITLE = "Répar’café de la Maison des associations"


@pytest.fixture
def organization():
    organization = OrganizationFactory(name="Répar’Rennes", slug="repar-rennes")
    MembershipFactory(organization=organization, user__email="benevole@repar-rennes.example.org")
    return organization


@pytest.fixture
def event(organization):
    return pending_event(organization, title=TITLE, slug="repar-cafe")


@pytest.fixture
def moderators(db):
    return (
        add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne"),
        add_moderator("direction@cress-bretagne.example.org", "--region", "bretagne"),
    )


DECISIONS = {
    "publish": lambda event, moderator: services.publish_event(event=event, moderator=moderator),
    "reject": lambda event, moderator: services.reject_event(event=event, moderator=moderator, reason="Hors ESS."),
    "request_changes": lambda event, moderator: services.request_changes(
        event=event, moderator=moderator, message="Précisez le lieu."
    ),
}
ORDERS = [(first, second) for first in DECISIONS for second in DECISIONS if first != second]


# -- The re-check, on both databases: the event changes between its loading and the decision ----------


@pytest.mark.django_db
@pytest.mark.parametrize(("first", "second"), ORDERS)
def test_decision_on_an_event_decided_meanwhile_is_refused(event, moderators, first, second):
    stale = Event.objects.get(pk=event.pk)  # what the second moderator's request loaded
    DECISIONS[first](Event.objects.get(pk=event.pk), moderators[0])
    decided = Event.objects.get(pk=event.pk)

    with pytest.raises(services.TransitionError) as refused:
        DECISIONS[second](stale, moderators[1])

    event.refresh_from_db()
    assert (event.state, event.state_changed_by) == (decided.state, moderators[0])
    assert event.log.count() == 1
    assert stale.state == decided.state  # the caller's copy now says what the event is
    message = refused.value.changed_meanwhile
    assert message.startswith(f"«\u00a0{TITLE}\u00a0» a changé entre-temps\u00a0: il est maintenant ")
    assert str(decided.get_state_display()).lower() in message


@pytest.mark.django_db
def test_admin_action_on_an_event_decided_meanwhile_names_it_and_its_new_state(
    client, event, moderators, monkeypatch, django_capture_on_commit_callbacks
):
    """The list was loaded, then another moderator published the event, then this one's rejection runs."""
    split = EventAdmin._split_by_state

    def split_then_someone_publishes(self, queryset, action):
        loaded = split(self, queryset, action)
        services.publish_event(event=Event.objects.get(pk=event.pk), moderator=moderators[1])
        return loaded

    monkeypatch.setattr(EventAdmin, "_split_by_state", split_then_someone_publishes)
    client.force_login(moderators[0])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            CHANGELIST,
            {"action": "reject", "_selected_action": [event.pk], "apply": "1", "message": "Hors période."},
        )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.state == Event.State.PUBLISHED
    assert list(event.log.values_list("action", flat=True)) == [EventLogEntry.Action.PUBLISHED]
    assert len(mail.outbox) == 1 and "est publié" in mail.outbox[0].subject
    assert [str(m) for m in response.wsgi_request._messages] == [
        f"«\u00a0{TITLE}\u00a0» a changé entre-temps\u00a0: il est maintenant publié. "
        "Seul un événement en attente, à modifier ou publié peut être refusé."
    ]


@pytest.mark.django_db
def test_space_cancellation_of_an_event_rejected_meanwhile_is_refused_with_a_message(client, organization, monkeypatch):
    published = pending_event(organization, title=TITLE, slug="repar-cafe", state=Event.State.PUBLISHED)
    owner = organization.members.get()
    from space import event_views as space_views

    load = space_views.get_event_for_member

    def load_then_the_cress_rejects(user, pk, **kwargs):
        loaded = load(user, pk, **kwargs)
        Event.objects.filter(pk=pk).update(state=Event.State.REJECTED)
        return loaded

    monkeypatch.setattr(space_views, "get_event_for_member", load_then_the_cress_rejects)
    client.force_login(owner)
    response = client.post(f"/espace/evenements/{published.pk}/annuler/", {"message": "Plus de salle."}, follow=True)
    published.refresh_from_db()
    assert (published.state, published.status) == (Event.State.REJECTED, Event.Status.SCHEDULED)
    assert not published.log.exists()
    assert [str(m) for m in response.context["messages"]] == [
        f"«\u00a0{TITLE}\u00a0» a changé entre-temps\u00a0: il est maintenant refusé. "
        "Seul un événement en attente ou publié, et pas encore annulé, peut être annulé."
    ]


# -- Real concurrency, on PostgreSQL: two threads, two connections, one row ----------------------------


@needs_row_locks
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("first", "second"), [("publish", "reject"), ("reject", "request_changes")])
def test_two_decisions_at_once_one_is_taken_the_other_refused(event, moderators, first, second):
    both_loaded = threading.Barrier(2, timeout=20)

    def decide(name, moderator):
        def call():
            loaded = Event.objects.get(pk=event.pk)
            both_loaded.wait()  # both moderators have seen it pending
            return DECISIONS[name](loaded, moderator)

        return call

    results = run_together(decide(first, moderators[0]), decide(second, moderators[1]))

    refused = [r for r in results if isinstance(r, Exception)]
    assert len(refused) == 1 and isinstance(refused[0], services.TransitionError), results
    event.refresh_from_db()
    [decision] = event.log.all()
    assert (
        event.state
        == {
            EventLogEntry.Action.PUBLISHED: Event.State.PUBLISHED,
            EventLogEntry.Action.REJECTED: Event.State.REJECTED,
            EventLogEntry.Action.CHANGES_REQUESTED: Event.State.CHANGES_REQUESTED,
        }[decision.action]
    )
    assert len(mail.outbox) == 1


@needs_row_locks
@pytest.mark.django_db(transaction=True)
def test_publish_and_reject_clicked_at_once_in_the_admin(event, moderators, monkeypatch):
    from django.test import Client

    both_loaded = threading.Barrier(2, timeout=20)
    split = EventAdmin._split_by_state

    def split_and_wait(self, queryset, action):
        loaded = split(self, queryset, action)
        both_loaded.wait()
        return loaded

    monkeypatch.setattr(EventAdmin, "_split_by_state", split_and_wait)
    clients = [Client(raise_request_exception=False), Client(raise_request_exception=False)]
    for client, moderator in zip(clients, moderators, strict=True):
        client.force_login(moderator)
    publish = {"action": "publish", "_selected_action": [event.pk], "index": "0"}
    reject = {"action": "reject", "_selected_action": [event.pk], "apply": "1", "message": "Hors période."}

    responses = run_together(lambda: clients[0].post(CHANGELIST, publish), lambda: clients[1].post(CHANGELIST, reject))

    assert [r.status_code for r in responses] == [302, 302]
    event.refresh_from_db()
    assert event.log.count() == 1
    assert len(mail.outbox) == 1
    messages = [[str(m) for m in r.wsgi_request._messages] for r in responses]
    told = [m for ms in messages for m in ms if "a changé entre-temps" in m]
    assert len(told) == 1
    assert told[0].startswith(f"«\u00a0{TITLE}\u00a0» a changé entre-temps\u00a0: il est maintenant ")
    assert str(event.get_state_display()).lower() in told[0]
