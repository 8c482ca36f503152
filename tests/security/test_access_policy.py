"""accounts/policy.py: one answer to each access question, for each persona."""

import pytest
from django import forms
from django.contrib.auth.models import AnonymousUser, Group

from accounts import policy
from accounts.models import User
from accounts.scoping import OUT_OF_SCOPE, scoped_form
from events.models import Edition, Event, EventType, Theme, TimeSlot
from opendata.models import ImportedEvent
from organizations.models import Membership, Organization
from regions.models import Department, Region
from tests.factories import OrganizationFactory, UserFactory, add_moderator

pytestmark = pytest.mark.django_db


def test_moderated_regions_per_persona(site, member_a, moderator_b, national):
    assert list(policy.moderated_regions(site.moderator_a)) == [site.region_a]
    assert list(policy.moderated_regions(moderator_b).values_list("slug", flat=True)) == ["pays-de-la-loire"]
    assert policy.moderated_regions(national).count() == Region.objects.count()
    assert not policy.moderated_regions(member_a).exists()
    assert not policy.moderated_regions(AnonymousUser()).exists()


def test_inactive_or_non_staff_account_with_regions_moderates_nothing(region_a):
    user = UserFactory(is_staff=False)
    user.moderated_regions.add(region_a)
    assert policy.scope_of(user).region_ids == frozenset()
    user = UserFactory(is_staff=True, is_active=False)
    user.moderated_regions.add(region_a)
    assert policy.scope_of(user).region_ids == frozenset()


def test_visible_organizations_is_one_definition(site, moderator_b, national, member_a):
    """Based in one's regions or running an event there — the admin, the import and the policy agree."""
    rennes_without_events = OrganizationFactory(name="Sans événement")
    nantes_with_event_in_rennes = site.organization_b  # event_b is in Nantes: not yet in region A
    assert set(policy.visible_organizations(site.moderator_a)) == {site.organization_a, rennes_without_events}
    Event.objects.filter(pk=site.event_b.pk).update(region=site.region_a)
    assert nantes_with_event_in_rennes in policy.visible_organizations(site.moderator_a)
    assert set(policy.importable_organizations(site.moderator_a)) == set(policy.visible_organizations(site.moderator_a))
    assert set(policy.visible_organizations(moderator_b)) == {site.organization_b}
    assert policy.visible_organizations(national).count() == Organization.objects.count()
    assert not policy.visible_organizations(member_a).exists()


def test_scoped_reaches_every_kind_of_object_by_its_region_or_organisation(site, moderator_b):
    expected = {
        Event: {site.published.pk, site.pending.pk, site.draft.pk},
        TimeSlot: set(TimeSlot.objects.exclude(event=site.event_b).values_list("pk", flat=True)),
        Department: set(Department.objects.filter(region=site.region_a).values_list("pk", flat=True)),
        Region: {site.region_a.pk},
        Organization: {site.organization_a.pk},
        Membership: set(site.organization_a.memberships.values_list("pk", flat=True)),
        ImportedEvent: {site.imported.pk},
        Edition: set(),
        Theme: set(),
        User: set(),
        Group: set(),
    }
    for model, pks in expected.items():
        assert set(policy.scoped(site.moderator_a, model.objects.all()).values_list("pk", flat=True)) == pks, model
    assert policy.in_scope(site.moderator_a, site.pending)
    assert not policy.in_scope(moderator_b, site.pending)
    assert policy.in_scope(moderator_b, site.event_b)


def test_assignable_values_for_a_moderator(site, national):
    assert set(
        policy.assignable(site.moderator_a, Department.objects.all()).values_list("region__slug", flat=True)
    ) == {"bretagne"}
    assert policy.assignable(site.moderator_a, Theme.objects.all()).count() == Theme.objects.count()
    assert policy.assignable(site.moderator_a, EventType.objects.all()).count() == EventType.objects.count()
    assert not policy.assignable(site.moderator_a, Edition.objects.all()).exists()
    assert not policy.assignable(site.moderator_a, User.objects.all()).exists()
    assert policy.assignable(national, Edition.objects.all()).count() == Edition.objects.count()
    assert not policy.assignable(site.member_a, Theme.objects.all()).exists()


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", False),
        ("member_a", True),
        ("member_b", False),
        ("moderator_a", True),
        ("moderator_b", False),
        ("national", True),
    ],
)
def test_may_preview_event(site, request, persona, expected):
    user = AnonymousUser() if persona == "anonymous" else request.getfixturevalue(persona)
    assert policy.may_preview_event(user, site.pending) is expected


def test_import_rights(site, member_a, moderator_b, national):
    assert (policy.may_import(site.moderator_a), policy.may_import(national), policy.may_import(member_a)) == (
        True,
        True,
        False,
    )
    assert list(policy.importable_regions(moderator_b).values_list("slug", flat=True)) == ["pays-de-la-loire"]


def test_people_of_the_digest(site, moderator_b, national):
    both = add_moderator("grand-ouest@example.org", "--region", "bretagne", "--region", "pays-de-la-loire")
    superuser = UserFactory(is_staff=True, is_superuser=True)
    UserFactory(is_staff=False, is_superuser=True)  # not staff: not national staff
    by_region = policy.region_moderators()
    assert set(by_region[site.region_a.pk]) == {site.moderator_a, both}
    assert set(by_region[moderator_b.moderated_regions.get().pk]) == {moderator_b, both}
    assert set(policy.national_staff_accounts()) == {national, superuser}


def test_scoped_form_refuses_out_of_scope_values_of_a_field_the_form_declares_itself(site):
    """The second lock: a form whose own field offers every organisation still refuses B's."""

    class WideForm(forms.ModelForm):
        organization = forms.ModelChoiceField(queryset=Organization.objects.all())

        class Meta:
            model = ImportedEvent
            fields = ["organization"]

    form = scoped_form(WideForm, site.moderator_a)(data={"organization": site.organization_b.pk})
    assert not form.is_valid()
    assert form.errors == {"organization": [OUT_OF_SCOPE]}
    assert scoped_form(WideForm, site.moderator_a)(data={"organization": site.organization_a.pk}).is_valid()
