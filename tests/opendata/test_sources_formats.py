"""Reading the formats of the sources without the database: OpenAgenda exports, iCalendar LOCATION lines,
the mapping, and names that contain commas."""

import datetime
import json

import pytest

from events.models import Event
from opendata.imports import ImportFileError, parse_location, parse_mapping, read_file, read_openagenda


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        (
            "Garage solidaire, 12 rue X, 35000 Rennes",
            {"lieu": "Garage solidaire", "adresse": "12 rue X", "code_postal": "35000", "commune": "Rennes"},
        ),
        ("12 rue X, 35000 Rennes", {"lieu": "", "adresse": "12 rue X", "code_postal": "35000", "commune": "Rennes"}),
        ("12 rue X 35000 Rennes", {"lieu": "", "adresse": "12 rue X", "code_postal": "35000", "commune": "Rennes"}),
        (
            "Maison des associations, 6 cours des Alliés, 35000 Rennes, France",
            {
                "lieu": "Maison des associations",
                "adresse": "6 cours des Alliés",
                "code_postal": "35000",
                "commune": "Rennes",
            },
        ),
        ("35000 Rennes", {"lieu": "", "adresse": "", "code_postal": "35000", "commune": "Rennes"}),
        ("Salle des fêtes", {"lieu": "Salle des fêtes"}),
    ],
)
def test_a_location_line_is_split_into_venue_address_postal_code_and_commune(location, expected):
    assert parse_location(location) == expected


def test_the_mapping_reads_one_correspondence_a_line():
    assert parse_mapping("Insertion = emploi-insertion-et-inclusion\n\nÉco => Économie circulaire et réemploi\n") == {
        "insertion": "emploi-insertion-et-inclusion",
        "eco": "economie circulaire et reemploi",
    }


def test_an_openagenda_export_as_a_bare_list_with_codes_as_text():
    content = json.dumps(
        [
            {
                "uid": 42,
                "title": {"en": "Only in English"},
                "timings": [{"begin": "2026-11-24T17:00:00.000Z", "end": "2026-11-24T19:00:00.000Z"}],
                "attendanceMode": "3",
                "onlineAccessLink": "https://visio.example.org/a",
                "location": {"postalCode": "35000", "city": "Rennes", "latitude": "48.11", "longitude": "-1.68"},
                "status": "5",
                "registration": [{"type": "link", "value": "https://inscription.example.org"}],
            }
        ]
    ).encode()
    (row,) = read_file("agenda.json", content)
    assert row.uid == "42"
    assert row.values["titre"] == "Only in English"
    assert (row.values["format"], row.values["lien_en_ligne"]) == ("mixte", "https://visio.example.org/a")
    assert row.values["statut"] == Event.Status.FULL
    assert row.values["inscription_url"] == "https://inscription.example.org"
    assert (row.values["latitude"], row.values["code_postal"]) == ("48.11", "35000")
    start = datetime.datetime(2026, 11, 24, 17, tzinfo=datetime.UTC)
    assert row.slots == [(start, start + datetime.timedelta(hours=2))]


@pytest.mark.parametrize("content", [b'{"events": [', b'{"agenda": {}}', b"[1, 2]", b"\xff\xfe"])
def test_a_broken_openagenda_file_is_refused_as_a_whole(content):
    with pytest.raises(ImportFileError):
        read_openagenda(content)
