"""Images of the event form: the hostile set is refused with a French message, never a 500;
a good image is re-encoded without its metadata, resized, and survives an error elsewhere."""

import io
import os
import re
import time

import pytest
from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image

from core import images
from events.models import Event
from tests.space import event_data

pytestmark = pytest.mark.django_db

CREATE = "/espace/evenements/nouveau/"


def _image_bytes(fmt="JPEG", size=(800, 600), mode="RGB", **save_kwargs) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, (200, 30, 90) if mode == "RGB" else (200, 30, 90, 128)).save(
        buffer, format=fmt, **save_kwargs
    )
    return buffer.getvalue()


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (3000, 2000), (10, 120, 60))
    exif = Image.Exif()
    exif[0x010F] = "AppareilSecret"  # Make
    exif[0x8825] = {1: "N", 2: (48.0, 6.0, 0.0)}  # GPS position
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def _png_bomb() -> bytes:
    # 10 000 × 10 000 pixels (100 megapixels) of one colour: a few hundred kilobytes compressed.
    buffer = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


HOSTILE = {
    "svg": (
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
        "image.svg",
        "n’est pas une image lisible",
    ),
    "html_renamed_png": (
        b"<!doctype html><html><script>alert(document.cookie)</script></html>",
        "photo.png",
        "n’est pas une image lisible",
    ),
    "truncated_jpeg": (None, "coupee.jpg", "incomplet ou abîmé"),
    "gif": (None, "anime.gif", "Le format GIF n’est pas accepté"),
    "bomb": (None, "bombe.png", "trop grande"),
    "too_many_pixels": (None, "immense.png", "trop grande"),
    "oversized_file": (None, "lourde.jpg", "plus de 5 Mo"),
    "empty": (b"", "vide.jpg", "vide"),
}


def _hostile_bytes(name):
    content, filename, message = HOSTILE[name]
    if name == "truncated_jpeg":
        content = _image_bytes("JPEG", (1200, 900))[:3000]
    elif name == "gif":
        content = _image_bytes("GIF", (50, 50))
    elif name == "bomb":
        content = _png_bomb()
    elif name == "too_many_pixels":
        content = _image_bytes("PNG", (6000, 4500), mode="RGB", optimize=True)  # 27 megapixels
    elif name == "oversized_file":
        content = _image_bytes("JPEG", (100, 100)) + b"\0" * (5 * 1024 * 1024)
    return content, filename, message


@pytest.fixture
def member(client, member_a):
    client.force_login(member_a)
    return member_a


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_image_refused_with_message(client, member, name):
    content, filename, message = _hostile_bytes(name)
    data = event_data(image_alt="Une image")
    data["image"] = SimpleUploadedFile(filename, content, content_type="image/png")
    response = client.post(CREATE, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_image_error"' in html
    assert message in html
    assert Event.objects.count() == 0


def test_good_image_reencoded_resized_and_stripped(client, member):
    data = event_data(image_alt="Des bénévoles réparent un vélo")
    data["image"] = SimpleUploadedFile("photo.jpg", _jpeg_with_gps(), content_type="image/jpeg")
    response = client.post(CREATE, data)
    assert response.status_code == 302
    event = Event.objects.get()
    with event.image.open("rb") as fh:
        stored = Image.open(io.BytesIO(fh.read()))
        assert stored.format == "JPEG"
        assert stored.size == (1600, 1067)
        assert dict(stored.getexif()) == {}
    assert event.image.name.startswith("events/images/2026/")
    assert event.image_alt == "Des bénévoles réparent un vélo"


def test_transparent_png_stays_png(client, member):
    data = event_data(image_alt="Logo")
    data["image"] = SimpleUploadedFile(
        "logo.png", _image_bytes("PNG", (300, 300), mode="RGBA"), content_type="image/png"
    )
    client.post(CREATE, data)
    assert Event.objects.get().image.name.endswith(".png")


def test_image_without_alt_text_refused(client, member):
    data = event_data()
    data["image"] = SimpleUploadedFile("photo.jpg", _image_bytes(), content_type="image/jpeg")
    response = client.post(CREATE, data)
    assert "Décrivez l’image" in response.content.decode()
    assert Event.objects.count() == 0


def test_uploaded_image_survives_error_elsewhere(client, member):
    data = event_data(title="", image_alt="Une affiche")
    data["image"] = SimpleUploadedFile("affiche.webp", _image_bytes("WEBP"), content_type="image/webp")
    response = client.post(CREATE, data)
    html = response.content.decode()
    assert 'id="id_title_error"' in html
    token = re.search(r'name="image_token" value="([^"]+)"', html).group(1)
    assert "Votre image est bien reçue" in html
    # The second attempt sends no file, only the signed reference.
    response = client.post(CREATE, event_data(image_alt="Une affiche", image_token=token))
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.image
    with event.image.open("rb") as fh:
        assert Image.open(fh).size == (800, 600)


def test_forged_image_token_ignored(client, member):
    response = client.post(CREATE, event_data(image_token="uploads-pending/../../settings.py"))
    assert response.status_code == 302
    assert not Event.objects.get().image


def test_pending_upload_rejects_unsigned_and_expired(_frozen_clock, member_a):
    token = images.keep_pending_upload(ContentFile(_image_bytes(), name="a.jpg"), user=member_a)
    assert images.pending_upload(token) is not None
    assert images.pending_upload(token + "x") is None
    _frozen_clock.shift(25 * 3600)
    assert images.pending_upload(token) is None


def test_remove_image_on_edit(client, member):
    data = event_data(image_alt="Une affiche")
    data["image"] = SimpleUploadedFile("affiche.jpg", _image_bytes(), content_type="image/jpeg")
    client.post(CREATE, data)
    event = Event.objects.get()
    data = event_data(image_alt="Une affiche", remove_image="on")
    data["slots-INITIAL_FORMS"] = "1"
    client.post(f"/espace/evenements/{event.pk}/modifier/", data)
    event.refresh_from_db()
    assert not event.image
    assert event.image_alt == ""


def test_clean_pending_uploads_deletes_only_expired(settings, member_a, member_b):
    # (Stored before the old one ages: storing a pending upload also removes the expired ones.)
    recent = images.keep_pending_upload(ContentFile(_image_bytes(), name="recent.jpg"), user=member_b)
    old = images.keep_pending_upload(ContentFile(_image_bytes(), name="old.jpg"), user=member_a)
    old_path = settings.MEDIA_ROOT / signing.loads(old, salt=images.TEMPORARY_SALT)
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old_path, (two_days_ago, two_days_ago))
    call_command("clean_pending_uploads")
    assert not old_path.exists()
    assert images.pending_upload(recent) is not None
