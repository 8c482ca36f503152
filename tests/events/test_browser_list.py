"""The list and map in a real browser: markers without tiles, instant filters, history, accessibility."""

import re

import pytest

from events.models import Theme
from tests.a11y import assert_accessible
from tests.factories import EventFactory, department

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def map_events(page) -> int:
    """How many events the map draws (single markers plus the counts of the grouped ones)."""
    page.wait_for_function("document.querySelector('[data-events-map]').dataset.events !== undefined")
    page.wait_for_function("!document.querySelector('[data-events-map]').hasAttribute('aria-busy')")
    return int(page.locator("[data-events-map]").get_attribute("data-events"))


def marker_total(page) -> int:
    singles = page.locator(".map-marker").count()
    grouped = sum(int(text) for text in page.locator(".map-cluster span").all_inner_texts())
    return singles + grouped


@pytest.fixture
def catalogue():
    finance = Theme.objects.get(slug="finance-solidaire")
    EventFactory(title="Épargne solidaire à Rennes", themes=[finance])
    EventFactory(title="Finance à Lyon", themes=[finance], department=department("69"), latitude=45.76, longitude=4.83)
    EventFactory(title="Répar’café", latitude=48.2, longitude=-1.5)
    EventFactory(title="Collecte à Lille", department=department("59"), latitude=50.63, longitude=3.06)


def test_list_filters_update_list_counts_map_and_url_without_reload(page, catalogue):
    page.goto("/evenements/")
    assert map_events(page) == 4
    assert marker_total(page) == 4
    assert page.locator(".leaflet-marker-icon").count() >= 1
    page.evaluate("window.__sameDocument = true")

    page.locator("#facet-theme summary").click()
    page.get_by_label(re.compile(r"^Finance solidaire")).check()

    page.wait_for_url(re.compile(r"theme=finance-solidaire"))
    page.wait_for_function("document.querySelector('.results-count').textContent.includes('2 événements')")
    assert sorted(page.locator(".event-card__title").all_inner_texts()) == [
        "Finance à Lyon",
        "Épargne solidaire à Rennes",
    ]
    assert map_events(page) == 2
    assert marker_total(page) == 2
    # Counts follow: the type facet now counts only finance events.
    assert page.locator('[data-count="type-atelier"]').text_content() == "(2)"
    assert page.evaluate("window.__sameDocument") is True
    assert page.get_by_label(re.compile(r"^Finance solidaire")).is_checked()

    page.go_back()
    page.wait_for_function("document.querySelector('.results-count').textContent.includes('4 événements')")
    assert not page.url.endswith("theme=finance-solidaire")
    assert page.locator(".event-card").count() == 4
    assert not page.get_by_label(re.compile(r"^Finance solidaire")).is_checked()
    assert map_events(page) == 4
    assert page.evaluate("window.__sameDocument") is True


def test_map_popup_shows_the_event_card(page, catalogue):
    page.goto("/evenements/?region=hauts-de-france")
    assert map_events(page) == 1
    page.locator(".map-marker").first.click()
    popup = page.locator(".leaflet-popup-content .event-card")
    popup.wait_for()
    assert popup.locator("h3").inner_text() == "Collecte à Lille"


def test_overseas_quick_jump_moves_the_map(page, catalogue):
    EventFactory(title="À Fort-de-France", department=department("972"), latitude=14.61, longitude=-61.06)
    page.goto("/carte/")
    page.get_by_role("button", name="Martinique").click()
    page.wait_for_function("document.querySelector('[data-events-map]').dataset.events === '1'")
    assert marker_total(page) == 1


def test_list_page_is_accessible(page, catalogue):
    page.goto("/evenements/?theme=finance-solidaire&du=2026-11-30&au=2026-11-01")
    map_events(page)
    assert_accessible(page)


def test_event_page_is_accessible(page, catalogue):
    event = EventFactory(title="Visite de la recyclerie", access_motor=True, registration_url="https://example.org/")
    page.goto(event.get_absolute_url())
    page.locator(".point-map .map-marker").wait_for()
    assert_accessible(page)


