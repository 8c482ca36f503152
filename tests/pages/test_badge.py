"""The badge of the edition is drawn by the site: a valid SVG and a real PNG of the stated size."""

import datetime
import io
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from events.models import Edition
from pages import badge

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


def test_badge_svg_is_valid_svg_naming_the_edition(client):
    response = client.get("/kit/badge-2026.svg")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert "default-src 'none'" in response["Content-Security-Policy"]
    root = ET.fromstring(response.content)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 600 600"
    assert root.find(f"{SVG}title").text == "Je participe au Mois de l’ESS 2026"
    texts = [element.text for element in root.iter(f"{SVG}text")]
    assert texts == ["Je participe au", "Mois de l’ESS", "2026", "économie sociale", "et solidaire"]
    assert not [element for element in root.iter() if element.tag in {f"{SVG}script", f"{SVG}foreignObject"}]


def test_badge_png_is_a_real_png_of_the_stated_size(client):
    response = client.get("/kit/badge-2026.png")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "PNG"
    assert image.size == (600, 600)
    image.verify()
    # Drawn, not blank: the brand purple fills the centre, the corners are transparent.
    image = Image.open(io.BytesIO(response.content)).convert("RGBA")
    assert image.getpixel((0, 0))[3] == 0
    assert image.getpixel((300, 80))[:3] == (0x5A, 0x23, 0x82)


def test_badge_follows_the_edition_year(client, _frozen_clock):
    Edition.objects.create(year=2027, **Edition.defaults_for(2027))
    # The kit follows the site's edition: 2027 once its submissions have opened (1 May 2027).
    _frozen_clock.move_to(datetime.datetime(2027, 5, 2, 10, tzinfo=ZoneInfo("Europe/Paris")))
    root = ET.fromstring(client.get("/kit/badge-2027.svg").content)
    assert root.find(f"{SVG}title").text == "Je participe au Mois de l’ESS 2027"
    assert 'href="/kit/badge-2027.png"' in client.get("/kit/").content.decode()


@pytest.mark.parametrize(
    "url", ["/kit/badge-1999.svg", "/kit/badge-1999.png", "/kit/badge-99999999999999999999.png", "/kit/badge-2026.gif"]
)
def test_badge_of_unknown_edition_is_404(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("bold", [False, True])
def test_badge_png_font_draws_every_letter_of_the_badge(bold):
    # The PNG must say what the SVG says, accents included: no letter may fall back to the font's
    # « missing glyph » box (Pillow's built-in font has no « é »).
    font = badge.badge_font(size=40, bold=bold)
    missing_glyph = bytes(font.getmask("\U000f0000"))  # a private-use code point no font draws
    letters = {letter for line in badge.badge_lines(2026) for letter in line if not letter.isspace()}
    assert {"é", "’"} <= letters
    assert [letter for letter in sorted(letters) if bytes(font.getmask(letter)) == missing_glyph] == []
