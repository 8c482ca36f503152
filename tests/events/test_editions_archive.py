"""The archive of the editions (/editions/, /editions/<year>/) and `edition=<year>` on every list, map,
programme, export and API query, for a past edition, the clock on 20 November 2026 (the 2026 edition
under way)."""

import csv
import datetime
import io
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from events import editions
from events.models import Edition, Event, Theme
from tests.factories import EventFactory, department

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def _day(d, year):
    return [(datetime.datetime(year, 11, d, 18, tzinfo=PARIS), datetime.datetime(year, 11, d, 20, tzinfo=PARIS))]


@pytest.fixture
def past():
    """The 2025 edition with three events of three organisations (two in Brittany, one in Paris), and one
    2026 event."""
    edition = Edition.objects.create(year=2025, **Edition.defaults_for(2025))
    finance = Theme.objects.get(slug="finance-solidaire")
    EventFactory(title="Épargne 2025", edition=edition, slots=_day(5, 2025), themes=[finance])
    EventFactory(title="Atelier 2025", edition=edition, slots=_day(12, 2025))
    EventFactory(
        title="Forum parisien 2025",
        edition=edition,
        slots=_day(20, 2025),
        department=department("75"),
        postal_code="75011",
        city="Paris",
        latitude=48.86,
        longitude=2.38,
    )
    EventFactory(title="Rencontre 2026", slots=_day(27, 2026))
    return edition


def _text(response) -> str:
    assert response.status_code == 200
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\u00a0", " ").replace("\u202f", " ")


def test_archive_lists_every_edition_with_its_figures(client, past, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        response = client.get("/editions/")
    text = _text(response)
    assert "Mois de l’ESS 2026" in text and "Mois de l’ESS 2025" in text
    assert "en cours" in text
    items = {item["edition"].year: item["figures"] for item in response.context["items"]}
    assert items[2025] == {"events": 3, "organizations": 3, "regions": 2, "departments": 2}
    assert items[2026]["events"] == 1
    html = response.content.decode()
    assert 'href="/editions/2025/"' in html


def test_edition_page_has_figures_themes_regions_selection_and_links(client, past, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        response = client.get("/editions/2026/")
    text = _text(response)
    assert "Cette édition est en cours." in text
    assert "En 2025 : 3 événements, 3 organisations, 2 départements." in text
    response = client.get("/editions/2025/")
    text = _text(response)
    assert "Cette édition est terminée." in text
    assert "Épargne 2025" in text  # the selection
    html = response.content.decode()
    assert 'href="/evenements/?edition=2025&amp;passes=1"' in html
    assert 'href="/carte/?edition=2025&amp;passes=1"' in html
    assert 'href="/regions/bretagne/programme/?edition=2025"' in html
    regions = {row["region"].slug: row["figures"] for row in response.context["regions"]}
    assert regions["bretagne"] == {"events": 2, "organizations": 2, "departments": 1}
    assert regions["ile-de-france"]["events"] == 1
    themes = {row["theme"].slug: row["figures"]["events"] for row in response.context["themes"]}
    assert themes["finance-solidaire"] == 1


def test_unknown_edition_page_is_404(client):
    assert client.get("/editions/1999/").status_code == 404


def test_footer_and_home_link_to_the_archive(client):
    html = client.get("/").content.decode()
    assert html.count('href="/editions/"') >= 2  # the home page's figures and the footer


def test_edition_parameter_on_the_list_and_the_map(client, past):
    listed = client.get("/evenements/?edition=2025").context["page"].object_list
    assert {e.title for e in listed} == {"Épargne 2025", "Atelier 2025", "Forum parisien 2025"}
    data = json.loads(client.get("/evenements/carte.geojson?edition=2025").content)
    assert len(data["features"]) == 3 or sum(f["properties"].get("count", 1) for f in data["features"]) == 3
    assert client.get("/carte/?edition=2025").status_code == 200
    listed = client.get("/regions/bretagne/?edition=2025").context["page"].object_list
    assert {e.title for e in listed} == {"Épargne 2025", "Atelier 2025"}


def test_edition_parameter_on_the_programme(client, past):
    text = _text(client.get("/regions/bretagne/programme/?edition=2025"))
    assert "Mois de l’ESS 2025" in text
    assert "Épargne 2025" in text and "Rencontre 2026" not in text
    text = _text(client.get("/regions/bretagne/programme/"))
    assert "Rencontre 2026" in text and "Épargne 2025" not in text
    assert client.get("/regions/bretagne/programme/?edition=1999").status_code == 404


def test_edition_parameter_on_the_exports_and_the_api(client, past):
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/evenements/export.csv?edition=2025").getvalue().decode("utf-8-sig"), newline=""),
            delimiter=";",
        )
    )
    assert {row["edition"] for row in rows} == {"2025"} and len(rows) == 3
    data = json.loads(client.get("/api/evenements?edition=2025").content)
    assert data["count"] == 3
    calendar = client.get("/evenements/calendrier.ics?edition=2025").getvalue().decode()
    assert calendar.count("BEGIN:VEVENT") == 3
    feed = client.get("/evenements/flux.xml?edition=2025").content.decode()
    assert feed.count("<item>") == 3
    referentials = json.loads(client.get("/api/referentiels").content)
    current = [edition["year"] for edition in referentials["editions"] if edition["current"]]
    assert current == [2026]


def test_seed_demo_on_1_december_announces_the_next_edition(_frozen_clock):
    _frozen_clock.move_to(datetime.datetime(2026, 12, 1, 10, tzinfo=PARIS))
    call_command("seed_demo", events=40, seed=5, force=True)
    edition = editions.site_edition()
    assert edition.year == 2027
    assert editions.phase() == editions.BEFORE
    assert edition.accepts_submissions
    published = Event.objects.published()
    assert published.filter(edition__year=2027).exists()  # some events already published
    assert published.filter(edition__year=2026).count() > 20  # the past edition with its events
    assert not Event.objects.filter(edition__year=2026, state=Event.State.PENDING).exists()
    assert not published.filter(edition__year=2027, published_at__gt=datetime.datetime.now(tz=PARIS)).exists()
