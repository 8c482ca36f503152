"""After a decision on the review page, the next waiting event opens; decision buttons are big enough."""

import re

import pytest
from django.urls import reverse

from events.models import Event
from tests.moderation.helpers import pending_event

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:events_event_changelist")


def _change(event):
    return reverse("admin:events_event_change", args=[event.pk])


@pytest.fixture
def queue(organization_a, organization_b):
    return [
        pending_event(organization_a, title="Le plus ancien", slug="ancien", days_ago=5),
        pending_event(organization_a, title="Le suivant", slug="suivant", days_ago=3),
        pending_event(organization_a, title="Le dernier", slug="dernier", days_ago=1),
        pending_event(organization_b, "44", title="Autre région", slug="autre", days_ago=9),
    ]


def _decide(client, event, action, **extra):
    data = {"action": action, "_selected_action": [event.pk], "index": "0", "suivant": "1", **extra}
    return client.post(CHANGELIST + "?edition=toutes", data)


def test_the_review_page_posts_its_decisions_with_the_next_step(client, moderator_a, queue):
    client.force_login(moderator_a)
    page = client.get(_change(queue[0])).content.decode()
    form = re.search(r'<form method="post" action="([^"]+)" class="moderation-decide">(.*?)</form>', page, re.S)
    assert form.group(1) == CHANGELIST + "?edition=toutes"
    assert 'name="suivant" value="1"' in form.group(2)
    assert "l’événement en attente suivant s’ouvre" in form.group(2)


def test_publishing_opens_the_next_waiting_event_of_ones_regions(client, moderator_a, queue):
    client.force_login(moderator_a)
    response = _decide(client, queue[0], "publish")
    assert response.status_code == 302
    assert response["Location"] == _change(queue[1])
    queue[0].refresh_from_db()
    assert queue[0].state == Event.State.PUBLISHED


def test_a_decision_with_a_message_opens_the_next_one_too(client, moderator_a, queue):
    client.force_login(moderator_a)
    form = _decide(client, queue[1], "reject")
    assert form.status_code == 200
    assert 'name="suivant" value="1"' in form.content.decode()
    response = _decide(client, queue[1], "reject", apply="1", message="Hors du champ de l’ESS.")
    assert response["Location"] == _change(queue[0])  # the oldest is still waiting
    queue[1].refresh_from_db()
    assert queue[1].state == Event.State.REJECTED


def test_when_the_queue_is_empty_back_to_it_with_a_word(client, moderator_a, queue):
    client.force_login(moderator_a)
    for event in queue[:2]:
        _decide(client, event, "publish")
    response = _decide(client, queue[2], "publish")
    assert response["Location"] == CHANGELIST + "?state__exact=pending"
    page = client.get(response["Location"]).content.decode()
    assert "Plus aucun événement en attente" in page


def test_bulk_decisions_from_the_queue_stay_on_the_queue(client, moderator_a, queue):
    client.force_login(moderator_a)
    response = client.post(CHANGELIST, {"action": "publish", "_selected_action": [queue[0].pk], "index": "0"})
    assert response["Location"] == CHANGELIST
