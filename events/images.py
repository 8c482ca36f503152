"""Uploaded images: checked by their content with Pillow, then re-encoded and resized.

Re-encoding keeps only the pixels: metadata (EXIF, GPS position), comments and anything appended
to the file are dropped. What is refused gets a French message for the form field; nothing here
may raise anything else than ValidationError on bad input.
"""

import io
import struct
import uuid
import warnings

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from core import jobs

from .models import Event

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 25_000_000
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
EVENT_IMAGE_SIZE = (1600, 1600)  # the event page shows images up to 800 px wide, 2× for sharp screens
# The other sizes the site displays, made once when the image is saved (see make_sizes):
# the event page on ordinary screens, the previews of the organisation space (240 px wide, 2×),
# and the link preview of social networks (Open Graph: 1200 × 630).
IMAGE_SIZES = {"page": (800, 800), "thumbnail": (480, 480)}
SOCIAL_SIZE = (1200, 630)
SOCIAL_CROP_MIN_RATIO = 1.4  # narrower images are shown whole rather than cropped
SOCIAL_BACKGROUND = (245, 241, 249)  # --bg-soft of site.css
LOGO_SIZE = (600, 600)
JPEG_QUALITY = 85

# Pillow refuses images above twice this with DecompressionBombError and warns above it; we
# refuse anything above MAX_PIXELS ourselves before decoding, this is the second line.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
ImageFile.LOAD_TRUNCATED_IMAGES = False

TEMPORARY_DIR = "uploads-pending"
TEMPORARY_SALT = "events.images.pending-upload"
TEMPORARY_MAX_AGE = 24 * 3600

MESSAGES = {
    "too_big": _("Ce fichier pèse plus de 5 Mo : réduisez l’image (par exemple à 2000 pixels de large) et réessayez."),
    "not_image": _("Ce fichier n’est pas une image lisible. Envoyez une photo au format JPEG, PNG ou WebP."),
    "format": _("Le format %(format)s n’est pas accepté. Envoyez une image au format JPEG, PNG ou WebP."),
    "too_many_pixels": _(
        "Cette image est trop grande (%(megapixels)s mégapixels) : 25 mégapixels au plus. Réduisez-la et réessayez."
    ),
    "truncated": _("Ce fichier image est incomplet ou abîmé. Enregistrez-le à nouveau ou choisissez-en un autre."),
    "empty": _("Ce fichier est vide."),
}


def process_image(upload, *, max_size=EVENT_IMAGE_SIZE) -> ContentFile:
    """Check an uploaded image and return it re-encoded (JPEG, or PNG when it has transparency)."""
    size = getattr(upload, "size", None)
    if size == 0:
        raise ValidationError(MESSAGES["empty"], code="empty")
    if size is not None and size > MAX_BYTES:
        raise ValidationError(MESSAGES["too_big"], code="too_big")
    upload.seek(0)
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValidationError(MESSAGES["too_big"], code="too_big")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in ALLOWED_FORMATS:
                raise ValidationError(MESSAGES["format"], code="format", params={"format": image.format or "?"})
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ValidationError(
                    MESSAGES["too_many_pixels"],
                    code="too_many_pixels",
                    params={"megapixels": f"{width * height / 1_000_000:.0f}"},
                )
            if image.format == "JPEG":
                # Decode a large photo directly at a reduced scale (still at least max_size):
                # several times less memory and time than decoding every pixel.
                image.draft("RGB", max_size)
            image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            MESSAGES["too_many_pixels"], code="too_many_pixels", params={"megapixels": "> 25"}
        ) from None
    except UnidentifiedImageError:
        raise ValidationError(MESSAGES["not_image"], code="not_image") from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, struct.error):
        # Truncated or corrupt data: Pillow raises one of these while decoding.
        raise ValidationError(MESSAGES["truncated"], code="truncated") from None
    return _reencode(image, max_size=max_size)


