"""CSRF on every POST: with a client that enforces the checks as a browser's requests meet them, a POST
without the token is refused (403) on every URL of the site (walked from the URLconf, see
tests/security/site_urls.py), admin actions included, whoever sends it, and changes nothing."""

import pytest
from django.test import Client
from django.urls import reverse

from events.models import Event
from tests.security.site_urls import ROWS, post_payload

pytestmark = pytest.mark.django_db

SENDERS = ("anonymous", "member_a", "moderator_a", "national")


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def _log_in(client, request, persona):
    client.logout()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))


def _is_csrf_refusal(response) -> bool:
    return response.status_code == 403 and b"CSRF" in response.content


@pytest.mark.parametrize("persona", SENDERS)
def test_post_without_token_is_refused_on_every_url(csrf_client, request, site, db_state, persona):
    _log_in(csrf_client, request, persona)
    before = db_state()
    accepted = []
    for row in ROWS:
        path = row.url(site)
        response = csrf_client.post(path, post_payload(site))
        if not _is_csrf_refusal(response):
            accepted.append(f"{path}: {response.status_code}")
    assert accepted == []
    assert db_state() == before


ACTIONS = ["publish", "reject", "request_changes", "unpublish", "acknowledge_changes"]


@pytest.mark.parametrize("action", ACTIONS)
def test_admin_action_without_token_is_refused(csrf_client, site, db_state, action):
    csrf_client.force_login(site.moderator_a)
    Event.objects.filter(pk=site.published.pk).update(state=Event.State.PUBLISHED)
    before = db_state()
    data = {
        "action": action,
        "_selected_action": [site.pending.pk, site.published.pk],
        "index": "0",
        "apply": "1",
        "message": "Sans jeton.",
    }

    response = csrf_client.post(reverse("admin:events_event_changelist"), data)

    assert _is_csrf_refusal(response)
    assert db_state() == before


def test_same_action_with_the_token_goes_through(csrf_client, site):
    """The control: the refusals above are CSRF's, not something else."""
    csrf_client.force_login(site.moderator_a)
    changelist = reverse("admin:events_event_changelist")
    csrf_client.get(changelist)  # sets the CSRF cookie
    token = csrf_client.cookies["csrftoken"].value

    response = csrf_client.post(
        changelist,
        {"action": "publish", "_selected_action": [site.pending.pk], "index": "0", "csrfmiddlewaretoken": token},
    )

    assert response.status_code == 302
    site.pending.refresh_from_db()
    assert site.pending.state == Event.State.PUBLISHED


def test_post_with_a_token_from_another_session_is_refused(site, db_state):
    thief, victim = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    thief.get(reverse("accounts:login"))
    stolen = thief.cookies["csrftoken"].value
    victim.force_login(site.moderator_a)
    before = db_state()

    response = victim.post(
        reverse("admin:events_event_changelist"),
        {"action": "publish", "_selected_action": [site.pending.pk], "index": "0", "csrfmiddlewaretoken": stolen},
    )

    assert _is_csrf_refusal(response)
    assert db_state() == before
