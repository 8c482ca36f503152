"""CSV and .xlsx exports of the queue: every field, every row in scope and only those."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from events.models import Event
from moderation.exports import export_columns
from tests.moderation.helpers import pending_event

pytestmark = pytest.mark.django_db

CSV_URL = reverse("admin:events_event_export_csv")
XLSX_URL = reverse("admin:events_event_export_xlsx")


def _csv_rows(response):
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")  # French spreadsheets need the byte-order mark
    return list(csv.reader(io.StringIO(content[1:]), delimiter=";"))


def _xlsx_rows(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [[("" if cell is None else str(cell)) for cell in row] for row in sheet.iter_rows(values_only=True)]


@pytest.fixture
def events(event_a, event_b, organization_a):
    published = pending_event(
        organization_a, title="Forum de l’emploi solidaire", slug="forum", state=Event.State.PUBLISHED
    )
    return {"a_pending": event_a, "a_published": published, "b": event_b}


def test_csv_export_has_every_row_in_scope_and_only_those(client, moderator_a, events):
    client.force_login(moderator_a)
    response = client.get(CSV_URL)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="evenements-mois-ess-2026-11-20.csv"'
    header, *rows = _csv_rows(response)
    assert header == [str(title) for title, _value in export_columns()]
    assert sorted(row[1] for row in rows) == ["Forum de l’emploi solidaire", "Répar’café de la Maison des associations"]


def test_csv_export_keeps_the_changelist_filters(client, moderator_ab, events):
    client.force_login(moderator_ab)
    _header, *rows = _csv_rows(client.get(CSV_URL, {"state__exact": "pending"}))
    assert sorted(row[1] for row in rows) == [
        "Portes ouvertes de la coopérative",
        "Répar’café de la Maison des associations",
    ]
    _header, *rows = _csv_rows(client.get(CSV_URL, {"q": "coop"}))
    assert [row[1] for row in rows] == ["Portes ouvertes de la coopérative"]


def test_csv_export_writes_every_field_in_french(client, moderator_a, events):
    client.force_login(moderator_a)
    header, *rows = _csv_rows(client.get(CSV_URL, {"q": "Répar"}))
    row = dict(zip(header, rows[0], strict=True))
    assert row["Organisation"] == "Répar’Rennes"
    assert row["État de modération"] == "En attente de modération"
    assert row["Créneaux"] == "27/11/2026 18:00 – 27/11/2026 20:00"
    assert row["Département"] == "35"
    assert row["Thèmes"] == "Économie circulaire et réemploi"
    assert row["Publics"] == "Grand public"
    assert row["Gratuit"] == "oui"
    assert row["Adresse de la page"].endswith("/evenements/repar-cafe/")


def test_xlsx_export_matches_csv_rows(client, national, events):
    client.force_login(national)
    response = client.get(XLSX_URL)
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    xlsx = _xlsx_rows(response)
    csv_rows = _csv_rows(client.get(CSV_URL))
    assert len(xlsx) == len(csv_rows) == 4
    assert [row[1] for row in xlsx] == [row[1] for row in csv_rows]
    assert xlsx[0] == csv_rows[0]


def test_export_neutralises_spreadsheet_formulas(client, moderator_a, organization_a):
    pending_event(
        organization_a, title='=HYPERLINK("http://example.org")', slug="formule", registration_phone="+33 2 99 00 00 00"
    )
    client.force_login(moderator_a)
    header, row = _csv_rows(client.get(CSV_URL))
    values = dict(zip(header, row, strict=True))
    assert values["Titre"] == '\'=HYPERLINK("http://example.org")'
    # One rule for every export (core.text.spreadsheet_cell): the apostrophe keeps it readable as text.
    assert values["Téléphone d’inscription"] == "'+33 2 99 00 00 00"
    _header, xlsx_row = _xlsx_rows(client.get(XLSX_URL))
    assert xlsx_row[1] == '\'=HYPERLINK("http://example.org")'


def test_export_query_count_is_the_same_for_1_and_30_rows(client, moderator_a, organization_a):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(CSV_URL)
        return len(queries), len(_csv_rows(response)) - 1

    pending_event(organization_a, title="Événement 0", slug="evenement-0")
    client.force_login(moderator_a)
    client.get(CSV_URL)
    with_one, rows = count_queries()
    assert rows == 1
    for n in range(1, 30):
        pending_event(organization_a, title=f"Événement {n}", slug=f"evenement-{n}")
    assert count_queries() == (with_one, 30)


def test_export_with_malformed_filter_returns_to_the_list(client, moderator_a, events):
    client.force_login(moderator_a)
    response = client.get(CSV_URL, {"department__id__exact": "pas-un-nombre"})
    assert (response.status_code, response["Location"]) == (302, reverse("admin:events_event_changelist") + "?e=1")
