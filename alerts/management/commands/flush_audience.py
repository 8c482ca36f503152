from django.core.management.base import BaseCommand

from alerts import audience


class Command(BaseCommand):
    help = "Add the audience counters kept in the cache to the per-day figures (run every few minutes)."

    def handle(self, *args, **options):
        self.stdout.write(f"audience_hits={audience.flush()}")
