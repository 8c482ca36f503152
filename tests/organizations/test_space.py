"""The organisation space: the dashboard, the organisation profile, members and invitations."""

import io
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from events import services
from events.models import Event
from organizations.models import Invitation, Membership, Organization
from tests.factories import EventFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

PROFILE = {
    "name": "Recyclerie du Blosne",
    "legal_form": "association",
    "siret": "",
    "description": "Une recyclerie de quartier.",
    "website": "recyclerie.example.org",
    "email": "contact@recyclerie.example.org",
    "phone": "02 99 00 00 00",
    "address": "12 boulevard de Yougoslavie",
    "postal_code": "35200",
    "city": "Rennes",
}


def test_create_organisation_makes_user_owner(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/espace/organisations/nouvelle/", PROFILE)
    assert response.status_code == 302
    organization = Organization.objects.get()
    assert organization.slug == "recyclerie-du-blosne"
    assert organization.department.code == "35"
    assert organization.region.slug == "bretagne"
    assert organization.website == "https://recyclerie.example.org"
    assert Membership.objects.get(user=user, organization=organization).role == Membership.Role.OWNER


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"siret": "1234"}, "siret", "14 chiffres"),
        ({"siret": "12345678901234"}, "siret", "n’est pas valide"),
        ({"postal_code": "00000"}, "postal_code", "code postal est inconnu"),
        ({"name": ""}, "name", "obligatoire"),
        ({"website": "javascript:alert(1)"}, "website", "URL valide"),
    ],
)
def test_organisation_form_errors(client, overrides, field, message):
    client.force_login(UserFactory())
    response = client.post("/espace/organisations/nouvelle/", {**PROFILE, **overrides})
    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="id_{field}_error"' in html
    assert message in html
    assert 'value="Recyclerie du Blosne"' in html or field == "name"
    assert Organization.objects.count() == 0


def test_organisation_valid_siret_with_spaces_accepted(client):
    client.force_login(UserFactory())
    client.post("/espace/organisations/nouvelle/", {**PROFILE, "siret": "732 829 320 00074"})
    assert Organization.objects.get().siret == "73282932000074"


def test_organisation_logo_reencoded(client):
    client.force_login(UserFactory())
    buffer = io.BytesIO()
    Image.new("RGB", (2000, 1000), "purple").save(buffer, format="PNG")
    client.post(
        "/espace/organisations/nouvelle/", {**PROFILE, "logo": SimpleUploadedFile("logo.png", buffer.getvalue())}
    )
    organization = Organization.objects.get()
    with organization.logo.open("rb") as fh:
        assert Image.open(fh).size == (600, 300)


def test_organisation_logo_html_refused(client):
    client.force_login(UserFactory())
    response = client.post(
        "/espace/organisations/nouvelle/",
        {**PROFILE, "logo": SimpleUploadedFile("logo.png", b"<html><script>x</script>")},
    )
    assert "n’est pas une image lisible" in response.content.decode()
    assert Organization.objects.count() == 0


def test_edit_organisation(client, member_a):
    organization = member_a.organizations.get()
    client.force_login(member_a)
    client.post(
        f"/espace/organisations/{organization.pk}/modifier/",
        {**PROFILE, "name": "Nouveau nom", "postal_code": "97400", "city": "Saint-Denis"},
    )
    organization.refresh_from_db()
    assert organization.name == "Nouveau nom"
    assert organization.region.slug == "la-reunion"


