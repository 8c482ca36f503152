"""Personas for the editorial pages' tests."""

import pytest
from django.contrib.auth.models import Group

from accounts.roles import NATIONAL_GROUP
from tests.factories import MembershipFactory, UserFactory, region


@pytest.fixture
def superuser(db):
    return UserFactory(email="direction@ess-france.example", is_staff=True, is_superuser=True)


@pytest.fixture
def national_staff(db):
    user = UserFactory(email="equipe@ess-france.example", is_staff=True)
    user.groups.add(Group.objects.get_or_create(name=NATIONAL_GROUP)[0])
    return user


@pytest.fixture
def moderator(db):
    user = UserFactory(email="moderation@cress-bretagne.example", is_staff=True)
    user.moderated_regions.add(region("bretagne"))
    return user


@pytest.fixture
def member(db):
    return MembershipFactory(user__email="benevole@asso.example").user
