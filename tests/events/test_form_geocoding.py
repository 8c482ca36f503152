"""Geocoding through a fake address API served over real HTTP on loopback, and the fallback when
the API is down."""

import pytest
from django.test import override_settings

from events import geocoding
from events.models import Event
from regions.geodata import find_commune
from tests.space import event_data

pytestmark = pytest.mark.django_db

GEOCODE = "/espace/evenements/adresses/"


def test_search_reads_geojson_features(fake_address_api):
    places = geocoding.search("6 cours des Alliés Rennes")
    assert fake_address_api == ["6 cours des Alliés Rennes"]
    assert places == [
        geocoding.Place(
            label="6 Cours des Alliés 35000 Rennes",
            address="6 Cours des Alliés",
            postal_code="35000",
            city="Rennes",
            citycode="35238",
            department="35",
            lat=48.1052,
            lng=-1.6745,
            source="api",
        )
    ]


def test_search_overseas_department_from_context(fake_address_api):
    assert geocoding.search("rue de Paris Saint-Denis")[0].department == "974"


def test_search_short_query_asks_nothing(fake_address_api):
    assert geocoding.search(" 6 ") == []
    assert fake_address_api == []


def test_search_api_down_raises_unavailable():
    with pytest.raises(geocoding.GeocoderUnavailable):
        geocoding.search("6 cours des Alliés Rennes")


def test_search_api_error_page_raises_unavailable(fake_address_api, settings):
    settings.GEOCODER_URL = settings.GEOCODER_URL + "/ailleurs"
    with pytest.raises(geocoding.GeocoderUnavailable):
        geocoding.search("6 cours des Alliés Rennes")


def test_geocode_endpoint_proxies_the_api(client, member_a, fake_address_api):
    client.force_login(member_a)
    response = client.get(GEOCODE, {"q": "alliés"})
    assert response.status_code == 200
    payload = response.json()
    assert payload["available"] is True
    assert [r["label"] for r in payload["results"]] == [
        "6 Cours des Alliés 35000 Rennes",
        "6 Rue des Alliés 42100 Saint-Étienne",
    ]
    assert payload["results"][0]["lat"] == 48.1052


def test_geocode_endpoint_api_down_offers_town_halls(client, member_a):
    client.force_login(member_a)
    payload = client.get(GEOCODE, {"q": "6 cours des Alliés 35000"}).json()
    assert payload["available"] is False
    rennes = find_commune("35000", "Rennes")
    assert payload["results"][0]["city"] == "Rennes"
    assert (payload["results"][0]["lat"], payload["results"][0]["lng"]) == rennes.point
    assert payload["results"][0]["source"] == "town_hall"


def test_geocode_endpoint_requires_login(client, fake_address_api):
    response = client.get(GEOCODE, {"q": "alliés"})
    assert response.status_code == 302
    assert fake_address_api == []


def test_geocode_endpoint_rate_limited(client, member_a, fake_address_api):
    client.force_login(member_a)
    statuses = [client.get(GEOCODE, {"q": "alliés"}).status_code for _ in range(121)]
    assert statuses.count(200) == 120
    assert statuses[-1] == 429


@override_settings(GEOCODER_TIMEOUT=0.5)
def test_form_without_point_uses_api_when_it_knows_the_address(client, member_a, fake_address_api):
    client.force_login(member_a)
    client.post("/espace/evenements/nouveau/", event_data(address="6 Cours des Alliés"))
    event = Event.objects.get()
    assert (event.latitude, event.longitude) == (48.1052, -1.6745)


def test_form_without_point_api_down_uses_town_hall(client, member_a):
    client.force_login(member_a)
    client.post("/espace/evenements/nouveau/", event_data(address="6 Cours des Alliés"))
    event = Event.objects.get()
    assert (event.latitude, event.longitude) == find_commune("35000", "Rennes").point


def test_form_point_from_map_is_kept(client, member_a):
    client.force_login(member_a)
    client.post("/espace/evenements/nouveau/", event_data(latitude="48.1149", longitude="-1.6381"))
    event = Event.objects.get()
    assert (event.latitude, event.longitude) == (48.1149, -1.6381)


def test_far_point_check_uses_department_communes():
    # Saint-Malo is in Ille-et-Vilaine; Marseille is not; a point at sea off Brittany is far from everything.
    assert not geocoding.is_far_from_department(48.6493, -2.0257, "35")
    assert geocoding.is_far_from_department(43.2965, 5.3698, "35")
    assert geocoding.is_far_from_department(47.0, -5.5, "35")


def test_search_answers_are_cached(fake_address_api):
    first = geocoding.search("6 cours des Alliés Rennes")
    second = geocoding.search("6  COURS des Alliés Rennes")
    assert first == second
    assert fake_address_api == ["6 cours des Alliés Rennes"]
