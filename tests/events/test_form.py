"""The event form of the organisation space: creation, slots in local time, place, each error."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from events.models import Event, EventLogEntry
from regions.geodata import find_commune
from tests.factories import MembershipFactory, OrganizationFactory, department
from tests.space import event_data

pytestmark = pytest.mark.django_db

CREATE = "/espace/evenements/nouveau/"


@pytest.fixture
def member(client, member_a):
    client.force_login(member_a)
    return member_a


def test_create_event_saves_draft_with_slot_in_paris_time(client, member):
    response = client.post(CREATE, event_data())
    event = Event.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/espace/evenements/{event.pk}/apercu/"
    assert event.state == Event.State.DRAFT
    assert event.organization == member.organizations.get()
    assert event.region.slug == "bretagne"
    assert event.department.code == "35"
    assert event.slug == "reparcafe-de-quartier"
    slot = event.slots.get()
    assert slot.starts_at == datetime.datetime(2026, 11, 27, 17, tzinfo=datetime.UTC)
    assert event.starts_at == slot.starts_at
    assert event.log.get().action == EventLogEntry.Action.CREATED


def test_create_event_without_point_places_it_at_town_hall(client, member):
    client.post(CREATE, event_data(postal_code="35 000", city="rennes"))
    event = Event.objects.get()
    # Rennes town hall, from the shipped data (no JavaScript, address API down).
    assert (event.latitude, event.longitude) == find_commune("35000", "Rennes").point
    assert event.postal_code == "35000"


def test_create_event_in_reunion_stores_reunion_time(client):
    user = MembershipFactory(
        organization=OrganizationFactory(postal_code="97400", city="Saint-Denis", department=department("974"))
    ).user
    client.force_login(user)
    client.post(CREATE, event_data(postal_code="97400", city="Saint-Denis", address="2 rue de Paris"))
    event = Event.objects.get()
    assert event.region.slug == "la-reunion"
    assert event.slots.get().starts_at == datetime.datetime(2026, 11, 27, 18, tzinfo=ZoneInfo("Indian/Reunion"))
    assert event.slots.get().starts_at == datetime.datetime(2026, 11, 27, 14, tzinfo=datetime.UTC)


def test_create_event_online_takes_organisation_region(client, member):
    client.post(
        CREATE,
        event_data(
            attendance_mode="online", online_url="https://visio.example.org/ess", postal_code="", city="", address=""
        ),
    )
    event = Event.objects.get()
    assert event.region.slug == "bretagne"
    assert event.latitude is None
    assert event.department is None


def test_create_event_with_two_slots(client, member):
    client.post(CREATE, event_data(slots=[("2026-11-27", "18:00", "20:00"), ("2026-11-28", "10:00", "12:30")]))
    event = Event.objects.get()
    assert event.slots.count() == 2
    assert event.ends_at == datetime.datetime(2026, 11, 28, 11, 30, tzinfo=datetime.UTC)


def _errors(response, field):
    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="id_{field}_error"' in html, html[html.find('class="form-errors"') :][:800]
    return html


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"title": ""}, "title", "Ce champ est obligatoire"),
        ({"title": "x" * 141}, "title", "140 caractères"),
        ({"summary": "y" * 201}, "summary", "200 caractères"),
        ({"event_type": ""}, "event_type", "Ce champ est obligatoire"),
        ({"themes": None}, "themes", "Ce champ est obligatoire"),
        ({"postal_code": "99999"}, "postal_code", "Ce code postal est inconnu"),
        ({"postal_code": ""}, "postal_code", "Indiquez le code postal"),
        ({"city": ""}, "city", "Indiquez la commune"),
        ({"attendance_mode": "online"}, "online_url", "Indiquez le lien"),
        ({"online_url": "javascript:alert(1)", "attendance_mode": "mixed"}, "online_url", "Saisissez une URL valide"),
        ({"is_free": None}, "price_conditions", "indiquez les tarifs"),
        ({"registration_email": "pas-une-adresse"}, "registration_email", "adresse de courriel valide"),
        ({"latitude": "43.3", "longitude": "5.4"}, "latitude", "loin du département Ille-et-Vilaine"),
        ({"latitude": "123", "longitude": "5.4"}, "latitude", "comprise entre -90 et 90"),
    ],
)
def test_create_event_field_errors(client, member, overrides, field, message):
    response = client.post(CREATE, event_data(**overrides))
    html = _errors(response, field)
    assert message in html
    assert Event.objects.count() == 0
    # Nothing typed is lost.
    assert 'value="Maison des associations"' in html
    assert 'role="alert"' in html
    assert "contrainte" not in html  # no message in the database's words


@pytest.mark.parametrize(
    ("slot", "field", "message"),
    [
        (("2026-12-02", "18:00", "20:00"), "slots-0-day", "a lieu du 1er novembre au 30 novembre 2026 : choisissez"),
        (("2026-10-31", "18:00", "20:00"), "slots-0-day", "choisissez un jour dans cette période"),
        (("2026-11-27", "20:00", "18:00"), "slots-0-end", "La fin doit venir après le début"),
        (("27/13/2026", "18:00", "20:00"), "slots-0-day", "Saisissez une date"),
        (("2026-11-27", "25:00", "20:00"), "slots-0-start", "Saisissez une heure"),
        (("", "", ""), "slots-0-day", "Ce champ est obligatoire"),
    ],
)
def test_create_event_slot_errors(client, member, slot, field, message):
    response = client.post(CREATE, event_data(slots=[slot]))
    html = _errors(response, field)
    assert message in html
    assert Event.objects.count() == 0


def test_create_event_duplicate_slot_refused(client, member):
    response = client.post(
        CREATE, event_data(slots=[("2026-11-27", "18:00", "20:00"), ("2026-11-27", "18:00", "19:00")])
    )
    assert "Un autre créneau commence déjà" in _errors(response, "slots-1-start")


def test_create_event_more_than_sixty_slots_refused(client, member):
    slots = [
        (f"2026-11-{day:02d}", f"{hour:02d}:00", f"{hour:02d}:30") for day in range(1, 31) for hour in (9, 14, 18)
    ][:61]
    response = client.post(CREATE, event_data(slots=slots))
    assert response.status_code == 200
    assert "60 créneaux au plus" in response.content.decode()
    assert Event.objects.count() == 0


def test_create_event_sixty_slots_accepted(client, member):
    slots = [(f"2026-11-{day:02d}", f"{hour:02d}:00", f"{hour:02d}:30") for day in range(1, 31) for hour in (9, 14)]
    client.post(CREATE, event_data(slots=slots))
    assert Event.objects.get().slots.count() == 60


def test_add_slot_without_javascript_shows_one_more_row(client, member):
    response = client.post(CREATE, {**event_data(), "add_slot": "1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="slots-1-day"' in html
    assert 'value="2026-11-27"' in html
    assert Event.objects.count() == 0


def test_create_event_without_organisation_redirects_to_profile(client, django_user_model):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    response = client.get(CREATE)
    assert response["Location"] == "/espace/organisations/nouvelle/"


def test_create_form_sent_twice_creates_one_event(client, member):
    data = {**event_data(), "form_token": "jeton-unique"}
    first = client.post(CREATE, data)
    second = client.post(CREATE, data)
    event = Event.objects.get()
    assert first["Location"] == f"/espace/evenements/{event.pk}/apercu/"
    assert second["Location"] == f"/espace/evenements/{event.pk}/modifier/"


def test_edit_draft_replaces_slots(client, member):
    client.post(CREATE, event_data())
    event = Event.objects.get()
    response = client.get(f"/espace/evenements/{event.pk}/modifier/")
    assert 'value="2026-11-27"' in response.content.decode()
    assert 'value="18:00"' in response.content.decode()
    data = event_data(slots=[("2026-11-29", "14:00", "17:00")], title="Répar’café du dimanche")
    data["slots-INITIAL_FORMS"] = "1"
    client.post(f"/espace/evenements/{event.pk}/modifier/", data)
    event.refresh_from_db()
    assert event.title == "Répar’café du dimanche"
    assert event.slug == "reparcafe-de-quartier"  # the public address does not change
    assert list(event.slots.values_list("starts_at", flat=True)) == [
        datetime.datetime(2026, 11, 29, 13, tzinfo=datetime.UTC)
    ]


def test_edit_slot_removed_when_delete_checked(client, member):
    client.post(CREATE, event_data(slots=[("2026-11-27", "18:00", "20:00"), ("2026-11-28", "18:00", "20:00")]))
    event = Event.objects.get()
    data = event_data(slots=[("2026-11-27", "18:00", "20:00"), ("2026-11-28", "18:00", "20:00")])
    data["slots-INITIAL_FORMS"] = "2"
    data["slots-1-DELETE"] = "on"
    client.post(f"/espace/evenements/{event.pk}/modifier/", data)
    assert event.slots.count() == 1


def test_form_page_renders_map_and_scripts(client, member):
    html = client.get(CREATE).content.decode()
    assert "data-point-picker" in html
    assert "/static/leaflet/leaflet.js" in html
    assert "/static/js/point-picker.js" in html
    assert 'id="point-picker-config"' in html
    assert "<script>" not in html  # no inline script (strict CSP)
    assert 'style="' not in html


def test_add_slot_without_javascript_shows_no_errors_and_keeps_image(client, member):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.events.test_form_images import _image_bytes

    data = {**event_data(title="", image_alt="Une affiche"), "add_slot": "1"}
    data["image"] = SimpleUploadedFile("affiche.jpg", _image_bytes(), content_type="image/jpeg")
    html = client.post(CREATE, data).content.decode()
    assert 'id="id_title_error"' not in html
    assert "Votre image est bien reçue" in html
    assert 'name="slots-1-day"' in html


def test_add_slot_without_javascript_comes_back_at_the_new_slot_with_everything_typed(client, member):
    html = client.get(CREATE).content.decode()
    assert 'formaction="#slots-1"' in html  # the page comes back scrolled to the slot it adds
    data = event_data(
        description="Un **atelier** convivial, _ouvert à tous_.",
        access_motor="on",
        registration_email="contact@recyclerie.example.org",
        add_slot="1",
    )
    html = client.post(CREATE, data).content.decode()
    assert '<li class="slot" id="slots-1" data-slot>' in html
    assert 'formaction="#slots-2"' in html
    assert 'value="Répar’café de quartier"' in html
    assert "Un **atelier** convivial, _ouvert à tous_.</textarea>" in html
    assert 'value="contact@recyclerie.example.org"' in html
    assert re.search(r'name="access_motor"[^>]*checked', html)
    assert re.search(r'name="themes" value="\d+"[^>]*checked', html)
    assert 'value="6 cours des Alliés"' in html
    assert 'name="slots-0-start" value="18:00"' in html


def test_add_slot_with_forged_total_is_not_an_error_page(client, member):
    response = client.post(CREATE, {**event_data(), "slots-TOTAL_FORMS": "beaucoup", "add_slot": "1"})
    assert response.status_code == 200


def test_status_of_published_event_can_say_full(client, member):
    from tests.factories import EventFactory

    event = EventFactory(organization=member.organizations.get())
    html = client.get(f"/espace/evenements/{event.pk}/modifier/").content.decode()
    assert 'name="status"' in html
    assert 'value="cancelled"' not in html
    data = event_data(status="full", latitude="48.1069", longitude="-1.6764")
    data["slots-INITIAL_FORMS"] = "1"
    response = client.post(f"/espace/evenements/{event.pk}/modifier/", data)
    assert 'id="id_status_message_error"' in response.content.decode()
    data["status_message"] = "Complet : inscriptions closes."
    client.post(f"/espace/evenements/{event.pk}/modifier/", data)
    event.refresh_from_db()
    assert event.status == Event.Status.FULL
    # A transition of its own (services.change_status), logged with the labels the CRESS reads.
    entry = event.log.get(action=EventLogEntry.Action.STATUS_CHANGED)
    assert entry.changes["status"] == ["Programmé", "Complet"]
    assert entry.message == event.status_message
    assert "status" not in event.log.get(action=EventLogEntry.Action.EDITED).changes


def test_status_not_offered_on_a_draft(client, member):
    html = client.get(CREATE).content.decode()
    assert 'name="status"' not in html
    client.post(CREATE, {**event_data(), "status": "full"})
    assert Event.objects.get().status == Event.Status.SCHEDULED


def test_slot_errors_listed_in_the_summary(client, member):
    html = client.post(CREATE, event_data(slots=[("2026-11-27", "20:00", "18:00")])).content.decode()
    summary = html[html.index("data-error-summary") : html.index("</div>", html.index("data-error-summary"))]
    assert 'href="#id_slots-0-end"' in summary
    assert "Créneau 1, Fin" in summary


def test_member_of_two_organisations_chooses_one(client, member):
    second = MembershipFactory(user=member, organization__name="Deuxième association").organization
    html = client.get(CREATE).content.decode()
    assert 'name="organisation"' in html
    client.post(CREATE, {**event_data(), "organisation": str(second.pk)})
    assert Event.objects.get().organization == second


def test_form_says_when_submissions_are_closed(client, member):
    from events.models import Edition

    Edition.objects.filter(year=2026).update(submissions_open=False)
    assert "sont closes" in client.get(CREATE).content.decode()
    client.post(CREATE, event_data())
    assert Event.objects.get().state == Event.State.DRAFT


def test_form_errors_named_in_page_title(client, member):
    html = client.post(CREATE, event_data(title="")).content.decode()
    assert "<title>Erreur\u00a0: Inscrire un événement" in html
    html = client.get(CREATE).content.decode()
    assert "<title>Inscrire un événement" in html


def test_slot_count_error_shown_next_to_slots(client, member):
    data = event_data()
    data["slots-0-DELETE"] = "on"
    html = client.post(CREATE, data).content.decode()
    assert Event.objects.count() == 0
    slots = html[html.index("data-slots") :]
    assert slots.startswith('data-slots aria-describedby="slots-errors">')
    assert '<div class="field__errors" id="slots-errors"><p class="field__error">Indiquez au moins un créneau' in slots
    assert '<a href="#slots-errors">Indiquez au moins un créneau' in html
