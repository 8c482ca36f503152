"""Search by names (themes, types, places…), « autour » by commune name and ``quand``, on the list
and on the open-data outputs (issue 12, « Search »). Runs on SQLite and on PostgreSQL."""

import datetime
import json
from zoneinfo import ZoneInfo

import pytest

from events.filters import period_days
from events.models import Audience, EventType, Highlight, Theme
from regions.geodata import find_places, suggest_places
from tests.factories import EventFactory, OrganizationFactory, department

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
MARTINIQUE = ZoneInfo("America/Martinique")


def titles(response):
    return sorted(event.title for event in response.context["page"].object_list)


def theme(slug):
    return Theme.objects.get(slug=slug)


@pytest.fixture
def catalogue():
    """Events whose own text says nothing of their theme, type or place."""
    finance, circular = theme("finance-solidaire"), theme("economie-circulaire-et-reemploi")
    expo = EventType.objects.get(slug="exposition")
    EventFactory(title="Portes ouvertes", summary="Venez.", description="Bienvenue.", themes=[circular])
    EventFactory(
        title="Rencontre",
        summary="Venez.",
        description="Bienvenue.",
        themes=[finance],
        event_type=expo,
        department=department("29"),
        postal_code="29000",
        city="Quimper",
        latitude=47.996,
        longitude=-4.102,
    )
    EventFactory(
        title="Soirée",
        summary="Venez.",
        description="Bienvenue.",
        themes=[finance],
        event_type=expo,
        department=department("69"),
        postal_code="69001",
        city="Lyon",
        latitude=45.767,
        longitude=4.834,
    )


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("économie circulaire", ["Portes ouvertes"]),
        ("circulaire", ["Portes ouvertes"]),
        ("ECONOMIE CIRCULAIRE", ["Portes ouvertes"]),
        ("Rennes", ["Portes ouvertes"]),
        ("Quimper", ["Rencontre"]),
        ("Finistère", ["Rencontre"]),
        ("finistere", ["Rencontre"]),
        ("Ille-et-Vilaine", ["Portes ouvertes"]),
        ("rhône", ["Soirée"]),
        ("exposition", ["Rencontre", "Soirée"]),
        ("finance lyon", ["Soirée"]),  # one word in a theme, one in the commune
        ("finance -lyon", ["Rencontre"]),
        ('"finance solidaire"', ["Rencontre", "Soirée"]),
        ('"solidaire finance"', []),
        ("la finance et le", ["Rencontre", "Soirée"]),  # small words are ignored
    ],
)
def test_search_covers_names_and_places(client, catalogue, q, expected):
    assert titles(client.get("/evenements/", {"q": q})) == expected


def test_search_covers_audience_highlight_and_organisation(client):
    organization = OrganizationFactory(name="Les Jardiniers du Blosne")
    highlight = Highlight.objects.first()
    EventFactory(title="Un", summary="-", description="-", organization=organization)
    EventFactory(title="Deux", summary="-", description="-", highlight=highlight)
    audience = Audience.objects.exclude(slug="grand-public").first()
    EventFactory(title="Trois", summary="-", description="-", audiences=[audience])
    assert titles(client.get("/evenements/", {"q": "jardiniers"})) == ["Un"]
    assert titles(client.get("/evenements/", {"q": highlight.name})) == ["Deux"]
    assert titles(client.get("/evenements/", {"q": audience.name})) == ["Trois"]


def test_search_for_a_commune_offers_events_around_it(client, catalogue):
    html = client.get("/evenements/", {"q": "Rennes"}).content.decode()
    assert "Événements autour de Rennes" in html
    assert 'href="?autour=Rennes"' in html
    # A department: around its prefecture.
    html = client.get("/evenements/", {"q": "Finistère", "theme": "finance-solidaire"}).content.decode()
    assert "Événements autour de Quimper" in html
    assert 'href="?theme=finance-solidaire&amp;autour=Quimper"' in html
    # Homonyms: one link each, with their department.
    html = client.get("/evenements/", {"q": "Saint-Denis"}).content.decode()
    assert "Événements autour de Saint-Denis (La Réunion)" in html
    assert "Événements autour de Saint-Denis (Seine-Saint-Denis)" in html
    # Not for words that are no place.
    assert "Événements autour de" not in client.get("/evenements/", {"q": "finance"}).content.decode()


