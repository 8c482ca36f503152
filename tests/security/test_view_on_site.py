"""Finding 11: /admin/r/<content type>/<id>/ (« Voir sur le site ») told any staff member the address
of any object — an event's slug is its title and town, other regions' drafts included. It now answers
only for objects the user may see in the admin, and 404 for anything else."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from events.models import Event
from pages.models import Page

pytestmark = pytest.mark.django_db


def _url(obj):
    content_type = ContentType.objects.get_for_model(obj)
    return reverse("admin:view_on_site", args=[content_type.pk, obj.pk])


@pytest.mark.parametrize("target", ["pending", "draft", "published"])
def test_other_regions_moderator_gets_404_and_no_address(client, site, moderator_b, target):
    client.force_login(moderator_b)
    event = getattr(site, target)

    response = client.get(_url(event))

    assert response.status_code == 404
    assert event.slug not in response.content.decode()
    assert "Location" not in response


@pytest.mark.parametrize("persona", ["moderator_a", "national"])
def test_moderator_of_the_region_and_national_staff_are_redirected(client, site, request, persona):
    client.force_login(request.getfixturevalue(persona))
    response = client.get(_url(site.draft))
    assert response.status_code == 302
    assert response["Location"].endswith(site.draft.get_absolute_url())


def test_other_regions_organisation_and_region_are_404_for_a_moderator(client, site, moderator_b):
    client.force_login(moderator_b)
    assert client.get(_url(site.organization_a)).status_code == 404
    assert client.get(_url(site.region_a)).status_code == 404
    assert client.get(_url(site.organization_b)).status_code == 302  # their own region's


def test_kinds_of_objects_moderators_never_see_are_404(client, site):
    client.force_login(site.moderator_a)
    assert client.get(_url(Page.objects.first())).status_code == 404
    assert client.get(_url(site.edition)).status_code == 404


@pytest.mark.parametrize("bad", ["x/1", "999999/1", "{ct}/999999", "{ct}/abc"])
def test_malformed_or_unknown_targets_are_404(client, site, bad):
    client.force_login(site.moderator_a)
    content_type = ContentType.objects.get_for_model(Event)
    assert client.get(f"/admin/r/{bad.format(ct=content_type.pk)}/").status_code == 404


def test_visitors_and_members_are_sent_to_the_admin_login(client, site, member_b):
    assert client.get(_url(site.pending))["Location"].startswith(reverse("admin:login"))
    client.force_login(member_b)
    assert client.get(_url(site.pending))["Location"].startswith(reverse("admin:login"))
