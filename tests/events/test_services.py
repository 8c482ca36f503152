"""Moderation decisions go through services: state, history line, mail after commit."""

import pytest
from django.core import mail

from events import services
from events.models import Event, EventLogEntry
from tests.factories import EventFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending_event():
    membership = MembershipFactory(user__email="benevole@asso.example.org")
    return EventFactory(organization=membership.organization, state=Event.State.PENDING)


def test_publish_event_records_decision_and_mails_after_commit(pending_event, django_capture_on_commit_callbacks):
    moderator = UserFactory(is_staff=True)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.publish_event(event=pending_event, moderator=moderator)
        assert mail.outbox == []
    for callback in callbacks:
        callback()
    pending_event.refresh_from_db()
    assert pending_event.state == Event.State.PUBLISHED
    assert pending_event.published_at is not None
    assert pending_event.state_changed_by == moderator
    entry = pending_event.log.get()
    assert (entry.action, entry.actor) == (EventLogEntry.Action.PUBLISHED, moderator)
    assert mail.outbox[0].to == ["benevole@asso.example.org"]
    assert "est publié" in mail.outbox[0].subject


def test_reject_event_requires_a_reason_and_sends_it(pending_event, django_capture_on_commit_callbacks):
    moderator = UserFactory(is_staff=True)
    with pytest.raises(ValueError):
        services.reject_event(event=pending_event, moderator=moderator, reason="  ")
    with django_capture_on_commit_callbacks(execute=True):
        services.reject_event(event=pending_event, moderator=moderator, reason="Hors du champ de l’ESS.")
    pending_event.refresh_from_db()
    assert pending_event.state == Event.State.REJECTED
    assert pending_event.moderation_message == "Hors du champ de l’ESS."
    assert "Hors du champ de l’ESS." in mail.outbox[0].body


def test_failing_mail_server_does_not_undo_decision(pending_event, django_capture_on_commit_callbacks, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1
    with django_capture_on_commit_callbacks(execute=True):
        services.request_changes(event=pending_event, moderator=UserFactory(), message="Ajoutez l’adresse.")
    pending_event.refresh_from_db()
    assert pending_event.state == Event.State.CHANGES_REQUESTED


def test_transitions_refuse_impossible_changes(pending_event):
    with pytest.raises(services.TransitionError):
        services.unpublish_event(event=pending_event, moderator=UserFactory(), message="Hors sujet.")
    with pytest.raises(services.TransitionError):
        services.submit_event(event=pending_event, user=UserFactory())


@pytest.mark.parametrize(
    "decide",
    [
        lambda e, m: services.publish_event(event=e, moderator=m),
        lambda e, m: services.reject_event(event=e, moderator=m, reason="Hors sujet."),
        lambda e, m: services.request_changes(event=e, moderator=m, message="Précisez."),
        lambda e, m: services.unpublish_event(event=e, moderator=m, message="Hors sujet."),
    ],
)
def test_decisions_refuse_a_draft_never_submitted(decide):
    draft = EventFactory(state=Event.State.DRAFT)
    with pytest.raises(services.TransitionError):
        decide(draft, UserFactory(is_staff=True))
    draft.refresh_from_db()
    assert draft.state == Event.State.DRAFT
    assert not draft.log.exists()


def test_unpublish_event_needs_a_message():
    event = EventFactory(state=Event.State.PUBLISHED)
    with pytest.raises(ValueError):
        services.unpublish_event(event=event, moderator=UserFactory(is_staff=True), message="  ")
    event.refresh_from_db()
    assert event.state == Event.State.PUBLISHED
