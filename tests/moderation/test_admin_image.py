"""An image uploaded in the admin is checked and re-encoded like in the organisation space, and
gets the sizes the site displays."""

import io
from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

pytestmark = pytest.mark.django_db


class _FormValues(HTMLParser):
    """The values a browser would send back from the admin's change form, untouched."""

    def __init__(self):
        super().__init__()
        self.data, self._select, self._textarea = {}, None, None

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in {"submit", "file", "button"}:
            if attrs.get("type") in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self._add(name, attrs.get("value", "on"))
            else:
                self._add(name, attrs.get("value", ""))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self._add(self._select, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self._add(name, "")

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            if self._textarea:
                self.data[self._textarea][-1] = self.data[self._textarea][-1].removeprefix("\n")
            self._textarea = None


def _change_form_data(html):
    parser = _FormValues()
    parser.feed(html[html.index('id="event_form"') :])
    return {name: values if len(values) > 1 else values[0] for name, values in parser.data.items()}


def _photo(content=None):
    if content is None:
        buffer = io.BytesIO()
        Image.new("RGB", (2400, 1600), (10, 120, 60)).save(buffer, format="JPEG")
        content = buffer.getvalue()
    return SimpleUploadedFile("photo.jpg", content, content_type="image/jpeg")


def test_admin_image_upload_reencoded_with_sizes(client, national, event_a):
    client.force_login(national)
    url = f"/admin/events/event/{event_a.pk}/change/"
    data = _change_form_data(client.get(url).content.decode())
    data.update(image=_photo(), image_alt="Des bénévoles")
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    event_a.refresh_from_db()
    assert event_a.image_sizes["large"]["width"] == 1600
    assert event_a.image_sizes["social"]["width"] == 1200
    with event_a.image.open("rb") as fh:
        assert Image.open(fh).size == (1600, 1067)


def test_admin_hostile_image_refused_with_message(client, national, event_a):
    client.force_login(national)
    url = f"/admin/events/event/{event_a.pk}/change/"
    data = _change_form_data(client.get(url).content.decode())
    data.update(image=_photo(b"<!doctype html><script>alert(1)</script>"), image_alt="Une image")
    response = client.post(url, data)
    assert response.status_code == 200
    assert "n’est pas une image" in response.content.decode()
    event_a.refresh_from_db()
    assert not event_a.image
