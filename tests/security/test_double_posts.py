"""Finding 10: double posts. Every creating form of the organisation space carries a one-time token:
sent twice — one after the other or at the same instant — it creates once, and the second sending
leads to what the first one created. Slugs are allocated by inserting, never by looking first."""

import threading

import pytest
from django.core import mail

from events.forms import EventForm
from events.models import Event
from organizations.models import Invitation, Organization
from tests.factories import EventFactory, UserFactory
from tests.security.threads import needs_row_locks, run_together, same_browser
from tests.space import event_data

CREATE = "/espace/evenements/nouveau/"
TOKEN = "jeton-de-formulaire-0001"


def _organization_data(**overrides):
    return {
        "name": "Ressourcerie du Blosne",
        "legal_form": "association",
        "description": "",
        "postal_code": "35000",
        "city": "Rennes",
        "address": "",
        "siret": "",
        "website": "",
        "email": "",
        "phone": "",
        **overrides,
    }


# -- Sent again, one after the other ---------------------------------------------------------------


@pytest.mark.django_db
def test_event_form_sent_twice_creates_one_event(client, member_a):
    client.force_login(member_a)
    first = client.post(CREATE, {**event_data(), "form_token": TOKEN})
    second = client.post(CREATE, {**event_data(), "form_token": TOKEN}, follow=True)
    event = Event.objects.get()
    assert first["Location"] == f"/espace/evenements/{event.pk}/apercu/"
    assert second.redirect_chain == [(f"/espace/evenements/{event.pk}/modifier/", 302)]
    assert [str(m) for m in second.context["messages"]][-1].startswith("Ce formulaire était déjà envoyé")


@pytest.mark.django_db
def test_duplicate_clicked_four_times_makes_one_copy(client, member_a):
    original = EventFactory(organization=member_a.organizations.get(), title="Atelier vélo")
    client.force_login(member_a)

    responses = [client.post(f"/espace/evenements/{original.pk}/dupliquer/", {"form_token": TOKEN}) for _ in range(4)]

    copy = Event.objects.exclude(pk=original.pk).get()
    assert {r["Location"] for r in responses} == {f"/espace/evenements/{copy.pk}/modifier/"}
    # The button carries a token of its own on each showing of the page.
    tokens = [client.get(f"/espace/evenements/{original.pk}/apercu/").context["duplicate_token"] for _ in range(2)]
    assert tokens[0] != tokens[1]
    page = client.get(f"/espace/evenements/{original.pk}/apercu/").content.decode()
    assert 'name="form_token"' in page


@pytest.mark.django_db
def test_organisation_form_sent_twice_creates_one_organisation(client):
    user = UserFactory()
    client.force_login(user)
    for _ in range(2):
        response = client.post("/espace/organisations/nouvelle/", {**_organization_data(), "form_token": TOKEN})
        assert response["Location"] == "/espace/"
    assert Organization.objects.filter(name="Ressourcerie du Blosne").count() == 1
    assert 'name="form_token"' in client.get("/espace/organisations/nouvelle/").content.decode()


@pytest.mark.django_db
def test_invitation_sent_twice_invites_and_mails_once(client, member_a, django_capture_on_commit_callbacks):
    organization = member_a.organizations.get()
    client.force_login(member_a)
    url = f"/espace/organisations/{organization.pk}/membres/"
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(2):
            response = client.post(url, {"email": "nouvelle@example.org", "form_token": TOKEN})
            assert response["Location"] == url
    assert Invitation.objects.filter(email="nouvelle@example.org").count() == 1
    assert len(mail.outbox) == 1
    assert 'name="form_token"' in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_form_that_failed_can_be_sent_again(client, member_a):
    client.force_login(member_a)
    response = client.post(CREATE, {**event_data(title=""), "form_token": TOKEN})
    assert response.status_code == 200 and not Event.objects.exists()
    client.post(CREATE, {**event_data(), "form_token": TOKEN})
    assert Event.objects.count() == 1


