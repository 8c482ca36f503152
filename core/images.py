"""Uploaded images: checked by their content with Pillow, then re-encoded and resized.

Re-encoding keeps only the pixels: metadata (EXIF with the GPS position, XMP, IPTC), comments (JPEG
COM segments, PNG text chunks), the colour profile (after converting the pixels to sRGB) and anything
appended to the file are dropped, from the image and from every size made of it. What is refused
gets a French message for the form field; nothing here may raise anything else than ValidationError
on bad input.
"""

import datetime
import io
import re
import struct
import uuid
import warnings

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageFile, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 25_000_000
# MPO: a JPEG with more pictures behind the first (phones write depth maps and HDR gain maps so);
# only the first is kept.
JPEG_FORMATS = {"JPEG", "MPO"}
ALLOWED_FORMATS = {*JPEG_FORMATS, "PNG", "WEBP"}
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

SRGB = ImageCms.createProfile("sRGB")

TEMPORARY_DIR = "uploads-pending"
TEMPORARY_SALT = "events.images.pending-upload"
TEMPORARY_MAX_AGE = 24 * 3600
# What the images of rejected forms may hold on disk for one user (see keep_pending_upload).
PENDING_PER_USER = 3
PENDING_BYTES_PER_USER = 20 * 1024 * 1024
_PENDING_NAME_RE = re.compile(rf"{TEMPORARY_DIR}/[-\w]+\.(?:jpg|png)")

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
            # Pillow warns about corrupt metadata (EXIF) it skips: harmless, the metadata is dropped anyway.
            warnings.simplefilter("ignore", UserWarning)
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
            if image.format in JPEG_FORMATS:
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


class ReencodedImageField(forms.FileField):
    """A model form's image field whose new upload is checked and re-encoded by process_image: what is
    saved is the re-encoded file, and every refusal is one of our French messages (Django's own
    image field would decode the upload once more, and speak first)."""

    def __init__(self, *, max_size=EVENT_IMAGE_SIZE, **kwargs):
        self.max_size = max_size
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("accept", "image/jpeg,image/png,image/webp")

    def clean(self, data, initial=None):
        value = super().clean(data, initial)
        if isinstance(value, UploadedFile):  # not the current file, nor False for « clear »
            return process_image(value, max_size=self.max_size)
        return value