@pytest.mark.parametrize("value", ["Rennes", "rennes", "35000", "48.11,-1.68", "Rennes (35)", "Cesson-Sévigné"])
def test_around_accepts_a_commune_a_postal_code_or_coordinates(client, catalogue, value):
    response = client.get("/evenements/", {"autour": value})
    assert not response.context["form"].errors
    assert titles(response) == ["Portes ouvertes"]


def test_around_by_name_finds_communes_everywhere():
    assert [p.label for p in find_places("saint etienne")] == ["Saint-Étienne (42)"]
    assert [p.label for p in find_places("Fort-de-France")] == ["Fort-de-France (972)"]
    assert [p.label for p in find_places("ST-ÉTIENNE")] == ["Saint-Étienne (42)"]
    assert {"Saint-Denis (93)", "Saint-Denis (974)"} <= {p.label for p in find_places("Saint-Denis")}
    assert [p.label for p in find_places("Saint-Denis (974)")] == ["Saint-Denis (974)"]
    assert find_places("Atlantide") == []
    assert suggest_places("renn")[0].label == "Rennes (35)"
    assert suggest_places("r") == []


def test_ambiguous_commune_offers_the_choices_with_their_department(client, catalogue):
    response = client.get("/evenements/", {"autour": "Saint-Denis"})
    assert "Plusieurs communes s’appellent « Saint-Denis »" in response.context["form"].errors["autour"][0]
    html = response.content.decode()
    assert 'href="?autour=Saint-Denis+%28974%29"' in html
    assert "La Réunion, 974" in html and "Seine-Saint-Denis, 93" in html
    # Ignored meanwhile: every event is listed.
    assert len(titles(response)) == 3
    martinique = EventFactory(
        title="À Fort-de-France",
        department=department("972"),
        city="Fort-de-France",
        postal_code="97200",
        latitude=14.61,
        longitude=-61.06,
        slots=[
            (
                datetime.datetime(2026, 11, 27, 18, tzinfo=MARTINIQUE),
                datetime.datetime(2026, 11, 27, 20, tzinfo=MARTINIQUE),
            )
        ],
    )
    assert titles(client.get("/evenements/", {"autour": "fort de france"})) == [martinique.title]


def test_distance_search_shows_the_distance_on_each_card(client, catalogue):
    EventFactory(title="À Cesson", latitude=48.12, longitude=-1.60, city="Cesson-Sévigné", postal_code="35510")
    response = client.get("/evenements/", {"autour": "Rennes", "rayon": "15"})
    html = response.content.decode()
    assert titles(response) == ["Portes ouvertes", "À Cesson"]
    assert "à 2 km" in html and "à 6 km" in html
    assert "à moins de 15 km de Rennes" in html
    # The map draws the centre and the radius.
    state = json.loads(response.context["map_origin"])
    assert state["radius"] == 15 and state["label"] == "Rennes"


def test_empty_results_suggest_a_wider_radius_only_with_one(client, catalogue):
    html = client.get("/evenements/", {"q": "introuvable"}).content.decode()
    assert "Essayez d’en retirer un." in html and "élargir le rayon" not in html
    html = client.get("/evenements/", {"q": "introuvable", "autour": "Brest"}).content.decode()
    assert "élargir le rayon" in html


def test_communes_endpoint_suggests_without_network(client):
    response = client.get("/evenements/communes.json", {"q": "fort-de"})
    assert response.status_code == 200
    labels = [row["label"] for row in response.json()["communes"]]
    assert "Fort-de-France (972)" in labels
    assert client.get("/evenements/communes.json", {"q": "x" * 500}).json() == {"communes": []}
    assert client.get("/evenements/communes.json").json() == {"communes": []}


# -- quand ------------------------------------------------------------------------------------------------


def test_period_days():
    friday = datetime.date(2026, 11, 20)
    assert period_days("aujourdhui", friday) == (friday, friday)
    assert period_days("ce-week-end", friday) == (datetime.date(2026, 11, 21), datetime.date(2026, 11, 22))
    assert period_days("cette-semaine", friday) == (friday, datetime.date(2026, 11, 22))
    sunday = datetime.date(2026, 11, 22)
    assert period_days("ce-week-end", sunday) == (sunday, sunday)


def at(day, hour, tz=PARIS):
    start = datetime.datetime(2026, 11, day, hour, tzinfo=tz)
    return [(start, start + datetime.timedelta(hours=2))]


