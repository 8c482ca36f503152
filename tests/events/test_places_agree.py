"""Places that reach the right CRESS (issue 14): the postal code, the commune and the department agree
for events and organisations, in the space, the admin and the import (one rule: regions.places), with
a French message naming the communes of that postal code; telephone numbers are French numbers."""

import pytest
from django.urls import reverse

from core.validators import is_french_phone
from events.models import Event
from organizations.models import Organization
from regions import places
from regions.models import Department
from tests.factories import EventFactory, OrganizationFactory, department, region
from tests.opendata.test_import import csv_bytes, good_row, post_import
from tests.space import event_data

pytestmark = pytest.mark.django_db

CREATE_EVENT = "/espace/evenements/nouveau/"
CREATE_ORGANIZATION = "/espace/organisations/nouvelle/"


# -- The rule ------------------------------------------------------------------------------------------


def test_the_rule_names_the_communes_of_the_postal_code():
    assert places.check_place("35000", "Rennes").department_code == "35"
    assert places.check_place("75011", "Paris 11e").department_code == "75"
    assert places.check_place("72000", "Mans").department_code == "72"  # article left out
    assert places.check_place("35000", "Marseille").errors == {
        "city": "«\u00a0Marseille\u00a0» n’est pas une commune du code postal 35000, qui dessert\u00a0: Rennes. "
        "Corrigez la commune ou le code postal."
    }
    several = places.check_place("35190", "Rennes").errors["city"]
    assert "Tinténiac" in several and " ou " in several
    assert places.check_place("99999", "Rennes").errors == {
        "postal_code": "Ce code postal est inconnu\u00a0: vérifiez ses 5 chiffres."
    }
    wrong_department = places.check_place("35000", "Rennes", department_code="44").errors["department"]
    assert wrong_department == "Rennes (35000) est dans le département 35, pas dans le 44."


# -- The organisation space ----------------------------------------------------------------------------


def test_space_event_form_refuses_35000_marseille(client, member_a):
    client.force_login(member_a)
    response = client.post(CREATE_EVENT, event_data(postal_code="35000", city="Marseille"))
    assert response.status_code == 200
    assert response.context["form"].errors["city"] == [
        "«\u00a0Marseille\u00a0» n’est pas une commune du code postal 35000, qui dessert\u00a0: Rennes. "
        "Corrigez la commune ou le code postal."
    ]
    assert not Event.objects.exists()


def test_space_organisation_form_refuses_rennes_at_69001_and_files_the_region_from_the_commune(client, member_a):
    client.force_login(member_a)
    data = {
        "name": "Coop du Rhône",
        "legal_form": "cooperative",
        "postal_code": "69001",
        "city": "Rennes",
        "description": "x",
    }
    response = client.post(CREATE_ORGANIZATION, data)
    assert response.status_code == 200
    assert (
        "«\u00a0Rennes\u00a0» n’est pas une commune du code postal 69001" in response.context["form"].errors["city"][0]
    )
    assert "Lyon" in response.context["form"].errors["city"][0]
    assert not Organization.objects.filter(name="Coop du Rhône").exists()

    client.post(CREATE_ORGANIZATION, {**data, "city": "Lyon"})
    organization = Organization.objects.get(name="Coop du Rhône")
    assert organization.department.code == "69"
    assert organization.region.slug == "auvergne-rhone-alpes"


def test_space_forms_refuse_a_nine_digit_phone_and_accept_overseas_numbers(client, member_a):
    client.force_login(member_a)
    response = client.post(CREATE_EVENT, event_data(registration_phone="02 99 12 34 5"))
    assert "n’est pas un numéro de téléphone français" in response.context["form"].errors["registration_phone"][0]
    response = client.post(CREATE_EVENT, event_data(registration_phone="+262 262 12 34 56"))
    assert response.status_code == 302
    data = {"name": "Coop", "legal_form": "cooperative", "postal_code": "35000", "city": "Rennes", "phone": "029912345"}
    response = client.post(CREATE_ORGANIZATION, data)
    assert "phone" in response.context["form"].errors


