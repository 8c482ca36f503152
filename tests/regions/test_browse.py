"""/regions/ and /regions/<slug>/: the CRESS, the figures and the region's events with the same filters."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from events.models import Event, Theme
from regions.models import Region
from tests.factories import EventFactory, department

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def test_region_list_links_every_region_with_counts(client):
    EventFactory.create_batch(2)
    response = client.get("/regions/")
    html = response.content.decode()
    for region in Region.objects.all():
        assert f'href="{region.get_absolute_url()}"' in html
    bretagne = next(r for r in response.context["regions"] if r.slug == "bretagne")
    assert (bretagne.n_events, bretagne.n_upcoming) == (2, 2)


def test_region_list_is_styled_alphabetical_and_says_when_nothing_is_upcoming(client):
    EventFactory(
        slots=[(datetime.datetime(2026, 11, 3, 18, tzinfo=PARIS), datetime.datetime(2026, 11, 3, 20, tzinfo=PARIS))]
    )
    response = client.get("/regions/")
    html = response.content.decode()
    assert "/static/css/browse.css" in html
    names = [region.name for region in response.context["regions"]]
    assert names.index("Hauts-de-France") < names.index("Île-de-France") < names.index("La Réunion")
    assert "1 événement en 2026, aucun à venir" in html
    assert "Aucun événement pour l’instant." in html
    home = [region.name for region in client.get("/").context["regions"]]
    assert home == names
    facet = [value for value, _label in client.get("/evenements/").context["form"].fields["region"].choices]
    assert facet.index("hauts-de-france") < facet.index("ile-de-france") < facet.index("la-reunion")


def test_region_page_shows_cress_figures_and_only_its_events(client):
    bretagne = Region.objects.get(slug="bretagne")
    bretagne.cress_name = "CRESS Bretagne"
    bretagne.cress_website = "https://www.ess-bretagne.org/"
    bretagne.cress_email = "contact@ess-bretagne.org"
    bretagne.save()
    EventFactory(title="À Rennes")
    EventFactory(title="À Lyon", department=department("69"), latitude=45.76, longitude=4.83)
    EventFactory(title="Brouillon", state=Event.State.DRAFT)
    response = client.get("/regions/bretagne/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "CRESS Bretagne" in html and "https://www.ess-bretagne.org/" in html and "contact@ess-bretagne.org" in html
    assert [e.title for e in response.context["page"].object_list] == ["À Rennes"]
    assert response.context["figures"] == {"events": 1, "organizations": 1, "departments": 1}
    # The map frames the region and asks for its events only.
    assert "region=bretagne" in response.context["map_query"]
    assert 'action="/regions/bretagne/"' in html
    # The region facet is fixed by the page.
    assert 'name="region"' not in html


def test_region_page_takes_the_same_filters(client):
    finance = Theme.objects.get(slug="finance-solidaire")
    EventFactory(title="Finance", themes=[finance])
    EventFactory(title="Autre")
    response = client.get("/regions/bretagne/?theme=finance-solidaire&region=occitanie")
    # A region parameter cannot take the page out of its region.
    assert [e.title for e in response.context["page"].object_list] == ["Finance"]
    assert client.get("/regions/bretagne/?du=nimporte").status_code == 200


def test_region_page_figures_agree_in_number_and_overseas_time_is_named(client):
    EventFactory(
        department=department("972"), postal_code="97200", city="Fort-de-France", latitude=14.6, longitude=-61.0
    )
    html = client.get("/regions/martinique/").content.decode()
    assert "<strong>1</strong> événement</li>" in html
    assert "<strong>1</strong> organisation</li>" in html
    assert "<strong>1</strong> département</li>" in html
    assert "Les horaires sont donnés à l’heure de Martinique." in html
    assert "America/Martinique" not in html
    assert "<title>" in html and "en Martinique" not in html
    html = client.get("/regions/guyane/").content.decode()
    assert "Aucun événement" in html


def test_region_page_unknown_is_404(client):
    assert client.get("/regions/atlantide/").status_code == 404


@pytest.mark.parametrize("rows", [1, 30])
def test_region_page_query_count_does_not_grow(client, django_assert_num_queries, rows):
    for _ in range(rows):
        EventFactory()
    # As the list, plus the region's own facet pass (its region filter is on) and the figures; themes and
    # publics are counted in the facet passes (events.masks).
    with django_assert_num_queries(17):
        client.get("/regions/bretagne/")
