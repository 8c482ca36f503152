"""/api/: the JSON API, its OpenAPI description and its human page."""

import datetime
import json
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings

from events.models import Event, Theme
from tests.factories import EventFactory, OrganizationFactory, department

pytestmark = pytest.mark.django_db

URL = "/api/evenements"


def get_json(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    assert response["Access-Control-Allow-Origin"] == "*"
    return json.loads(response.content)


def test_api_list_gives_every_public_field(client):
    organization = OrganizationFactory(name="Coop’ des Tilleuls", slug="coop-des-tilleuls")
    event = EventFactory(
        organization=organization,
        title="Répar’café",
        is_free=False,
        price_conditions="Prix libre",
        access_motor=True,
        registration_url="https://inscription.example.org/repar",
    )
    data = get_json(client, URL)
    assert data["count"] == 1
    assert data["next"] is None and data["previous"] is None
    assert data["licence"]["name"] == "Licence Ouverte / Open Licence version 2.0"
    [record] = data["results"]
    assert record["id"] == event.pk
    assert record["url"] == f"{settings.SITE_URL}/evenements/{event.slug}/"
    assert record["api_url"] == f"{settings.SITE_URL}/api/evenements/{event.pk}"
    assert record["title"] == "Répar’café"
    assert record["starts_at"] == "2026-11-27T18:00:00+01:00"
    assert record["slots"] == [{"starts_at": "2026-11-27T18:00:00+01:00", "ends_at": "2026-11-27T20:00:00+01:00"}]
    assert record["organization"] == {
        "slug": "coop-des-tilleuls",
        "name": "Coop’ des Tilleuls",
        "url": f"{settings.SITE_URL}/organisations/coop-des-tilleuls/",
    }
    assert record["region"] == {"slug": "bretagne", "code": "53", "name": "Bretagne"}
    assert record["department"] == {"code": "35", "name": "Ille-et-Vilaine"}
    assert record["place"]["city"] == "Rennes"
    assert record["place"]["latitude"] == 48.1069
    assert record["format"] == "presentiel"
    assert record["type"] == {"slug": "atelier", "name": "Atelier"}
    assert record["themes"] == [
        {
            "slug": "economie-circulaire-et-reemploi",
            "name": Theme.objects.get(slug="economie-circulaire-et-reemploi").name,
        }
    ]
    assert record["audiences"][0]["slug"] == "grand-public"
    assert record["is_free"] is False and record["price_conditions"] == "Prix libre"
    assert record["accessibility"] == ["moteur"]
    assert record["registration"]["url"] == "https://inscription.example.org/repar"
    assert record["edition"] == 2026


def test_api_dates_carry_the_event_time_zone_offset(client):
    reunion = ZoneInfo("Indian/Reunion")
    EventFactory(
        department=department("974"),
        postal_code="97400",
        city="Saint-Denis",
        latitude=-20.88,
        longitude=55.45,
        slots=[
            (datetime.datetime(2026, 11, 25, 9, tzinfo=reunion), datetime.datetime(2026, 11, 25, 12, tzinfo=reunion))
        ],
    )
    [record] = get_json(client, URL)["results"]
    assert record["starts_at"] == "2026-11-25T09:00:00+04:00"
    assert record["timezone"] == "Indian/Reunion"


def test_api_list_shows_published_events_only(client):
    published = EventFactory()
    for state in (Event.State.DRAFT, Event.State.PENDING, Event.State.REJECTED, Event.State.CHANGES_REQUESTED):
        EventFactory(state=state)
    data = get_json(client, URL)
    assert [r["id"] for r in data["results"]] == [published.pk]


def test_api_list_is_paginated_with_absolute_links(client):
    for _ in range(5):
        EventFactory()
    first = get_json(client, f"{URL}?par_page=2&theme=economie-circulaire-et-reemploi")
    assert first["count"] == 5
    assert len(first["results"]) == 2
    assert first["next"].startswith(f"{settings.SITE_URL}/api/evenements?")
    assert "theme=economie-circulaire-et-reemploi" in first["next"]
    last = get_json(client, f"{URL}?par_page=2&page=3")
    assert len(last["results"]) == 1 and last["next"] is None
    assert last["previous"].endswith("page=2")
    ids = {r["id"] for page in (1, 2, 3) for r in get_json(client, f"{URL}?par_page=2&page={page}")["results"]}
    assert len(ids) == 5


def test_api_rejects_bad_parameters_with_french_messages(client):
    data = get_json(client, f"{URL}?region=atlantide&du=2026-13-01&par_page=0&organisation=inconnue", status=400)
    assert set(data["errors"]) == {"region", "du", "par_page", "organisation"}
    assert "cette région n’existe pas" in data["errors"]["region"][0]
    assert "AAAA-MM-JJ" in data["errors"]["du"][0]
    assert "cette organisation n’existe pas" in data["errors"]["organisation"][0]


def test_api_page_past_the_end_is_404_json(client):
    EventFactory()
    data = get_json(client, f"{URL}?page=9", status=404)
    assert "1 page" in data["detail"]


def test_api_detail_gives_one_published_event(client):
    event = EventFactory(title="Portes ouvertes")
    draft = EventFactory(state=Event.State.DRAFT)
    assert get_json(client, f"{URL}/{event.pk}")["title"] == "Portes ouvertes"
    assert get_json(client, f"{URL}/{draft.pk}", status=404)["detail"]
    assert get_json(client, f"{URL}/999999", status=404)["detail"]


def test_api_referentials_list_filter_values(client):
    data = get_json(client, "/api/referentiels")
    assert len(data["regions"]) == 18
    martinique = next(r for r in data["regions"] if r["slug"] == "martinique")
    assert martinique["timezone"] == "America/Martinique"
    assert {"code": "2A", "name": "Corse-du-Sud", "region": "corse"} in data["departments"]
    assert {"slug": "finance-solidaire", "name": Theme.objects.get(slug="finance-solidaire").name} in data["themes"]
    assert [f["slug"] for f in data["formats"]] == ["presentiel", "en-ligne", "mixte"]
    assert any(e["year"] == 2026 and e["current"] for e in data["editions"])


def test_api_answers_304_to_a_known_etag(client):
    event = EventFactory()
    for url in (URL, f"{URL}/{event.pk}", "/api/referentiels", "/api/openapi.json"):
        first = client.get(url)
        assert first.status_code == 200
        etag = first["ETag"]
        again = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, url
        assert again.content == b""


def test_api_etag_changes_when_an_event_changes(client):
    event = EventFactory()
    etag = client.get(URL)["ETag"]
    event.title = "Nouveau titre"
    event.updated_at += datetime.timedelta(seconds=5)
    event.save()  # a save bumps the public version (events.caching), as the services do
    response = client.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag
    EventFactory()
    assert client.get(URL, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 200


def test_api_openapi_document_describes_the_paths(client):
    document = get_json(client, "/api/openapi.json")
    assert document["openapi"].startswith("3.1")
    assert set(document["paths"]) == {"/api/evenements", "/api/evenements/{id}", "/api/referentiels"}
    names = {p["name"] for p in document["paths"]["/api/evenements"]["get"]["parameters"]}
    assert {"q", "region", "theme", "du", "au", "autour", "rayon", "tri", "organisation", "page", "par_page"} <= names
    assert "Etalab" in document["info"]["description"]


def test_api_home_page_documents_the_outputs(client):
    EventFactory()
    response = client.get("/api/")
    assert response.status_code == 200
    html = response.content.decode()
    for url in (
        "/api/evenements",
        "/api/referentiels",
        "/api/openapi.json",
        "/evenements/calendrier.ics",
        "/evenements/flux.xml",
        "/evenements/export.csv",
    ):
        assert url in html
    assert "Licence Ouverte / Etalab 2.0" in html


@pytest.mark.parametrize("count", [1, 30])
def test_api_list_query_count_does_not_grow(client, django_assert_num_queries, count):
    for i in range(count):
        EventFactory(latitude=48 + i / 100)
    # The reference lists (7), the next slot end, the count, the page's ids (narrow, sorted), its
    # events and their themes, slots and audiences.
    with django_assert_num_queries(14):
        data = get_json(client, URL)
    assert data["count"] == count
