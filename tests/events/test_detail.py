"""/evenements/<slug>/: the event page, its structured data, its calendar file and who may see it."""

import datetime
import io
import json
import re
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from events.models import Audience, Event
from tests.factories import EventFactory, department

pytestmark = pytest.mark.django_db


def jsonld(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    assert match, "no JSON-LD"
    return json.loads(match[1])


def test_event_page_shows_what_an_attendee_needs(client):
    event = EventFactory(
        title="Répar’café",
        is_free=False,
        price_conditions="5 €, gratuit pour les moins de 18 ans",
        registration_url="https://inscription.example.org/reparcafe",
        registration_phone="02 99 00 00 00",
        access_hearing=True,
        audiences=[Audience.objects.get(slug="familles")],
    )
    html = client.get(event.get_absolute_url()).content.decode()
    for text in (
        "Répar’café",
        event.organization.name,
        f'href="{event.organization.get_absolute_url()}"',
        "vendredi 27 novembre 2026, 18h00",
        "Maison des associations",
        "6 cours des Alliés",
        "5 €, gratuit pour les moins de 18 ans",
        "https://inscription.example.org/reparcafe",
        "Familles",
        "Handicap auditif",
        "Économie circulaire et réemploi",
        "Atelier",
        f'href="/evenements/{event.slug}.ics"',
        "data-point-map",
        "https://www.facebook.com/sharer/sharer.php?u=",
    ):
        assert text in html, text


def test_event_page_banner_for_cancelled_event(client):
    event = EventFactory(status=Event.Status.CANCELLED, status_message="La salle est indisponible.")
    html = client.get(event.get_absolute_url()).content.decode()
    assert 'class="banner banner--cancelled"' in html
    assert "Annulé" in html and "La salle est indisponible." in html


def test_event_page_open_graph(client, settings):
    event = EventFactory(title="Portes ouvertes")
    html = client.get(event.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="Portes ouvertes">' in html
    assert f'<meta property="og:url" content="{settings.SITE_URL}/evenements/{event.slug}/">' in html
    assert '<meta property="og:description" content="Venez réparer vos objets avec des bénévoles.">' in html


def test_event_jsonld_on_site_free(client, settings):
    event = EventFactory(title="Atelier « vélo » </script>")
    data = jsonld(client.get(event.get_absolute_url()))
    assert data["@type"] == "Event"
    assert data["name"] == "Atelier « vélo » </script>"
    assert data["startDate"] == "2026-11-27T18:00:00+01:00"
    assert data["endDate"] == "2026-11-27T20:00:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "Maison des associations",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "6 cours des Alliés",
            "addressLocality": "Rennes",
            "postalCode": "35000",
            "addressRegion": "Bretagne",
            "addressCountry": "FR",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": 48.1069, "longitude": -1.6764},
    }
    assert data["organizer"] == {
        "@type": "Organization",
        "name": event.organization.name,
        "url": f"{settings.SITE_URL}{event.organization.get_absolute_url()}",
    }
    assert data["offers"]["price"] == 0
    assert data["offers"]["priceCurrency"] == "EUR"
    assert data["isAccessibleForFree"] is True
    assert data["superEvent"]["@type"] == "EventSeries"
    assert data["superEvent"]["startDate"] == "2026-11-01"


def test_event_jsonld_online_overseas_cancelled_paid(client):
    reunion = ZoneInfo("Indian/Reunion")
    event = EventFactory(
        attendance_mode=Event.AttendanceMode.MIXED,
        online_url="https://visio.example.org/salle",
        department=department("974"),
        city="Saint-Denis",
        postal_code="97400",
        latitude=-20.88,
        longitude=55.45,
        status=Event.Status.CANCELLED,
        is_free=False,
        price_conditions="10 €",
        slots=[
            (datetime.datetime(2026, 11, 25, 9, tzinfo=reunion), datetime.datetime(2026, 11, 25, 12, tzinfo=reunion))
        ],
    )
    data = jsonld(client.get(event.get_absolute_url()))
    assert data["startDate"] == "2026-11-25T09:00:00+04:00"
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == ["Place", "VirtualLocation"]
    assert data["location"][1]["url"] == "https://visio.example.org/salle"
    assert "price" not in data["offers"]
    assert data["offers"]["description"] == "10 €"
    assert data["isAccessibleForFree"] is False


def test_event_page_overseas_times_are_local(client):
    event = EventFactory(
        department=department("971"),
        city="Pointe-à-Pitre",
        postal_code="97110",
        latitude=16.24,
        longitude=-61.53,
        slots=[
            (
                datetime.datetime(2026, 11, 26, 22, 0, tzinfo=datetime.UTC),
                datetime.datetime(2026, 11, 26, 23, 30, tzinfo=datetime.UTC),
            )
        ],
    )
    html = client.get(event.get_absolute_url()).content.decode()
    assert "jeudi 26 novembre 2026, 18h00" in html
    assert "Horaires à l’heure de Guadeloupe." in html


def test_event_ics_has_one_entry_per_slot(client):
    paris = ZoneInfo("Europe/Paris")
    event = EventFactory(
        title="Atelier, réparation; et plus",
        slots=[
            (datetime.datetime(2026, 11, d, 18, tzinfo=paris), datetime.datetime(2026, 11, d, 20, tzinfo=paris))
            for d in (24, 27)
        ],
    )
    response = client.get(f"/evenements/{event.slug}.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 2
    assert "DTSTART;TZID=Europe/Paris:20261124T180000" in text
    assert "DTEND;TZID=Europe/Paris:20261127T200000" in text
    assert "SUMMARY:Atelier\\, réparation\\; et plus" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_event_card_fragment_for_map_popups(client):
    event = EventFactory(title="Dans la bulle")
    response = client.get(f"/evenements/{event.slug}/fiche/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dans la bulle" in html and "<html" not in html
    draft = EventFactory(state=Event.State.DRAFT)
    assert client.get(f"/evenements/{draft.slug}/fiche/").status_code == 404
    assert client.get(f"/evenements/{draft.slug}.ics").status_code == 404


# -- Who sees an event that is not public ---------------------------------------------------------------


@pytest.fixture
def draft(organization_a):
    return EventFactory(organization=organization_a, state=Event.State.PENDING, title="En attente")


@pytest.mark.parametrize("who", [None, "member_b", "moderator_b"])
def test_unpublished_event_is_404_for_visitors_other_organisations_and_other_regions(client, draft, who, request):
    if who:
        client.force_login(request.getfixturevalue(who))
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("who", ["member_a", "moderator_a", "national"])
def test_unpublished_event_previewed_with_state_banner(client, draft, who, request):
    client.force_login(request.getfixturevalue(who))
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Aperçu\u00a0: cet événement n’est pas public (En attente de modération)." in html
    assert '<meta name="robots" content="noindex">' in html
    assert "application/ld+json" not in html


def test_event_page_suggests_nearby_and_same_organisation(client):
    event = EventFactory()
    sibling = EventFactory(organization=event.organization, title="Du même organisateur", latitude=45.0, longitude=4.0)
    neighbour = EventFactory(title="Tout près", latitude=48.11, longitude=-1.67)
    EventFactory(title="Loin", latitude=43.6, longitude=1.44)
    response = client.get(event.get_absolute_url())
    assert [e.pk for e in response.context["nearby"]] == [neighbour.pk]
    assert [e.pk for e in response.context["same_organization"]] == [sibling.pk]


def test_event_page_shows_the_image_with_its_alternative_text(client, settings):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 60)).save(buffer, format="PNG")
    event = EventFactory(image_alt="Des bénévoles trient des vêtements dans une ressourcerie.")
    event.image.save("ressourcerie.png", ContentFile(buffer.getvalue()))
    response = client.get(event.get_absolute_url())
    html = response.content.decode()
    assert f'<img src="{event.image.url}" alt="Des bénévoles trient des vêtements dans une ressourcerie.">' in html
    assert f'<meta property="og:image" content="{settings.SITE_URL}{event.image.url}">' in html
    assert '<meta property="og:image:alt" content="Des bénévoles trient des vêtements dans une ressourcerie.">' in html
    assert jsonld(response)["image"] == [f"{settings.SITE_URL}{event.image.url}"]


def test_event_page_share_links_and_calendar(client, settings):
    event = EventFactory(title="Répar’café")
    html = client.get(event.get_absolute_url()).content.decode()
    url = quote(f"{settings.SITE_URL}/evenements/{event.slug}/")
    assert f"https://www.facebook.com/sharer/sharer.php?u={url}" in html
    assert f"https://www.linkedin.com/sharing/share-offsite/?url={url}" in html
    assert f"mailto:?subject=R%C3%A9par%E2%80%99caf%C3%A9&amp;body={url}" in html
    assert f'href="/evenements/{event.slug}.ics" download' in html


def test_event_page_suggests_the_region_when_nothing_is_nearby(client):
    event = EventFactory()
    brest = EventFactory(title="À Brest", city="Brest", latitude=48.39, longitude=-4.49)
    EventFactory(title="À Lyon", department=department("69"), latitude=45.76, longitude=4.83)
    response = client.get(event.get_absolute_url())
    assert [e.pk for e in response.context["nearby"]] == [brest.pk]
    assert '<h2 id="nearby-title">Dans la même région</h2>' in response.content.decode()
    # Once an event is nearby, only the nearby ones are suggested.
    neighbour = EventFactory(title="Tout près", latitude=48.12, longitude=-1.66)
    response = client.get(event.get_absolute_url())
    assert [e.pk for e in response.context["nearby"]] == [neighbour.pk]
    assert '<h2 id="nearby-title">À proximité</h2>' in response.content.decode()


@pytest.mark.parametrize("rows", [1, 30])
def test_event_page_query_count_does_not_grow(client, django_assert_num_queries, rows):
    paris = ZoneInfo("Europe/Paris")
    event = EventFactory(
        slots=[
            (datetime.datetime(2026, 11, 1 + d, 18, tzinfo=paris), datetime.datetime(2026, 11, 1 + d, 20, tzinfo=paris))
            for d in range(rows)
        ]
    )
    for _ in range(rows):
        EventFactory(organization=event.organization)
        EventFactory(latitude=48.2)
    # Edition (layout), the event (+ themes, slots, audiences), the ids nearby and by the same organisation,
    # their cards (+ themes, slots).
    with django_assert_num_queries(11):
        client.get(event.get_absolute_url())
