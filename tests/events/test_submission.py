"""Submitting, editing after publication, duplicating, cancelling and deleting events."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail

from events import services
from events.models import Edition, Event, EventLogEntry
from tests.factories import EventFactory, UserFactory
from tests.space import event_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(member_a):
    return EventFactory(organization=member_a.organizations.get(), state=Event.State.DRAFT, title="Atelier vélo")


def test_submit_draft_makes_it_pending(client, member_a, draft):
    client.force_login(member_a)
    response = client.post(f"/espace/evenements/{draft.pk}/envoyer/")
    assert response.status_code == 302
    assert response["Location"] == "/espace/"
    draft.refresh_from_db()
    assert draft.state == Event.State.PENDING
    assert draft.log.filter(action=EventLogEntry.Action.SUBMITTED, actor=member_a).count() == 1
    dashboard = client.get("/espace/").content.decode()
    assert "En attente de modération" in dashboard
    assert "Atelier vélo" in dashboard


def test_submit_twice_changes_nothing_the_second_time(client, member_a, draft):
    client.force_login(member_a)
    client.post(f"/espace/evenements/{draft.pk}/envoyer/")
    draft.refresh_from_db()
    submitted_at = draft.submitted_at
    response = client.post(f"/espace/evenements/{draft.pk}/envoyer/", follow=True)
    draft.refresh_from_db()
    assert draft.submitted_at == submitted_at
    assert draft.log.filter(action=EventLogEntry.Action.SUBMITTED).count() == 1
    assert "déjà été envoyé" in response.content.decode()


def test_submit_refused_when_address_unverified(client, draft):
    user = UserFactory(email_verified_at=None)
    draft.organization.memberships.create(user=user, role="editor")
    client.force_login(user)
    response = client.post(f"/espace/evenements/{draft.pk}/envoyer/", follow=True)
    draft.refresh_from_db()
    assert draft.state == Event.State.DRAFT
    assert "Confirmez d’abord votre adresse" in response.content.decode()


def test_submit_refused_when_submissions_closed(client, member_a, draft):
    Edition.objects.filter(pk=draft.edition_id).update(submissions_open=False)
    client.force_login(member_a)
    preview = client.get(f"/espace/evenements/{draft.pk}/apercu/").content.decode()
    assert "sont closes" in preview
    client.post(f"/espace/evenements/{draft.pk}/envoyer/")
    draft.refresh_from_db()
    assert draft.state == Event.State.DRAFT


def test_submit_rate_limited_per_user(client, member_a):
    organization = member_a.organizations.get()
    events = [EventFactory(organization=organization, state=Event.State.DRAFT) for _ in range(31)]
    client.force_login(member_a)
    for event in events:
        client.post(f"/espace/evenements/{event.pk}/envoyer/")
    assert Event.objects.filter(state=Event.State.PENDING).count() == 30
    assert Event.objects.filter(state=Event.State.DRAFT).count() == 1


def test_submit_after_changes_requested(client, member_a, draft):
    moderator = UserFactory(is_staff=True)
    services.submit_event(event=draft, user=member_a)
    services.request_changes(event=draft, moderator=moderator, message="Précisez l’adresse exacte, merci.")
    client.force_login(member_a)
    dashboard = client.get("/espace/").content.decode()
    assert "Modifications demandées" in dashboard
    assert "Précisez l’adresse exacte, merci." in dashboard
    client.post(f"/espace/evenements/{draft.pk}/envoyer/")
    draft.refresh_from_db()
    assert draft.state == Event.State.PENDING


def test_edit_published_event_stays_published_and_records_changes(client, member_a):
    event = EventFactory(organization=member_a.organizations.get(), title="Atelier vélo")
    client.force_login(member_a)
    data = event_data(
        title="Atelier vélo et trottinettes",
        slots=[("2026-11-27", "18:30", "20:00")],
        latitude="48.1069",
        longitude="-1.6764",
        audiences=[str(event.audiences.get().pk)],
    )
    data["slots-INITIAL_FORMS"] = "1"
    response = client.post(f"/espace/evenements/{event.pk}/modifier/", data)
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.state == Event.State.PUBLISHED
    entry = event.log.get(action=EventLogEntry.Action.EDITED)
    assert entry.actor == member_a
    assert entry.changes["title"] == ["Atelier vélo", "Atelier vélo et trottinettes"]
    assert entry.changes["slots"] == ["27/11/2026 18:00–20:00", "27/11/2026 18:30–20:00"]
    assert sorted(entry.changes) == ["slots", "title"]


def test_edit_draft_records_no_history(client, member_a, draft):
    client.force_login(member_a)
    data = event_data(title="Autre titre")
    data["slots-INITIAL_FORMS"] = "1"
    client.post(f"/espace/evenements/{draft.pk}/modifier/", data)
    assert not draft.log.filter(action=EventLogEntry.Action.EDITED).exists()


def test_edit_rejected_event_is_refused(client, member_a, draft):
    Event.objects.filter(pk=draft.pk).update(state=Event.State.REJECTED)
    client.force_login(member_a)
    response = client.post(f"/espace/evenements/{draft.pk}/modifier/", event_data(title="Changé"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Atelier vélo"


def test_duplicate_makes_draft_copy_with_slots_themes_audiences(client, member_a):
    tz = ZoneInfo("Europe/Paris")
    event = EventFactory(
        organization=member_a.organizations.get(),
        slots=[
            (datetime.datetime(2026, 11, 27, 18, tzinfo=tz), datetime.datetime(2026, 11, 27, 20, tzinfo=tz)),
            (datetime.datetime(2026, 11, 28, 10, tzinfo=tz), datetime.datetime(2026, 11, 28, 12, tzinfo=tz)),
        ],
    )
    client.force_login(member_a)
    response = client.post(f"/espace/evenements/{event.pk}/dupliquer/")
    copy = Event.objects.exclude(pk=event.pk).get()
    assert response["Location"] == f"/espace/evenements/{copy.pk}/modifier/"
    assert copy.state == Event.State.DRAFT
    assert copy.slug != event.slug
    assert copy.title == event.title
    assert list(copy.slots.values_list("starts_at", "ends_at")) == list(event.slots.values_list("starts_at", "ends_at"))
    assert set(copy.themes.all()) == set(event.themes.all())
    assert set(copy.audiences.all()) == set(event.audiences.all())
    assert copy.published_at is None
    event.refresh_from_db()
    assert event.state == Event.State.PUBLISHED


def test_duplicate_into_next_edition_moves_dates_a_year(client, member_a):
    event = EventFactory(organization=member_a.organizations.get())
    Edition.objects.create(year=2027, **Edition.defaults_for(2027))
    client.force_login(member_a)
    client.post(f"/espace/evenements/{event.pk}/dupliquer/")
    copy = Event.objects.exclude(pk=event.pk).get()
    assert copy.edition.year == 2027
    assert copy.starts_at == datetime.datetime(2027, 11, 27, 18, tzinfo=ZoneInfo("Europe/Paris"))


def test_cancel_published_event_keeps_it_public_with_message(client, member_a):
    event = EventFactory(organization=member_a.organizations.get())
    client.force_login(member_a)
    assert client.post(f"/espace/evenements/{event.pk}/annuler/", {"message": ""}).status_code == 200
    response = client.post(f"/espace/evenements/{event.pk}/annuler/", {"message": "Intervenant malade, désolés."})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == Event.Status.CANCELLED
    assert event.status_message == "Intervenant malade, désolés."
    assert Event.objects.published().filter(pk=event.pk).exists()
    # Cancelling again changes nothing.
    client.post(f"/espace/evenements/{event.pk}/annuler/", {"message": "Autre"})
    event.refresh_from_db()
    assert event.status_message == "Intervenant malade, désolés."
    assert event.log.filter(action=EventLogEntry.Action.CANCELLED).count() == 1


def test_delete_draft_only(client, member_a, draft):
    published = EventFactory(organization=member_a.organizations.get())
    client.force_login(member_a)
    client.post(f"/espace/evenements/{published.pk}/supprimer/")
    assert Event.objects.filter(pk=published.pk).exists()
    client.post(f"/espace/evenements/{draft.pk}/supprimer/")
    assert not Event.objects.filter(pk=draft.pk).exists()


def test_decision_mail_after_commit_and_failing_server_keeps_decision(
    settings, member_a, draft, django_capture_on_commit_callbacks
):
    moderator = UserFactory(is_staff=True)
    services.submit_event(event=draft, user=member_a)
    with django_capture_on_commit_callbacks(execute=True):
        services.reject_event(event=draft, moderator=moderator, reason="Hors période <b>du mois</b>.")
    assert mail.outbox[-1].to == [member_a.email]
    assert "Hors période <b>du mois</b>." in mail.outbox[-1].body
    html = mail.outbox[-1].alternatives[0][0]
    assert "Hors période &lt;b&gt;du mois&lt;/b&gt;." in html
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9
    other = EventFactory(organization=draft.organization, state=Event.State.PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        services.publish_event(event=other, moderator=moderator)
    other.refresh_from_db()
    assert other.state == Event.State.PUBLISHED


@pytest.mark.parametrize(
    ("decide", "expected"),
    [
        (lambda e, m: services.publish_event(event=e, moderator=m), "est publié"),
        (lambda e, m: services.reject_event(event=e, moderator=m, reason="Hors sujet."), "dupliquer"),
        (lambda e, m: services.request_changes(event=e, moderator=m, message="Précisez."), "Modifiez l’événement"),
    ],
)
def test_decision_mail_links_to_the_space(member_a, draft, django_capture_on_commit_callbacks, decide, expected):
    services.submit_event(event=draft, user=member_a)
    with django_capture_on_commit_callbacks(execute=True):
        decide(draft, UserFactory(is_staff=True))
    message = mail.outbox[-1]
    assert expected in message.subject + message.body
    assert "/espace/" in message.body
    if "publié" not in expected:
        assert f"/espace/evenements/{draft.pk}/apercu/" in message.body
        assert f"/espace/evenements/{draft.pk}/apercu/" in message.alternatives[0][0]


def test_duplicate_copies_image_and_survives_missing_file(client, member_a):
    from django.core.files.base import ContentFile

    event = EventFactory(organization=member_a.organizations.get(), image_alt="Une affiche")
    event.image.save("affiche.jpg", ContentFile(b"not checked here"), save=True)
    client.force_login(member_a)
    client.post(f"/espace/evenements/{event.pk}/dupliquer/")
    copy = Event.objects.exclude(pk=event.pk).get()
    assert copy.image.name != event.image.name
    with copy.image.open("rb") as fh:
        assert fh.read() == b"not checked here"
    event.image.storage.delete(event.image.name)
    response = client.post(f"/espace/evenements/{event.pk}/dupliquer/")
    assert response.status_code == 302
    third = Event.objects.exclude(pk__in=[event.pk, copy.pk]).get()
    assert not third.image
    assert third.image_alt == ""
