"""Personas and events of two regions for the moderation tests.

Region A is Bretagne (Ille-et-Vilaine, 35), region B is Pays de la Loire (Loire-Atlantique, 44).
Moderators are set up the way an operator does it: with `manage.py add_moderator`.
"""

import pytest

from organizations.models import Membership
from regions.models import Region
from tests.factories import MembershipFactory, OrganizationFactory, department
from tests.moderation.helpers import add_moderator, pending_event


@pytest.fixture
def region_a():
    return Region.objects.get(slug="bretagne")


@pytest.fixture
def region_b():
    return Region.objects.get(slug="pays-de-la-loire")


@pytest.fixture
def organization_a():
    return OrganizationFactory(name="Répar’Rennes", slug="repar-rennes")


@pytest.fixture
def organization_b():
    return OrganizationFactory(
        name="Coop des bords de Loire", slug="coop-des-bords-de-loire", department=department("44"), city="Nantes"
    )


@pytest.fixture
def member(organization_a):
    return MembershipFactory(
        organization=organization_a, user__email="benevole@repar-rennes.example.org", role=Membership.Role.OWNER
    ).user


@pytest.fixture
def moderator_a(region_a):
    return add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")


@pytest.fixture
def moderator_b(region_b):
    return add_moderator("moderation@cress-pdl.example.org", "--region", "pays-de-la-loire")


@pytest.fixture
def moderator_ab(region_a, region_b):
    return add_moderator("grand-ouest@example.org", "--region", "bretagne", "--region", "pays-de-la-loire")


@pytest.fixture
def national():
    return add_moderator("national@ess-france.example.org", "--national")


@pytest.fixture
def event_a(organization_a, member):
    return pending_event(organization_a, "35", title="Répar’café de la Maison des associations", slug="repar-cafe")


@pytest.fixture
def event_b(organization_b):
    return pending_event(organization_b, "44", title="Portes ouvertes de la coopérative", slug="portes-ouvertes-coop")
