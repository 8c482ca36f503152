"""The queue, its counts and the exports show the current edition unless another one is chosen."""

import csv
import io

import pytest
from django.urls import reverse

from events.models import Edition, Event
from tests.moderation.helpers import pending_event

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:events_event_changelist")


@pytest.fixture
def two_editions(organization_a):
    last_year = Edition.objects.get_or_create(year=2025, defaults=Edition.defaults_for(2025))[0]
    for n in range(3):
        pending_event(organization_a, title=f"Cette année {n}", slug=f"cette-annee-{n}", state=Event.State.PUBLISHED)
    pending_event(
        organization_a, title="L’an dernier", slug="an-dernier", state=Event.State.PUBLISHED, edition=last_year
    )
    return last_year


def _titles(response):
    return sorted(event.title for event in response.context["cl"].result_list)


def test_the_queue_shows_the_current_edition_by_default(client, moderator_a, two_editions):
    client.force_login(moderator_a)
    response = client.get(CHANGELIST)
    assert _titles(response) == ["Cette année 0", "Cette année 1", "Cette année 2"]
    page = response.content.decode()
    assert "Publié (3)" in page  # not 4: last year's are not mixed in
    assert "Toutes les éditions" in page


def test_another_edition_or_all_of_them_on_demand(client, moderator_a, two_editions):
    client.force_login(moderator_a)
    assert _titles(client.get(CHANGELIST, {"edition": "2025"})) == ["L’an dernier"]
    everything = client.get(CHANGELIST, {"edition": "toutes"})
    assert len(_titles(everything)) == 4
    assert "Publié (4)" in everything.content.decode()


def test_the_exports_follow_the_edition_shown(client, moderator_a, two_editions):
    client.force_login(moderator_a)

    def exported(**query):
        response = client.get(reverse("admin:events_event_export_csv"), query)
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
        return sorted(row[1] for row in rows[1:])

    assert exported() == ["Cette année 0", "Cette année 1", "Cette année 2"]
    assert exported(edition="2025") == ["L’an dernier"]
    assert len(exported(edition="toutes")) == 4


def test_an_unknown_edition_falls_back_to_the_current_one(client, moderator_a, two_editions):
    client.force_login(moderator_a)
    assert len(_titles(client.get(CHANGELIST, {"edition": "1999"}))) == 3
