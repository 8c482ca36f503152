"""Objects of the security tests: what each persona of tests/conftest.py may or may not reach.

Everything belongs to region A (Bretagne) and organisation A, except `event_b` (organisation B,
region B): the moderator of region B and the member of organisation B must be refused all of it.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from accounts.models import User
from accounts.roles import NATIONAL_GROUP
from events.models import Edition, Event, EventLogEntry, EventReport, Highlight, Theme, TimeSlot
from moderation.models import DigestNotice
from opendata.models import ImportedEvent, Source
from organizations.models import Invitation, Membership, Organization
from organizations.services import invitation_token
from pages.models import Page, PageRevision
from regions.models import Department, Region
from tests.factories import EventFactory, MembershipFactory, department


@pytest.fixture
def site(organization_a, organization_b, member_a, member_b, moderator_a, moderator_b, national):
    """Every kind of object a URL of the site can name, in region A (and one event in region B)."""
    published = EventFactory(organization=organization_a, title="Atelier vélo publié", slug="atelier-velo-publie")
    pending = EventFactory(
        organization=organization_a,
        title="Répar’café en attente",
        slug="repar-cafe-en-attente",
        state=Event.State.PENDING,
        submitted_at=published.created_at,
    )
    draft = EventFactory(organization=organization_a, title="Brouillon", slug="brouillon", state=Event.State.DRAFT)
    event_b = EventFactory(
        organization=organization_b,
        title="Portes ouvertes en attente",
        slug="portes-ouvertes-en-attente",
        state=Event.State.PENDING,
        submitted_at=published.created_at,
        department=department("44"),
        postal_code="44000",
        city="Nantes",
        latitude=47.2184,
        longitude=-1.5536,
    )
    editor = MembershipFactory(
        organization=organization_a, role=Membership.Role.EDITOR, user__email="editeur@repar-rennes.example.org"
    )
    invitation = Invitation.objects.create(
        organization=organization_a, email="invite@repar-rennes.example.org", invited_by=member_a
    )
    imported = ImportedEvent.objects.create(
        event=published, organization=organization_a, uid="agenda-1", source_name="agenda.csv", imported_by=national
    )
    source = Source.objects.create(
        name="Agenda de la CRESS Bretagne",
        url="https://agenda.example.org/bretagne.ics",
        region=published.region,
        organization=organization_a,
    )
    report = EventReport.objects.create(event=published, reason="cancelled", message="Annulé, paraît-il.")
    return SimpleNamespace(
        source=source,
        published=published,
        report=report,
        pending=pending,
        draft=draft,
        event_b=event_b,
        organization_a=organization_a,
        organization_b=organization_b,
        editor=editor,
        invitation=invitation,
        invitation_token=invitation_token(invitation),
        imported=imported,
        region_a=published.region,
        department_a=published.department,
        edition=published.edition,
        theme=Theme.objects.order_by("pk").first(),
        highlight=Highlight.objects.order_by("pk").first(),
        page=Page.objects.order_by("pk").first(),
        group=Group.objects.get(name=NATIONAL_GROUP),
        member_a=member_a,
        moderator_a=moderator_a,
    )


_USER_FIELDS = [f.attname for f in User._meta.concrete_fields if f.name != "last_login"]  # log-ins write it


def database_state():
    """Everything a request could change, to compare before and after a refusal."""
    return {
        "events": list(Event.objects.order_by("pk").values()),
        "themes": list(Event.themes.through.objects.order_by("pk").values()),
        "audiences": list(Event.audiences.through.objects.order_by("pk").values()),
        "slots": list(TimeSlot.objects.order_by("pk").values()),
        "log": list(EventLogEntry.objects.order_by("pk").values()),
        "editions": list(Edition.objects.order_by("pk").values()),
        "organizations": list(Organization.objects.order_by("pk").values()),
        "memberships": list(Membership.objects.order_by("pk").values()),
        "invitations": list(Invitation.objects.order_by("pk").values()),
        "regions": list(Region.objects.order_by("pk").values()),
        "departments": list(Department.objects.order_by("pk").values()),
        "users": list(User.objects.order_by("pk").values(*_USER_FIELDS)),
        "moderated_regions": list(User.moderated_regions.through.objects.order_by("pk").values()),
        "groups": list(Group.objects.order_by("pk").values_list("name", "permissions")),
        "pages": list(Page.objects.order_by("pk").values()),
        "page_revisions": list(PageRevision.objects.order_by("pk").values()),
        "imported": list(ImportedEvent.objects.order_by("pk").values()),
        "sources": list(Source.objects.order_by("pk").values()),
        "digest_notices": list(DigestNotice.objects.order_by("pk").values()),
        "mail": len(mail.outbox),
    }


@pytest.fixture
def db_state():
    return database_state