def _reencode(image: Image.Image, *, max_size) -> ContentFile:
    image = ImageOps.exif_transpose(image)  # keep the orientation the EXIF data asked for, then drop EXIF
    has_alpha = image.mode in {"RGBA", "LA"} or (image.mode == "P" and "transparency" in image.info)
    image = image.convert("RGBA" if has_alpha else "RGB")
    image.thumbnail(max_size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    if has_alpha:
        image.save(buffer, format="PNG", optimize=True)
        extension = "png"
    else:
        image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        extension = "jpg"
    return ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.{extension}")


def make_sizes(name: str, content, *, storage=default_storage) -> dict:
    """Store the sizes the site displays next to an image already checked and stored under name;
    return what Event.image_sizes keeps: each size's file name and dimensions."""
    content.seek(0)
    with Image.open(content) as source:
        source.load()
    stem = name.rsplit(".", 1)[0]
    sizes = {"large": {"name": name, "width": source.width, "height": source.height}}
    for size, box in IMAGE_SIZES.items():
        image = source.copy()
        image.thumbnail(box, Image.Resampling.LANCZOS)
        sizes[size] = _store(image, f"{stem}-{size}", storage=storage)
    flat = source
    if source.mode == "RGBA":  # social networks get a JPEG: transparency on white
        flat = Image.new("RGB", source.size, "white")
        flat.paste(source, mask=source.getchannel("A"))
    flat = flat.convert("RGB")
    if flat.width / flat.height >= SOCIAL_CROP_MIN_RATIO:  # a landscape photo: cropped to fill
        social = ImageOps.fit(flat, SOCIAL_SIZE, Image.Resampling.LANCZOS)
    else:  # a poster or a square: whole, on the site's light background (cropping would cut its text)
        social = ImageOps.pad(flat, SOCIAL_SIZE, Image.Resampling.LANCZOS, color=SOCIAL_BACKGROUND)
    sizes["social"] = _store(social, f"{stem}-social", storage=storage)
    return sizes


def _store(image: Image.Image, stem: str, *, storage) -> dict:
    buffer = io.BytesIO()
    if image.mode == "RGBA":
        image.save(buffer, format="PNG", optimize=True)
        extension = "png"
    else:
        image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        extension = "jpg"
    name = storage.save(f"{stem}.{extension}", ContentFile(buffer.getvalue()))
    return {"name": name, "width": image.width, "height": image.height}


def store_event_image(event, content) -> None:
    """Put a checked image and its sizes on the event (the caller saves the event). With a job
    queue the sizes are made by a worker once the event is committed, and the pages show the
    image itself until then (Event.image_size); without, here and now."""
    event.image.save(content.name, content, save=False)
    if settings.BACKGROUND_JOBS:
        event.image_sizes = {}
        jobs.enqueue(
            make_stored_image_sizes, event.image.name, description=f"make the sizes of image {event.image.name}"
        )
    else:
        event.image_sizes = make_sizes(event.image.name, content, storage=event.image.storage)


def make_stored_image_sizes(name: str) -> None:
    """The job of store_event_image: make the sizes of a stored event image and put them on its
    event; drop them if the image was replaced or removed meanwhile."""
    storage = Event._meta.get_field("image").storage
    with storage.open(name, "rb") as fh:
        sizes = make_sizes(name, fh, storage=storage)
    if not Event.objects.filter(image=name).update(image_sizes=sizes):
        for size in sizes.values():
            if size["name"] != name:
                storage.delete(size["name"])


def image_files(event) -> list[str]:
    """Every stored file of the event's image: to delete when it is replaced or the event goes."""
    if not event.image:
        return []
    names = {event.image.name}
    names.update(size["name"] for size in (event.image_sizes or {}).values() if size.get("name"))
    return sorted(names)


def keep_pending_upload(content: ContentFile) -> str:
    """Store a checked image while the rest of the form is corrected; return a signed reference
    for a hidden field (the path itself never comes back from the browser unsigned)."""
    name = default_storage.save(f"{TEMPORARY_DIR}/{content.name}", content)
    return signing.dumps(name, salt=TEMPORARY_SALT)


def pending_upload(token: str) -> ContentFile | None:
    """The image a signed reference points to, if it is valid, recent and still stored."""
    if not token:
        return None
    try:
        name = signing.loads(token, salt=TEMPORARY_SALT, max_age=TEMPORARY_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(name, str) or not name.startswith(f"{TEMPORARY_DIR}/") or not default_storage.exists(name):
        return None
    with default_storage.open(name) as fh:
        return ContentFile(fh.read(), name=name.rsplit("/", 1)[-1])


def pending_upload_url(token: str) -> str | None:
    try:
        name = signing.loads(token, salt=TEMPORARY_SALT, max_age=TEMPORARY_MAX_AGE)
    except signing.BadSignature:
        return None
    return default_storage.url(name) if default_storage.exists(name) else None
