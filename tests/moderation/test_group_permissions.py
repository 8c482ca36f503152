"""The staff groups' Django permissions say what the admin lets each role do (accounts.roles)."""

import pytest
from django.contrib import admin
from django.test import RequestFactory

from tests.factories import add_moderator

pytestmark = pytest.mark.django_db

VERBS = ["view", "add", "change", "delete"]


def _admin_answers(user):
    """{(app_label, codename): what the admin allows} for every model registered in the admin."""
    request = RequestFactory().get("/admin/")
    request.user = user
    answers = {}
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        for verb in VERBS:
            check = getattr(model_admin, f"has_{verb}_permission")
            answers[(opts.app_label, f"{verb}_{opts.model_name}")] = bool(check(request))
    return answers


def _granted(user, app_label, codename):
    return user.has_perm(f"{app_label}.{codename}")


def test_moderators_group_grants_exactly_what_the_admin_allows_them():
    moderator = add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")
    disagreements = {
        perm: allowed for perm, allowed in _admin_answers(moderator).items() if allowed != _granted(moderator, *perm)
    }
    assert disagreements == {}


def test_national_group_grants_everything_the_admin_allows_national_staff(national):
    assert not national.is_superuser
    missing = [perm for perm, allowed in _admin_answers(national).items() if allowed and not _granted(national, *perm)]
    assert missing == []
