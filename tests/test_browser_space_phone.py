"""The organisation space on a phone (390 px wide): nothing wider than the screen, so that no
field, button or image is cut off and the page never scrolls sideways."""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from core import images
from events import images as event_images
from tests.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE_WIDTH = 390


def _event_with_image(organization):
    event = EventFactory(organization=organization, state="draft", image_alt="Des bénévoles au travail")
    buffer = io.BytesIO()
    Image.new("RGB", (3000, 2000), (90, 35, 130)).save(buffer, format="JPEG")
    event_images.store_event_image(event, images.process_image(ContentFile(buffer.getvalue(), name="photo.jpg")))
    event.save()
    return event


def test_space_pages_fit_a_phone_screen(page, live_server, member_a):
    page.route(
        "**/*", lambda route: route.continue_() if route.request.url.startswith(live_server.url) else route.abort()
    )
    member_a.email = "une.adresse.vraiment.tres.longue.de.benevole@association-de-quartier.example.org"
    member_a.save()
    event = _event_with_image(member_a.organizations.get())
    page.set_viewport_size({"width": PHONE_WIDTH, "height": 844})
    page.goto("/compte/connexion/")
    page.get_by_label("Adresse e-mail").fill(member_a.email)
    page.get_by_label("Mot de passe").fill("motdepasse-de-test")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    for url in [
        "/espace/",
        "/compte/",
        "/espace/evenements/nouveau/",
        f"/espace/evenements/{event.pk}/modifier/",
        f"/espace/evenements/{event.pk}/apercu/",
    ]:
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH, url
