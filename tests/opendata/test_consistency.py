"""The same filters give the same events on the list page, the GeoJSON (events with a place), the API,
the CSV, the RSS feed and the iCalendar feed."""

import csv
import datetime
import io
import json
from zoneinfo import ZoneInfo

import icalendar
import pytest
from defusedxml import ElementTree
from django.conf import settings

from events.models import Audience, Event, Theme
from tests.factories import EventFactory, department

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
QUERIES = [
    "",
    "region=bretagne",
    "theme=finance-solidaire",
    "theme=finance-solidaire&gratuit=1",
    "format=en-ligne",
    "region=bretagne&region=ile-de-france&public=etudiants",
    "du=2026-11-25&au=2026-11-28",
    "passes=1",
    "autour=35000&rayon=10",
    "q=epargne",
    "accessibilite=moteur&accessibilite=visuel",
]


@pytest.fixture
def catalogue():
    finance = Theme.objects.get(slug="finance-solidaire")
    students = Audience.objects.get(slug="etudiants")
    paris_place = {
        "department": department("75"),
        "postal_code": "75011",
        "city": "Paris",
        "latitude": 48.86,
        "longitude": 2.38,
    }

    def day(d, h=18):
        return (
            datetime.datetime(2026, 11, d, h, tzinfo=PARIS),
            datetime.datetime(2026, 11, d, h + 2, tzinfo=PARIS),
        )

    EventFactory(themes=[finance], title="Épargne solidaire à Rennes", slots=[day(24)], access_motor=True)
    EventFactory(themes=[finance], is_free=False, price_conditions="5 €", slots=[day(26)], audiences=[students])
    EventFactory(themes=[finance], latitude=48.2, longitude=-1.5, slots=[day(21), day(28)], access_visual=True)
    EventFactory(**paris_place, audiences=[students], slots=[day(27)])
    EventFactory(**paris_place, themes=[finance], title="Forum de l’épargne", slots=[day(29)])
    EventFactory(
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://visio.example.org/ess",
        latitude=None,
        longitude=None,
        themes=[finance],
        slots=[day(25)],
    )
    EventFactory(slots=[day(3)], title="Déjà passé")
    EventFactory(state=Event.State.PENDING, themes=[finance])
    EventFactory(state=Event.State.DRAFT)


def _list_ids(client, query):
    response = client.get(f"/evenements/?{query}")
    assert response.status_code == 200
    page = response.context["page"]
    assert page.paginator.num_pages == 1
    return [event.pk for event in page.object_list]


def _api_ids(client, query):
    data = json.loads(client.get(f"/api/evenements?{query}&par_page=200").content)
    return [record["id"] for record in data["results"]], data["count"]


def _csv_ids(client, query):
    text = client.get(f"/evenements/export.csv?{query}").getvalue().decode("utf-8-sig")
    return [int(row["id"]) for row in csv.DictReader(io.StringIO(text, newline=""), delimiter=";")]


def _url_to_id():
    return {f"{settings.SITE_URL}{e.get_absolute_url()}": e.pk for e in Event.objects.all()}


def _ics_ids(client, query):
    calendar = icalendar.Calendar.from_ical(client.get(f"/evenements/calendrier.ics?{query}").getvalue())
    urls = _url_to_id()
    return {urls[str(vevent["URL"])] for vevent in calendar.walk("VEVENT")}


def _rss_ids(client, query):
    root = ElementTree.fromstring(client.get(f"/evenements/flux.xml?{query}").content)
    urls = _url_to_id()
    return {urls[item.findtext("link")] for item in root.find("channel").findall("item")}


def _geojson_ids(client, query):
    data = json.loads(client.get(f"/evenements/carte.geojson?{query}").content)
    return {feature["properties"]["id"] for feature in data["features"]}


@pytest.mark.parametrize("query", QUERIES)
def test_outputs_agree_for_the_same_filters(client, catalogue, query):
    listed = _list_ids(client, query)
    api, count = _api_ids(client, query)
    assert api == listed  # same events, same order
    assert count == len(listed)
    assert _csv_ids(client, query) == listed
    assert _ics_ids(client, query) == set(listed)
    # The feed lists the most recently published events whatever their dates (ended ones too).
    scoped = any(name in query for name in ("du=", "au=", "edition="))
    assert _rss_ids(client, query) == set(listed if scoped else _list_ids(client, f"{query}&passes=1"))
    with_place = {e.pk for e in Event.objects.filter(pk__in=listed) if e.has_place}
    assert _geojson_ids(client, query) == with_place


def test_outputs_agree_on_expected_counts(client, catalogue):
    assert len(_list_ids(client, "")) == 6  # upcoming published events of the current edition
    assert len(_list_ids(client, "passes=1")) == 7
    assert len(_list_ids(client, "theme=finance-solidaire")) == 5
    assert len(_list_ids(client, "region=bretagne")) == 4
    assert len(_geojson_ids(client, "theme=finance-solidaire")) == 4  # the online one has no place
