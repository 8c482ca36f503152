"""The whole journey of an organisation in a real browser: sign up, confirm the address from the
e-mail, present the organisation, create an event with two slots placed by address and by
dragging the marker, with an image, submit it and find it pending. axe-core on every page,
error states included."""

import re

import pytest
from django.core import mail
from PIL import Image
from playwright.sync_api import expect

from events.models import Event
from tests.a11y import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _only_local_requests(page, live_server):
    # No map tiles or any other third party: the test runs offline, as the brief requires.
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(live_server.url) else route.abort(),
    )


def _photo(tmp_path):
    path = tmp_path / "atelier.jpg"
    Image.new("RGB", (1200, 800), (90, 35, 130)).save(path, format="JPEG")
    return path


def test_organisation_journey_from_signup_to_pending_event(page, live_server, fake_address_api, tmp_path):
    _only_local_requests(page, live_server)
    page.set_viewport_size({"width": 390, "height": 844})  # often one volunteer on a phone

    # Sign up; the error state first.
    page.goto("/compte/inscription/")
    page.get_by_role("button", name="Créer mon compte").click()
    expect(page.locator("#id_email_error")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Adresse e-mail").fill("benevole@recyclerie.example.org")
    page.get_by_label("Mot de passe").fill("une phrase de passe solide")
    page.get_by_role("button", name="Créer mon compte").click()
    page.wait_for_url("**/compte/inscription/envoyee/")
    assert_accessible(page)

    # Follow the link of the e-mail.
    link = re.search(r"https?://[^\s]+(/compte/verification/[^\s]+/)", mail.outbox[-1].body).group(1)
    page.goto(link)
    page.wait_for_url("**/espace/")
    assert "Merci, votre adresse e-mail est confirmée." in page.content()
    assert_accessible(page)

    # Present the organisation.
    page.get_by_role("link", name="Présenter mon organisation").click()
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.locator("#id_name_error")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Nom de l’organisation").fill("Recyclerie du Blosne")
    page.get_by_label("Forme juridique").select_option("association")
    page.get_by_label("Code postal").fill("35200")
    page.get_by_label("Commune").fill("Rennes")
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_url("**/espace/")
    assert_accessible(page)

    # Create an event: first sent empty (error state), then filled in.
    page.get_by_role("link", name="Inscrire un événement").click()
    page.get_by_role("button", name="Enregistrer et relire").click()
    expect(page.locator("[data-error-summary]")).to_be_focused()
    assert_accessible(page)

    page.get_by_label("Titre de l’événement").fill("Répar’café du Blosne")
    page.get_by_label("Résumé").fill("Venez réparer vos objets avec les bénévoles de la recyclerie.")
    page.get_by_label("Type d’événement").select_option(label="Atelier de réparation")
    page.get_by_label("Économie circulaire et réemploi").check()
    page.fill("#id_slots-0-day", "2026-11-27")
    page.fill("#id_slots-0-start", "18:00")
    page.fill("#id_slots-0-end", "20:00")
    page.get_by_role("button", name="Ajouter un créneau").click()
    assert page.locator("#id_slots-1-start").input_value() == "18:00"  # hours copied from the first slot
    page.fill("#id_slots-1-day", "2026-11-28")
    page.fill("#id_slots-1-start", "10:00")
    page.fill("#id_slots-1-end", "12:00")

    # Place it by typing an address and choosing a suggestion.
    page.get_by_label("Adresse", exact=True).fill("cours des Alliés")
    page.get_by_role("button", name="6 Cours des Alliés 35000 Rennes").click()
    expect(page.get_by_label("Code postal")).to_have_value("35000")
    expect(page.get_by_label("Latitude")).to_have_value("48.105200")
    assert fake_address_api, "the browser must go through the site's proxy"

    # Then correct it by dragging the marker.
    marker = page.locator(".leaflet-marker-icon")
    marker.scroll_into_view_if_needed()
    box = marker.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 60, y - 40, steps=8)
    page.mouse.up()
    expect(page.get_by_label("Latitude")).not_to_have_value("48.105200")
    dragged_lat = float(page.get_by_label("Latitude").input_value())
    dragged_lng = float(page.get_by_label("Longitude").input_value())
    assert dragged_lat > 48.1052
    assert dragged_lng > -1.6745

    page.get_by_label("Image", exact=True).set_input_files(str(_photo(tmp_path)))
    page.get_by_label("Texte alternatif de l’image").fill("Des bénévoles réparent un grille-pain")
    assert_accessible(page)
    page.get_by_role("button", name="Enregistrer et relire").click()
    page.wait_for_url("**/apercu/")
    assert_accessible(page)

    event = Event.objects.get()
    assert event.slots.count() == 2
    assert (event.latitude, event.longitude) == (
        pytest.approx(dragged_lat, abs=1e-6),
        pytest.approx(dragged_lng, abs=1e-6),
    )
    assert event.image
    assert event.image_sizes["social"]["width"] == 1200
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    # Submit (a double click sends once) and find it pending on the dashboard.
    page.get_by_role("button", name="Envoyer à la modération").dblclick()
    page.wait_for_url("**/espace/")
    expect(page.get_by_role("heading", name=re.compile("En attente de modération"))).to_be_visible()
    expect(page.get_by_role("link", name="Répar’café du Blosne", exact=True)).to_be_visible()
    assert event.log.filter(action="submitted").count() == 1
    event.refresh_from_db()
    assert event.state == Event.State.PENDING
    assert_accessible(page)


def test_event_form_keeps_image_after_error_in_browser(page, live_server, member_a, tmp_path):
    _only_local_requests(page, live_server)
    page.goto("/compte/connexion/")
    page.get_by_label("Adresse e-mail").fill(member_a.email)
    page.get_by_label("Mot de passe").fill("motdepasse-de-test")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    page.goto("/espace/evenements/nouveau/")
    page.get_by_label("Image", exact=True).set_input_files(str(_photo(tmp_path)))
    page.get_by_label("Texte alternatif de l’image").fill("Une affiche")
    page.get_by_role("button", name="Enregistrer et relire").click()
    expect(page.get_by_text("Votre image est bien reçue")).to_be_visible()
    assert_accessible(page)
