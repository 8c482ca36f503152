"""`manage.py add_moderator` and the two staff groups created by migration."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from accounts.models import User
from accounts.policy import scope_of
from accounts.roles import MODERATORS_GROUP, NATIONAL_GROUP, is_national_staff
from regions.models import Region

pytestmark = pytest.mark.django_db


def _run(*args):
    out = io.StringIO()
    call_command("add_moderator", *args, stdout=out)
    return out.getvalue()


def test_add_moderator_creates_staff_user_in_group_with_regions():
    out = _run(
        "Moderation@CRESS-Bretagne.example.org",
        "--region",
        "bretagne",
        "--region",
        "pays-de-la-loire",
        "--password",
        "Ruisseau-Lanterne-1907",
    )
    user = User.objects.get(email="moderation@cress-bretagne.example.org")
    assert out == "Created moderation@cress-bretagne.example.org: moderator of bretagne, pays-de-la-loire.\n"
    assert (user.is_staff, user.is_superuser, user.check_password("Ruisseau-Lanterne-1907")) == (True, False, True)
    assert list(user.groups.values_list("name", flat=True)) == [MODERATORS_GROUP]
    assert scope_of(user).region_ids == set(
        Region.objects.filter(slug__in=["bretagne", "pays-de-la-loire"]).values_list("pk", flat=True)
    )
    assert not is_national_staff(user)


def test_add_moderator_updates_regions_of_existing_user_and_keeps_password():
    _run("cress@example.org", "--region", "bretagne", "--password", "Ruisseau-Lanterne-1907")
    out = _run("cress@example.org", "--region", "normandie")
    user = User.objects.get(email="cress@example.org")
    assert out == "Updated cress@example.org: moderator of normandie.\n"
    assert list(user.moderated_regions.values_list("slug", flat=True)) == ["normandie"]
    assert user.check_password("Ruisseau-Lanterne-1907")


def test_add_moderator_without_password_creates_unusable_password():
    _run("cress@example.org", "--region", "bretagne")
    assert not User.objects.get(email="cress@example.org").has_usable_password()


def test_add_moderator_national_makes_national_staff():
    _run("cress@example.org", "--region", "bretagne")
    out = _run("cress@example.org", "--national")
    user = User.objects.get(email="cress@example.org")
    assert out == "Updated cress@example.org: national staff.\n"
    assert list(user.groups.values_list("name", flat=True)) == [NATIONAL_GROUP]
    assert list(user.moderated_regions.all()) == []
    assert is_national_staff(user)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cress@example.org"], "Give either --national or at least one --region SLUG."),
        (
            ["cress@example.org", "--national", "--region", "bretagne"],
            "Give either --national or at least one --region SLUG.",
        ),
        (["pas-une-adresse", "--region", "bretagne"], "« pas-une-adresse » is not a valid e-mail address."),
        (
            ["cress@example.org", "--region", "atlantide", "--password", "Ruisseau-Lanterne-1907"],
            "Unknown region(s): atlantide.",
        ),
        (["cress@example.org", "--region", "bretagne", "--password", "1234"], "Ce mot de passe est trop court."),
    ],
)
def test_add_moderator_refuses_bad_input_and_creates_nothing(args, message):
    with pytest.raises(CommandError) as error:
        _run(*args)
    assert str(error.value).startswith(message)
    assert not User.objects.exists()


def test_staff_groups_exist_with_their_permissions():
    moderators = set(
        Group.objects.get(name=MODERATORS_GROUP).permissions.values_list("content_type__app_label", "codename")
    )
    assert ("events", "change_event") in moderators
    assert ("events", "delete_event") not in moderators
    assert ("events", "change_theme") not in moderators
    assert ("accounts", "view_user") not in moderators
    national = set(
        Group.objects.get(name=NATIONAL_GROUP).permissions.values_list("content_type__app_label", "codename")
    )
    assert {
        ("events", "change_theme"),
        ("events", "add_edition"),
        ("accounts", "change_user"),
        ("regions", "change_region"),
    } <= national
