"""The images of rejected event forms, kept for the next attempt (uploads-pending/), are bounded per user
and cleaned on the fly: 20 rejected posts with a photo used to leave 20 files (about 1.5 MB each) until
the daily cron job."""

import io
import os
import random
import re
import time

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core import images
from events.models import Event
from tests.space import event_data

pytestmark = pytest.mark.django_db

CREATE = "/espace/evenements/nouveau/"
MAX_FILES = 3
MAX_BYTES = 20 * 1024 * 1024


def _noisy_jpeg(size=(1200, 900), seed=0) -> bytes:
    """A photo-like image that stays heavy once re-encoded (noise does not compress)."""
    pixels = random.Random(seed).randbytes(size[0] * size[1] * 3)
    buffer = io.BytesIO()
    Image.frombytes("RGB", size, pixels).save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def _pending(settings) -> dict[str, int]:
    directory = settings.MEDIA_ROOT / images.TEMPORARY_DIR
    if not directory.exists():
        return {}
    return {path.name: path.stat().st_size for path in directory.iterdir()}


def _reject(client, content: bytes, *, token: str = "") -> str:
    """Post the event form with an image and an error elsewhere; return the image's reference."""
    data = event_data(title="", image_alt="Une affiche", image_token=token)
    data["image"] = SimpleUploadedFile("affiche.jpg", content, content_type="image/jpeg")
    html = client.post(CREATE, data).content.decode()
    assert 'id="id_title_error"' in html
    return re.search(r'name="image_token" value="([^"]+)"', html).group(1)


def _age(settings, token: str, hours: float) -> None:
    path = settings.MEDIA_ROOT / images.pending_upload_name(token)
    then = time.time() - hours * 3600
    os.utime(path, (then, then))


@pytest.fixture
def member(client, member_a):
    client.force_login(member_a)
    return member_a


def test_twenty_rejected_posts_leave_at_most_the_bound_and_keep_the_last_image(client, member, settings):
    content = _noisy_jpeg()
    tokens = [_reject(client, content) for _ in range(20)]  # a new form each time: no reference sent back
    pending = _pending(settings)
    assert len(pending) <= MAX_FILES
    assert sum(pending.values()) <= MAX_BYTES
    # The image of the last attempt is still there: the corrected form needs no new upload.
    response = client.post(CREATE, event_data(image_alt="Une affiche", image_token=tokens[-1]))
    assert response.status_code == 302
    with Event.objects.get().image.open("rb") as fh:
        assert Image.open(fh).size == (1200, 900)


def test_a_form_sent_again_replaces_its_own_pending_image(client, member, settings):
    first = _reject(client, _noisy_jpeg(seed=1))
    second = _reject(client, _noisy_jpeg(seed=2), token=first)
    assert images.pending_upload(first) is None
    assert list(_pending(settings)) == [images.pending_upload_name(second).rsplit("/", 1)[1]]


def test_pending_images_are_bounded_in_bytes_too(client, member, settings, monkeypatch):
    content = _noisy_jpeg()
    one = len(images.process_image(SimpleUploadedFile("a.jpg", content)).read())
    monkeypatch.setattr(images, "PENDING_BYTES_PER_USER", int(one * 2.5))
    for _ in range(5):
        _reject(client, content)
    pending = _pending(settings)
    assert len(pending) == 2
    assert sum(pending.values()) <= one * 2.5


def test_expired_pending_images_go_when_a_new_one_is_stored(client, member, member_b, settings):
    expired = images.keep_pending_upload(ContentFile(_noisy_jpeg((100, 100)), name="a.jpg"), user=member_b)
    recent = images.keep_pending_upload(ContentFile(_noisy_jpeg((100, 100)), name="b.jpg"), user=member_b)
    _age(settings, expired, hours=25)
    _reject(client, _noisy_jpeg((100, 100)))
    assert images.pending_upload_name(expired).rsplit("/", 1)[1] not in _pending(settings)
    assert images.pending_upload(recent) is not None


def test_another_users_pending_images_are_left_alone(client, member, member_b, settings):
    theirs = [
        images.keep_pending_upload(ContentFile(_noisy_jpeg((100, 100), seed=i), name=f"{i}.jpg"), user=member_b)
        for i in range(MAX_FILES)
    ]
    for _ in range(MAX_FILES + 2):
        _reject(client, _noisy_jpeg((100, 100)), token=theirs[0])  # even when sent their reference
    assert all(images.pending_upload(token) is not None for token in theirs)
    assert len(_pending(settings)) == 2 * MAX_FILES


def test_pending_image_is_deleted_once_the_event_is_saved(client, member, settings, django_capture_on_commit_callbacks):
    token = _reject(client, _noisy_jpeg((400, 300)))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(CREATE, event_data(image_alt="Une affiche", image_token=token))
    assert response.status_code == 302
    assert Event.objects.get().image
    assert _pending(settings) == {}


def test_an_image_replaced_by_later_forms_is_asked_for_again(client, member, settings):
    first = _reject(client, _noisy_jpeg((400, 300)))
    for seed in range(MAX_FILES):  # three other forms, each with its own image
        _reject(client, _noisy_jpeg((400, 300), seed=seed))
    assert images.pending_upload(first) is None
    response = client.post(CREATE, event_data(image_alt="Une affiche", image_token=first))
    assert response.status_code == 200
    assert response.context["form"].errors["image"] == [
        "L’image envoyée plus tôt n’est plus disponible : choisissez-la de nouveau."
    ]
    assert not Event.objects.exists()
