"""Delete the images kept while a form was being corrected and never saved (older than a day)."""

import datetime

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.utils import timezone

from core.images import TEMPORARY_DIR, TEMPORARY_MAX_AGE


class Command(BaseCommand):
    help = "Delete pending uploads (images of forms never saved) older than their 24-hour validity."

    def handle(self, *args, **options):
        if not default_storage.exists(TEMPORARY_DIR):
            return
        limit = timezone.now() - datetime.timedelta(seconds=TEMPORARY_MAX_AGE)
        _dirs, files = default_storage.listdir(TEMPORARY_DIR)
        deleted = 0
        for name in files:
            path = f"{TEMPORARY_DIR}/{name}"
            if default_storage.get_modified_time(path) < limit:
                default_storage.delete(path)
                deleted += 1
        self.stdout.write(f"{deleted} pending upload(s) deleted.")
