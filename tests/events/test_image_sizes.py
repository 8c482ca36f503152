"""The sizes the site displays are made when an image is saved, used where images are shown,
and deleted with the image."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image

from events import images as event_images
from events.models import Event
from tests.space import event_data

pytestmark = pytest.mark.django_db

CREATE = "/espace/evenements/nouveau/"


def _photo(size=(3000, 2000), fmt="JPEG", mode="RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, (10, 120, 60) if mode == "RGB" else (10, 120, 60, 100)).save(buffer, format=fmt)
    return buffer.getvalue()


def _create_with_image(client, content=None, name="photo.jpg") -> Event:
    data = event_data(image_alt="Des bénévoles réparent un vélo")
    data["image"] = SimpleUploadedFile(name, content or _photo(), content_type="image/jpeg")
    assert client.post(CREATE, data).status_code == 302
    return Event.objects.get()


def _stored_size(event, name):
    with event.image.storage.open(name) as fh:
        image = Image.open(io.BytesIO(fh.read()))
        return image.format, image.size


@pytest.fixture
def member(client, member_a):
    client.force_login(member_a)
    return member_a


def test_image_sizes_made_on_upload(client, member):
    event = _create_with_image(client)
    sizes = event.image_sizes
    assert sizes["large"] == {"name": event.image.name, "width": 1600, "height": 1067}
    assert _stored_size(event, sizes["page"]["name"]) == ("JPEG", (800, 534))
    assert _stored_size(event, sizes["thumbnail"]["name"]) == ("JPEG", (480, 320))
    assert _stored_size(event, sizes["social"]["name"]) == ("JPEG", (1200, 630))
    assert sizes["social"]["width"] == 1200
    assert sizes["social"]["height"] == 630


def test_image_sizes_of_transparent_png_social_is_jpeg(client, member):
    event = _create_with_image(client, _photo((900, 900), "PNG", "RGBA"), "logo.png")
    assert _stored_size(event, event.image_sizes["thumbnail"]["name"]) == ("PNG", (480, 480))
    assert _stored_size(event, event.image_sizes["social"]["name"]) == ("JPEG", (1200, 630))


def test_event_page_uses_page_size_social_size_and_srcset(client, member, settings):
    event = _create_with_image(client)
    Event.objects.filter(pk=event.pk).update(state=Event.State.PUBLISHED)
    html = client.get(event.get_absolute_url()).content.decode()
    page, large, social = (event.image_size(size)["url"] for size in ("page", "large", "social"))
    assert f'<img src="{page}" srcset="{page} 800w, {large} 1600w"' in html
    assert 'width="800" height="534" alt="Des bénévoles réparent un vélo"' in html
    assert f'<meta property="og:image" content="{settings.SITE_URL}{social}">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html
    assert "-social.jpg" in social


def test_space_form_shows_thumbnail(client, member):
    event = _create_with_image(client)
    html = client.get(f"/espace/evenements/{event.pk}/modifier/").content.decode()
    assert f'<img src="{event.image_thumbnail["url"]}" alt="" width="240">' in html


def test_image_sizes_deleted_when_image_replaced(client, member, django_capture_on_commit_callbacks):
    event = _create_with_image(client)
    old_files = event_images.image_files(event)
    assert len(old_files) == 4
    data = event_data(image_alt="Une autre photo")
    data["slots-INITIAL_FORMS"] = "1"
    data["image"] = SimpleUploadedFile("autre.jpg", _photo((1000, 1000)), content_type="image/jpeg")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/espace/evenements/{event.pk}/modifier/", data)
    assert response.status_code == 302
    event.refresh_from_db()
    storage = event.image.storage
    assert not any(storage.exists(name) for name in old_files)
    assert all(storage.exists(name) for name in event_images.image_files(event))
    assert event.image_sizes["page"]["width"] == 800


def test_image_sizes_deleted_with_draft(client, member, django_capture_on_commit_callbacks):
    event = _create_with_image(client)
    files = event_images.image_files(event)
    storage = event.image.storage
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/espace/evenements/{event.pk}/supprimer/")
    assert not Event.objects.exists()
    assert not any(storage.exists(name) for name in files)


def test_duplicate_makes_its_own_sizes(client, member):
    event = _create_with_image(client)
    client.post(f"/espace/evenements/{event.pk}/dupliquer/")
    copy = Event.objects.exclude(pk=event.pk).get()
    assert copy.image_sizes["social"]["name"] != event.image_sizes["social"]["name"]
    assert _stored_size(copy, copy.image_sizes["social"]["name"]) == ("JPEG", (1200, 630))


def test_image_size_falls_back_to_image_without_sizes(client, member):
    event = _create_with_image(client)
    Event.objects.filter(pk=event.pk).update(image_sizes={})
    event.refresh_from_db()
    assert event.image_page["url"] == event.image.url
    assert event.image_social["url"] == event.image.url
    call_command("make_image_sizes")
    event.refresh_from_db()
    assert event.image_sizes["social"]["width"] == 1200
    assert event.image_social["url"] != event.image.url


def test_social_size_of_poster_shows_it_whole(client, member):
    buffer = io.BytesIO()
    Image.new("RGB", (1000, 1414), (200, 30, 90)).save(buffer, format="JPEG")  # an A4 poster
    event = _create_with_image(client, buffer.getvalue(), "affiche.jpg")
    with event.image.storage.open(event.image_sizes["social"]["name"]) as fh:
        social = Image.open(io.BytesIO(fh.read())).convert("RGB")
    assert social.size == (1200, 630)
    # The poster is in the middle, whole (no crop), with the light background on both sides.
    assert social.getpixel((600, 5)) == pytest.approx((200, 30, 90), abs=8)
    assert social.getpixel((600, 625)) == pytest.approx((200, 30, 90), abs=8)
    assert social.getpixel((10, 315)) == pytest.approx((245, 241, 249), abs=8)
