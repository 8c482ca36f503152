"""The alert link in a real browser: it follows the instant filters, and the subscription pages are
accessible."""

import re

import pytest
from django.core import mail

from alerts.models import Alert
from events.models import Theme
from tests.a11y import assert_accessible
from tests.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_alert_link_follows_the_filters_and_subscribing_works(page):
    finance = Theme.objects.get(slug="finance-solidaire")
    EventFactory(title="Épargne solidaire à Rennes", themes=[finance])
    EventFactory(title="Répar’café")
    page.goto("/evenements/")
    link = page.get_by_role("link", name="Recevoir les nouveaux événements par e-mail")
    assert link.get_attribute("href") == "/alertes/"

    page.locator("#facet-theme summary").click()
    page.get_by_label(re.compile(r"^Finance solidaire")).check()
    page.wait_for_url(re.compile(r"theme=finance-solidaire"))
    page.wait_for_function(
        "document.querySelector('[data-live=\"alert-link\"] a').getAttribute('href').includes('finance-solidaire')"
    )

    page.get_by_role("link", name="Recevoir les nouveaux événements par e-mail").click()
    page.wait_for_url(re.compile(r"/alertes/\?theme=finance-solidaire"))
    assert "Finance solidaire" in page.locator("main").inner_text()
    assert_accessible(page)
    page.get_by_label("Votre adresse e-mail").fill("camille@example.org")
    page.get_by_role("button", name="Recevoir les nouveaux événements").click()
    page.get_by_role("heading", name="Vérifiez votre messagerie").wait_for()
    assert_accessible(page)
    assert Alert.objects.get().query == "theme=finance-solidaire"
    assert len(mail.outbox) == 1