@pytest.mark.parametrize(
    ("number", "french"),
    [
        ("02 99 12 34 56", True),
        ("06.12.34.56.78", True),
        ("+33 2 99 12 34 56", True),
        ("+33 (0)2 99 12 34 56", True),
        ("0033 2 99 12 34 56", True),
        ("0262 12 34 56", True),
        ("+262 262 12 34 56", True),
        ("+590 590 12 34 56", True),
        ("+594 594 12 34 56", True),
        ("+596 596 12 34 56", True),
        ("+687 12 34 56", True),
        ("+689 40 12 34 56", True),
        ("+508 41 12 34", True),
        ("029912345", False),
        ("02 99 12 34 567", False),
        ("+44 20 7946 0958", False),
        ("1234567890", False),
        ("appelez-nous", False),
    ],
)
def test_french_phone_numbers(number, french):
    assert is_french_phone(number) is french


# -- The admin -----------------------------------------------------------------------------------------


def _change_form_data(client, url, **changes):
    form = client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name not in {"image", "logo"}}
    for name in ("themes", "audiences"):
        if name in data:
            data[name] = [term.pk for term in data[name]]
    data.update({"slots-TOTAL_FORMS": "0", "slots-INITIAL_FORMS": "0"})
    data.update({"memberships-TOTAL_FORMS": "0", "memberships-INITIAL_FORMS": "0"})
    data.update(changes)
    return data


def test_admin_event_form_refuses_a_commune_of_another_postal_code(client, moderator_a, organization_a):
    event = EventFactory(organization=organization_a)
    client.force_login(moderator_a)
    url = reverse("admin:events_event_change", args=[event.pk])
    response = client.post(url, _change_form_data(client, url, city="Marseille"))
    assert response.status_code == 200
    assert "qui dessert\u00a0: Rennes" in response.context["adminform"].form.errors["city"][0]


def test_admin_event_form_refuses_a_department_that_is_not_the_communes(client, moderator_a, organization_a):
    event = EventFactory(organization=organization_a)
    client.force_login(moderator_a)
    url = reverse("admin:events_event_change", args=[event.pk])
    response = client.post(url, _change_form_data(client, url, department=department("29").pk))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["department"] == [
        "Rennes (35000) est dans le département 35, pas dans le 29."
    ]


def test_admin_organisation_form_refuses_rennes_at_69001_and_files_the_department(client, national):
    organization = OrganizationFactory(name="Coop", slug="coop")
    client.force_login(national)
    url = reverse("admin:organizations_organization_change", args=[organization.pk])
    response = client.post(url, _change_form_data(client, url, postal_code="69001"))
    assert response.status_code == 200
    assert "Lyon" in response.context["adminform"].form.errors["city"][0]

    response = client.post(url, _change_form_data(client, url, postal_code="69001", city="Lyon", department=""))
    assert response.status_code == 302
    organization.refresh_from_db()
    assert organization.department == Department.objects.get(code="69")


# -- The import ----------------------------------------------------------------------------------------


def test_import_refuses_disagreeing_places_and_phones_at_their_columns(client, national, organization_a):
    client.force_login(national)
    response = post_import(
        client,
        content=csv_bytes(
            [
                good_row(),
                good_row(titre="Marseille ?", code_postal="35000", commune="Marseille"),
                good_row(titre="Mauvais département", departement="29"),
                good_row(titre="Téléphone", inscription_telephone="02 99 12 34 5"),
            ]
        ),
        name="cress.csv",
        region_pk=region("bretagne").pk,
        organization_pk=organization_a.pk,
    )
    errors = response.context["plan"].errors
    assert any("colonne « commune »" in error and "qui dessert\u00a0: Rennes" in error for error in errors), errors
    assert any("colonne « departement »" in error and "pas dans le 29" in error for error in errors), errors
    assert any("colonne « inscription_telephone »" in error for error in errors), errors
    assert not Event.objects.exists()


# -- The demo data -------------------------------------------------------------------------------------


def test_demo_data_follows_the_rules():
    """seed_demo files every event and organisation at a commune of its postal code and department,
    with French telephone numbers, and an event « passé en ligne » has its link."""
    from django.core.management import call_command

    from events import rules

    call_command("seed_demo", events=120, seed=3, force=True)
    for organization in Organization.objects.select_related("department"):
        place = places.check_place(organization.postal_code, organization.city)
        assert not place.errors, (organization.name, place.errors)
        assert place.department_code == organization.department.code
        assert is_french_phone(organization.phone) or not organization.phone, organization.phone
    for event in Event.objects.select_related("department").exclude(attendance_mode="online"):
        place = places.check_place(event.postal_code, event.city, department_code=event.department.code)
        assert not place.errors, (event.title, place.errors)
    for event in Event.objects.all():
        assert rules.status_error(status=event.status, online_url=event.online_url) is None, event.title
        assert not event.registration_phone or is_french_phone(event.registration_phone)
