"""The editorial pages, with the header and the footer, pass axe-core (WCAG 2.1 A/AA) in a real browser."""

import pytest
from playwright.sync_api import expect

from tests.a11y import assert_accessible
from tests.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

URLS = [
    "/le-mois/",
    "/ess/",
    "/organiser/",
    "/kit/",
    "/contact/",
    "/mentions-legales/",
    "/donnees-personnelles/",
    "/accessibilite/",
]


def test_editorial_pages_are_accessible(page):
    EventFactory(title="Répar’café de la Maison des associations")
    for url in URLS:
        response = page.goto(url)
        assert response.status == 200
        assert page.locator("h1").count() == 1
        current = page.locator('header nav a[aria-current="page"]')
        assert current.count() == (1 if url in {"/le-mois/", "/organiser/"} else 0)
        assert_accessible(page)


def test_kit_badge_image_loads_at_its_stated_size(page):
    page.goto("/kit/")
    width = page.locator(".badge-kit__image").evaluate("img => img.complete && img.naturalWidth")
    assert width == 600


def test_kit_copy_button_copies_the_badge_code(page):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("/kit/")
    buttons = page.get_by_role("button", name="Copier le code")
    assert buttons.count() == 2  # the badge's code and the widget's code
    button = buttons.first

    button.click()

    # The clipboard answers asynchronously: wait for the live region rather than read it at once.
    expect(page.locator("#badge-code-status")).to_have_text("Code copié.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#badge-code").inner_text()
    assert copied.startswith("<a href=") and "/kit/badge-2026.svg" in copied
    assert_accessible(page)


def test_kit_code_stays_readable_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    tab = context.new_page()
    tab.goto("/kit/")
    assert tab.get_by_role("button", name="Copier le code").count() == 0
    assert "/kit/badge-2026.svg" in tab.locator("#badge-code").inner_text()
    context.close()


def test_kit_with_a_members_widget_code_is_accessible(page, member_a):
    EventFactory(organization=member_a.memberships.get().organization)
    page.goto("/compte/connexion/")
    page.fill("#id_username", member_a.email)
    page.fill("#id_password", "motdepasse-de-test")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])

    page.goto("/kit/")
    target = f"widget-code-{member_a.memberships.get().organization.slug}"
    page.locator(f'[data-copy-target="{target}"]').click()

    expect(page.locator(f"#{target}-status")).to_have_text("Code copié.")
    assert "/widget/?organisation=" in page.evaluate("navigator.clipboard.readText()")
    assert_accessible(page)
