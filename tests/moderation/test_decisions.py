"""Decisions taken from the admin queue: state, history line, e-mail after the commit, in bulk."""

import pytest
from django.core import mail
from django.urls import reverse

from events.models import Event, EventLogEntry
from tests.moderation.helpers import pending_event

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:events_event_changelist")


def _post_action(client, action, events, **extra):
    return client.post(CHANGELIST, {"action": action, "_selected_action": [e.pk for e in events], **extra})


def test_publish_action_publishes_logs_and_mails_after_commit(
    client, moderator_a, event_a, django_capture_on_commit_callbacks
):
    client.force_login(moderator_a)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = _post_action(client, "publish", [event_a], index=0)
    assert mail.outbox == []  # nothing leaves before the commit
    for callback in callbacks:
        callback()

    assert response.status_code == 302
    event_a.refresh_from_db()
    assert (event_a.state, event_a.state_changed_by) == (Event.State.PUBLISHED, moderator_a)
    entry = event_a.log.get()
    assert (entry.action, entry.actor) == (EventLogEntry.Action.PUBLISHED, moderator_a)
    assert [m.to for m in mail.outbox] == [["benevole@repar-rennes.example.org"]]
    assert "est publié" in mail.outbox[0].subject


def test_reject_action_asks_for_message_on_intermediate_page(client, moderator_a, event_a):
    client.force_login(moderator_a)
    response = _post_action(client, "reject", [event_a], index=0)
    assert response.status_code == 200
    assert response.templates[0].name == "admin/events/event/decision_message.html"
    page = response.content.decode()
    assert "Répar’café de la Maison des associations" in page
    assert 'name="message"' in page
    event_a.refresh_from_db()
    assert event_a.state == Event.State.PENDING


def test_reject_action_refuses_empty_message_with_french_error(client, moderator_a, event_a):
    client.force_login(moderator_a)
    response = _post_action(client, "reject", [event_a], apply="1", message="   ")
    assert response.status_code == 200
    assert response.context["form"].errors["message"] == [
        "Écrivez le message que recevra l’organisation : il est obligatoire."
    ]
    event_a.refresh_from_db()
    assert (event_a.state, event_a.log.count(), len(mail.outbox)) == (Event.State.PENDING, 0, 0)


