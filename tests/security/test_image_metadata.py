"""Re-encoded images keep nothing but their pixels: no JPEG comment, EXIF, XMP or colour profile, in
the image, in every size made of it, and in organisation logos, whichever way they were uploaded."""

import io
import struct

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageCms

from core import images
from events import images as event_images
from events.models import Event
from organizations.models import Organization
from tests.factories import UserFactory
from tests.moderation.helpers import pending_event
from tests.moderation.test_admin_image import _FormValues
from tests.space import event_data

pytestmark = pytest.mark.django_db

SECRETS = [b"COMMENTAIRE-SECRET", b"APPAREIL-SECRET", b"XMP-SECRET", b"PNG-TEXTE-SECRET"]
XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF><rdf:Description>XMP-SECRET</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)
ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
# What a re-encoded file may hold besides its pixels.
JPEG_ALLOWED = {0xD8, 0xE0, 0xDB, 0xC0, 0xC1, 0xC2, 0xC4, 0xDD, 0xDA}  # SOI, APP0 (JFIF), tables, frame, scan
PNG_ALLOWED = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}


def _exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "APPAREIL-SECRET"  # Make
    exif[0x8825] = {1: "N", 2: (48.0, 6.0, 0.0)}  # GPS position
    return exif.tobytes()


def jpeg_with_everything(size=(2400, 1600)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 120, 60)).save(
        buffer, format="JPEG", comment=b"COMMENTAIRE-SECRET", exif=_exif(), icc_profile=ICC, xmp=XMP
    )
    data = buffer.getvalue()
    assert all(secret in data for secret in SECRETS[:3]) and b"\xff\xfe" in data
    return data


def png_with_everything() -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "PNG-TEXTE-SECRET")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    info.add_text("Author", "PNG-TEXTE-SECRET", zip=True)
    buffer = io.BytesIO()
    Image.new("RGBA", (900, 600), (200, 30, 90, 128)).save(
        buffer, format="PNG", pnginfo=info, exif=_exif(), icc_profile=ICC
    )
    return buffer.getvalue()


def webp_with_everything() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (900, 600), (10, 120, 60)).save(buffer, format="WEBP", exif=_exif(), icc_profile=ICC, xmp=XMP)
    return buffer.getvalue()


def _jpeg_segments(data: bytes) -> list[int]:
    assert data[:2] == b"\xff\xd8"
    markers, position = [0xD8], 2
    while True:
        assert data[position] == 0xFF, position
        marker = data[position + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: compressed data follows
            return markers
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if marker == 0xE0:
            assert data[position + 4 : position + 9] == b"JFIF\x00"
        position += 2 + length


def _png_chunks(data: bytes) -> list[bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, position = [], 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        chunks.append(data[position + 4 : position + 8])
        position += 12 + length
    return chunks


def assert_pixels_only(data: bytes, where: str):
    for secret in SECRETS:
        assert secret not in data, (where, secret)
    if data.startswith(b"\xff\xd8"):
        extra = set(_jpeg_segments(data)) - JPEG_ALLOWED
        assert extra == set(), (where, [hex(marker) for marker in extra])
    else:
        extra = set(_png_chunks(data)) - PNG_ALLOWED
        assert extra == set(), (where, extra)
    with Image.open(io.BytesIO(data)) as image:
        assert {"comment", "exif", "icc_profile", "xmp", "XML:com.adobe.xmp"} & set(image.info) == set(), where
        assert dict(image.getexif()) == {}, where


def _stored_files(names) -> dict[str, bytes]:
    files = {}
    for name in names:
        with default_storage.open(name) as fh:
            files[name] = fh.read()
    return files


@pytest.mark.parametrize(
    ("content", "name"),
    [(jpeg_with_everything(), "photo.jpg"), (png_with_everything(), "affiche.png"), (webp_with_everything(), "a.webp")],
    ids=["jpeg", "png", "webp"],
)
def test_event_image_and_every_size_keep_only_pixels(client, member_a, content, name):
    client.force_login(member_a)

    response = client.post(
        "/espace/evenements/nouveau/",
        {**event_data(image_alt="Des bénévoles réparent un vélo."), "image": SimpleUploadedFile(name, content)},
    )

    assert response.status_code == 302
    event = Event.objects.get()
    files = _stored_files(event_images.image_files(event))
    assert len(files) == 4  # the image, page, thumbnail, social
    for stored_name, data in files.items():
        assert_pixels_only(data, stored_name)


def test_organisation_logo_keeps_only_pixels(client):
    client.force_login(UserFactory())

    client.post(
        "/espace/organisations/nouvelle/",
        {
            "name": "Recyclerie du quartier",
            "legal_form": "association",
            "postal_code": "35000",
            "city": "Rennes",
            "logo": SimpleUploadedFile("logo.jpg", jpeg_with_everything(size=(800, 800))),
        },
    )

    logo = Organization.objects.get().logo
    with logo.open("rb") as fh:
        assert_pixels_only(fh.read(), logo.name)


def test_logo_uploaded_in_the_admin_is_reencoded_too(client, national):
    client.force_login(national)
    organization = pending_event(
        Organization.objects.create(name="Recyclerie", slug="recyclerie", legal_form="association")
    ).organization
    url = f"/admin/organizations/organization/{organization.pk}/change/"
    html = client.get(url).content.decode()
    parser = _FormValues()
    parser.feed(html[html.index('id="organization_form"') :])
    data = {name: values if len(values) > 1 else values[0] for name, values in parser.data.items()}

    response = client.post(url, {**data, "logo": SimpleUploadedFile("logo.jpg", jpeg_with_everything())})

    assert response.status_code == 302, response.content.decode()[:3000]
    organization.refresh_from_db()
    with organization.logo.open("rb") as fh:
        data = fh.read()
    assert_pixels_only(data, "admin logo")
    assert Image.open(io.BytesIO(data)).size == (600, 400)


def test_sizes_made_from_an_image_stored_with_its_metadata_keep_only_pixels():
    # An image stored before metadata was dropped (make_image_sizes runs over those).
    name = default_storage.save("events/images/2025/ancienne.jpg", ContentFile(jpeg_with_everything()))

    with default_storage.open(name) as fh:
        sizes = images.make_sizes(name, fh)

    for size in ("page", "thumbnail", "social"):
        assert_pixels_only(_stored_files([sizes[size]["name"]])[sizes[size]["name"]], size)


def test_colours_of_a_profiled_image_are_kept_in_srgb():
    profiled = io.BytesIO()
    Image.new("RGB", (400, 300), (10, 120, 60)).save(profiled, format="PNG", icc_profile=ICC)

    reencoded = images.process_image(SimpleUploadedFile("image.png", profiled.getvalue()))

    with Image.open(reencoded) as image:
        red, green, blue = image.getpixel((200, 150))
    assert max(abs(red - 10), abs(green - 120), abs(blue - 60)) <= 3
