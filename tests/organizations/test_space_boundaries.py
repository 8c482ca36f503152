"""A member of organisation B gets 404 on each of organisation A's URLs, and nothing changes."""

import pytest
from django.core import mail

from events.models import Event, EventLogEntry, TimeSlot
from organizations.models import Invitation, Membership, Organization
from tests.factories import EventFactory, MembershipFactory
from tests.space import event_data

pytestmark = pytest.mark.django_db


def _database_state():
    return (
        list(Event.objects.order_by("pk").values()),
        list(TimeSlot.objects.order_by("pk").values()),
        list(EventLogEntry.objects.order_by("pk").values()),
        list(Organization.objects.order_by("pk").values()),
        list(Membership.objects.order_by("pk").values()),
        list(Invitation.objects.order_by("pk").values()),
    )


@pytest.fixture
def team_a(organization_a, member_a):
    """Organisation A with an owner, an editor and a pending invitation."""
    organization = organization_a
    MembershipFactory(organization=organization, role=Membership.Role.EDITOR)
    Invitation.objects.create(organization=organization, email="invite@example.org", invited_by=member_a)
    return organization


@pytest.mark.parametrize("state", [Event.State.DRAFT, Event.State.PUBLISHED])
def test_member_of_b_gets_404_on_every_event_url_of_a(client, member_a, member_b, team_a, state):
    event = EventFactory(organization=team_a, state=state)
    client.force_login(member_b)
    before = _database_state()
    base = f"/espace/evenements/{event.pk}"
    requests = [
        ("get", f"{base}/apercu/", None),
        ("get", f"{base}/modifier/", None),
        ("post", f"{base}/modifier/", event_data(title="Piraté")),
        ("post", f"{base}/envoyer/", {}),
        ("post", f"{base}/dupliquer/", {}),
        ("get", f"{base}/annuler/", None),
        ("post", f"{base}/annuler/", {"message": "Annulé par un tiers"}),
        ("get", f"{base}/supprimer/", None),
        ("post", f"{base}/supprimer/", {}),
    ]
    for method, url, data in requests:
        response = getattr(client, method)(url, data) if data is not None else getattr(client, method)(url)
        assert response.status_code == 404, (method, url)
    assert _database_state() == before


def test_member_of_b_gets_404_on_every_organisation_url_of_a(client, member_b, team_a):
    client.force_login(member_b)
    before = _database_state()
    membership = team_a.memberships.exclude(role=Membership.Role.OWNER).get()
    invitation = team_a.invitations.get()
    base = f"/espace/organisations/{team_a.pk}"
    requests = [
        ("get", f"{base}/modifier/", None),
        (
            "post",
            f"{base}/modifier/",
            {"name": "Piratée", "legal_form": "association", "postal_code": "35000", "city": "Rennes"},
        ),
        ("get", f"{base}/membres/", None),
        ("post", f"{base}/membres/", {"email": "complice@example.org"}),
        ("post", f"{base}/membres/{membership.pk}/retirer/", {}),
        ("post", f"{base}/invitations/{invitation.pk}/annuler/", {}),
    ]
    for method, url, data in requests:
        response = getattr(client, method)(url, data) if data is not None else getattr(client, method)(url)
        assert response.status_code == 404, (method, url)
    assert _database_state() == before
    assert mail.outbox == []


def test_dashboard_of_b_does_not_list_events_of_a(client, member_a, member_b):
    EventFactory(organization=member_a.organizations.get(), title="Secret de A", state=Event.State.DRAFT)
    client.force_login(member_b)
    assert "Secret de A" not in client.get("/espace/").content.decode()


def test_create_event_for_another_organisation_is_ignored(client, member_a, member_b):
    client.force_login(member_b)
    client.post("/espace/evenements/nouveau/", {**event_data(), "organisation": str(member_a.organizations.get().pk)})
    assert Event.objects.get().organization == member_b.organizations.get()


def test_editor_cannot_manage_members(client, team_a):
    editor = team_a.memberships.get(role=Membership.Role.EDITOR).user
    owner_membership = team_a.memberships.get(role=Membership.Role.OWNER)
    client.force_login(editor)
    assert client.get(f"/espace/organisations/{team_a.pk}/membres/").status_code == 200
    assert client.post(f"/espace/organisations/{team_a.pk}/membres/", {"email": "x@example.org"}).status_code == 403
    assert client.post(f"/espace/organisations/{team_a.pk}/membres/{owner_membership.pk}/retirer/").status_code == 403
    assert Membership.objects.filter(pk=owner_membership.pk).exists()


@pytest.mark.parametrize(
    "url",
    ["/espace/", "/espace/evenements/nouveau/", "/espace/organisations/nouvelle/", "/compte/", "/compte/supprimer/"],
)
def test_space_requires_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/compte/connexion/?next=")
