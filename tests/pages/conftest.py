"""Personas for the editorial pages' tests: the root ones (tests/conftest.py), plus a superuser."""

import pytest

from tests.factories import UserFactory


@pytest.fixture
def superuser(db):
    return UserFactory(email="direction@ess-france.example", is_staff=True, is_superuser=True)
