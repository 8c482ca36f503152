"""/evenements/carte.geojson: every matching event with a place, compact, cacheable, clustered on demand."""

import datetime
import gzip
import json
from zoneinfo import ZoneInfo

import pytest

from events.models import Event, Theme
from tests.factories import EventFactory, department, martinique_event, martinique_slot

pytestmark = pytest.mark.django_db

URL = "/evenements/carte.geojson"


def features(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    return data["features"]


def test_geojson_feature_has_compact_properties(client):
    event = EventFactory(title="Répar’café", latitude=48.1069123456, longitude=-1.6764987654)
    [feature] = features(client.get(URL))
    assert feature == {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [-1.6765, 48.10691]},
        "properties": {
            "id": event.pk,
            "title": "Répar’café",
            "url": f"/evenements/{event.slug}/",
            "start": "2026-11-27T18:00:00+01:00",
            "type": "atelier",
        },
    }


def test_geojson_start_is_next_slot_in_event_time_zone(client):
    martinique_event(martinique_slot(3, 9), martinique_slot(24, 9))
    [feature] = features(client.get(URL))
    assert feature["properties"]["start"] == "2026-11-24T09:00:00-04:00"


def test_geojson_matches_list_for_same_filters(client):
    finance = Theme.objects.get(slug="finance-solidaire")
    for i in range(5):
        EventFactory(themes=[finance], latitude=48.1 + i / 100, is_free=i % 2 == 0)
    EventFactory()  # another theme
    EventFactory(themes=[finance], state=Event.State.PENDING)
    EventFactory(
        themes=[finance],
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://visio.example.org/x",
        latitude=None,
        longitude=None,
    )  # no place: in the list, not on the map
    for query in ("theme=finance-solidaire", "theme=finance-solidaire&gratuit=1", "autour=35000&rayon=5", ""):
        listed = client.get(f"/evenements/?{query}").context["page"].object_list
        mapped = {f["properties"]["id"] for f in features(client.get(f"{URL}?{query}"))}
        assert mapped == {e.pk for e in listed if e.has_place}, query
    assert len(features(client.get(f"{URL}?theme=finance-solidaire"))) == 5


def test_geojson_is_not_paginated(client):
    for i in range(30):
        EventFactory(latitude=45 + i / 10)
    assert len(features(client.get(f"{URL}?page=2"))) == 30


def test_geojson_bad_parameters_never_fail(client):
    EventFactory()
    for query in ("du=hier", "theme=inconnu", "autour=00000", "bbox=a,b,c,d&zoom=x", "bbox=1,2,3&zoom=5", "rayon=-1"):
        assert len(features(client.get(f"{URL}?{query}"))) == 1, query


def test_geojson_answers_304_to_a_matching_etag(client):
    event = EventFactory()
    first = client.get(URL)
    etag = first["ETag"]
    assert "max-age=60" in first["Cache-Control"]
    assert client.get(URL, headers={"if-none-match": etag}).status_code == 304
    # Another filter, another validator.
    assert client.get(f"{URL}?gratuit=1")["ETag"] != etag
    # An edit changes it.
    event.title = "Nouveau titre"
    event.save()
    assert client.get(URL, headers={"if-none-match": etag}).status_code == 200


def test_geojson_etag_changes_when_an_event_is_unpublished(client):
    event = EventFactory()
    EventFactory()
    etag = client.get(URL)["ETag"]
    event.state = Event.State.DRAFT
    event.save()  # a save bumps the public version (events.caching), as the services do
    response = client.get(URL, headers={"if-none-match": etag})
    assert response.status_code == 200
    assert len(features(response)) == 1