def test_invitation_accepted_once_by_invited_address_only(client, member_a, django_capture_on_commit_callbacks):
    organization = member_a.organizations.get()
    client.force_login(member_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/espace/organisations/{organization.pk}/membres/", {"email": "Nouvelle@Example.org"})
    assert response.status_code == 302
    assert mail.outbox[0].to == ["nouvelle@example.org"]
    link = re.search(r"http://[^\s]+(/espace/invitations/[^\s]+/)", mail.outbox[0].body).group(1)
    client.logout()
    anonymous = client.get(link)
    assert "Connectez-vous avec cette adresse" in anonymous.content.decode()
    # Someone else, logged in with another address, cannot use it.
    client.force_login(UserFactory(email="autre@example.org"))
    client.post(link)
    assert organization.members.count() == 1
    invitee = UserFactory(email="nouvelle@example.org", email_verified_at=None)
    client.force_login(invitee)
    assert client.post(link)["Location"] == "/espace/"
    assert Membership.objects.get(user=invitee, organization=organization).role == Membership.Role.EDITOR
    invitee.refresh_from_db()
    assert invitee.is_email_verified
    # The link works once.
    assert client.get(link).status_code == 400


def test_invitation_expires(client, member_a, _frozen_clock):
    organization = member_a.organizations.get()
    invitation = Invitation.objects.create(organization=organization, email="late@example.org", invited_by=member_a)
    from organizations.services import invitation_token

    token = invitation_token(invitation)
    _frozen_clock.shift(15 * 24 * 3600)
    client.force_login(UserFactory(email="late@example.org"))
    assert client.post(f"/espace/invitations/{token}/").status_code == 400
    assert organization.members.count() == 1


def test_invitation_of_existing_member_refused(client, member_a):
    organization = member_a.organizations.get()
    client.force_login(member_a)
    response = client.post(f"/espace/organisations/{organization.pk}/membres/", {"email": member_a.email})
    assert "fait déjà partie" in response.content.decode()
    assert Invitation.objects.count() == 0


def test_owner_removes_member_and_cancels_invitation(client, member_a):
    organization = member_a.organizations.get()
    editor = MembershipFactory(organization=organization, role=Membership.Role.EDITOR)
    invitation = Invitation.objects.create(organization=organization, email="x@example.org", invited_by=member_a)
    client.force_login(member_a)
    client.post(f"/espace/organisations/{organization.pk}/membres/{editor.pk}/retirer/")
    client.post(f"/espace/organisations/{organization.pk}/invitations/{invitation.pk}/annuler/")
    assert list(organization.members.all()) == [member_a]
    assert not Invitation.objects.exists()
    # The owner cannot remove themselves.
    own = organization.memberships.get(user=member_a)
    client.post(f"/espace/organisations/{organization.pk}/membres/{own.pk}/retirer/")
    assert Membership.objects.filter(pk=own.pk).exists()


def test_dashboard_groups_by_state_with_moderator_message_and_next_step(client, member_a):
    organization = member_a.organizations.get()
    moderator = UserFactory(is_staff=True)
    EventFactory(organization=organization, state=Event.State.DRAFT, title="Brouillon A")
    pending = EventFactory(organization=organization, state=Event.State.PENDING, title="En attente B")
    services.reject_event(event=pending, moderator=moderator, reason="Ce n’est pas un événement de l’ESS.")
    EventFactory(organization=organization, title="Publié C")
    client.force_login(member_a)
    html = client.get("/espace/").content.decode()
    assert html.index("Brouillon A") < html.index("Publié C") < html.index("En attente B")
    assert "Ce n’est pas un événement de l’ESS." in html
    assert "Relisez vos brouillons" in html
    assert "dupliquer un événement" in html


def test_dashboard_query_count_does_not_grow(client, member_a, django_assert_max_num_queries):
    organization = member_a.organizations.get()
    moderator = UserFactory(is_staff=True)
    client.force_login(member_a)

    def add_events(n):
        for _ in range(n):
            event = EventFactory(organization=organization, state=Event.State.PENDING)
            services.request_changes(event=event, moderator=moderator, message="Merci de préciser.")

    add_events(1)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get("/espace/")
    add_events(29)
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get("/espace/")
    assert response.content.decode().count("Merci de préciser.") == 30


def test_members_page_query_count_does_not_grow(client, member_a, django_assert_num_queries):
    organization = member_a.organizations.get()
    client.force_login(member_a)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get(f"/espace/organisations/{organization.pk}/membres/")
    for n in range(10):
        MembershipFactory(organization=organization, role=Membership.Role.EDITOR)
        Invitation.objects.create(organization=organization, email=f"i{n}@example.org", invited_by=member_a)
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(f"/espace/organisations/{organization.pk}/membres/")
    assert response.content.decode().count("@example.org") >= 21


def test_preview_shows_latest_moderator_message(client, member_a):
    event = EventFactory(organization=member_a.organizations.get(), state=Event.State.PENDING)
    moderator = UserFactory(is_staff=True)
    services.request_changes(event=event, moderator=moderator, message="Ajoutez les horaires.")
    client.force_login(member_a)
    html = client.get(f"/espace/evenements/{event.pk}/apercu/").content.decode()
    assert "Ajoutez les horaires." in html
    assert "Envoyer à la modération" in html


def test_dashboard_names_each_moderation_decision_with_its_message(client, member_a):
    organization = member_a.organizations.get()
    moderator = UserFactory(is_staff=True)
    published = EventFactory(organization=organization, state=Event.State.PENDING, title="Publié A")
    services.publish_event(event=published, moderator=moderator)
    changes = EventFactory(organization=organization, state=Event.State.PENDING, title="À revoir B")
    services.request_changes(event=changes, moderator=moderator, message="Ajoutez l’adresse.\n<script>x</script>")
    unpublished = EventFactory(organization=organization, title="Dépublié C")
    services.unpublish_event(event=unpublished, moderator=moderator, message="La salle a changé.")
    client.force_login(member_a)
    html = client.get("/espace/").content.decode()
    nbsp = "\u00a0"
    assert "Publié par la CRESS le 20 novembre 2026." in html
    assert f"Modifications demandées par la CRESS le 20 novembre 2026{nbsp}:" in html
    assert "Ajoutez l’adresse.<br>&lt;script&gt;x&lt;/script&gt;" in html
    assert f"Dépublié par la CRESS le 20 novembre 2026{nbsp}:</p>\n  <blockquote>La salle a changé." in html
    assert "<script>x" not in html
    preview = client.get(f"/espace/evenements/{changes.pk}/apercu/").content.decode()
    assert f"Modifications demandées par la CRESS le 20 novembre 2026{nbsp}:" in preview


def test_organisation_form_legal_form_prompt_is_words(client, member_a):
    client.force_login(member_a)
    html = client.get("/espace/organisations/nouvelle/").content.decode()
    assert '<option value="" selected>— Choisir une forme juridique —</option>' in html
    assert "---------" not in html
