"""The layout works in a real browser and passes axe-core (WCAG 2.1 A/AA)."""

import pytest

from tests.a11y import assert_accessible
from tests.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_is_accessible_and_keyboard_reachable(page):
    EventFactory(title="Répar’café de la Maison des associations")
    page.goto("/")
    assert page.locator("h1").inner_text().startswith("Le Mois de l’économie sociale et solidaire")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Aller au contenu"
    assert_accessible(page)