def test_geojson_clusters_nearby_events_with_bbox_and_zoom(client):
    rennes = [EventFactory(latitude=48.11 + i / 1000, longitude=-1.68) for i in range(4)]
    lyon = EventFactory(latitude=45.76, longitude=4.83, department=department("69"))
    response = client.get(f"{URL}?bbox=-6,41,10,52&zoom=5")
    found = features(response)
    clusters = [f for f in found if f["properties"].get("cluster")]
    singles = [f for f in found if not f["properties"].get("cluster")]
    assert [c["properties"]["count"] for c in clusters] == [4]
    assert [s["properties"]["id"] for s in singles] == [lyon.pk]
    # Zoomed in on Rennes: every event on its own.
    zoomed = features(client.get(f"{URL}?bbox=-1.7,48.1,-1.6,48.2&zoom=16"))
    assert sorted(f["properties"]["id"] for f in zoomed) == sorted(e.pk for e in rennes)
    # Without bbox and zoom: never clustered.
    assert len(features(client.get(URL))) == 5


def test_geojson_query_count_does_not_grow(client, django_assert_num_queries, django_assert_max_num_queries):
    # 7 reference lists for the filter form, the next slot end (the version is a cache read), the features.
    EventFactory()
    with django_assert_num_queries(9):
        client.get(URL)
    for i in range(29):
        EventFactory(latitude=44 + i / 10, longitude=-4 + i / 3)
    with django_assert_num_queries(9):
        assert len(features(client.get(URL))) == 30
    # Clustered: the grid, then the events alone in their cell.
    with django_assert_max_num_queries(12):
        client.get(f"{URL}?bbox=-6,41,10,52&zoom=8")


def test_geojson_merges_groups_straddling_a_cell_border(client):
    # At zoom 5 a cell is ~2.64° high; 47.45 and 47.47 fall on both sides of a border.
    EventFactory(latitude=47.45, longitude=-1.0)
    EventFactory(latitude=47.45, longitude=-1.01)
    EventFactory(latitude=47.47, longitude=-1.0)
    found = features(client.get(f"{URL}?bbox=-6,41,10,52&zoom=5"))
    assert [f["properties"] for f in found] == [{"cluster": True, "count": 3}]


def test_geojson_collection_is_cached_until_something_changes(client, django_assert_num_queries):
    event = EventFactory(title="Avant")
    with django_assert_num_queries(9):
        client.get(URL)
    # The same collection again (another client, no validator): the whole answer comes from the shared
    # cache of anonymous responses, without a query.
    with django_assert_num_queries(0):
        assert [f["properties"]["title"] for f in features(client.get(URL))] == ["Avant"]
    event.title = "Après"
    event.save()
    assert [f["properties"]["title"] for f in features(client.get(URL))] == ["Après"]


def test_geojson_cache_follows_the_end_of_a_slot(client, _frozen_clock):
    paris = ZoneInfo("Europe/Paris")
    start = datetime.datetime(2026, 11, 20, 11, tzinfo=paris)
    EventFactory(title="Bientôt fini", slots=[(start, start + datetime.timedelta(hours=1))])
    EventFactory(title="Plus tard")
    assert len(features(client.get(URL))) == 2
    _frozen_clock.move_to(datetime.datetime(2026, 11, 20, 12, 30, tzinfo=paris))
    assert [f["properties"]["title"] for f in features(client.get(URL))] == ["Plus tard"]


def test_geojson_is_gzipped_for_clients_that_accept_it(client):
    EventFactory(title="Répar’café")
    zipped = client.get(URL, headers={"accept-encoding": "gzip, deflate, br"})
    plain = client.get(URL)
    assert zipped["Content-Encoding"] == "gzip" and "Content-Encoding" not in plain
    assert "Accept-Encoding" in zipped["Vary"] and "Accept-Encoding" in plain["Vary"]
    assert gzip.decompress(zipped.content) == plain.content
    assert [f["properties"]["title"] for f in features(plain)] == ["Répar’café"]


def test_geojson_unknown_parameters_share_the_validator(client):
    EventFactory()
    assert client.get(f"{URL}?utm_source=lettre&x=1")["ETag"] == client.get(URL)["ETag"]
    assert client.get(f"{URL}?gratuit=1")["ETag"] != client.get(URL)["ETag"]
