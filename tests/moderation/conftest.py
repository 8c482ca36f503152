"""Events of two regions for the moderation tests.

The personas (region_a, region_b, organization_a, organization_b, member_a, moderator_a, moderator_b,
national) come from tests/conftest.py: region A is Bretagne (Ille-et-Vilaine, 35), region B is
Pays de la Loire (Loire-Atlantique, 44).
"""

import pytest

from tests.factories import add_moderator
from tests.moderation.helpers import pending_event


@pytest.fixture
def moderator_ab(region_a, region_b):
    return add_moderator("grand-ouest@example.org", "--region", "bretagne", "--region", "pays-de-la-loire")


@pytest.fixture
def event_a(organization_a, member_a):
    return pending_event(organization_a, "35", title="Répar’café de la Maison des associations", slug="repar-cafe")


@pytest.fixture
def event_b(organization_b):
    return pending_event(organization_b, "44", title="Portes ouvertes de la coopérative", slug="portes-ouvertes-coop")