def test_reject_action_with_message_records_and_sends_it(
    client, moderator_a, event_a, django_capture_on_commit_callbacks
):
    client.force_login(moderator_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = _post_action(
            client, "reject", [event_a], apply="1", message="Cet événement n’a pas de lien avec l’ESS."
        )
    assert (response.status_code, response["Location"]) == (302, CHANGELIST)
    event_a.refresh_from_db()
    assert event_a.state == Event.State.REJECTED
    assert event_a.moderation_message == "Cet événement n’a pas de lien avec l’ESS."
    entry = event_a.log.get()
    assert (entry.action, entry.actor, entry.message) == (
        EventLogEntry.Action.REJECTED,
        moderator_a,
        "Cet événement n’a pas de lien avec l’ESS.",
    )
    assert "Cet événement n’a pas de lien avec l’ESS." in mail.outbox[0].body


def test_request_changes_in_bulk_changes_only_own_region(
    client, moderator_a, organization_a, event_a, event_b, django_capture_on_commit_callbacks
):
    second = pending_event(organization_a, "35", title="Balade des jardins partagés", slug="balade-jardins")
    client.force_login(moderator_a)
    with django_capture_on_commit_callbacks(execute=True):
        _post_action(client, "request_changes", [event_a, second, event_b], apply="1", message="Ajoutez les horaires.")
    states = dict(Event.objects.values_list("slug", "state"))
    assert states == {
        "repar-cafe": Event.State.CHANGES_REQUESTED,
        "balade-jardins": Event.State.CHANGES_REQUESTED,
        "portes-ouvertes-coop": Event.State.PENDING,
    }
    assert (
        EventLogEntry.objects.filter(
            action=EventLogEntry.Action.CHANGES_REQUESTED, message="Ajoutez les horaires."
        ).count()
        == 2
    )
    assert not event_b.log.exists()
    assert all("Ajoutez les horaires." in m.body for m in mail.outbox)


def test_unpublish_action_asks_for_message_on_intermediate_page(client, moderator_a, event_a):
    Event.objects.filter(pk=event_a.pk).update(state=Event.State.PUBLISHED)
    client.force_login(moderator_a)
    response = _post_action(client, "unpublish", [event_a], index=0)
    assert response.status_code == 200
    assert response.context["title"] == "Dépublier des événements"
    event_a.refresh_from_db()
    assert event_a.state == Event.State.PUBLISHED
    assert not event_a.log.exists()


def test_unpublish_action_returns_event_to_queue_and_mails_the_reason(
    client, moderator_a, event_a, django_capture_on_commit_callbacks
):
    Event.objects.filter(pk=event_a.pk).update(state=Event.State.PUBLISHED)
    client.force_login(moderator_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = _post_action(client, "unpublish", [event_a], apply="1", message="L’adresse est introuvable.")
    assert response.status_code == 302
    event_a.refresh_from_db()
    assert (event_a.state, event_a.moderation_message) == (Event.State.PENDING, "L’adresse est introuvable.")
    entry = event_a.log.get()
    assert (entry.action, entry.actor, entry.message) == (
        EventLogEntry.Action.UNPUBLISHED,
        moderator_a,
        "L’adresse est introuvable.",
    )
    [sent] = mail.outbox
    assert sent.to == ["benevole@repar-rennes.example.org"]
    assert sent.subject == "Votre événement «\u00a0Répar’café de la Maison des associations\u00a0» a été retiré du site"
    assert "a retiré votre événement" in sent.body
    assert "L’adresse est introuvable." in sent.body
    assert "L’adresse est introuvable." in sent.alternatives[0][0]
    assert f"/espace/evenements/{event_a.pk}/apercu/" in sent.body


def test_publish_action_skips_events_already_published_and_says_so(client, moderator_a, event_a, organization_a):
    published = pending_event(
        organization_a, title="Forum de l’emploi solidaire", slug="forum-emploi", state=Event.State.PUBLISHED
    )
    client.force_login(moderator_a)
    response = _post_action(client, "publish", [event_a, published], index=0, follow=False)
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == [
        "1 événement publié.",
        "1 événement laissé tel quel\u00a0: «\u00a0Forum de l’emploi solidaire\u00a0» (publié). "
        "Seul un événement soumis par son organisation (en attente, à modifier ou refusé) peut être publié\u00a0; "
        "un brouillon doit d’abord être envoyé par l’organisation.",
    ]
    assert not published.log.exists()


def test_publish_action_leaves_drafts_never_submitted(client, moderator_a, organization_a):
    draft = pending_event(organization_a, title="Brouillon de conférence", slug="brouillon", state=Event.State.DRAFT)
    client.force_login(moderator_a)
    response = _post_action(client, "publish", [draft], index=0)
    messages = [str(m) for m in response.wsgi_request._messages]
    assert len(messages) == 1
    assert messages[0].startswith(
        "1 événement laissé tel quel\u00a0: «\u00a0Brouillon de conférence\u00a0» (brouillon)."
    )
    draft.refresh_from_db()
    assert draft.state == Event.State.DRAFT
    assert not draft.log.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("state", [Event.State.CHANGES_REQUESTED, Event.State.REJECTED])
def test_publish_action_publishes_events_sent_back_or_rejected(client, moderator_a, event_a, state):
    Event.objects.filter(pk=event_a.pk).update(state=state)
    client.force_login(moderator_a)
    _post_action(client, "publish", [event_a], index=0)
    event_a.refresh_from_db()
    assert event_a.state == Event.State.PUBLISHED
    assert event_a.log.get().action == EventLogEntry.Action.PUBLISHED


def test_message_page_names_the_selected_events_it_will_leave(client, moderator_a, event_a, organization_a):
    draft = pending_event(organization_a, title="Brouillon de conférence", slug="brouillon", state=Event.State.DRAFT)
    client.force_login(moderator_a)
    response = _post_action(client, "reject", [event_a, draft], index=0)
    assert [e.title for e in response.context["events"]] == ["Répar’café de la Maison des associations"]
    assert [e.title for e in response.context["skipped"]] == ["Brouillon de conférence"]
    assert "Seul un événement en attente, à modifier ou publié peut être refusé." in response.content.decode()

    response = _post_action(client, "reject", [event_a, draft], apply="1", message="Hors période.")
    draft.refresh_from_db()
    assert draft.state == Event.State.DRAFT
    done, skipped = (str(m) for m in response.wsgi_request._messages)
    assert done == "1 événement refusé."
    assert skipped.startswith("1 événement laissé tel quel\u00a0: «\u00a0Brouillon de conférence\u00a0» (brouillon).")


def test_message_action_without_any_eligible_event_asks_nothing(client, moderator_a, organization_a):
    draft = pending_event(organization_a, title="Brouillon de conférence", slug="brouillon", state=Event.State.DRAFT)
    client.force_login(moderator_a)
    response = _post_action(client, "unpublish", [draft], index=0)
    assert response.status_code == 302
    [message] = [str(m) for m in response.wsgi_request._messages]
    assert message.endswith("Seul un événement publié peut être dépublié.")


def test_intermediate_page_lists_only_events_in_scope(client, moderator_b, event_a, event_b):
    client.force_login(moderator_b)
    response = _post_action(client, "request_changes", [event_a, event_b], index=0)
    assert [e.title for e in response.context["events"]] == ["Portes ouvertes de la coopérative"]


def test_unpublish_reason_reaches_the_organization_dashboard(client, moderator_a, event_a, member_a):
    Event.objects.filter(pk=event_a.pk).update(state=Event.State.PUBLISHED)
    client.force_login(moderator_a)
    _post_action(client, "unpublish", [event_a], apply="1", message="L’adresse est introuvable.")
    client.force_login(member_a)
    page = client.get(reverse("space:dashboard")).content.decode()
    assert "L’adresse est introuvable." in page
