from django.core.management.base import BaseCommand

from alerts.services import mark_bounced


class Command(BaseCommand):
    help = "Mark addresses whose mail server refuses our mail (bounces): they receive no alert any more."

    def add_arguments(self, parser):
        parser.add_argument("emails", nargs="+")

    def handle(self, *args, emails, **options):
        marked = sum(mark_bounced(email) for email in emails)
        self.stdout.write(f"marked={marked}")
