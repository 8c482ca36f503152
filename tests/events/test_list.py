"""/evenements/ and /carte/: the list and map page, without JavaScript; the home page."""

import datetime
import json
from zoneinfo import ZoneInfo

import pytest
from django.db import connection

from events.models import Event, Theme
from regions.models import Region
from tests.factories import EventFactory, OrganizationFactory, martinique_event, martinique_slot

pytestmark = pytest.mark.django_db


def test_list_page_renders_cards_form_and_map(client):
    EventFactory(title="Répar’café", is_free=False, price_conditions="Prix libre", access_motor=True)
    response = client.get("/evenements/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Répar’café" in html
    assert "Prix libre" in html
    assert "Handicap moteur" in html
    assert "vendredi 27 novembre 2026, 18h00" in html
    assert 'method="get" action="/evenements/"' in html
    assert 'name="theme" value="finance-solidaire"' in html
    assert "data-events-map" in html
    assert 'id="events-map-config"' in html
    assert "1 événement" in html
    # No inline script or style: a strict CSP holds.
    assert "<script>" not in html
    assert 'style="' not in html


def test_list_card_tells_how_many_more_dates(client):
    paris = ZoneInfo("Europe/Paris")
    EventFactory(
        slots=[
            (datetime.datetime(2026, 11, d, 18, tzinfo=paris), datetime.datetime(2026, 11, d, 20, tzinfo=paris))
            for d in (21, 24, 28)
        ]
    )
    html = client.get("/evenements/").content.decode()
    assert "samedi 21 novembre 2026, 18h00" in html
    assert "et 2 autres dates" in html


def test_list_shows_overseas_time_and_says_so(client):
    martinique_event(martinique_slot(25, 18))
    html = client.get("/evenements/").content.decode()
    assert "mercredi 25 novembre 2026, 18h00" in html
    assert "(heure de Martinique)" in html
    assert 'datetime="2026-11-25T18:00:00-04:00"' in html


def test_list_paginates_and_links_keep_filters(client):
    finance = Theme.objects.get(slug="finance-solidaire")
    for _ in range(25):
        EventFactory(themes=[finance])
    response = client.get("/evenements/?theme=finance-solidaire")
    assert len(response.context["page"].object_list) == 24
    html = response.content.decode()
    assert 'href="?theme=finance-solidaire&amp;page=2"' in html
    assert len(client.get("/evenements/?theme=finance-solidaire&page=2").context["page"].object_list) == 1


def test_list_card_says_when_an_event_has_ended(client):
    paris = ZoneInfo("Europe/Paris")
    EventFactory(
        title="Passé",
        slots=[(datetime.datetime(2026, 11, 3, 9, tzinfo=paris), datetime.datetime(2026, 11, 3, 11, tzinfo=paris))],
    )
    EventFactory(title="À venir")
    cards = client.get("/evenements/?passes=1").content.decode().split('<article class="event-card')[1:]
    assert ["(terminé)" in card for card in cards] == [True, False]


def test_list_offers_switch_to_past_events(client):
    EventFactory()
    html = client.get("/evenements/").content.decode()
    assert 'href="?passes=1"' in html
    assert "Afficher aussi les événements passés" in html


def test_map_page_is_the_list_with_map_first(client):
    EventFactory(title="Sur la carte")
    response = client.get("/carte/?theme=economie-circulaire-et-reemploi")
    assert response.status_code == 200
    html = response.content.decode()
    assert "browse--map-first" in html
    assert 'data-view="map"' in html
    assert "Sur la carte" in html
    assert 'action="/carte/"' in html


def test_list_region_selection_frames_map(client):
    response = client.get("/evenements/?region=martinique&region=guadeloupe")
    frames = json.loads(response.context["map_frame"])
    assert sorted(frames) == sorted(
        [Region.objects.get(slug="martinique").bounds, Region.objects.get(slug="guadeloupe").bounds]
    )
    assert "data-frame=" in response.content.decode()
    assert json.loads(client.get("/evenements/").context["map_frame"]) == []
    [[south, west], [north, east]] = json.loads(
        client.get("/evenements/?autour=48,-1.5&rayon=10").context["map_frame"]
    )[0]
    assert (south < 48 < north, west < -1.5 < east) == (True, True)
    assert north - south == pytest.approx(20 / 111.2)


@pytest.mark.parametrize("rows", [1, 30])
def test_list_query_count_does_not_grow(client, django_assert_num_queries, rows):
    for i in range(rows):
        EventFactory(latitude=47 + i / 10, access_visual=True)
    # Edition (layout), 7 reference lists, the text search (the organisations; on PostgreSQL also the
    # events of « atelier », a type's name), the next slot end (first request only: the version is a
    # cache read), facet counts (the themes without their filter, then every other facet with every
    # filter, which also counts the matching events: no COUNT), the page's ids, its events, their themes
    # and slots.
    with django_assert_num_queries(17 if connection.vendor == "postgresql" else 16):
        response = client.get("/evenements/?theme=economie-circulaire-et-reemploi&q=atelier")
    assert len(response.context["page"].object_list) == min(rows, 24)
    assert response.context["page"].paginator.count == rows


def test_home_page_has_figures_search_regions_and_themes(client):
    EventFactory.create_batch(2)
    EventFactory(state=Event.State.DRAFT)
    response = client.get("/")
    html = response.content.decode()
    assert response.context["figures"]["events"] == 2
    assert 'name="q"' in html and 'name="autour"' in html
    assert 'href="/regions/bretagne/"' in html
    assert 'href="/evenements/?theme=economie-circulaire-et-reemploi"' in html
    assert 'href="/carte/"' in html
    assert len(response.context["upcoming"]) == 2


def test_home_page_lists_themes_in_their_set_order(client):
    Theme.objects.update(position=5)
    Theme.objects.filter(slug="tourisme-social-et-solidaire").update(position=0)
    Theme.objects.filter(slug="economie-circulaire-et-reemploi").update(position=1)
    themes = [theme.slug for theme in client.get("/").context["themes"]]
    assert themes[:2] == ["tourisme-social-et-solidaire", "economie-circulaire-et-reemploi"]
    assert themes[2:] == list(Theme.objects.filter(position=5).order_by("name").values_list("slug", flat=True))


def facet_counts(response, name):
    facet = next(facet for facet in response.context["facets"] if facet.name == name)
    return {option.value: option.count for option in facet.options if option.count}


def test_list_facet_counts_are_cached_until_something_changes(client, django_assert_num_queries):
    organization = OrganizationFactory(legal_form="association")
    EventFactory(organization=organization, themes=[Theme.objects.get(slug="finance-solidaire")])
    with django_assert_num_queries(14):
        first = client.get("/evenements/")
    # Another visitor, the same filters (another page, another order): the counts come from the cache.
    # No facet counts (one pass for every facet), no reference lists (both kept under the public
    # version), no slot end, no count (the facet counts' total).
    with django_assert_num_queries(5):
        second = client.get("/evenements/?tri=recent&page=1")
    assert first.context["page"].paginator.count == second.context["page"].paginator.count == 1
    assert facet_counts(first, "theme") == facet_counts(second, "theme") == {"finance-solidaire": 1}
    EventFactory(themes=[Theme.objects.get(slug="finance-solidaire")])
    assert facet_counts(client.get("/evenements/"), "theme") == {"finance-solidaire": 2}
    organization.legal_form = "cooperative"
    organization.save()
    assert facet_counts(client.get("/evenements/"), "forme") == {"association": 1, "cooperative": 1}
