"""/evenements/<slug>.ics and /evenements/calendrier.ics, read back with the icalendar package."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.conf import settings

from events.models import Event
from events.services import cancel_event
from tests.factories import MARTINIQUE, EventFactory, department, martinique_event

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.getvalue())


def slots(*days, tz=PARIS):
    return [
        (datetime.datetime(2026, 11, d, 18, tzinfo=tz), datetime.datetime(2026, 11, d, 20, tzinfo=tz)) for d in days
    ]


def test_event_ics_has_one_vevent_per_slot_with_its_time_zone(client):
    event = EventFactory(title="Atelier, réparation; et plus", slots=slots(24, 27))
    calendar = parse(client.get(f"/evenements/{event.slug}.ics"))
    vevents = calendar.walk("VEVENT")
    assert [v.decoded("dtstart") for v in vevents] == [s for s, _ in slots(24, 27)]
    assert [v.decoded("dtend") for v in vevents] == [e for _, e in slots(24, 27)]
    assert vevents[0]["DTSTART"].params["TZID"] == "Europe/Paris"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    first = vevents[0]
    assert str(first["SUMMARY"]) == "Atelier, réparation; et plus"
    assert str(first["URL"]) == f"{settings.SITE_URL}/evenements/{event.slug}/"
    assert str(first["LOCATION"]) == "Maison des associations, 6 cours des Alliés, 35000 Rennes"
    assert str(first["STATUS"]) == "CONFIRMED"
    assert first["GEO"].latitude == 48.1069
    assert len({str(v["UID"]) for v in vevents}) == 2


def test_event_ics_uids_are_stable_across_requests_and_edits(client):
    event = EventFactory(slots=slots(24, 27))
    before = [str(v["UID"]) for v in parse(client.get(f"/evenements/{event.slug}.ics")).walk("VEVENT")]
    Event.objects.filter(pk=event.pk).update(title="Un autre titre")
    after = [str(v["UID"]) for v in parse(client.get(f"/evenements/{event.slug}.ics")).walk("VEVENT")]
    assert before == after
    assert before[0] == f"evenement-{event.pk}-20261124T170000Z@127.0.0.1"


def test_event_ics_overseas_event_uses_its_own_zone(client):
    event = martinique_event(*slots(25, tz=MARTINIQUE))
    calendar = parse(client.get(f"/evenements/{event.slug}.ics"))
    [vevent] = calendar.walk("VEVENT")
    assert vevent["DTSTART"].params["TZID"] == "America/Martinique"
    assert vevent.decoded("dtstart").utcoffset() == datetime.timedelta(hours=-4)
    assert vevent.decoded("dtstart") == datetime.datetime(2026, 11, 25, 22, tzinfo=datetime.UTC)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/Martinique"]


def test_event_ics_cancelled_event_says_so(client):
    event = EventFactory()
    cancel_event(event=event, user=None, message="Salle indisponible.")
    [vevent] = parse(client.get(f"/evenements/{event.slug}.ics")).walk("VEVENT")
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert "Salle indisponible." in str(vevent["DESCRIPTION"])


def test_event_ics_online_event_location_is_the_link(client):
    event = EventFactory(
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://visio.example.org/ess",
        latitude=None,
        longitude=None,
    )
    [vevent] = parse(client.get(f"/evenements/{event.slug}.ics")).walk("VEVENT")
    assert str(vevent["LOCATION"]) == "https://visio.example.org/ess"
    assert "GEO" not in vevent


def test_event_ics_unpublished_is_404(client):
    event = EventFactory(state=Event.State.PENDING)
    assert client.get(f"/evenements/{event.slug}.ics").status_code == 404


def test_calendar_feed_contains_the_filtered_events(client):
    bretagne = [EventFactory(slots=slots(21 + i)) for i in range(3)]
    EventFactory(department=department("75"), postal_code="75011", city="Paris", latitude=48.86, longitude=2.38)
    EventFactory(state=Event.State.PENDING)
    calendar = parse(client.get("/evenements/calendrier.ics?region=bretagne"))
    vevents = calendar.walk("VEVENT")
    assert {str(v["URL"]) for v in vevents} == {f"{settings.SITE_URL}{e.get_absolute_url()}" for e in bretagne}
    assert "Bretagne" in str(calendar["X-WR-CALNAME"])


def test_calendar_feed_mixes_time_zones_with_one_vtimezone_each(client):
    EventFactory()
    martinique_event(*slots(25, tz=MARTINIQUE))
    calendar = parse(client.get("/evenements/calendrier.ics"))
    assert sorted(tz["TZID"] for tz in calendar.walk("VTIMEZONE")) == ["America/Martinique", "Europe/Paris"]


def test_calendar_feed_answers_304(client):
    event = EventFactory()
    for url in ("/evenements/calendrier.ics", f"/evenements/{event.slug}.ics"):
        etag = client.get(url)["ETag"]
        assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.mark.parametrize("count", [1, 30])
def test_calendar_feed_query_count_does_not_grow(client, django_assert_num_queries, count):
    for i in range(count):
        EventFactory(slots=slots(21 + i % 9))
    with django_assert_num_queries(12):  # streamed: the rows are read while the answer is
        events = parse(client.get("/evenements/calendrier.ics")).walk("VEVENT")
    assert len(events) == count


def test_event_ics_is_plain_rfc5545_for_calendar_applications(client):
    event = EventFactory(organization__name="Coop’ du coin")
    body = client.get(f"/evenements/{event.slug}.ics").content
    lines = body.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-2] == b"END:VCALENDAR" and lines[-1] == b""
    assert all(len(line) <= 75 for line in lines)  # folded at 75 octets
    assert b"PRODID:-//Mois de l'ESS//Evenements//FR" in lines
    assert b"VERSION:2.0" in lines and b"METHOD:PUBLISH" in lines
    [vevent] = icalendar.Calendar.from_ical(body).walk("VEVENT")
    assert "Proposé par Coop’ du coin" in str(vevent["DESCRIPTION"])
    assert "ORGANIZER" not in vevent


@pytest.mark.parametrize("url", ["/evenements/calendrier.ics", "/evenements/flux.xml", "/evenements/export.csv"])
def test_collection_etag_changes_when_a_theme_is_renamed(client, url):
    event = EventFactory()
    etag = client.get(url)["ETag"]
    theme = event.themes.first()
    theme.name, theme.slug = "Un thème renommé", "theme-renomme"
    theme.save()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag
    body = response.getvalue().decode("utf-8-sig").replace("\r\n ", "")  # unfolded, for the calendar
    assert "Un thème renommé" in body or "theme-renomme" in body


def test_event_ics_etag_changes_when_its_type_is_renamed(client):
    event = EventFactory()
    url = f"/evenements/{event.slug}.ics"
    etag = client.get(url)["ETag"]
    event.event_type.name = "Type renommé"
    event.event_type.save()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    [vevent] = icalendar.Calendar.from_ical(response.getvalue()).walk("VEVENT")
    assert "Type renommé" in [str(category) for category in vevent["CATEGORIES"].cats]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "title",
    [
        "Atelier",
        "Vélo, réparation; et \\ barre oblique — " + "é" * 40,
        "Sur deux\nlignes\r\net un retour\rseul",
        "x" * 73 + "\\," + "y" * 10,  # an escape right at a fold
        "a" * 72 + "^b" + "€" * 30,  # a multibyte character across a fold
        "🌱" * 50,
    ],
)
def test_the_events_lines_are_the_bytes_icalendar_writes(title, organization_a):
    """The calendars' VEVENTs are written directly (five times faster than the package, which folds
    each line character by character): the same bytes as icalendar's, whatever the text."""
    from opendata.calendar import event_lines

    online = EventFactory(
        title=title,
        slug="en-ligne",
        organization=organization_a,
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://visio.example.org/salle?a=1,b=2",
        venue_name="",
        summary=title[::-1],
        price_conditions=title,
        is_free=False,
        registration_url="https://example.org/inscription;x",
    )
    cancelled = martinique_event(title=title, slug="annule", venue_name=title, status_message=title)
    cancel_event(event=cancelled, user=None, message=title)
    for event in (online, cancelled, EventFactory(title=title, slug="deux-creneaux", slots=_two_slots())):
        event = Event.objects.select_related("organization", "event_type", "region").get(pk=event.pk)
        lines, years = event_lines(event)
        assert lines == b"".join(component.to_ical() for component in _icalendar_reference(event))
        assert years == {slot.starts_at.year for slot in event.slots.all()}


