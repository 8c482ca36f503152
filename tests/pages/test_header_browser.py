"""The header works on a phone and on a desktop: every entry reachable, no sideways scrolling, the
current page marked, a visible focus. On a phone the entries fold behind a « Menu » button
(tests/browse/test_browser_phone.py checks it, and the header without JavaScript)."""

import pytest

from tests.a11y import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
TABLET = {"width": 1024, "height": 768}
DESKTOP = {"width": 1280, "height": 800}
MAIN_NAV = ".site-nav:not(.account-nav)"


def _box(page, selector):
    return page.locator(selector).bounding_box()


def _middle(box):
    return box["y"] + box["height"] / 2


def _log_in(page, user):
    page.goto("/compte/connexion/")
    page.fill("#id_username", user.email)
    page.fill("#id_password", "motdepasse-de-test")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert "/compte/connexion/" not in page.url


def test_header_on_a_phone_shows_every_entry_without_sideways_scrolling(page):
    page.set_viewport_size(PHONE)
    page.goto("/organiser/")
    # Folded behind the « Menu » button (tests/browse/test_browser_phone.py): unfold it.
    page.get_by_role("button", name="Menu").click()

    assert page.evaluate("document.documentElement.scrollWidth") == PHONE["width"]
    links = page.locator(".site-header a")
    assert links.count() == 7  # the brand, the five main entries, « Se connecter »
    for index in range(links.count()):
        box = links.nth(index).bounding_box()
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= PHONE["width"]
        assert box["height"] >= 24  # WCAG 2.5.8 target size
    # The account links come after the main entries, on a row of their own.
    assert _box(page, ".account-nav")["y"] >= _box(page, MAIN_NAV)["y"] + _box(page, MAIN_NAV)["height"]
    current = page.locator('.site-header a[aria-current="page"]')
    assert current.count() == 1
    assert current.inner_text() == "Organiser un événement"
    assert_accessible(page)


def test_header_focus_is_visible_on_the_purple_band(page):
    page.set_viewport_size(PHONE)
    page.goto("/le-mois/")
    page.get_by_role("button", name="Menu").click()
    link = page.locator(MAIN_NAV).get_by_role("link", name="Carte")
    link.focus()
    page.keyboard.press("Shift+Tab")

    page.keyboard.press("Tab")

    assert page.evaluate("document.activeElement.textContent") == "Carte"
    style = link.evaluate("a => { const s = getComputedStyle(a); return [s.outlineStyle, s.outlineWidth]; }")
    assert style == ["solid", "3px"]


def test_header_puts_account_links_beside_the_brand_on_a_tablet(page, member_a):
    page.set_viewport_size(TABLET)
    _log_in(page, member_a)
    page.goto("/le-mois/")

    brand, account, main = _box(page, ".brand"), _box(page, ".account-nav"), _box(page, MAIN_NAV)
    inner = _box(page, ".site-header__inner")
    assert abs(_middle(account) - _middle(brand)) < 12
    assert account["x"] + account["width"] == pytest.approx(inner["x"] + inner["width"], abs=2)
    assert main["y"] >= brand["y"] + brand["height"]
    assert page.get_by_role("link", name="Mon espace").is_visible()
    assert page.get_by_role("link", name="Mon compte").is_visible()


def test_header_fits_on_one_row_on_a_desktop(page, member_a):
    page.set_viewport_size(DESKTOP)
    _log_in(page, member_a)
    page.goto("/le-mois/")

    middles = [_middle(_box(page, selector)) for selector in (".brand", f"{MAIN_NAV} ul", ".account-nav ul")]
    assert max(middles) - min(middles) <= 4
    assert page.locator('.site-header a[aria-current="page"]').inner_text() == "Le Mois de l’ESS"