@pytest.mark.django_db
def test_tokens_are_per_person(client, member_a, member_b):
    for member in (member_a, member_b):
        client.force_login(member)
        client.post(CREATE, {**event_data(), "form_token": TOKEN})
    assert sorted(Event.objects.values_list("slug", flat=True)) == ["reparcafe-de-quartier", "reparcafe-de-quartier-2"]


@pytest.mark.django_db
def test_a_slug_taken_between_looking_and_inserting_gets_the_next_one(member_a, monkeypatch):
    """The slug looked up as free is taken by the time of the insert (the race): the insert moves on."""
    from core import slugs
    from events import services

    taken = EventFactory(title="Atelier vélo", slug="atelier-velo")
    candidates = slugs._candidates
    monkeypatch.setattr(slugs, "_candidates", lambda base, seen: candidates(base, set()))  # looked too early
    event = Event(
        organization=taken.organization,
        edition=taken.edition,
        title="Atelier vélo",
        summary="Réparez.",
        region=taken.region,
        department=taken.department,
        event_type=taken.event_type,
        latitude=48.1,
        longitude=-1.6,
    )
    services.insert_event(event)
    assert event.slug == "atelier-velo-2"


# -- Sent at the same instant (PostgreSQL) ------------------------------------------------------------------


def _wait_after_validation(monkeypatch, parties):
    """Both requests have checked their form before either writes: the window of the race."""
    barrier = threading.Barrier(parties, timeout=20)
    clean = EventForm.clean

    def clean_and_wait(self):
        cleaned = clean(self)
        barrier.wait()
        return cleaned

    monkeypatch.setattr(EventForm, "clean", clean_and_wait)


@needs_row_locks
@pytest.mark.django_db(transaction=True)
def test_double_click_on_the_event_form_creates_one_event(client, member_a, monkeypatch):
    client.force_login(member_a)
    _wait_after_validation(monkeypatch, 2)
    browsers = [same_browser(client), same_browser(client)]
    data = {**event_data(), "form_token": TOKEN}

    responses = run_together(*(lambda b=b: b.post(CREATE, data) for b in browsers))

    assert [r.status_code for r in responses] == [302, 302], responses
    event = Event.objects.get()
    assert sorted(r["Location"] for r in responses) == [
        f"/espace/evenements/{event.pk}/apercu/",
        f"/espace/evenements/{event.pk}/modifier/",
    ]


@needs_row_locks
@pytest.mark.django_db(transaction=True)
def test_two_identical_events_sent_at_once_from_two_tabs_both_get_a_slug(client, member_a, monkeypatch):
    client.force_login(member_a)
    _wait_after_validation(monkeypatch, 2)
    browsers = [same_browser(client), same_browser(client)]

    responses = run_together(
        *(
            lambda b=b, n=n: b.post(CREATE, {**event_data(), "form_token": f"{TOKEN}-onglet-{n}"})
            for n, b in enumerate(browsers)
        )
    )

    assert [r.status_code for r in responses] == [302, 302], responses
    assert sorted(Event.objects.values_list("slug", flat=True)) == ["reparcafe-de-quartier", "reparcafe-de-quartier-2"]


@needs_row_locks
@pytest.mark.django_db(transaction=True)
def test_duplicate_clicked_four_times_at_once_makes_one_copy(client, member_a, monkeypatch):
    from space import event_views as space_views

    original = EventFactory(organization=member_a.organizations.get(), title="Atelier vélo")
    client.force_login(member_a)
    barrier = threading.Barrier(4, timeout=20)
    load = space_views.get_event_for_member

    def load_and_wait(user, pk, **kwargs):
        event = load(user, pk, **kwargs)
        barrier.wait()
        return event

    monkeypatch.setattr(space_views, "get_event_for_member", load_and_wait)
    browsers = [same_browser(client) for _ in range(4)]
    url = f"/espace/evenements/{original.pk}/dupliquer/"

    responses = run_together(*(lambda b=b: b.post(url, {"form_token": TOKEN}) for b in browsers))

    assert [r.status_code for r in responses] == [302] * 4, responses
    copy = Event.objects.exclude(pk=original.pk).get()
    assert {r["Location"] for r in responses} == {f"/espace/evenements/{copy.pk}/modifier/"}
