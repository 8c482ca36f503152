"""The events map and « Autour de » in a real browser, keyboard included (issue 12, « The map »)."""

import re

import pytest

from regions.geodata import find_places
from tests.a11y import assert_accessible
from tests.factories import EventFactory, department

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def wait_for_map(page) -> int:
    page.wait_for_function("document.querySelector('[data-events-map]').dataset.events !== undefined")
    page.wait_for_function("!document.querySelector('[data-events-map]').hasAttribute('aria-busy')")
    return int(page.locator("[data-events-map]").get_attribute("data-events"))


@pytest.fixture(autouse=True, scope="module")
def _commune_names_loaded():
    # The live server runs in this process: the commune table it reads once is read here beforehand.
    find_places("Rennes")


@pytest.fixture
def brittany():
    # Brest and Saint-Malo sit near the western and northern edges of Brittany's frame.
    EventFactory(
        title="À Brest", city="Brest", postal_code="29200", department=department("29"), latitude=48.39, longitude=-4.49
    )
    EventFactory(title="À Saint-Malo", city="Saint-Malo", postal_code="35400", latitude=48.65, longitude=-2.01)
    EventFactory(
        title="À Vannes",
        city="Vannes",
        postal_code="56000",
        department=department("56"),
        latitude=47.66,
        longitude=-2.76,
    )


def test_popup_near_the_edge_stays_open(page, brittany):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/evenements/?region=bretagne")
    assert wait_for_map(page) == 3
    page.locator('.map-marker[title="À Brest"]').click()
    popup = page.locator(".leaflet-popup")
    popup.locator(".event-card").wait_for()
    page.wait_for_timeout(3000)
    assert popup.count() == 1 and popup.is_visible()
    assert popup.locator("h3").inner_text() == "À Brest"
    # Panning and zooming keep it open too.
    page.get_by_role("button", name="Dézoomer").click()
    page.wait_for_timeout(1000)
    wait_for_map(page)
    assert popup.is_visible() and popup.locator("h3").inner_text() == "À Brest"
    # A refresh of the data (a filter) too.
    page.get_by_label(re.compile(r"^Gratuit uniquement")).check()
    page.wait_for_url(re.compile(r"gratuit=1"))
    wait_for_map(page)
    page.wait_for_timeout(500)
    assert popup.is_visible() and popup.locator("h3").inner_text() == "À Brest"


def test_focus_moves_into_the_popup_and_back_to_its_marker(page, brittany):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/evenements/?region=bretagne")
    wait_for_map(page)
    marker = page.locator('.map-marker[title="À Vannes"]')
    marker.focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup .event-card").wait_for()
    page.wait_for_function("document.activeElement.closest('.leaflet-popup') !== null")
    page.keyboard.press("Escape")
    page.wait_for_function("document.querySelector('.leaflet-popup') === null")
    page.wait_for_function("document.activeElement.getAttribute('title') === 'À Vannes'")
    # The ring of a focused marker: dark outline, not the marker's own shadow.
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineColor")
    assert outline == "rgb(29, 29, 44)"


def test_enter_or_space_on_a_cluster_zooms(page):
    for n in range(5):
        EventFactory(title=f"Rennes {n}", latitude=48.11 + n * 0.001, longitude=-1.68)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/carte/")
    assert wait_for_map(page) == 5
    cluster = page.locator(".map-cluster")
    assert cluster.count() == 1
    assert cluster.get_attribute("aria-label") == "5 événements, zoomer"
    assert page.get_by_role("button", name="5 événements, zoomer").count() == 1
    zooms = []
    page.on(
        "request", lambda r: zooms.append(int(re.search(r"zoom=(\d+)", r.url)[1])) if "carte.geojson" in r.url else None
    )
    cluster.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.matches('[data-events-map]')")
    page.wait_for_timeout(500)
    wait_for_map(page)
    assert zooms and zooms[-1] >= 7
    first = zooms[-1]
    if page.locator(".map-cluster").count():
        page.locator(".map-cluster").first.focus()
        page.keyboard.press(" ")
        page.wait_for_timeout(800)
        assert zooms[-1] > first


def test_public_map_speaks_french_and_follows_the_shown_order(page, brittany):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/carte/")
    wait_for_map(page)
    assert page.get_by_role("button", name="Zoomer", exact=True).is_visible()
    assert page.get_by_role("button", name="Dézoomer").is_visible()
    assert page.get_by_role("button", name="Zoom in").count() == 0
    # The map is shown before the list, and comes first in the tab order.
    order = page.evaluate(
        "document.querySelector('.browse__map').compareDocumentPosition(document.querySelector('.browse__results'))"
    )
    assert order & 4  # the results follow the map
    map_box = page.locator(".browse__map").bounding_box()
    list_box = page.locator(".browse__results").bounding_box()
    assert (map_box["y"], map_box["x"]) <= (list_box["y"], list_box["x"])
    assert_accessible(page)


def test_around_shows_its_centre_and_radius(page, brittany):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/evenements/?autour=Vannes&rayon=30")
    assert wait_for_map(page) == 1
    assert "Vannes" in page.locator("[data-events-map]").get_attribute("data-origin")
    assert page.locator(".leaflet-overlay-pane path").count() >= 2
    assert re.search(r"à \d+ km", page.locator(".event-card .distance").inner_text())
    assert_accessible(page)


def test_commune_suggestions_and_locate_me(page, brittany):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.context.grant_permissions(["geolocation"])
    page.context.set_geolocation({"latitude": 47.6582, "longitude": -2.7608})
    page.goto("/evenements/")
    wait_for_map(page)
    field = page.get_by_label(re.compile(r"^Autour de"))
    field.press_sequentially("saint-ma", delay=30)
    page.wait_for_function("document.querySelectorAll('#autour-communes option').length > 0")
    options = page.eval_on_selector_all("#autour-communes option", "os => os.map(o => o.value)")
    assert "Saint-Malo (35)" in options
    field.fill("")
    page.get_by_role("button", name="Me localiser").click()
    page.wait_for_url(re.compile(r"autour=47\.6582%2C-2\.7608"))
    page.wait_for_function("document.querySelector('.results-count').textContent.includes('1 événement')")
    assert page.locator(".event-card__title").all_inner_texts() == ["À Vannes"]


def test_ambiguous_commune_and_place_links_are_accessible(page, brittany):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/evenements/?autour=Saint-Denis")
    wait_for_map(page)
    page.get_by_role("link", name=re.compile(r"Saint-Denis \(La Réunion, 974\)")).wait_for()
    assert_accessible(page)
    page.goto("/evenements/?q=Brest&quand=cette-semaine")
    wait_for_map(page)
    page.get_by_role("link", name="Événements autour de Brest").wait_for()
    assert page.get_by_label("Cette semaine").is_checked()
    # The date inputs are wide enough for a whole date (« 20/11/2026 » and the picker's button).
    assert page.locator("#id_du").bounding_box()["width"] >= 150
    assert_accessible(page)
