"""Sources followed by `manage.py sync_sources`: real HTTP on loopback (tests/opendata/agenda_server.py)
serving OpenAgenda exports and iCalendar feeds. A first sync creates, a second with an edited file
updates and cancels, a third with the file unchanged transfers nothing (304); a broken file changes
nothing and the source is retried later; OpenAgenda and iCalendar give the same events."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.models import Event, EventLogEntry, EventType, Theme
from opendata.models import ImportedEvent, Source
from opendata.sources import due_sources, sync_source
from organizations.models import Organization
from tests.factories import region
from tests.opendata.agenda_server import fixture, serve

pytestmark = pytest.mark.django_db

MAPPING = "Insertion = emploi-insertion-et-inclusion\n"


@pytest.fixture(autouse=True)
def _loopback_sources(settings):
    settings.SOURCES_ALLOW_PRIVATE_ADDRESSES = True  # the agenda server of the tests listens on 127.0.0.1


def make_source(url, *, kind=Source.Kind.OPENAGENDA, organization=None, **fields) -> Source:
    return Source.objects.create(
        name=fields.pop("name", "Agenda de la CRESS"),
        kind=kind,
        url=url,
        region=fields.pop("region", None) or region("bretagne"),
        organization=organization,
        mapping=fields.pop("mapping", MAPPING),
        new_events_state=fields.pop("new_events_state", "published"),
        **fields,
    )


def events_of(source) -> dict[str, Event]:
    records = ImportedEvent.objects.filter(source=source).select_related("event")
    return {record.uid: Event.objects.get(pk=record.event_id) for record in records}


def test_first_sync_creates_second_updates_and_cancels_third_transfers_nothing(organization_a):
    files = {"/agenda.json": fixture("agenda-v1.json")}
    with serve(files) as (base, server):
        source = make_source(f"{base}/agenda.json", organization=organization_a)

        # 1. First sync: the three events of Bretagne are created, the one in Lyon is refused.
        result = sync_source(source)
        assert result.status == "applied", result.error
        events = events_of(source)
        assert sorted(events) == ["oa-101", "oa-102", "oa-103"]
        assert all(event.state == Event.State.PUBLISHED for event in events.values())
        assert len(result.plan.refused) == 1
        assert "hors de la région de cet import" in "\n".join(result.plan.errors)
        assert result.plan.unknown_terms == {"ESS": 1}
        source.refresh_from_db()
        assert source.etag and source.last_modified and source.failing_since is None
        assert "3 créé(s)" in source.last_result and "1 refusé(s)" in source.last_result

        # Every place is complete: from the postal code and city, or from the nearest commune.
        atelier, forum, webinar = events["oa-101"], events["oa-102"], events["oa-103"]
        assert (atelier.postal_code, atelier.city, atelier.department.code) == ("35000", "Rennes", "35")
        assert (atelier.venue_name, atelier.address) == ("Garage solidaire", "12 rue de la Parcheminerie")
        assert (forum.city, forum.department.code, forum.region.slug) == ("Brest", "29", "bretagne")
        assert forum.postal_code.startswith("292")
        assert webinar.attendance_mode == Event.AttendanceMode.ONLINE
        assert webinar.online_url == "https://visio.example.org/finance"
        # Types and themes by name (accents and case ignored) and through the source's mapping.
        assert atelier.event_type.slug == "atelier"
        assert [t.slug for t in atelier.themes.all()] == ["economie-circulaire-et-reemploi"]
        assert forum.event_type.slug == "forum-salon"
        assert [t.slug for t in forum.themes.all()] == ["emploi-insertion-et-inclusion"]
        assert forum.slots.count() == 2
        assert atelier.summary == "Réparez votre vélo avec des bénévoles."
        assert atelier.description == "Réparez votre vélo avec des bénévoles.\nApportez vos pièces."

        # 2. The file is edited: one event changed, one removed, one added.
        files["/agenda.json"] = fixture("agenda-v2.json")
        result = sync_source(source)
        assert result.status == "applied", result.error
        assert [p.uid for p in result.plan.to_create] == ["oa-105"]
        assert [p.uid for p in result.plan.to_update] == ["oa-101"]
        assert set(result.plan.to_update[0].changes) == {"titre", "créneaux"}
        assert [e.pk for e in result.plan.to_cancel] == [forum.pk]

        atelier.refresh_from_db()
        assert atelier.title == "Atelier réparation de vélos"
        assert atelier.state == Event.State.PUBLISHED  # stays live…
        assert atelier.edited_after_publication  # …and the CRESS sees it « modifié depuis la publication »
        edit = atelier.log.filter(action=EventLogEntry.Action.EDITED).get()
        assert edit.changes["title"] == ["Atelier réparation vélo", "Atelier réparation de vélos"]
        assert timezone.localtime(atelier.starts_at).strftime("%H:%M") == "18:30"

        forum.refresh_from_db()
        assert forum.status == Event.Status.CANCELLED  # cancelled, not deleted
        assert forum.state == Event.State.PUBLISHED
        assert "retiré de l’agenda" in forum.status_message

        balade = events_of(source)["oa-105"]
        assert (balade.postal_code, balade.city, balade.department.code) == ("56000", "Vannes", "56")
        assert [t.slug for t in balade.themes.all()] == ["emploi-insertion-et-inclusion"]  # a comma in the name
        assert balade.is_free is False and balade.price_conditions == "5 € par personne"
        assert balade.registration_email == "balade@example.org"
        assert balade.registration_phone == "02 97 00 00 00"
        assert (balade.access_motor, balade.access_hearing, balade.access_visual) == (True, True, False)

        # 3. Unchanged: a conditional request, answered 304 with no body; nothing changes.
        log_count = EventLogEntry.objects.count()
        updated = {e.pk: e.updated_at for e in Event.objects.all()}
        result = sync_source(source)
        assert result.status == "unchanged"
        last = server.log[-1]
        assert (last["status"], last["bytes"]) == (304, 0)
        assert last["if_none_match"] and last["if_modified_since"]
        assert EventLogEntry.objects.count() == log_count
        assert {e.pk: e.updated_at for e in Event.objects.all()} == updated


def test_a_source_change_to_a_moderated_field_is_not_undone_by_an_unrelated_change(organization_a):
    """An event the source did not change is left as the CRESS corrected it, even when the file changed."""
    files = {"/agenda.json": fixture("agenda-v1.json")}
    with serve(files) as (base, _server):
        source = make_source(f"{base}/agenda.json", organization=organization_a)
        sync_source(source)
        webinar = events_of(source)["oa-103"]
        Event.objects.filter(pk=webinar.pk).update(title="Webinaire : la finance solidaire")
        files["/agenda.json"] = fixture("agenda-v2.json")
        result = sync_source(source)
        assert "oa-103" not in [p.uid for p in result.plan.to_update]
        webinar.refresh_from_db()
        assert webinar.title == "Webinaire : la finance solidaire"


def test_a_broken_file_changes_nothing_and_the_source_is_retried_later(organization_a):
    files = {"/agenda.json": fixture("agenda-v1.json")}
    with serve(files) as (base, _server):
        source = make_source(f"{base}/agenda.json", organization=organization_a)
        sync_source(source)
        before = list(Event.objects.order_by("pk").values())
        records = list(ImportedEvent.objects.order_by("pk").values())

        files["/agenda.json"] = fixture("broken.json")
        result = sync_source(source)
        assert result.status == "failed"
        assert list(Event.objects.order_by("pk").values()) == before
        assert list(ImportedEvent.objects.order_by("pk").values()) == records
        source.refresh_from_db()
        assert source.last_error == "Le fichier n’est pas un export JSON OpenAgenda lisible."
        assert source.failing_since is not None and source.failures == 1
        first_retry = source.next_retry_at - source.last_fetched_at
        assert first_retry == datetime.timedelta(minutes=15)
        assert source not in due_sources()  # waits for its retry

        # Retried later (and failing again): the delay grows; an HTTP error is a failure too.
        files["/agenda.json"] = (500, b"oops")
        result = sync_source(source)
        source.refresh_from_db()
        assert "500" in source.last_error and source.failures == 2
        assert source.next_retry_at - source.last_fetched_at == datetime.timedelta(minutes=30)
        assert list(Event.objects.order_by("pk").values()) == before

        # Repaired: applied again, and no longer failing.
        files["/agenda.json"] = fixture("agenda-v2.json")
        assert sync_source(source).status == "applied"
        source.refresh_from_db()
        assert (source.failing_since, source.failures, source.last_error, source.next_retry_at) == (None, 0, "", None)


def test_an_empty_or_unreachable_source_changes_nothing(organization_a):
    files = {"/agenda.json": fixture("agenda-v1.json"), "/vide.json": b'{"events": []}'}
    with serve(files) as (base, _server):
        source = make_source(f"{base}/agenda.json", organization=organization_a)
        sync_source(source)
        count = Event.objects.exclude(status=Event.Status.CANCELLED).count()
        source.url = f"{base}/vide.json"
        source.save()
        assert sync_source(source).status == "failed"  # not « every event removed »
        source.url = f"{base}/absent.json"
        source.save()
        assert "404" in sync_source(source).error
        assert Event.objects.exclude(status=Event.Status.CANCELLED).count() == count


def test_openagenda_and_icalendar_of_the_same_events_give_the_same_events(organization_a, organization_b):
    files = {"/agenda.json": fixture("agenda-v1.json"), "/agenda.ics": fixture("agenda-v1.ics")}
    with serve(files) as (base, _server):
        from_json = make_source(f"{base}/agenda.json", organization=organization_a)
        from_ics = make_source(f"{base}/agenda.ics", kind=Source.Kind.ICALENDAR, organization=organization_b)
        assert sync_source(from_json).status == "applied"
        assert sync_source(from_ics).status == "applied"

    def described(event):
        return {
            "title": event.title,
            "summary": event.summary,
            "description": event.description,
            "attendance_mode": event.attendance_mode,
            "online_url": event.online_url,
            "venue_name": event.venue_name,
            "address": event.address,
            "postal_code": event.postal_code,
            "city": event.city,
            "department": event.department_id,
            "region": event.region_id,
            "point": (round(event.latitude, 4), round(event.longitude, 4)) if event.latitude else None,
            "type": event.event_type.slug,
            "themes": sorted(t.slug for t in event.themes.all()),
            "slots": [(s.starts_at, s.ends_at) for s in event.slots.order_by("starts_at")],
            "state": event.state,
            "status": event.status,
        }

    json_events = {uid: described(e) for uid, e in events_of(from_json).items()}
    ics_events = {uid: described(e) for uid, e in events_of(from_ics).items()}
    assert sorted(json_events) == ["oa-101", "oa-102", "oa-103"]
    assert json_events == ics_events


def test_the_organisation_is_found_or_created_by_name(organization_a):
    files = {"/agenda.json": fixture("agenda-v1.json")}
    with serve(files) as (base, _server):
        # « Répar'Rennes » with a straight apostrophe and no accent: organisation A.
        found = make_source(f"{base}/agenda.json", organization_name="repar'rennes", name="A")
        assert sync_source(found).status == "applied"
        assert {e.organization_id for e in events_of(found).values()} == {organization_a.pk}

        created = make_source(f"{base}/agenda.json", organization_name="Collectif des Tiers-Lieux", name="B")
        assert sync_source(created).status == "applied"
        organization = Organization.objects.get(name="Collectif des Tiers-Lieux")
        assert organization.department.region.slug == "bretagne"
        assert {e.organization_id for e in events_of(created).values()} == {organization.pk}


def test_new_events_arrive_pending_when_the_source_says_so_with_default_type_and_themes(organization_a):
    files = {"/agenda.json": fixture("agenda-v1.json")}
    with serve(files) as (base, _server):
        source = make_source(
            f"{base}/agenda.json",
            organization=organization_a,
            new_events_state="pending",
            mapping="",
            default_type=EventType.objects.get(slug="autre"),
        )
        source.default_themes.set([Theme.objects.get(slug="finance-solidaire")])
        sync_source(source)
        events = events_of(source)
        assert {e.state for e in events.values()} == {Event.State.PENDING}
        # Without the mapping, « Insertion » names nothing: the source's default theme.
        assert [t.slug for t in events["oa-102"].themes.all()] == ["finance-solidaire"]


def test_sync_sources_command_skips_a_source_waiting_for_its_retry(organization_a):
    files = {"/agenda.json": fixture("agenda-v1.json")}
    with serve(files) as (base, server):
        source = make_source(f"{base}/agenda.json", organization=organization_a)
        waiting = make_source(f"{base}/agenda.json", organization=organization_a, name="En attente")
        Source.objects.filter(pk=waiting.pk).update(next_retry_at=timezone.now() + datetime.timedelta(hours=1))
        out = io.StringIO()
        call_command("sync_sources", stdout=out, stderr=io.StringIO())
        assert f"{source.pk} Agenda de la CRESS: applied" in out.getvalue()
        assert "En attente" not in out.getvalue()
        assert len(server.log) == 1


def test_a_source_on_a_private_address_is_refused(settings, organization_a):
    settings.SOURCES_ALLOW_PRIVATE_ADDRESSES = False
    source = make_source("http://127.0.0.1:9/agenda.json", organization=organization_a)
    result = sync_source(source)
    assert result.status == "failed"
    assert "réseau privé ou local" in result.error


def _png(color) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(buffer, format="PNG")
    return buffer.getvalue()


def test_an_openagenda_image_is_fetched_checked_and_kept_until_it_changes(organization_a):
    import json

    files = {"/image-1.png": _png("red"), "/image-2.png": _png("blue"), "/pas-une-image.png": b"not an image"}
    with serve(files) as (base, server):
        data = json.loads(fixture("agenda-v1.json"))
        data["events"][0]["image"] = {"base": f"{base}/", "filename": "image-1.png"}
        data["events"][2]["image"] = f"{base}/pas-une-image.png"
        files["/agenda.json"] = json.dumps(data).encode()
        source = make_source(f"{base}/agenda.json", organization=organization_a)
        result = sync_source(source)
        atelier = events_of(source)["oa-101"]
        assert atelier.image.name.endswith(".jpg")  # re-encoded like an upload
        assert atelier.image_alt == "Atelier réparation vélo"
        assert not events_of(source)["oa-103"].image
        assert "Webinaire finance solidaire" in result.image_errors[0]
        first = atelier.image.name

        # The same image address: not fetched again; a new one replaces it.
        data["events"][1]["title"]["fr"] = "Forum de l’emploi solidaire (complet)"
        files["/agenda.json"] = json.dumps(data).encode()
        sync_source(source)
        assert [entry["path"] for entry in server.log].count("/image-1.png") == 1
        data["events"][0]["image"] = {"base": f"{base}/", "filename": "image-2.png"}
        files["/agenda.json"] = json.dumps(data).encode()
        sync_source(source)
        atelier.refresh_from_db()
        assert atelier.image.name != first