def _upright(image: Image.Image) -> Image.Image:
    """The image turned as its EXIF orientation asks (the EXIF data is dropped afterwards); as it is
    when that data cannot be read."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", UserWarning)  # Pillow only warns about corrupt EXIF data
            return ImageOps.exif_transpose(image)
    except (UserWarning, OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError, struct.error):
        return image


def _reencode(image: Image.Image, *, max_size) -> ContentFile:
    image = _upright(image)
    has_alpha = image.mode in {"RGBA", "LA"} or (image.mode == "P" and "transparency" in image.info)
    rgb_profile = image.info.get("icc_profile") if image.mode in {"RGB", "RGBA", "P"} else None
    image = image.convert("RGBA" if has_alpha else "RGB")
    image.thumbnail(max_size, Image.Resampling.LANCZOS)
    image = _pixels_only(_in_srgb(image, rgb_profile))
    buffer = io.BytesIO()
    if has_alpha:
        image.save(buffer, format="PNG", optimize=True)
        extension = "png"
    else:
        image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        extension = "jpg"
    return ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.{extension}")


def _in_srgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """Pixels described by an embedded RGB profile (a phone's Display P3, Adobe RGB…) converted to
    sRGB, which browsers assume once the profile is gone; unchanged if the profile is unusable."""
    if not icc_profile:
        return image
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        if profile.profile.xcolor_space.strip() != "RGB":
            return image
        return ImageCms.profileToProfile(image, profile, SRGB, outputMode=image.mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image


def _pixels_only(image: Image.Image) -> Image.Image:
    """Pillow writes some of what it read back into the file it saves (a JPEG's comment, a PNG's
    colour profile): forget all of it."""
    image.info.clear()
    return image


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
    image = _pixels_only(image)  # the source may be an image stored before metadata was dropped
    buffer = io.BytesIO()
    if image.mode == "RGBA":
        image.save(buffer, format="PNG", optimize=True)
        extension = "png"
    else:
        image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        extension = "jpg"
    name = storage.save(f"{stem}.{extension}", ContentFile(buffer.getvalue()))
    return {"name": name, "width": image.width, "height": image.height}


def keep_pending_upload(content: ContentFile, *, user, replacing: str = "") -> str:
    """Store a checked image while the rest of the form is corrected; return a signed reference
    for a hidden field (the path itself never comes back from the browser unsigned).

    Each invalid post of a form with an image stores one: the user's previous one for the same form
    (``replacing``, the reference the form came back with) is deleted, the user keeps at most
    PENDING_PER_USER files and PENDING_BYTES_PER_USER bytes (the oldest go first), and anybody's files
    older than TEMPORARY_MAX_AGE go too (the daily ``clean_pending_uploads`` is then only a safety net).
    """
    discard_pending_upload(replacing, user=user)
    _make_room(user, incoming=content.size)
    name = default_storage.save(f"{TEMPORARY_DIR}/{_owner_prefix(user)}{content.name}", content)
    return signing.dumps(name, salt=TEMPORARY_SALT)


def pending_upload(token: str) -> ContentFile | None:
    """The image a signed reference points to, if it is valid, recent and still stored."""
    name = pending_upload_name(token)
    if name is None or not default_storage.exists(name):
        return None
    with default_storage.open(name) as fh:
        # The event's image is named without its uploader's prefix.
        return ContentFile(fh.read(), name=re.sub(r"^u\d+-", "", name.rsplit("/", 1)[-1]))


def pending_upload_url(token: str) -> str | None:
    name = pending_upload_name(token)
    return default_storage.url(name) if name is not None and default_storage.exists(name) else None


def pending_upload_name(token: str) -> str | None:
    """The stored name a signed reference points to (None when forged, expired or malformed)."""
    if not token:
        return None
    try:
        name = signing.loads(token, salt=TEMPORARY_SALT, max_age=TEMPORARY_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(name, str) or not _PENDING_NAME_RE.fullmatch(name):
        return None
    return name


def discard_pending_upload(token: str, *, user) -> None:
    """Delete the user's pending image a reference points to (another user's stays)."""
    name = pending_upload_name(token)
    if name is not None and name.startswith(f"{TEMPORARY_DIR}/{_owner_prefix(user)}"):
        default_storage.delete(name)


def _owner_prefix(user) -> str:
    return f"u{user.pk}-"


def _pending_files() -> list[str]:
    if not default_storage.exists(TEMPORARY_DIR):
        return []
    _dirs, files = default_storage.listdir(TEMPORARY_DIR)
    return [f"{TEMPORARY_DIR}/{name}" for name in files]


def _make_room(user, *, incoming: int) -> None:
    """Delete the expired pending files (anybody's), then the user's oldest ones until one more of
    ``incoming`` bytes fits the bounds. A directory listing and a stat or two per pending file: there
    are at most PENDING_PER_USER per user active in the last TEMPORARY_MAX_AGE."""
    expired_before = timezone.now() - datetime.timedelta(seconds=TEMPORARY_MAX_AGE)
    prefix = f"{TEMPORARY_DIR}/{_owner_prefix(user)}"
    mine = []
    for name in _pending_files():
        try:
            modified = default_storage.get_modified_time(name)
            if modified < expired_before:
                default_storage.delete(name)
            elif name.startswith(prefix):
                mine.append((modified, name, default_storage.size(name)))
        except FileNotFoundError:  # deleted meanwhile by another request
            continue
    count, total = 1, incoming
    for _modified, name, size in sorted(mine, reverse=True):  # newest first: the oldest are dropped
        if count < PENDING_PER_USER and total + size <= PENDING_BYTES_PER_USER:
            count, total = count + 1, total + size
        else:
            default_storage.delete(name)
