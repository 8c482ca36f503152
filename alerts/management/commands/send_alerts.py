from django.core.management.base import BaseCommand

from alerts import audience
from alerts.sending import send_alerts


class Command(BaseCommand):
    help = (
        "Mail each confirmed alert the events published since its last mail (one mail per address), on the "
        "edition's rhythm: daily during the edition, weekly before it, never after. Also deletes the alerts "
        "left unconfirmed for 7 days and the inactive addresses, and flushes the audience counters."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Send now whatever the phase and the rhythm (e.g. by hand)."
        )

    def handle(self, *args, force=False, **options):
        hits = audience.flush()
        report = send_alerts(force=force)
        self.stdout.write(
            f"phase={report.phase} addresses={report.addresses} mails={report.mails} events={report.events} "
            f"purged_alerts={report.purged_alerts} purged_addresses={report.purged_addresses} audience_hits={hits}"
        )
