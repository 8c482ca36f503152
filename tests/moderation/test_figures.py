"""The figures page: per region, department, theme, type, format and state, and against last year."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.models import Edition, Event, EventType, Theme
from moderation.figures import _evolution
from tests.factories import OrganizationFactory
from tests.moderation.helpers import pending_event

pytestmark = pytest.mark.django_db

FIGURES = reverse("admin:events_event_figures")
PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def edition_2025():
    return Edition.objects.create(year=2025, **Edition.defaults_for(2025))


@pytest.fixture
def campaign(organization_a, organization_b, event_b, edition_2025):
    finance = Theme.objects.get(slug="finance-solidaire")
    conference = EventType.objects.get(slug="conference-debat")
    second_org = OrganizationFactory(name="Mutuelle bretonne", slug="mutuelle-bretonne")
    pending_event(organization_a, title="Publié 1", slug="publie-1", state=Event.State.PUBLISHED)
    pending_event(
        second_org,
        "29",
        title="Publié 2",
        slug="publie-2",
        state=Event.State.PUBLISHED,
        themes=[finance],
        event_type=conference,
        latitude=48.0,
        longitude=-4.1,
    )
    pending_event(
        organization_a,
        title="En attente",
        slug="en-attente",
        attendance_mode=Event.AttendanceMode.MIXED,
        online_url="https://visio.example.org/ess",
    )
    pending_event(organization_a, title="Brouillon", slug="brouillon", state=Event.State.DRAFT)
    last_year = [(datetime.datetime(2025, 11, 14, 18, tzinfo=PARIS), datetime.datetime(2025, 11, 14, 20, tzinfo=PARIS))]
    pending_event(
        organization_a,
        title="L’an dernier",
        slug="an-dernier",
        state=Event.State.PUBLISHED,
        edition=edition_2025,
        slots=last_year,
    )


def _rows(response, key):
    return {str(row["label"]): row for row in response.context[key]}


def test_figures_for_moderator_cover_own_region_only(client, moderator_a, campaign):
    client.force_login(moderator_a)
    response = client.get(FIGURES)
    regions = _rows(response, "region_rows")
    assert list(regions) == ["Bretagne"]
    assert {
        k: regions["Bretagne"][k] for k in ("total", "published", "pending", "organizations", "previous", "evolution")
    } == {
        "total": 3,
        "published": 2,
        "pending": 1,
        "organizations": 2,
        "previous": 1,
        "evolution": "+200 %",
    }
    departments = _rows(response, "department_rows")
    assert {label: row["total"] for label, row in departments.items()} == {
        "Ille-et-Vilaine (35)": 2,
        "Finistère (29)": 1,
    }
    themes = _rows(response, "theme_rows")
    assert {label: row["total"] for label, row in themes.items()} == {
        "Économie circulaire et réemploi": 2,
        "Finance solidaire": 1,
    }
    assert {label: row["total"] for label, row in _rows(response, "type_rows").items()} == {
        "Atelier": 2,
        "Conférence-débat": 1,
    }
    assert {label: row["total"] for label, row in _rows(response, "format_rows").items()} == {
        "Sur place": 2,
        "Sur place et en ligne": 1,
    }
    states = {label: row["total"] for label, row in _rows(response, "state_rows").items()}
    assert states == {
        "Brouillon": 1,
        "En attente de modération": 1,
        "Modifications demandées": 0,
        "Publié": 2,
        "Refusé": 0,
    }
    comparison = {label: (row["current"], row["previous"]) for label, row in _rows(response, "comparison_rows").items()}
    assert comparison == {
        "Événements proposés": (3, 1),
        "Événements publiés": (2, 1),
        "Organisations participantes": (2, 1),
        "Organisations publiées": (2, 1),
    }
    assert "Pays de la Loire" not in response.content.decode()


def test_figures_for_national_staff_show_every_region_side_by_side(client, national, campaign):
    client.force_login(national)
    response = client.get(FIGURES)
    regions = _rows(response, "region_rows")
    assert len(regions) == 18
    assert (regions["Bretagne"]["total"], regions["Pays de la Loire"]["total"], regions["Corse"]["total"]) == (3, 1, 0)
    assert regions["Pays de la Loire"]["evolution"] == "—"  # nothing last year to compare with
    labels = list(regions)
    assert labels.index("Hauts-de-France") < labels.index("Île-de-France") < labels.index("La Réunion")


def test_figures_of_previous_edition_on_request(client, moderator_a, campaign):
    client.force_login(moderator_a)
    response = client.get(FIGURES, {"edition": "2025"})
    assert response.context["edition"].year == 2025
    assert response.context["previous_edition"] is None
    assert _rows(response, "region_rows")["Bretagne"]["published"] == 1


def test_figures_query_count_is_fixed(client, national, organization_a):
    pending_event(organization_a, title="Événement 0", slug="evenement-0")
    client.force_login(national)
    client.get(FIGURES)
    with CaptureQueriesContext(connection) as one:
        client.get(FIGURES)
    for n in range(1, 30):
        pending_event(OrganizationFactory(), "44" if n % 2 else "35", title=f"Événement {n}", slug=f"evenement-{n}")
    with CaptureQueriesContext(connection) as many:
        client.get(FIGURES)
    assert len(many) == len(one)


@pytest.mark.parametrize(
    ("current", "previous", "expected"),
    [(33, 1, "+3\u202f200\u202f%"), (5, 10, "−50\u202f%"), (10, 10, "+0\u202f%"), (4, 0, "—")],
)
def test_evolution_is_written_the_french_way(current, previous, expected):
    assert _evolution(current, previous) == expected
