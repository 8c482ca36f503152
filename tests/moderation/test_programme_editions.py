"""The printable programme of a past edition (`?edition=2025`), linked from the admin's home."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from events.models import Edition
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
PROGRAMME = reverse("regions:programme", args=["bretagne"])


@pytest.fixture
def two_editions(organization_a):
    last_year = Edition.objects.create(year=2025, **Edition.defaults_for(2025))
    start = datetime.datetime(2025, 11, 14, 18, tzinfo=PARIS)
    EventFactory(
        organization=organization_a,
        title="Forum 2025",
        slug="forum-2025",
        edition=last_year,
        slots=[(start, start + datetime.timedelta(hours=2))],
    )
    EventFactory(organization=organization_a, title="Forum 2026", slug="forum-2026")
    return last_year


def _titles(response):
    return {event.title for day in response.context["days"] for g in day["departments"] for event, _s in g["slots"]}


def test_the_programme_shows_the_current_edition_by_default(client, two_editions):
    response = client.get(PROGRAMME)
    assert response.context["edition"].year == 2026
    assert _titles(response) == {"Forum 2026"}


def test_a_past_editions_programme(client, two_editions):
    response = client.get(PROGRAMME, {"edition": "2025"})
    assert response.status_code == 200
    assert _titles(response) == {"Forum 2025"}
    assert "Mois de l’ESS 2025" in response.content.decode()


def test_an_edition_that_does_not_exist_is_a_404(client, two_editions):
    assert client.get(PROGRAMME, {"edition": "1999"}).status_code == 404
    assert client.get(PROGRAMME, {"edition": "abc"}).status_code == 200  # ignored, as other pages do


def test_the_admins_home_links_to_each_editions_programme(client, moderator_a, two_editions):
    client.force_login(moderator_a)
    page = client.get(reverse("admin:index")).content.decode()
    assert f'href="{PROGRAMME}?edition=2026"' in page
    assert f'href="{PROGRAMME}?edition=2025"' in page
