"""The admin's home: the current edition's work region by region, for a moderator and national staff."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import Edition, Event, EventReport
from events.services import record_edit
from tests.factories import OrganizationFactory
from tests.moderation.helpers import pending_event

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")


def _row(response, slug):
    return next(row for row in response.context["dashboard"]["rows"] if row["region"].slug == slug)


@pytest.fixture
def edition_2025():
    return Edition.objects.get_or_create(year=2025, defaults=Edition.defaults_for(2025))[0]


@pytest.fixture
def campaign(organization_a, organization_b, member_a, edition_2025):
    """Region A: two waiting (the oldest for 6 days), one published then edited, one published, one
    rejected, one with changes requested, an open report; region B: one waiting for a day."""
    pending_event(organization_a, title="Attend depuis six jours", slug="six-jours", days_ago=6)
    pending_event(organization_a, title="Attend depuis deux jours", slug="deux-jours", days_ago=2)
    published_at = timezone.now() - datetime.timedelta(days=5)
    edited = pending_event(
        organization_a, title="Modifié", slug="modifie", state=Event.State.PUBLISHED, published_at=published_at
    )
    record_edit(event=edited, user=member_a, changes={"title": ["Avant", "Modifié"]})
    published = pending_event(
        organization_a, title="Publié", slug="publie", state=Event.State.PUBLISHED, published_at=published_at
    )
    pending_event(organization_a, title="Refusé", slug="refuse", state=Event.State.REJECTED)
    pending_event(organization_a, title="À reprendre", slug="a-reprendre", state=Event.State.CHANGES_REQUESTED)
    # Last year's: not counted.
    pending_event(organization_a, title="L’an dernier", slug="an-dernier", edition=edition_2025, days_ago=400)
    EventReport.objects.create(event=published, reason="cancelled", message="Annulé, m’a-t-on dit.")
    pending_event(organization_b, "44", title="Nantes attend", slug="nantes", days_ago=1)
    return published


def test_a_moderator_opens_the_admin_on_their_region(client, moderator_a, campaign):
    client.force_login(moderator_a)
    response = client.get(INDEX)
    assert response.status_code == 200
    rows = response.context["dashboard"]["rows"]
    assert [row["region"].slug for row in rows] == ["bretagne"]
    row = rows[0]
    assert (row["pending"], row["wait_days"], row["late"]) == (2, 6, True)
    assert (row["edits"], row["published"], row["rejected"], row["changes_requested"]) == (1, 2, 1, 1)
    assert row["reports"] == 1
    page = response.content.decode()
    assert "Tableau de bord — Mois de l’ESS 2026" in page
    assert "Votre région" in page
    assert "Pays de la Loire" not in page


def test_each_figure_links_to_the_list_that_acts_on_it(client, moderator_a, campaign, organization_a):
    client.force_login(moderator_a)
    row = _row(client.get(INDEX), "bretagne")
    waiting = client.get(row["links"]["pending"])
    assert sorted(e.title for e in waiting.context["cl"].result_list) == [
        "Attend depuis deux jours",
        "Attend depuis six jours",
    ]
    edits = client.get(row["links"]["edits"])
    assert [e.title for e in edits.context["cl"].result_list] == ["Modifié"]
    reports = client.get(row["links"]["reports"])
    assert [r.event.title for r in reports.context["cl"].result_list] == ["Publié"]
    assert client.get(row["links"]["rejected"]).context["cl"].result_count == 1
    assert client.get(row["links"]["organizations"]).status_code == 200
    assert [year for year, _link in row["links"]["programmes"]] == [2026, 2025]
    assert client.get(row["links"]["programmes"][1][1]).status_code == 200


def test_new_organisations_are_those_signed_up_since_the_last_edition(client, moderator_a, organization_a):
    old = OrganizationFactory(name="Ancienne", slug="ancienne", department=organization_a.department)
    old.__class__.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=800))
    client.force_login(moderator_a)
    row = _row(client.get(INDEX), "bretagne")
    assert row["organizations"] == 1  # organization_a, signed up during the tests' campaign
    listed = client.get(row["links"]["organizations"]).context["cl"].result_list
    assert [o.name for o in listed] == [organization_a.name]


def test_national_staff_see_the_regions_side_by_side_late_ones_named(client, national, campaign):
    client.force_login(national)
    response = client.get(INDEX)
    dashboard = response.context["dashboard"]
    assert len(dashboard["rows"]) == 18
    assert _row(response, "pays-de-la-loire")["pending"] == 1
    assert [row["region"].slug for row in dashboard["late"]] == ["bretagne"]
    assert dashboard["totals"]["pending"] == 3
    page = response.content.decode()
    assert "Les régions côte à côte" in page
    assert "1 région a des événements en attente depuis plus de 3 jours" in page or "Une région" in page


def test_the_dashboard_costs_a_fixed_number_of_queries(client, national, campaign, django_assert_max_num_queries):
    client.force_login(national)
    with django_assert_max_num_queries(30):
        client.get(INDEX)


def test_members_and_anonymous_visitors_get_no_dashboard(client, member_a):
    assert client.get(INDEX).status_code == 302
    client.force_login(member_a)
    assert client.get(INDEX).status_code == 302


def test_admin_messages_are_in_plain_french(client, national, organization_a):
    client.force_login(national)
    page = client.get(INDEX).content.decode()
    assert "Aucun(e)" not in page
    assert "Rien pour l’instant" in page  # the recent actions, empty
    change = reverse("admin:regions_region_change", args=[organization_a.department.region_id])
    form = client.get(change).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    response = client.post(change, data, follow=True)
    page = response.content.decode()
    assert "avec succès" not in page
    assert "Modifications enregistrées : région « <a" in page


def test_the_compiled_catalogue_matches_its_source():
    import gettext
    from pathlib import Path

    from django.conf import settings

    folder = Path(settings.LOCALE_PATHS[0]) / "fr" / "LC_MESSAGES"
    with open(folder / "django.mo", "rb") as fh:
        catalogue = gettext.GNUTranslations(fh)
    source = (folder / "django.po").read_text()
    # Every translation of the compiled file is in the source (the .mo was compiled from this .po).
    for msgid, msgstr in catalogue._catalog.items():
        if msgid:
            assert msgstr.splitlines()[0][:30] in source.replace('"\n"', ""), msgid
    assert catalogue.gettext("None available") == "Rien pour l’instant"
    assert "Modifications enregistrées" in catalogue.gettext("The {name} “{obj}” was changed successfully.")


def test_another_regions_figures_are_absent_from_a_moderators_home(client, moderator_b, campaign):
    client.force_login(moderator_b)
    response = client.get(INDEX)
    rows = response.context["dashboard"]["rows"]
    assert [(row["region"].slug, row["pending"], row["reports"]) for row in rows] == [("pays-de-la-loire", 1, 0)]
    page = response.content.decode()
    assert "Bretagne" not in page
    assert "Attend depuis six jours" not in page
