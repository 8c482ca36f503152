"""The figures page downloadable (CSV, xlsx), with audiences, accessibility and format, and compared with
the previous edition at the same day of its campaign."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from events.models import Audience, Edition, Event, EventLogEntry
from moderation.figures import day_label
from tests.moderation.helpers import pending_event

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
FIGURES = reverse("admin:events_event_figures")


@pytest.fixture
def campaign(organization_a, organization_b):
    """2026 (today, 20 November: J+19): two published events in region A, one accessible to wheelchairs,
    one for young people. 2025: one event submitted at J+4 (counted at the same day), one at J+24 (not)."""
    last_year = Edition.objects.create(year=2025, **Edition.defaults_for(2025))
    young = Audience.objects.order_by("-pk").first()
    pending_event(organization_a, title="Accessible", slug="accessible", state=Event.State.PUBLISHED, access_motor=True)
    pending_event(organization_a, title="Jeunes", slug="jeunes", state=Event.State.PUBLISHED, audiences=[young])
    pending_event(organization_b, "44", title="Nantes", slug="nantes")
    for slug, day in (("tot", 5), ("tard", 25)):
        event = pending_event(organization_a, title=slug, slug=slug, state=Event.State.PUBLISHED, edition=last_year)
        when = datetime.datetime(2025, 11, day, 12, tzinfo=PARIS)
        EventLogEntry.objects.create(event=event, action=EventLogEntry.Action.SUBMITTED, created_at=when)
        EventLogEntry.objects.create(event=event, action=EventLogEntry.Action.PUBLISHED, created_at=when)
    return young


def _csv(response):
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_the_page_shows_audiences_accessibility_and_the_same_day_last_year(client, national, campaign):
    client.force_login(national)
    response = client.get(FIGURES)
    page = response.content.decode()
    assert "À J+19 l’an dernier" in page
    same_day = {row["label"]: (row["current"], row["previous"]) for row in response.context["same_date_rows"]}
    assert same_day["Événements proposés"] == (3, 1)  # 2025's late one came after J+19
    assert same_day["Événements publiés"] == (2, 1)
    accessibility = {str(row["label"]): row["total"] for row in response.context["accessibility_rows"]}
    assert accessibility["Handicap moteur"] == 1
    audiences = {row["label"]: row["total"] for row in response.context["audience_rows"]}
    assert audiences[campaign.name] == 1
    assert "Par public" in page and "Accessibilité" in page and "Par format" in page
    assert reverse("admin:events_event_figures_csv") + "?edition=2026" in page


def test_the_figures_download_as_csv(client, national, campaign):
    client.force_login(national)
    rows = _csv(client.get(reverse("admin:events_event_figures_csv"), {"edition": "2026"}))
    assert rows[0] == ["Édition", "Rubrique", "Libellé", "Mesure", "Valeur"]
    assert ["2026", "Accessibilité", "Handicap moteur", "Proposés", "1"] in rows
    assert ["2026", "Par public", campaign.name, "Proposés", "1"] in rows
    assert ["2026", "Par région", "Bretagne", "Publiés", "2"] in rows
    assert ["2026", "À J+19, comparé à l’an dernier", "Événements proposés", "2025", "1"] in rows
    assert any(row[1] == "Par format" for row in rows)


def test_the_figures_download_as_xlsx(client, moderator_a, campaign):
    client.force_login(moderator_a)
    response = client.get(reverse("admin:events_event_figures_xlsx"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Édition", "Rubrique", "Libellé", "Mesure", "Valeur"]
    regions = {row[2] for row in rows if row[1] == "Par région"}
    assert regions == {"Bretagne"}  # a moderator's figures: their region only
    assert [2026, "Accessibilité", "Handicap moteur", "Proposés", 1] in rows


def test_a_past_edition_compares_whole_editions(client, national, campaign):
    client.force_login(national)
    response = client.get(FIGURES, {"edition": "2025"})
    assert response.context["same_date_rows"] == []


def test_day_labels():
    assert day_label(-10) == "J\u201110"
    assert day_label(0) == "Jour J"
    assert day_label(3) == "J+3"
