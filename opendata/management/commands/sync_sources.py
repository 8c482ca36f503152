"""Fetch and apply the agendas the site follows (opendata.models.Source): run it from cron or a job queue,
every hour for instance. A source that failed waits for its next retry unless --force."""

from django.core.management.base import BaseCommand

from opendata.models import Source
from opendata.sources import due_sources, sync_source


class Command(BaseCommand):
    help = "Fetch the declared agenda sources (iCalendar, OpenAgenda) and apply their changes."

    def add_arguments(self, parser):
        parser.add_argument("--source", type=int, action="append", help="Only this source (its id); repeatable.")
        parser.add_argument(
            "--force", action="store_true", help="Fetch even a source waiting for a retry, without conditional request."
        )

    def handle(self, *args, source=None, force=False, **options):
        sources = Source.objects.filter(active=True) if force else due_sources()
        if source:
            sources = Source.objects.filter(pk__in=source)
        failed = 0
        for item in sources.select_related("region", "organization").order_by("pk"):
            result = sync_source(item, force=force)
            failed += result.status == "failed"
            line = f"{item.pk} {item.name}: {result.status}"
            if result.status == "failed":
                self.stderr.write(f"{line} — {result.error}")
            else:
                self.stdout.write(f"{line} — {result.summary()}")
        if failed:
            self.stderr.write(f"{failed} source(s) failed; they will be retried later.")
