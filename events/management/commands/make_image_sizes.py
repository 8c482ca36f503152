"""Make the displayed sizes of event images that have none yet (images stored before they existed)."""

from django.core.management.base import BaseCommand

from core import images
from events.models import Event


class Command(BaseCommand):
    help = "Make the page, thumbnail and social-network sizes of event images that lack them."

    def handle(self, *args, **options):
        made = missing = 0
        for event in Event.objects.exclude(image="").filter(image_sizes={}).only("pk", "image").iterator():
            try:
                with event.image.open("rb") as fh:
                    sizes = images.make_sizes(event.image.name, fh, storage=event.image.storage)
            except OSError:  # the file is gone, or not an image Pillow can read
                missing += 1
                continue
            Event.objects.filter(pk=event.pk).update(image_sizes=sizes)
            made += 1
        self.stdout.write(f"{made} image(s) given their sizes, {missing} unreadable.")
