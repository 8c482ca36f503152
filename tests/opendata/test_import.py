"""Imports in the admin: CSV (the export format) and iCalendar, dry run, all or nothing, idempotent,
scoped to the importer's regions; and the round trip export → import."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from events.models import Audience, Event, EventLogEntry, Highlight, Theme
from opendata.exports import COLUMNS
from opendata.models import ImportedEvent
from opendata.uploads import keep_upload
from tests.factories import EventFactory, OrganizationFactory, UserFactory, department, region

pytestmark = pytest.mark.django_db

URL = "/admin/opendata/importedevent/importer/"
PARIS = ZoneInfo("Europe/Paris")


# Personas: `national` and `moderator_a` (Bretagne) from tests/conftest.py.


def post_import(client, *, content: bytes, name: str, region_pk, organization_pk="", state="published", confirm=True):
    """The dry run, then (if asked and possible) the confirmation with the checked file."""
    response = client.post(
        URL,
        {
            "fichier": SimpleUploadedFile(name, content),
            "region": region_pk,
            "organisation": organization_pk,
            "etat": state,
            "dry_run": "1",
        },
    )
    assert response.status_code == 200
    if not confirm or response.context["plan"] is None or not response.context["plan"].is_valid:
        return response
    return client.post(
        URL,
        {
            "region": region_pk,
            "organisation": organization_pk,
            "etat": state,
            "jeton": response.context["token"],
            "confirm": "1",
        },
    )


def csv_bytes(rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=";", lineterminator="\r\n", restval="")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return ("\ufeff" + buffer.getvalue()).encode()


def good_row(**overrides) -> dict:
    row = {
        "titre": "Atelier vélo",
        "resume": "Réparez votre vélo.",
        "format": "presentiel",
        "lieu": "Garage solidaire",
        "code_postal": "35000",
        "commune": "Rennes",
        "type": "atelier",
        "themes": "economie-circulaire-et-reemploi",
        "gratuit": "oui",
        "creneaux": "2026-11-24T18:00/2026-11-24T20:00",
    }
    row.update(overrides)
    return row


# -- Dry run, errors, all or nothing ----------------------------------------------------------------------


def test_import_dry_run_shows_plan_and_creates_nothing(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    content = csv_bytes([good_row(), good_row(titre="Atelier couture", creneaux="2026-11-25T14:00/2026-11-25T17:00")])
    response = post_import(
        client,
        content=content,
        name="cress.csv",
        region_pk=region("bretagne").pk,
        organization_pk=organization.pk,
        confirm=False,
    )
    plan = response.context["plan"]
    assert plan.is_valid
    assert [event.title for event in plan.to_create] == ["Atelier vélo", "Atelier couture"]
    assert Event.objects.count() == 0
    html = response.content.decode()
    assert "2 événements à créer" in html
    assert "Importer 2 événements" in html


def test_import_reports_every_row_error_in_french_and_creates_nothing(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    content = csv_bytes(
        [
            good_row(),
            good_row(titre="", type="atelier-inconnu"),
            good_row(creneaux="2026-12-05T18:00/2026-12-05T20:00", lien_en_ligne="pas une adresse"),
            good_row(format="en-ligne", code_postal="", lieu=""),
            good_row(departement="75"),
        ]
    )
    response = post_import(
        client, content=content, name="cress.csv", region_pk=region("bretagne").pk, organization_pk=organization.pk
    )
    plan = response.context["plan"]
    assert not plan.is_valid
    errors = "\n".join(plan.errors)
    assert "Ligne 3, colonne « titre » : Ce champ est obligatoire." in errors
    assert "« atelier-inconnu » : type d’événement inconnu" in errors
    assert "le 5 décembre 2026 n’est dans la période d’aucune édition du Mois de l’ESS" in errors
    assert "colonne « lien_en_ligne » : Saisissez une URL valide." in errors
    assert "Ligne 5" in errors and "lien_en_ligne » : Indiquez le lien qui permet de participer en ligne." in errors
    assert "le département Paris (75) n’est pas dans la région Bretagne" in errors
    assert "Ligne 2" not in errors
    assert Event.objects.count() == 0
    assert "rien ne sera importé" in response.content.decode()


def test_import_numbers_rows_as_a_spreadsheet_does_despite_multiline_cells(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    content = csv_bytes(
        [
            good_row(description="Premier paragraphe.\n\nDeuxième paragraphe.\nTroisième ligne."),
            good_row(titre="Atelier couture", themes="theme-inconnu"),
        ]
    )
    response = post_import(
        client,
        content=content,
        name="cress.csv",
        region_pk=region("bretagne").pk,
        organization_pk=organization.pk,
        confirm=False,
    )
    errors = response.context["plan"].errors
    assert len(errors) == 2
    # An unknown value is listed with the choices.
    assert errors[0].startswith(
        "Ligne 3 (Atelier couture), colonne « themes » : « theme-inconnu » : thème inconnu ; choix possibles : "
    )
    assert "emploi-insertion-et-inclusion" in errors[0]
    assert (
        errors[1]
        == "Ligne 3 (Atelier couture), colonne « themes » : indiquez au moins un thème (voir /api/referentiels)."
    )


def test_import_confirmation_with_errors_creates_nothing(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    content = csv_bytes([good_row(), good_row(themes="theme-inconnu")])
    token = keep_upload(user=national, name="x.csv", content=content)  # as if checked, then tampered with
    response = client.post(
        URL,
        {
            "region": region("bretagne").pk,
            "organisation": organization.pk,
            "etat": "published",
            "jeton": token,
            "confirm": "1",
        },
    )
    assert response.status_code == 200
    assert "« theme-inconnu » : thème inconnu ; choix possibles" in "\n".join(response.context["plan"].errors)
    assert Event.objects.count() == 0


def test_import_unreadable_file_gets_a_message_at_the_file_field(client, national):
    client.force_login(national)
    response = post_import(
        client,
        content=b"\x00\xff\xfe nonsense",
        name="events.xlsx",
        region_pk=region("bretagne").pk,
        organization_pk=OrganizationFactory().pk,
    )
    assert "Format non reconnu" in str(response.context["form"].errors["fichier"])
    response = post_import(
        client,
        content=b"nom;date\r\nx;y\r\n",
        name="events.csv",
        region_pk=region("bretagne").pk,
        organization_pk=OrganizationFactory().pk,
    )
    assert "Colonnes manquantes : titre, creneaux" in str(response.context["form"].errors["fichier"])


# -- Creating, state, idempotence ------------------------------------------------------------------------


def test_import_creates_published_events_with_slots_and_history(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    content = csv_bytes([good_row(creneaux="2026-11-24T18:00/2026-11-24T20:00\n2026-11-26T18:00/2026-11-26T20:00")])
    response = post_import(
        client, content=content, name="cress.csv", region_pk=region("bretagne").pk, organization_pk=organization.pk
    )
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.state == Event.State.PUBLISHED and event.published_at is not None
    assert event.organization == organization and event.region == region("bretagne")
    assert event.department == department("35")
    assert event.latitude is not None  # located from the postal code
    assert [s.starts_at for s in event.slots.all()] == [
        datetime.datetime(2026, 11, 24, 18, tzinfo=PARIS),
        datetime.datetime(2026, 11, 26, 18, tzinfo=PARIS),
    ]
    assert event.ends_at == datetime.datetime(2026, 11, 26, 20, tzinfo=PARIS)
    # Through the workflow's services, like any event: imported, submitted, then published — no mail.
    assert list(event.log.order_by("created_at", "id").values_list("action", "actor")) == [
        (EventLogEntry.Action.IMPORTED, national.pk),
        (EventLogEntry.Action.SUBMITTED, national.pk),
        (EventLogEntry.Action.PUBLISHED, national.pk),
    ]
    assert mail.outbox == []
    assert ImportedEvent.objects.get().event == event
    assert client.get(event.get_absolute_url()).status_code == 200


def test_import_pending_events_wait_for_moderation(client, national):
    client.force_login(national)
    content = csv_bytes([good_row()])
    post_import(
        client,
        content=content,
        name="a.csv",
        region_pk=region("bretagne").pk,
        organization_pk=OrganizationFactory().pk,
        state="pending",
    )
    event = Event.objects.get()
    assert event.state == Event.State.PENDING
    client.logout()
    assert client.get(event.get_absolute_url()).status_code == 404


def test_reimporting_the_same_file_creates_nothing_new(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    content = csv_bytes([good_row(), good_row(titre="Atelier couture", uid="agenda-cress-42")])
    post_import(client, content=content, name="a.csv", region_pk=region("bretagne").pk, organization_pk=organization.pk)
    assert Event.objects.count() == 2
    response = post_import(
        client,
        content=content,
        name="a.csv",
        region_pk=region("bretagne").pk,
        organization_pk=organization.pk,
        confirm=False,
    )
    plan = response.context["plan"]
    assert plan.to_create == [] and len(plan.already_imported) == 2
    post_import(client, content=content, name="a.csv", region_pk=region("bretagne").pk, organization_pk=organization.pk)
    assert Event.objects.count() == 2


def test_import_dry_run_names_the_rows_already_present_and_skips_them(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    first = csv_bytes([good_row(uid="agenda-cress-41")])
    post_import(client, content=first, name="a.csv", region_pk=region("bretagne").pk, organization_pk=organization.pk)
    existing = Event.objects.get()
    content = csv_bytes([good_row(uid="agenda-cress-41"), good_row(titre="Atelier couture", uid="agenda-cress-42")])
    response = post_import(
        client,
        content=content,
        name="a.csv",
        region_pk=region("bretagne").pk,
        organization_pk=organization.pk,
        confirm=False,
    )
    html = response.content.decode()
    assert "1 ligne déjà présente sur le site, qui sera ignorée" in html
    assert f'<tr><td>2</td><td>Atelier vélo</td><td><a href="/admin/events/event/{existing.pk}/change/">' in html
    assert "1 événement à créer" in html
    response = post_import(
        client, content=content, name="a.csv", region_pk=region("bretagne").pk, organization_pk=organization.pk
    )
    assert Event.objects.count() == 2
    messages = [str(message) for message in response.wsgi_request._messages]
    assert messages == ["1 événement importé. 1 événement déjà présent a été ignoré."]


def test_import_dry_run_says_when_nothing_is_new(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    content = csv_bytes([good_row(uid="agenda-cress-41")])
    post_import(client, content=content, name="a.csv", region_pk=region("bretagne").pk, organization_pk=organization.pk)
    response = post_import(
        client,
        content=content,
        name="a.csv",
        region_pk=region("bretagne").pk,
        organization_pk=organization.pk,
        confirm=False,
    )
    html = response.content.decode()
    assert "Rien de nouveau à importer : tous les événements du fichier sont déjà sur le site." in html
    assert 'name="confirm"' not in html


def test_import_keeps_the_checked_file_on_the_server_until_confirmed(client, national, settings):
    client.force_login(national)
    organization = OrganizationFactory()
    content = csv_bytes([good_row(titre="Atelier vélo solidaire unique")])
    response = post_import(
        client,
        content=content,
        name="a.csv",
        region_pk=region("bretagne").pk,
        organization_pk=organization.pk,
        confirm=False,
    )
    html = response.content.decode()
    assert "Réparez votre vélo" not in html  # the file does not travel back through the page
    assert f'name="jeton" value="{response.context["token"]}"' in html
    [kept] = list(settings.IMPORT_UPLOAD_DIR.iterdir())
    assert kept.read_bytes() == content
    response = client.post(
        URL,
        {
            "region": region("bretagne").pk,
            "organisation": organization.pk,
            "etat": "published",
            "jeton": response.context["token"],
            "confirm": "1",
        },
    )
    assert response.status_code == 302
    assert Event.objects.get().title == "Atelier vélo solidaire unique"
    assert list(settings.IMPORT_UPLOAD_DIR.iterdir()) == []


def test_import_confirmation_refuses_a_token_of_another_user_or_forged(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    other = UserFactory(is_staff=True)
    for token in (keep_upload(user=other, name="a.csv", content=csv_bytes([good_row()])), "faux-jeton"):
        response = client.post(
            URL,
            {
                "region": region("bretagne").pk,
                "organisation": organization.pk,
                "etat": "published",
                "jeton": token,
                "confirm": "1",
            },
        )
        assert response.status_code == 200
        assert response.context["form"].errors["fichier"] == [
            "Le fichier vérifié n’est plus disponible : choisissez-le de nouveau (une vérification vaut deux heures)."
        ]
    assert Event.objects.count() == 0


def test_import_confirmation_refuses_an_expired_token(client, national, _frozen_clock):
    client.force_login(national)
    organization = OrganizationFactory()
    token = keep_upload(user=national, name="a.csv", content=csv_bytes([good_row()]))
    _frozen_clock.shift(datetime.timedelta(hours=3))
    response = client.post(
        URL,
        {
            "region": region("bretagne").pk,
            "organisation": organization.pk,
            "etat": "published",
            "jeton": token,
            "confirm": "1",
        },
    )
    assert "fichier" in response.context["form"].errors
    assert Event.objects.count() == 0


def test_import_refuses_the_same_identifier_twice_in_a_file(client, national):
    client.force_login(national)
    content = csv_bytes([good_row(uid="x-1"), good_row(uid="x-1", titre="Autre")])
    response = post_import(
        client, content=content, name="a.csv", region_pk=region("bretagne").pk, organization_pk=OrganizationFactory().pk
    )
    assert "même identifiant « x-1 » que la ligne 2" in "\n".join(response.context["plan"].errors)
    assert Event.objects.count() == 0


def test_import_neutralised_cells_come_back_as_written(client, national):
    client.force_login(national)
    content = csv_bytes([good_row(titre="'=Atelier", resume="'-20 % sur la réparation")])
    post_import(
        client, content=content, name="a.csv", region_pk=region("bretagne").pk, organization_pk=OrganizationFactory().pk
    )
    event = Event.objects.get()
    assert (event.title, event.summary) == ("=Atelier", "-20 % sur la réparation")


# -- Who may import where ---------------------------------------------------------------------------------


def test_moderator_imports_into_their_region_only(client, moderator_a):
    client.force_login(moderator_a)
    local = OrganizationFactory()  # based in Ille-et-Vilaine
    elsewhere = OrganizationFactory(department=department("75"))
    content = csv_bytes([good_row()])
    response = post_import(
        client, content=content, name="a.csv", region_pk=region("ile-de-france").pk, organization_pk=local.pk
    )
    assert "region" in response.context["form"].errors
    response = post_import(
        client, content=content, name="a.csv", region_pk=region("bretagne").pk, organization_pk=elsewhere.pk
    )
    assert "organisation" in response.context["form"].errors
    assert Event.objects.count() == 0
    response = post_import(
        client, content=content, name="a.csv", region_pk=region("bretagne").pk, organization_pk=local.pk
    )
    assert response.status_code == 302
    assert Event.objects.get().region == region("bretagne")


def test_moderator_sees_only_their_regions_imports(client, moderator_a, national):
    client.force_login(national)
    post_import(
        client,
        content=csv_bytes([good_row(titre="Breton")]),
        name="a.csv",
        region_pk=region("bretagne").pk,
        organization_pk=OrganizationFactory().pk,
    )
    paris_row = good_row(titre="Parisien", code_postal="75011", commune="Paris")
    post_import(
        client,
        content=csv_bytes([paris_row]),
        name="b.csv",
        region_pk=region("ile-de-france").pk,
        organization_pk=OrganizationFactory(department=department("75")).pk,
    )
    assert ImportedEvent.objects.count() == 2
    client.force_login(moderator_a)
    response = client.get("/admin/opendata/importedevent/")
    assert response.status_code == 200
    assert [str(source.event) for source in response.context["cl"].result_list] == ["Breton"]


def test_people_without_a_region_cannot_import(client):
    member = UserFactory(is_staff=True)  # staff, but neither national nor moderator
    client.force_login(member)
    assert client.get(URL).status_code == 403
    client.force_login(UserFactory())
    assert client.get(URL).status_code == 302  # to the admin login


# -- iCalendar ---------------------------------------------------------------------------------------------


def test_import_ics_groups_slots_of_one_event_and_is_idempotent(client, national):
    source = EventFactory(
        title="Ciné-débat",
        themes=[Theme.objects.get(slug="finance-solidaire")],
        slots=[
            (datetime.datetime(2026, 11, d, 20, tzinfo=PARIS), datetime.datetime(2026, 11, d, 22, tzinfo=PARIS))
            for d in (22, 29)
        ],
    )
    content = client.get(f"/evenements/{source.slug}.ics").content
    client.force_login(national)
    other = OrganizationFactory()
    response = post_import(
        client, content=content, name="agenda.ics", region_pk=region("bretagne").pk, organization_pk=other.pk
    )
    assert response.status_code == 302
    imported = Event.objects.exclude(pk=source.pk).get()
    assert imported.title == "Ciné-débat"
    assert imported.organization == other
    assert [s.starts_at for s in imported.slots.all()] == [s.starts_at for s in source.slots.all()]
    assert list(imported.themes.values_list("slug", flat=True)) == ["finance-solidaire"]
    assert imported.event_type == source.event_type
    assert (imported.latitude, imported.longitude) == (source.latitude, source.longitude)
    post_import(client, content=content, name="agenda.ics", region_pk=region("bretagne").pk, organization_pk=other.pk)
    assert Event.objects.count() == 2


OTHER_AGENDA_EVENTS = {
    "visit": [
        "BEGIN:VEVENT",
        "UID:42@agenda.cress.example",
        "DTSTAMP:20261001T120000Z",
        "DTSTART;TZID=Europe/Paris:20261123T140000",
        "DTEND;TZID=Europe/Paris:20261123T170000",
        "SUMMARY:Visite d’une recyclerie",
        "DESCRIPTION:Une visite guidée.\\nSur inscription.",
        "LOCATION:Recyclerie du quartier",
        "GEO:48.11;-1.68",
        "CATEGORIES:Visite / portes ouvertes,Économie circulaire et réemploi",
        "STATUS:CANCELLED",
        "END:VEVENT",
    ],
    "weekly": [
        "BEGIN:VEVENT",
        "UID:43@agenda.cress.example",
        "DTSTAMP:20261001T120000Z",
        "DTSTART:20261124T130000Z",
        "DTEND:20261124T150000Z",
        "RRULE:FREQ=WEEKLY;COUNT=3",
        "SUMMARY:Atelier chaque semaine",
        "END:VEVENT",
    ],
}


def other_agenda(*names) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Agenda CRESS//FR"]
    for name in names:
        lines += OTHER_AGENDA_EVENTS[name]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def test_import_ics_from_another_agenda_refuses_recurrences(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    response = post_import(
        client,
        content=other_agenda("visit", "weekly"),
        name="cress.ics",
        region_pk=region("bretagne").pk,
        organization_pk=organization.pk,
    )
    errors = response.context["plan"].errors
    assert (
        "Événement 2 (Atelier chaque semaine), colonne « RRULE » : les événements récurrents ne sont pas pris en "
        "charge : donnez chaque date comme un créneau."
    ) in errors
    assert all(error.startswith("Événement 2 ") for error in errors)  # the first event is valid
    assert Event.objects.count() == 0


def test_import_ics_from_another_agenda_maps_its_fields(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    response = post_import(
        client,
        content=other_agenda("visit"),
        name="cress.ics",
        region_pk=region("bretagne").pk,
        organization_pk=organization.pk,
    )
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.title == "Visite d’une recyclerie"
    assert event.summary == "Une visite guidée."
    assert event.status == Event.Status.CANCELLED
    assert event.event_type.name == "Visite / portes ouvertes"
    assert list(event.themes.values_list("slug", flat=True)) == ["economie-circulaire-et-reemploi"]
    assert (event.latitude, event.longitude) == (48.11, -1.68)
    assert event.venue_name == "Recyclerie du quartier"
    assert event.starts_at == datetime.datetime(2026, 11, 23, 14, tzinfo=PARIS)
    assert ImportedEvent.objects.get().uid == "42@agenda.cress.example"


# -- The round trip ----------------------------------------------------------------------------------------


def _snapshot(event: Event) -> tuple:
    return (
        event.title,
        event.summary,
        event.description,
        event.status,
        event.attendance_mode,
        event.region.slug,
        event.department.code if event.department else None,
        event.venue_name,
        event.address,
        event.postal_code,
        event.city,
        event.latitude,
        event.longitude,
        event.online_url,
        event.event_type.slug,
        tuple(sorted(event.themes.values_list("slug", flat=True))),
        tuple(sorted(event.audiences.values_list("slug", flat=True))),
        event.highlight.slug if event.highlight else None,
        event.is_free,
        event.price_conditions,
        event.registration_url,
        event.registration_email,
        event.registration_phone,
        tuple(event.accessibility),
        event.edition.year,
        event.organization.slug,
        tuple((s.starts_at, s.ends_at) for s in event.slots.all()),
    )


def test_round_trip_region_export_then_import_gives_the_same_events(client, national):
    finance = Theme.objects.get(slug="finance-solidaire")
    students = Audience.objects.get(slug="etudiants")
    first = OrganizationFactory(name="Coop’ A")
    second = OrganizationFactory(name="Asso B")
    EventFactory(
        organization=first,
        title="=Débat, « finance » ; solidaire",
        description="Le **programme**\n\n- accueil\n- débat",
        themes=[finance],
        audiences=[students],
        highlight=Highlight.objects.first(),
        is_free=False,
        price_conditions="+5 € sur place",
        registration_url="https://inscription.example.org/a",
        registration_email="contact@example.org",
        registration_phone="+33 2 99 00 00 00",
        access_motor=True,
        access_hearing=True,
        latitude=48.123456789,
        longitude=-1.687654321,
        slots=[
            (datetime.datetime(2026, 11, d, 9, 30, tzinfo=PARIS), datetime.datetime(2026, 11, d, 12, tzinfo=PARIS))
            for d in (2, 21, 28)
        ],
    )
    EventFactory(
        organization=second,
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://visio.example.org/ess",
        latitude=None,
        longitude=None,
        department=None,
        region=region("bretagne"),
        venue_name="",
        address="",
        postal_code="",
        city="",
        status=Event.Status.CANCELLED,
    )
    EventFactory(
        organization=second,
        attendance_mode=Event.AttendanceMode.MIXED,
        online_url="https://visio.example.org/mixte",
        department=department("29"),
        postal_code="29200",
        city="Brest",
        latitude=48.39,
        longitude=-4.49,
    )
    EventFactory(department=department("75"), postal_code="75011", city="Paris", latitude=48.86, longitude=2.38)
    EventFactory(state=Event.State.PENDING)  # not public: not exported
    exported = client.get("/evenements/export.csv?region=bretagne&passes=1").getvalue()
    expected = sorted(_snapshot(e) for e in Event.objects.published().filter(region__slug="bretagne"))
    assert len(expected) == 3

    Event.objects.all().delete()
    client.force_login(national)
    response = post_import(client, content=exported, name="bretagne.csv", region_pk=region("bretagne").pk)
    assert response.status_code == 302, response.context["plan"].errors if response.context else None

    imported = sorted(_snapshot(e) for e in Event.objects.all())
    assert imported == expected
    assert Event.objects.published().count() == 3


def test_moderator_finds_the_import_page_in_the_admin(client, moderator_a):
    OrganizationFactory(name="Coop rennaise")
    OrganizationFactory(name="Coop parisienne", department=department("75"))
    client.force_login(moderator_a)
    assert "/admin/opendata/importedevent/" in client.get("/admin/").content.decode()
    assert f'href="{URL}"' in client.get("/admin/opendata/importedevent/").content.decode()
    response = client.get(URL)
    assert response.status_code == 200
    form = response.context["form"]
    assert [str(r) for r in form.fields["region"].queryset] == ["Bretagne"]
    assert [str(o) for o in form.fields["organisation"].queryset] == ["Coop rennaise"]


def test_national_staff_search_organisations_with_the_admin_autocomplete(client, national):
    client.force_login(national)
    OrganizationFactory(name="Ressourcerie du Trégor")
    OrganizationFactory(name="Coopérative des Landes")
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="admin-autocomplete"' in html
    # The script naming the widget for screen readers runs after the admin builds it.
    assert html.index("admin/js/autocomplete.js") < html.index("js/admin-autocomplete-names.js")
    assert "Coopérative des Landes" not in html  # not a select of every organisation
    found = client.get(
        "/admin/autocomplete/",
        {"term": "Trég", "app_label": "opendata", "model_name": "importedevent", "field_name": "organization"},
    ).json()
    assert [result["text"] for result in found["results"]] == ["Ressourcerie du Trégor"]


def test_moderator_picks_among_their_regions_organisations_in_a_plain_select(client, moderator_a):
    client.force_login(moderator_a)
    local = OrganizationFactory(name="Coopérative rennaise", department=department("35"))
    OrganizationFactory(name="Coopérative parisienne", department=department("75"))
    html = client.get(URL).content.decode()
    assert "admin-autocomplete" not in html
    assert f'<option value="{local.pk}">Coopérative rennaise</option>' in html
    assert "Coopérative parisienne" not in html


def test_import_reads_free_as_yes_or_no(client, national):
    client.force_login(national)
    organization = OrganizationFactory()
    rows = [good_row(gratuit="non", tarifs="5 €"), good_row(titre="Sans avis", gratuit="")]
    response = post_import(
        client,
        content=csv_bytes([*rows, good_row(titre="Flou", gratuit="peut-être")]),
        name="a.csv",
        region_pk=region("bretagne").pk,
        organization_pk=organization.pk,
    )
    assert response.context["plan"].errors == [
        "Ligne 4 (Flou), colonne « gratuit » : « peut-être » : écrivez « oui » ou « non »."
    ]
    post_import(
        client, content=csv_bytes(rows), name="a.csv", region_pk=region("bretagne").pk, organization_pk=organization.pk
    )
    assert dict(Event.objects.values_list("title", "is_free")) == {"Atelier vélo": False, "Sans avis": True}
