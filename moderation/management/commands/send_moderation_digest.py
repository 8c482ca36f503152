"""Mail each moderator the news of their regions' queue; meant for a daily cron."""

from django.core.management.base import BaseCommand

from moderation.digest import send_digest


class Command(BaseCommand):
    help = (
        "Send each moderator one e-mail listing the new pending events of their regions and those "
        "waiting longer than MODERATION_REMINDER_DAYS; nothing when there is nothing new."
    )

    def handle(self, *args, **options):
        sent = send_digest()
        self.stdout.write(f"{sent} moderation digest(s) sent.")
