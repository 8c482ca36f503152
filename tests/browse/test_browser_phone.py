"""Issue 12 in a real browser: the phone header and its menu button, the event page on a phone, the
filters without JavaScript, reflow at 320 px, and a keyboard-only journey to an event's calendar."""

import re

import pytest
from playwright.sync_api import expect

from tests.a11y import assert_accessible
from tests.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 800}


def _box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("viewport", [PHONE, SMALL_PHONE], ids=["390px", "320px"])
def test_phone_header_is_one_row_of_brand_and_menu_button(page, viewport):
    page.set_viewport_size(viewport)
    page.goto("/carte/")
    header, brand, button = _box(page, ".site-header"), _box(page, ".brand"), _box(page, "[data-menu-toggle]")
    assert header["height"] <= 72
    assert abs((brand["y"] + brand["height"] / 2) - (button["y"] + button["height"] / 2)) < 4
    assert button["x"] + button["width"] <= viewport["width"]
    # The brand's name is whole and stops before the button.
    name = _box(page, ".brand__name")
    assert name["x"] + name["width"] <= button["x"]
    # The map starts near the top.
    assert _box(page, "h1")["y"] < 110
    menu = page.get_by_role("button", name="Menu")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("link", name="Régions", exact=True).first).to_be_hidden()

    menu.click()

    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(page.locator(".site-header").get_by_role("link", name="Régions", exact=True)).to_be_visible()
    expect(page.locator(".site-header").get_by_role("link", name="Se connecter")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") == viewport["width"]
    assert_accessible(page)


def test_menu_button_works_with_the_keyboard(page):
    page.set_viewport_size(PHONE)
    page.goto("/le-mois/")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the brand
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "site-menu"
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Événements"
    page.keyboard.press("Escape")
    expect(page.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "false")
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "site-menu"
    page.keyboard.press(" ")
    expect(page.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "true")


def test_desktop_header_has_no_menu_button(page):
    page.set_viewport_size(DESKTOP)
    page.goto("/le-mois/")
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    expect(page.locator(".site-header").get_by_role("link", name="Régions", exact=True)).to_be_visible()


@pytest.fixture
def no_js_phone(browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url, viewport=PHONE, locale="fr-FR")
    yield context.new_page()
    context.close()


def test_without_javascript_the_phone_menu_is_shown_and_the_results_come_first(no_js_phone):
    for n in range(3):
        EventFactory(title=f"Atelier {n}")
    tab = no_js_phone
    tab.goto("/evenements/")
    assert not tab.get_by_role("button", name="Menu").is_visible()
    for name in ("Événements", "Carte", "Régions", "Organiser un événement", "Se connecter"):
        assert tab.locator(".site-header").get_by_role("link", name=name, exact=True).is_visible(), name
    # The filters are folded: the first result is on the first screens, not 2 000 px down.
    assert not tab.get_by_label("Mots-clés").is_visible()
    assert tab.locator(".event-card").first.bounding_box()["y"] < 900
    tab.locator(".filters__panel > summary").click()
    assert tab.get_by_label("Mots-clés").is_visible()


def test_filters_unfold_beside_the_results_on_a_desktop(page):
    page.set_viewport_size(DESKTOP)
    page.goto("/evenements/")
    expect(page.get_by_label("Mots-clés")).to_be_visible()


def test_home_search_block_is_full_width_with_aligned_fields(page):
    page.set_viewport_size(DESKTOP)
    page.goto("/")
    container, row = _box(page, ".hero .container"), _box(page, ".search-box__row")
    assert row["width"] == pytest.approx(container["width"], abs=2)
    q, around, button = _box(page, "#home-q"), _box(page, "#home-autour"), _box(page, ".search-box button")
    assert q["y"] + q["height"] == pytest.approx(around["y"] + around["height"], abs=1)
    assert q["height"] == pytest.approx(around["height"], abs=1)
    assert button["y"] + button["height"] == pytest.approx(q["y"] + q["height"], abs=2)
    page.set_viewport_size(PHONE)
    q, around = _box(page, "#home-q"), _box(page, "#home-autour")
    assert q["width"] == pytest.approx(around["width"], abs=1)
    assert q["x"] == pytest.approx(around["x"], abs=1)


def test_event_page_on_a_phone_says_when_and_where_before_the_description(page):
    event = EventFactory(description="Un **long** programme. " * 200, access_motor=True, access_hearing=True)
    page.set_viewport_size(PHONE)
    page.goto(event.get_absolute_url())
    when, where, about = _box(page, "#when-title"), _box(page, "#where-title"), _box(page, "#about-title")
    assert when["y"] < where["y"] < about["y"]
    assert when["y"] < 844  # on the first screen
    # The icons are drawn (SVG), beside their text.
    icon = page.locator(".access--moteur svg")
    assert icon.bounding_box()["width"] >= 10
    assert "Handicap moteur" in page.locator(".access--moteur").inner_text()
    page.set_viewport_size(DESKTOP)
    when, about = _box(page, "#when-title"), _box(page, "#about-title")
    assert when["x"] > about["x"] + about["width"]  # beside it, on the right
    assert_accessible(page)


@pytest.mark.parametrize("url", ["/integrer/", "/api/", "/widget/", "/accessibilite/signaler/", "/"])
def test_pages_reflow_at_320_px(page, url):
    EventFactory(online_url="https://visio.example.org/" + "reunion-" * 12, attendance_mode="mixed")
    page.set_viewport_size(SMALL_PHONE)
    page.goto(url)
    assert page.evaluate("document.documentElement.scrollWidth") <= SMALL_PHONE["width"]


def test_keyboard_only_journey_from_home_to_an_event_and_its_calendar_link(page):
    event = EventFactory(title="Répar’café du quartier")
    page.set_viewport_size(DESKTOP)
    page.goto("/")

    def tab_to(predicate_js, limit=80):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(predicate_js):
                return
        raise AssertionError(f"never reached by Tab: {predicate_js}")

    tab_to("document.activeElement.textContent.trim() === 'Répar’café du quartier'")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{event.get_absolute_url()}")
    assert page.locator("h1").inner_text() == "Répar’café du quartier"
    tab_to("document.activeElement.href && document.activeElement.href.endsWith('.ics')")
    assert page.evaluate("document.activeElement.href").endswith(f"/evenements/{event.slug}.ics")
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.textContent.trim(), document.activeElement.href]")
    assert focused[0] == "Google Agenda"
    assert focused[1].startswith("https://calendar.google.com/calendar/render?action=TEMPLATE")
    # The focus is visible on it.
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Outlook"
    with page.expect_download() as download:
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".ics")


def test_404_page_in_the_browser(page):
    response = page.goto("/nulle-part/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == "Page introuvable"
    favicon = page.evaluate("fetch('/favicon.ico').then(r => [r.status, r.headers.get('content-type')])")
    assert favicon[0] == 200 and re.search(r"icon", favicon[1])
    assert_accessible(page)
