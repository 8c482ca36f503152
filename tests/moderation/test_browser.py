"""In a real browser: the programme and the figures pass axe-core; the review map draws its marker."""

import pytest

from events.models import Event
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


def test_regional_programme_is_accessible(page):
    EventFactory(title="Répar’café de la Maison des associations", slug="repar-cafe")
    EventFactory(title="Forum de l’emploi solidaire", slug="forum", status=Event.Status.CANCELLED)
    page.goto("/regions/bretagne/programme/")
    assert page.locator("h1").inner_text() == "Programme — Bretagne"
    assert_accessible(page)


def test_regional_programme_prints_without_site_navigation(page):
    EventFactory(title="Répar’café de la Maison des associations", slug="repar-cafe")
    page.goto("/regions/bretagne/programme/")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert page.locator(".programme__event").is_visible()


def test_figures_page_is_accessible(page):
    moderator = add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")
    event = EventFactory(title="Répar’café de la Maison des associations", slug="repar-cafe")
    assert event.region_id in set(moderator.moderated_regions.values_list("pk", flat=True))
    _admin_login(page, moderator.email)
    page.goto("/admin/events/event/chiffres/")
    assert page.locator("h1").inner_text() == "Chiffres de l’édition"
    assert_accessible(page)


def test_review_page_draws_the_place_on_a_map(page):
    moderator = add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")
    event = pending_event(EventFactory().organization, title="Atelier compostage", slug="compostage")
    _admin_login(page, moderator.email)
    page.goto(f"/admin/events/event/{event.pk}/change/")
    page.locator("[data-event-map] .leaflet-marker-icon").wait_for()
    assert page.locator("[data-event-map] .leaflet-marker-icon").count() == 1


def test_queue_review_page_and_message_page_are_accessible(page):
    moderator = add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")
    event = pending_event(EventFactory().organization, title="Atelier compostage", slug="compostage")
    _admin_login(page, moderator.email)
    page.goto("/admin/events/event/")
    assert_accessible(page)
    page.goto(f"/admin/events/event/{event.pk}/change/")
    page.locator("[data-event-map] .leaflet-marker-icon").wait_for()
    assert_accessible(page)
    page.get_by_role("button", name="Refuser…").click()
    page.wait_for_url("**/admin/events/event/?edition=toutes")
    assert page.locator("h1").inner_text() == "Refuser des événements"
    assert_accessible(page)


def test_figures_and_programme_fit_a_phone_and_stay_accessible(page, national):
    EventFactory(title="Répar’café de la Maison des associations", slug="repar-cafe")
    page.set_viewport_size({"width": 390, "height": 844})
    _admin_login(page, national.email)
    for url in ["/admin/events/event/chiffres/", "/regions/bretagne/programme/"]:
        page.goto(url)
        # Wide tables scroll inside their own box; the page itself never scrolls sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, url
        assert_accessible(page)


def test_unpublish_from_the_review_page_asks_why(page):
    moderator = add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")
    event = EventFactory(title="Atelier compostage", slug="compostage")  # published
    _admin_login(page, moderator.email)
    page.goto(f"/admin/events/event/{event.pk}/change/")
    page.get_by_role("button", name="Dépublier…").click()
    page.wait_for_url("**/admin/events/event/?edition=toutes")
    assert page.locator("h1").inner_text() == "Dépublier des événements"
    assert_accessible(page)
    page.get_by_label("Message à l’organisation").fill("L’adresse est introuvable.")
    page.get_by_role("button", name="Dépublier des événements").click()
    # Decided from the review page: on to the next waiting event, here none (the queue, with a word).
    page.wait_for_url("**/admin/events/event/?state__exact=pending")
    assert "1 événement dépublié." in page.locator(".messagelist").inner_text()
    event.refresh_from_db()
    assert (event.state, event.moderation_message) == (Event.State.PENDING, "L’adresse est introuvable.")


def test_edited_event_is_reviewed_and_marked_seen_from_the_review_page(page):
    """The queue shows the edited event, the review page its changes in words (accessible), and
    « Modifications vues » takes it out of the queue."""
    import datetime

    from django.utils import timezone

    from events import services

    moderator = add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")
    event = EventFactory(title="Soirée privée", slug="soiree", published_at=timezone.now() - datetime.timedelta(days=3))
    services.record_edit(
        event=event,
        user=None,
        changes={
            "title": ["Soirée de l’ESS", "Soirée privée — entrée 50 €"],
            "slots": ["12/11/2026 14:00–16:00", "13/11/2026 14:00–16:00"],
        },
    )
    _admin_login(page, moderator.email)
    page.goto("/admin/events/event/")
    assert "modifié depuis la publication, aujourd’hui" in page.locator("#result_list").inner_text()
    page.goto(f"/admin/events/event/{event.pk}/change/")
    panel = page.locator("#review-changes").locator("..")
    assert "13 nov. 14h00–16h00" in panel.inner_text()
    assert_accessible(page)
    page.get_by_role("button", name="Modifications vues").click()
    page.wait_for_url("**/admin/events/event/?state__exact=pending")  # nothing else waits: the queue
    assert "Modifications vues pour 1 événement." in page.locator(".messagelist").inner_text()
    event.refresh_from_db()
    assert not event.edited_after_publication
