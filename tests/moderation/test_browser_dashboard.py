"""In a real browser: the pages a moderator uses pass axe-core (home, queue, review, reports, figures,
the public report form); decision buttons are 44 px targets; deciding opens the next waiting event."""

import pytest

from events.models import Event, EventReport
from tests.a11y import assert_accessible
from tests.factories import STAFF_PASSWORD, EventFactory, add_moderator
from tests.moderation.helpers import pending_event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _admin_login(page, email):
    page.goto("/admin/login/")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/admin/")


@pytest.fixture
def moderator():
    return add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")


@pytest.fixture
def queue():
    organization = EventFactory(title="Publié", slug="publie").organization
    first = pending_event(organization, title="Atelier compostage", slug="compostage", days_ago=5)
    second = pending_event(organization, title="Forum de l’emploi", slug="forum", days_ago=2)
    published = Event.objects.get(slug="publie")
    report = EventReport.objects.create(event=published, reason="cancelled", message="Annulé, paraît-il.")
    return first, second, report


def test_a_moderators_home_and_reports_are_accessible(page, moderator, queue):
    _first, _second, report = queue
    _admin_login(page, moderator.email)
    assert page.locator("h1").inner_text() == "Tableau de bord — Mois de l’ESS 2026"
    assert page.get_by_text("Aucun(e)").count() == 0
    assert_accessible(page)
    page.goto("/admin/events/eventreport/")
    assert_accessible(page)
    page.goto(f"/admin/events/eventreport/{report.pk}/change/")
    assert_accessible(page)
    page.goto("/admin/organizations/organization/")
    assert_accessible(page)


def test_national_staffs_home_is_accessible(page, national, queue):
    _admin_login(page, national.email)
    assert page.get_by_role("heading", name="Les régions côte à côte").is_visible()
    assert_accessible(page)


def test_decision_buttons_are_44px_targets_and_the_next_event_opens(page, moderator, queue):
    first, second, _report = queue
    _admin_login(page, moderator.email)
    page.goto(f"/admin/events/event/{first.pk}/change/")
    for name in ("Publier", "Demander des modifications…", "Refuser…"):
        box = page.get_by_role("button", name=name, exact=True).bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, name
    assert_accessible(page)  # the breadcrumbs' links included (link-in-text-block)
    page.get_by_role("button", name="Publier", exact=True).click()
    page.wait_for_url(f"**/admin/events/event/{second.pk}/change/")
    page.get_by_role("button", name="Refuser…").click()
    box = page.get_by_role("button", name="Refuser des événements").bounding_box()
    assert box["height"] >= 44
    page.get_by_label("Message à l’organisation").fill("Hors du champ de l’ESS.")
    page.get_by_role("button", name="Refuser des événements").click()
    page.wait_for_url("**/admin/events/event/?state__exact=pending")
    assert page.get_by_text("Plus aucun événement en attente").is_visible()


def test_the_public_report_form_is_accessible_and_files_a_report(page, queue):
    page.goto("/evenements/publie/")
    page.get_by_role("link", name="Signaler un problème").click()
    assert_accessible(page)
    page.get_by_label("Informations erronées").check()
    page.get_by_label("Votre message").fill("L’horaire indiqué est faux : 18 h, pas 14 h.")
    page.get_by_role("button", name="Envoyer le signalement").click()
    page.wait_for_url("**/evenements/publie/")
    assert page.get_by_text("votre signalement est transmis").is_visible()
    assert EventReport.objects.filter(reason="wrong_information").count() == 1
