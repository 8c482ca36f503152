"""The self-audit behind the accessibility statement (/accessibilite/): axe-core (WCAG 2.1 A/AA) on a
representative sample of the site's pages — one of each kind, public and organisation space — at a
desktop width and on a 320 px phone, where nothing may scroll sideways (RGAA 10.11). The statement
lists this sample; keep both in step."""

import pytest

from tests.a11y import assert_accessible
from tests.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 320, "height": 640}

# The sample of the statement, in its order (space pages are added after logging in).
PUBLIC_SAMPLE = [
    "/",
    "/evenements/?theme=alimentation&page=1",
    "/carte/",
    "{event}",
    "/regions/",
    "/regions/bretagne/",
    "{organization}",
    "/le-mois/",
    "/contact/",
    "/accessibilite/",
    "/accessibilite/signaler/",
    "/integrer/",
    "/api/",
    "/widget/",
    "/compte/connexion/",
    "/compte/inscription/",
    "/page-qui-n-existe-pas/",
]
SPACE_SAMPLE = ["/espace/", "/espace/evenements/nouveau/"]


def _wait_for_maps(page):
    if page.locator("[data-events-map]").count():
        page.wait_for_function("document.querySelector('[data-events-map]').dataset.events !== undefined")
    if page.locator(".point-map").count():
        page.locator(".point-map .map-marker").wait_for()


def _audit(page, urls):
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        for url in urls:
            page.goto(url)
            _wait_for_maps(page)
            assert_accessible(page)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= viewport["width"], f"{url} scrolls sideways at {viewport['width']} px ({width} px)"


def test_sample_of_public_pages_passes_axe_on_desktop_and_phone(page):
    event = EventFactory(
        title="Répar’café de la Maison des associations",
        access_motor=True,
        access_hearing=True,
        online_url="https://visio.example.org/une-adresse-de-reunion-en-ligne-vraiment-tres-longue-sans-espace",
        attendance_mode="mixed",
    )
    urls = [
        u.format(event=event.get_absolute_url(), organization=event.organization.get_absolute_url())
        for u in PUBLIC_SAMPLE
    ]
    _audit(page, urls)


def test_sample_of_space_pages_passes_axe_on_desktop_and_phone(page, member_a):
    page.goto("/compte/connexion/")
    page.get_by_label("Adresse e-mail").fill(member_a.email)
    page.get_by_label("Mot de passe").fill("motdepasse-de-test")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    _audit(page, SPACE_SAMPLE)


def test_the_statement_names_as_many_pages_as_the_sample():
    # « Un échantillon représentatif de 19 pages » (pages/migrations/0005_citypages_accessibility_audit.py).
    assert len(PUBLIC_SAMPLE) + len(SPACE_SAMPLE) == 19
