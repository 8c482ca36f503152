"""The printable regional programme /regions/<slug>/programme/."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Event
from tests.factories import EventFactory, OrganizationFactory, department

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
REUNION = ZoneInfo("Indian/Reunion")


def _slot(day, hour, tz=PARIS):
    start = datetime.datetime(2026, 11, day, hour, tzinfo=tz)
    return (start, start + datetime.timedelta(hours=2))


def _groups(response):
    return [
        (
            day["date"].isoformat(),
            [
                (g["department"].code if g["department"] else None, [e.title for e, _s in g["slots"]])
                for g in day["departments"]
            ],
        )
        for day in response.context["days"]
    ]


def test_programme_groups_published_events_by_date_then_department(client):
    org = OrganizationFactory(name="Réseau breton", slug="reseau-breton")
    EventFactory(organization=org, title="Atelier à Rennes", slug="rennes", slots=[_slot(12, 18)])
    EventFactory(
        organization=org,
        title="Matinée à Quimper",
        slug="quimper",
        department=department("29"),
        slots=[_slot(12, 9)],
        latitude=48.0,
        longitude=-4.1,
    )
    EventFactory(organization=org, title="Deux soirées", slug="deux-soirees", slots=[_slot(12, 20), _slot(14, 20)])
    EventFactory(
        organization=org,
        title="Webinaire",
        slug="webinaire",
        department=None,
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://visio.example.org",
        latitude=None,
        longitude=None,
        slots=[_slot(14, 12)],
    )
    EventFactory(
        organization=org, title="En attente", slug="en-attente", state=Event.State.PENDING, slots=[_slot(12, 10)]
    )
    EventFactory(
        organization=OrganizationFactory(department=department("44")),
        title="À Nantes",
        slug="nantes",
        department=department("44"),
        slots=[_slot(12, 10)],
    )

    response = client.get("/regions/bretagne/programme/")

    assert response.status_code == 200
    assert _groups(response) == [
        ("2026-11-12", [("29", ["Matinée à Quimper"]), ("35", ["Atelier à Rennes", "Deux soirées"])]),
        ("2026-11-14", [("35", ["Deux soirées"]), (None, ["Webinaire"])]),
    ]
    page = response.content.decode()
    assert "Jeudi 12 novembre 2026" in page
    assert "Finistère (29)" in page and "En ligne" in page
    assert "css/programme.css" in page
    assert "En attente" not in page and "À Nantes" not in page


def test_programme_shows_overseas_times_in_region_time_zone(client):
    org = OrganizationFactory(department=department("974"), slug="asso-reunion")
    # 23:00 in La Réunion on the 12th is still the 12th there (20:00 in Paris).
    EventFactory(
        organization=org,
        title="Soirée créole",
        slug="soiree",
        department=department("974"),
        latitude=-20.88,
        longitude=55.45,
        slots=[_slot(12, 23, REUNION)],
    )
    response = client.get("/regions/la-reunion/programme/")
    assert _groups(response) == [("2026-11-12", [("974", ["Soirée créole"])])]
    assert "23h00" in response.content.decode()
    assert "Horaires à l’heure de La Réunion." in response.content.decode()


def test_programme_of_unknown_region_is_not_found(client):
    assert client.get("/regions/atlantide/programme/").status_code == 404


def test_programme_query_count_is_the_same_for_1_and_30_events(client):
    EventFactory(title="Événement 0", slug="evenement-0")
    with CaptureQueriesContext(connection) as one:
        client.get("/regions/bretagne/programme/")
    for n in range(1, 30):
        EventFactory(title=f"Événement {n}", slug=f"evenement-{n}", slots=[_slot(1 + n % 28, 18)])
    with CaptureQueriesContext(connection) as many:
        response = client.get("/regions/bretagne/programme/")
    assert response.context["count"] == 30
    assert len(many) == len(one)


def test_programme_header_names_the_cress_with_a_link_and_french_spacing(client):
    page = client.get("/regions/bretagne/programme/").content.decode()
    assert "Campagne animée par la CRESS Bretagne" in page
    assert '<a href="https://www.ess-bretagne.org/">https://www.ess-bretagne.org/</a>' in page
    assert "«\u00a0Imprimer\u00a0»" in page
