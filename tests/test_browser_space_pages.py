"""axe-core (WCAG 2.1 A/AA) on the account and space pages, error states included, and the
keyboard path through the address suggestions."""

import pytest
from playwright.sync_api import expect

from events.models import Event
from organizations.models import Invitation
from tests.a11y import assert_accessible
from tests.factories import EventFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _offline(page, live_server):
    page.route(
        "**/*", lambda route: route.continue_() if route.request.url.startswith(live_server.url) else route.abort()
    )


def _log_in(page, user):
    page.goto("/compte/connexion/")
    page.get_by_label("Adresse e-mail").fill(user.email)
    page.get_by_label("Mot de passe").fill("motdepasse-de-test")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")


def test_account_pages_accessible_with_errors(page, live_server):
    _offline(page, live_server)
    page.goto("/compte/connexion/")
    page.get_by_label("Adresse e-mail").fill("inconnu@example.org")
    page.get_by_label("Mot de passe").fill("pas-le-bon")
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_text("Adresse e-mail ou mot de passe incorrect").first).to_be_visible()
    assert_accessible(page)
    page.goto("/compte/mot-de-passe-oublie/")
    page.get_by_role("button", name="Recevoir le lien").click()
    expect(page.locator("#id_email_error")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Adresse e-mail de votre compte").fill("inconnu@example.org")
    page.get_by_role("button", name="Recevoir le lien").click()
    page.wait_for_url("**/envoye/")
    assert_accessible(page)

    user = UserFactory(email_verified_at=None)
    _log_in(page, user)
    expect(page.get_by_text("Confirmez votre adresse")).to_be_visible()
    assert_accessible(page)
    page.goto("/compte/")
    assert_accessible(page)
    page.goto("/compte/mot-de-passe/")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.locator("#id_old_password_error")).to_be_visible()
    assert_accessible(page)
    page.goto("/compte/supprimer/")
    page.get_by_role("button", name="Supprimer définitivement mon compte").click()
    expect(page.locator("#id_password_error")).to_be_visible()
    assert_accessible(page)


def test_space_pages_accessible(page, live_server, member_a, member_b):
    _offline(page, live_server)
    organization = member_a.organizations.get()
    Invitation.objects.create(organization=organization, email="invitee@example.org", invited_by=member_a)
    EventFactory(organization=member_b.organizations.get(), title="Répar’café du quartier")
    draft = EventFactory(
        organization=organization, state=Event.State.DRAFT, title="Repar cafe du quartier", slug="brouillon"
    )
    published = EventFactory(organization=organization, title="Balade solidaire")
    _log_in(page, member_a)
    assert_accessible(page)

    page.goto(f"/espace/evenements/{draft.pk}/apercu/")
    expect(page.get_by_role("heading", name="Cet événement existe peut-être déjà")).to_be_visible()
    assert_accessible(page)

    page.goto(f"/espace/evenements/{draft.pk}/modifier/")
    page.get_by_label("En ligne", exact=True).check()
    expect(page.get_by_label("Lien pour participer en ligne")).to_be_visible()
    expect(page.get_by_label("Adresse", exact=True)).to_be_hidden()
    page.get_by_role("button", name="Enregistrer et relire").click()
    expect(page.locator("#id_online_url_error")).to_be_visible()
    assert_accessible(page)

    page.goto(f"/espace/evenements/{published.pk}/annuler/")
    page.get_by_role("button", name="Confirmer l’annulation").click()
    expect(page.locator("#id_message_error")).to_be_visible()
    assert_accessible(page)

    page.goto(f"/espace/evenements/{draft.pk}/supprimer/")
    assert_accessible(page)

    page.goto(f"/espace/organisations/{organization.pk}/membres/")
    page.get_by_role("button", name="Envoyer l’invitation").click()
    expect(page.locator("#id_email_error")).to_be_visible()
    assert_accessible(page)


def test_address_suggestions_by_keyboard_and_api_down(page, live_server, member_a):
    _offline(page, live_server)
    _log_in(page, member_a)
    page.goto("/espace/evenements/nouveau/")
    address = page.get_by_label("Adresse", exact=True)
    # The address API is down: the communes of the typed postal code are proposed instead.
    address.fill("6 cours des Alliés 35000")
    expect(page.get_by_text("Le service d’adresses ne répond pas")).to_be_visible()
    address.press("ArrowDown")
    expect(page.get_by_role("button", name="Rennes (35000)")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Commune")).to_have_value("Rennes")
    expect(page.get_by_label("Code postal")).to_have_value("35000")
    expect(page.get_by_label("Latitude")).not_to_have_value("")
    expect(page.locator(".leaflet-marker-icon")).to_be_visible()
    assert_accessible(page)
    # A click on the map moves the point there.
    before = page.get_by_label("Latitude").input_value()
    page.locator("[data-point-map]").scroll_into_view_if_needed()
    map_box = page.locator("[data-point-map]").bounding_box()
    page.mouse.click(map_box["x"] + 40, map_box["y"] + map_box["height"] - 40)
    expect(page.get_by_label("Latitude")).not_to_have_value(before)
    assert float(page.get_by_label("Latitude").input_value()) < float(before)
