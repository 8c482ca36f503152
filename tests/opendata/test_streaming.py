"""The CSV and iCalendar exports are streamed: chunks of rows read with values() (the CSV) or a
chunked iterator (the calendar), never one string of the whole export."""

import csv
import io

import icalendar
import pytest

from opendata import calendar, exports
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def test_csv_export_is_streamed_in_chunks(client, monkeypatch, django_assert_max_num_queries):
    monkeypatch.setattr(exports, "CHUNK", 2)
    EventFactory.create_batch(5)
    response = client.get("/evenements/export.csv")
    assert response.streaming
    with django_assert_max_num_queries(12):  # per chunk: its rows, themes, audiences, slots
        chunks = list(response.streaming_content)
    assert len(chunks) == 1 + 3  # the header, then three chunks of at most two events
    rows = list(csv.DictReader(io.StringIO(b"".join(chunks).decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(rows) == 5
    assert all(row["themes"] == "economie-circulaire-et-reemploi" and row["creneaux"] for row in rows)


def test_calendar_export_is_streamed_in_chunks(client, monkeypatch):
    monkeypatch.setattr(calendar, "CHUNK", 2)
    EventFactory.create_batch(5)
    response = client.get("/evenements/calendrier.ics")
    assert response.streaming
    chunks = list(response.streaming_content)
    assert len(chunks) >= 5  # the header, three chunks of events, the time zones, the end
    parsed = icalendar.Calendar.from_ical(b"".join(chunks))
    assert len(parsed.walk("VEVENT")) == 5
    assert [zone["TZID"] for zone in parsed.walk("VTIMEZONE")] == ["Europe/Paris"]
