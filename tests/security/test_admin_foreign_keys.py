"""Finding 3: a moderator could move an event to any organisation (and so see that organisation's
members), or to a place outside their regions, by re-posting the admin change form with forged ids.

Every foreign key and many-to-many a moderator can set is limited twice: the choices offered, and the
value accepted on POST (refused with a French message at the field, nothing saved).
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from events.models import Audience, Edition, Event, EventType, Highlight, Theme
from regions.models import Region
from tests.factories import OrganizationFactory, department
from tests.security.admin_forms import all_errors, change_form_data, field_errors

pytestmark = pytest.mark.django_db

OUT_OF_SCOPE = "Ce choix n’existe pas ou n’est pas dans votre périmètre de modération."


def _change_url(event):
    return reverse("admin:events_event_change", args=[event.pk])


def _missing_pk(model):
    return (model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1000


@pytest.fixture
def moderator_form(client, site):
    client.force_login(site.moderator_a)
    response = client.get(_change_url(site.pending))
    assert response.status_code == 200
    return response


def test_unchanged_change_form_is_accepted(client, site, moderator_form):
    # The baseline of the tests below: the same form, re-posted as it is, saves.
    response = client.post(_change_url(site.pending), change_form_data(moderator_form))
    assert response.status_code == 302, all_errors(response)


def test_moderator_is_offered_only_organizations_regions_and_departments_of_their_scope(site, moderator_form):
    fields = moderator_form.context["adminform"].form.fields
    assert set(fields["organization"].queryset) == {site.organization_a}
    assert list(fields["region"].queryset) == [site.region_a]
    assert {d.code for d in fields["department"].queryset} == {"22", "29", "35", "56"}
    # Public taxonomies stay whole.
    assert fields["themes"].queryset.count() == Theme.objects.count()
    assert "edition" not in fields  # read-only for moderators


FORGED = {
    # field: (the forged value, what must stay as it was)
    "organization": (lambda site: site.organization_b.pk, lambda event: event.organization_id),
    "region": (lambda site: Region.objects.get(slug="pays-de-la-loire").pk, lambda event: event.region_id),
    "department": (lambda site: department("44").pk, lambda event: event.department_id),
    "event_type": (lambda site: _missing_pk(EventType), lambda event: event.event_type_id),
    "highlight": (lambda site: _missing_pk(Highlight), lambda event: event.highlight_id),
    "themes": (lambda site: [_missing_pk(Theme)], lambda event: sorted(event.themes.values_list("pk", flat=True))),
    "audiences": (
        lambda site: [_missing_pk(Audience)],
        lambda event: sorted(event.audiences.values_list("pk", flat=True)),
    ),
}


@pytest.mark.parametrize("field", FORGED)
def test_forged_related_value_is_refused_at_its_field(client, site, moderator_form, db_state, field):
    forged, kept = FORGED[field]
    before, state = kept(site.pending), db_state()
    data = {**change_form_data(moderator_form), field: forged(site)}

    response = client.post(_change_url(site.pending), data)

    assert response.status_code == 200
    assert field_errors(response, field) == [OUT_OF_SCOPE]
    assert set(all_errors(response)) == {field}
    site.pending.refresh_from_db()
    assert kept(site.pending) == before
    assert db_state() == state


def test_moved_event_would_have_shown_the_other_organisation_and_its_members(client, site, moderator_form):
    """The exploit end to end: after the refused move, organisation B is still out of the moderator's
    scope, and B's owner cannot edit A's event."""
    data = {**change_form_data(moderator_form), "organization": site.organization_b.pk}
    client.post(_change_url(site.pending), data)

    assert (
        client.get(reverse("admin:organizations_organization_change", args=[site.organization_b.pk])).status_code == 404
    )
    client.force_login(site.organization_b.memberships.get().user)
    assert client.get(reverse("space_events:edit", args=[site.pending.pk])).status_code == 404


def test_moderator_cannot_move_an_event_to_another_edition(client, site, moderator_form, db_state):
    other = Edition.objects.create(year=2025, **Edition.defaults_for(2025))
    state = db_state()
    data = {**change_form_data(moderator_form), "edition": other.pk}

    response = client.post(_change_url(site.pending), data)

    assert response.status_code == 302  # the rest of the form saves; the edition is not a field for them
    site.pending.refresh_from_db()
    assert site.pending.edition == site.edition
    assert db_state()["editions"] == state["editions"]


def test_forged_slot_of_another_regions_event_is_refused_and_left_alone(client, site, moderator_form, db_state):
    slot_b = site.event_b.slots.get()
    before = (slot_b.starts_at, slot_b.ends_at, slot_b.event_id)
    data = change_form_data(moderator_form)
    data["slots-0-id"] = str(slot_b.pk)
    data["slots-0-starts_at"] = "2026-11-28T09:00"
    data["slots-0-ends_at"] = "2026-11-28T10:00"

    client.post(_change_url(site.pending), data)

    slot_b.refresh_from_db()
    assert (slot_b.starts_at, slot_b.ends_at, slot_b.event_id) == before


def test_national_staff_may_move_an_event_anywhere(client, site, national):
    client.force_login(national)
    url = _change_url(site.pending)
    data = {
        **change_form_data(client.get(url)),
        "organization": site.organization_b.pk,
        "region": site.organization_b.department.region_id,
        "department": site.organization_b.department_id,
        # The place moves too: a postal code, its commune and the department agree (regions.places).
        "postal_code": "44000",
        "city": "Nantes",
        "latitude": "47.2184",
        "longitude": "-1.5536",
    }

    response = client.post(url, data)

    assert response.status_code == 302, all_errors(response)
    site.pending.refresh_from_db()
    assert (site.pending.organization, site.pending.department.code) == (site.organization_b, "44")


def test_moderator_sees_organizations_based_in_their_regions_even_without_events(client, site):
    newcomer = OrganizationFactory(name="Nouvelle coopérative rennaise")
    client.force_login(site.moderator_a)
    response = client.get(_change_url(site.pending))
    assert newcomer in response.context["adminform"].form.fields["organization"].queryset


def test_import_refuses_a_forged_region_or_organisation(client, site, db_state):
    client.force_login(site.moderator_a)
    url = reverse("admin:opendata_import")
    region_b = Region.objects.get(slug="pays-de-la-loire")
    state = db_state()
    csv = (
        b"titre;resume;date_debut;date_fin;type;themes;code_postal;commune\n"
        b"Atelier;Un atelier.;2026-11-25T10:00;2026-11-25T12:00;atelier;;35000;Rennes\n"
    )
    for forged in (
        {"region": region_b.pk, "organisation": site.organization_a.pk},
        {"region": site.region_a.pk, "organisation": site.organization_b.pk},
    ):
        upload = SimpleUploadedFile("agenda.csv", csv, content_type="text/csv")
        response = client.post(url, {**forged, "etat": Event.State.PENDING, "fichier": upload, "confirm": "1"})
        assert response.status_code == 200
        field = "region" if forged["region"] == region_b.pk else "organisation"
        assert response.context["form"].errors[field] == [OUT_OF_SCOPE]
    assert db_state() == state