def _two_slots():
    paris = ZoneInfo("Europe/Paris")
    return [
        (datetime.datetime(2026, 11, 27, 18, tzinfo=paris), datetime.datetime(2026, 11, 27, 20, tzinfo=paris)),
        (datetime.datetime(2026, 11, 28, 9, 30, tzinfo=paris), datetime.datetime(2026, 11, 28, 12, tzinfo=paris)),
    ]


def _icalendar_reference(event: Event) -> list[icalendar.Event]:
    """The VEVENTs of one event built with the icalendar package, property by property: what
    ``opendata.calendar.event_lines`` must write, byte for byte."""
    from core.links import absolute
    from core.text import printable
    from opendata.calendar import EVENT_ID_PROPERTY, _description, location_text
    from opendata.records import event_uid, slot_uid

    url = absolute(event.get_absolute_url())
    tz = event.tzinfo
    stamp = (event.updated_at or event.created_at).astimezone(datetime.UTC)
    components = []
    for slot in event.slots.all():
        component = icalendar.Event()
        component.add("uid", slot_uid(event.pk, slot.starts_at))
        component.add("dtstamp", stamp)
        component.add("last-modified", stamp)
        component.add("dtstart", slot.starts_at.astimezone(tz))
        component.add("dtend", slot.ends_at.astimezone(tz))
        # Calendar applications show these as they are: no control or bidirectional character.
        component.add("summary", printable(event.title))
        component.add("description", printable(_description(event, url)))
        component.add("location", printable(location_text(event)))
        component.add("url", url)
        component.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
        categories = [printable(event.event_type.name), *(printable(theme.name) for theme in event.themes.all())]
        component.add("categories", categories)
        if event.has_place:
            component.add("geo", (event.latitude, event.longitude))
        component.add(EVENT_ID_PROPERTY, event_uid(event.pk))
        components.append(component)
    return components
