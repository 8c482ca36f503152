"""/organisations/<slug>/: an organisation's public profile and its published events."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from events.models import Event
from tests.factories import EventFactory, OrganizationFactory

pytestmark = pytest.mark.django_db


def test_organization_page_shows_profile_and_published_events(client):
    organization = OrganizationFactory(
        name="Coopérative du Vélo", description="Nous réparons des vélos.", website="https://velo.example.org/"
    )
    paris = ZoneInfo("Europe/Paris")
    EventFactory(organization=organization, title="À venir")
    EventFactory(
        organization=organization,
        title="Passé",
        slots=[(datetime.datetime(2026, 11, 3, 9, tzinfo=paris), datetime.datetime(2026, 11, 3, 11, tzinfo=paris))],
    )
    EventFactory(organization=organization, title="Brouillon", state=Event.State.DRAFT)
    EventFactory(title="Autre organisation")
    response = client.get(organization.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Coopérative du Vélo" in html and "Nous réparons des vélos." in html and "https://velo.example.org/" in html
    assert [e.title for e in response.context["upcoming"]] == ["À venir"]
    assert [e.title for e in response.context["past"]] == ["Passé"]
    assert "Brouillon" not in html and "Autre organisation" not in html
    assert f'href="/carte/?organisation={organization.slug}"' in html


def test_organization_page_unknown_is_404(client):
    assert client.get("/organisations/inconnue/").status_code == 404


@pytest.mark.parametrize("rows", [1, 30])
def test_organization_page_query_count_does_not_grow(client, django_assert_num_queries, rows):
    organization = OrganizationFactory()
    for _ in range(rows):
        EventFactory(organization=organization)
    # Edition (layout), the organisation, upcoming events (+ themes, slots), past events (none here).
    with django_assert_num_queries(7):
        client.get(organization.get_absolute_url())
