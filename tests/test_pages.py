"""The first face of the site answers, in French, with real figures."""

import pytest

from events.models import Event
from tests.factories import EventFactory, OrganizationFactory

pytestmark = pytest.mark.django_db


def test_home_shows_edition_and_figures(client):
    EventFactory.create_batch(3)
    EventFactory(state=Event.State.PENDING)
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "2026" in html
    assert response.context["figures"] == {"events": 3, "organizations": 3, "regions": 1, "departments": 1}
    assert 'href="#contenu"' in html


def test_event_page_public_only_when_published(client):
    published = EventFactory()
    draft = EventFactory(state=Event.State.DRAFT)
    assert client.get(published.get_absolute_url()).status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_event_page_renders_markdown_safely(client):
    event = EventFactory(description="**Gras** <script>alert(1)</script> [x](javascript:alert(2))")
    html = client.get(event.get_absolute_url()).content.decode()
    assert "<strong>Gras</strong>" in html
    assert "<script>alert(1)" not in html
    assert "javascript:alert" not in html


def test_region_and_organization_pages(client):
    organization = OrganizationFactory()
    EventFactory(organization=organization, title="Répar’café du quartier")
    assert client.get("/regions/").status_code == 200
    response = client.get("/regions/bretagne/")
    assert response.status_code == 200
    assert "Répar’café du quartier" in response.content.decode()
    assert client.get("/regions/atlantide/").status_code == 404
    response = client.get(organization.get_absolute_url())
    assert "Répar’café du quartier" in response.content.decode()