@pytest.fixture
def week(_frozen_clock):
    """Saturday 21 November 2026, 02:00 in Paris: still Friday 20 November, 21:00, in Martinique."""
    _frozen_clock.move_to(datetime.datetime(2026, 11, 21, 2, 0, tzinfo=PARIS))
    fdf = {
        "department": department("972"),
        "city": "Fort-de-France",
        "postal_code": "97200",
        "latitude": 14.61,
        "longitude": -61.06,
    }
    EventFactory(title="Paris samedi", slots=at(21, 18))
    EventFactory(title="Paris dimanche", slots=at(22, 10))
    EventFactory(title="Paris lundi", slots=at(23, 10))
    EventFactory(title="Martinique vendredi soir", slots=at(20, 22, MARTINIQUE), **fdf)
    EventFactory(title="Martinique samedi", slots=at(21, 10, MARTINIQUE), **fdf)


def test_when_is_read_in_each_events_time_zone(client, week):
    assert titles(client.get("/evenements/", {"quand": "aujourdhui"})) == [
        "Martinique vendredi soir",
        "Paris samedi",
    ]
    assert titles(client.get("/evenements/", {"quand": "ce-week-end"})) == [
        "Martinique samedi",
        "Paris dimanche",
        "Paris samedi",
    ]
    assert titles(client.get("/evenements/", {"quand": "cette-semaine"})) == [
        "Martinique samedi",
        "Martinique vendredi soir",
        "Paris dimanche",
        "Paris samedi",
    ]
    response = client.get("/evenements/", {"quand": "demain"})
    assert "ce choix de jours n’existe pas" in response.context["form"].errors["quand"][0]
    assert len(titles(response)) == 5


def test_when_applies_to_every_open_data_output(client, week):
    api = client.get("/api/evenements", {"quand": "aujourdhui"}).json()
    assert sorted(record["title"] for record in api["results"]) == ["Martinique vendredi soir", "Paris samedi"]
    geojson = client.get("/evenements/carte.geojson", {"quand": "aujourdhui"})
    assert len(json.loads(geojson.content)["features"]) == 2
    ics = client.get("/evenements/calendrier.ics", {"quand": "aujourdhui"}).getvalue().decode()
    assert "Paris samedi" in ics and "Paris dimanche" not in ics
    feed = client.get("/evenements/flux.xml", {"quand": "aujourdhui"}).content.decode()
    assert "Paris samedi" in feed and "Paris lundi" not in feed
    export = client.get("/evenements/export.csv", {"quand": "ce-week-end"}).getvalue().decode("utf-8-sig")
    assert "Paris dimanche" in export and "Martinique vendredi soir" not in export


def test_when_quick_choices_sit_next_to_the_dates(client, week):
    html = client.get("/evenements/", {"quand": "ce-week-end"}).content.decode()
    assert 'id="f-quand-ce-week-end" checked' in html
    assert "Événements de ce week-end" in html


def test_search_and_places_do_not_add_queries_per_event(client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    query = {"q": "circulaire rennes", "autour": "Rennes", "quand": "cette-semaine", "tri": "distance"}
    EventFactory(slots=at(21, 10))
    with CaptureQueriesContext(connection) as few:
        assert client.get("/evenements/", query).status_code == 200
    for _ in range(8):
        EventFactory(slots=at(21, 10))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/evenements/", query)
    assert len(response.context["page"].object_list) == 9


def test_api_takes_commune_names_and_refuses_an_ambiguous_one(client, catalogue):
    response = client.get("/api/evenements", {"autour": "Saint-Denis"})
    assert response.status_code == 400
    assert "Plusieurs communes s’appellent « Saint-Denis »" in response.json()["errors"]["autour"][0]
    data = client.get("/api/evenements", {"autour": "Quimper", "q": "finance"}).json()
    assert [record["title"] for record in data["results"]] == ["Rencontre"]


def test_postgresql_keeps_its_index_through_the_filter(client):
    from django.db import connection
    from django.http import QueryDict

    from events.filters import EventFilter
    from events.models import Event
    from events.search import annotate_for_search, text_search_q
    from organizations.models import Organization

    if connection.vendor != "postgresql":
        pytest.skip("The GIN index is PostgreSQL's.")
    EventFactory(title="Au jardin partagé")
    assert titles(client.get("/evenements/", {"q": "jardins"})) == ["Au jardin partagé"]
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
    # Words that are no name: the index alone answers them (the filter's names, as the list has them).
    names = EventFilter(QueryDict("q=jardin+partage")).search_names
    condition = text_search_q("jardin partage", organization_model=Organization, event_model=Event, names=names)
    assert "event_search_idx" in annotate_for_search(Event.objects.all()).filter(condition).explain()