def test_region_pages_are_accessible(page, catalogue):
    page.goto("/regions/")
    assert_accessible(page)
    page.goto("/regions/bretagne/")
    assert map_events(page) == 2
    assert_accessible(page)


def test_phone_shows_list_or_map_with_a_toggle(page, catalogue):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/carte/")
    assert page.locator("[data-events-map]").is_visible()
    assert not page.locator(".browse__results").is_visible()
    page.get_by_role("button", name="Liste").click()
    assert page.locator(".browse__results").is_visible()
    assert not page.locator("[data-events-map]").is_visible()
    assert page.get_by_role("button", name="Liste").get_attribute("aria-pressed") == "true"


def test_phone_folds_the_filters_unless_a_message_must_be_seen(page, catalogue):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/evenements/")
    assert not page.get_by_label("Mots-clés").is_visible()
    page.goto("/evenements/?du=hier")
    assert page.get_by_text("Date invalide : utilisez le format AAAA-MM-JJ").is_visible()
    # A tablet stacks the filters above the results too: folded, the results come first.
    page.set_viewport_size({"width": 1000, "height": 800})
    page.goto("/evenements/")
    assert not page.get_by_label("Mots-clés").is_visible()
    assert page.locator(".event-card").first.is_visible()
    # Side by side on a desktop: open.
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/evenements/")
    assert page.get_by_label("Mots-clés").is_visible()


def test_organisation_filter_in_the_browser(page, catalogue):
    event = EventFactory(title="Chez les Tilleuls")
    page.goto(f"/evenements/?organisation={event.organization.slug}")
    assert map_events(page) == 1
    assert page.locator(".event-card__title").all_inner_texts() == ["Chez les Tilleuls"]
    assert_accessible(page)
    page.get_by_label(event.organization.name).uncheck()
    page.wait_for_url(re.compile(r"/evenements/$"))
    assert map_events(page) == 5


def test_map_page_and_organisation_page_are_accessible(page, catalogue):
    page.goto("/carte/")
    assert map_events(page) == 4
    assert_accessible(page)
    event = EventFactory(title="Chez nous")
    page.goto(event.organization.get_absolute_url())
    assert page.locator("h1").inner_text() == event.organization.name
    assert_accessible(page)


def test_postal_code_search_without_reload(page, catalogue):
    page.goto("/evenements/")
    map_events(page)
    page.evaluate("window.__sameDocument = true")
    page.get_by_label("Autour de").fill("35000")
    page.get_by_label("Autour de").press("Enter")
    page.wait_for_url(re.compile(r"autour=35000"))
    page.wait_for_function("document.querySelector('.results-count').textContent.includes('à moins de 20 km de 35000')")
    # Rennes and Répar’café (about 16 km away); not Lyon or Lille.
    assert sorted(page.locator(".event-card__title").all_inner_texts()) == ["Répar’café", "Épargne solidaire à Rennes"]
    assert map_events(page) == 2
    assert page.evaluate("window.__sameDocument") is True


def test_unknown_postal_code_message_is_shown_at_the_field(page, catalogue):
    page.goto("/evenements/")
    page.get_by_label("Autour de").fill("99999")
    page.get_by_label("Autour de").press("Enter")
    error = page.locator("#id_autour-errors")
    error.wait_for()
    assert "Nous ne connaissons pas le code postal « 99999 »" in error.inner_text()
    assert page.get_by_label("Autour de").get_attribute("aria-invalid") == "true"
    assert page.locator(".event-card").count() == 4


def test_pagination_without_reload_moves_focus_to_results(page):
    for i in range(26):
        EventFactory(title=f"Atelier {i:02d}")
    page.goto("/evenements/")
    map_events(page)
    page.evaluate("window.__sameDocument = true")
    page.get_by_role("link", name="Page suivante").click()
    page.wait_for_url(re.compile(r"page=2"))
    page.wait_for_function("document.querySelectorAll('.event-card').length === 2")
    assert page.evaluate("document.activeElement.classList.contains('results-count')") is True
    assert page.evaluate("window.__sameDocument") is True
    page.go_back()
    page.wait_for_function("document.querySelectorAll('.event-card').length === 24")
