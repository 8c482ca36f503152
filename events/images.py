"""An event's image on disk: stored with the sizes the site displays (made by a job when there is a
queue), and every file of it. Checking and re-encoding an upload is core.images."""

from django.conf import settings

from core import jobs
from core.images import make_sizes

from .models import Event


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


def refresh_image_sizes(event) -> None:
    """Make the sizes of a saved event's image after it changed (admin, duplication): by a worker
    when there is a queue, here otherwise. Without image, no sizes."""
    if not event.image:
        Event.objects.filter(pk=event.pk).update(image_sizes={})
        event.image_sizes = {}
    elif settings.BACKGROUND_JOBS:
        Event.objects.filter(pk=event.pk).update(image_sizes={})
        event.image_sizes = {}
        jobs.enqueue(
            make_stored_image_sizes, event.image.name, description=f"make the sizes of image {event.image.name}"
        )
    else:
        make_stored_image_sizes(event.image.name)
        event.refresh_from_db(fields=["image_sizes"])


def make_stored_image_sizes(name: str) -> None:
    """The job of store_event_image: make the sizes of a stored event image and put them on its
    event; drop them if the image was replaced or removed meanwhile."""
    storage = Event._meta.get_field("image").storage
    try:
        with storage.open(name, "rb") as fh:
            sizes = make_sizes(name, fh, storage=storage)
    except OSError:  # gone from the storage, or unreadable by Pillow (not from a form): shown as it is
        return
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
