"""Reports from the public on an event page (« Signaler un problème ») and their closing by a moderator.

The model and these services live here, below the public pages (browse, which creates reports) and the
moderation admin (which closes them): neither imports the other (docs/architecture.md).
"""

from django.db import transaction
from django.utils import timezone

from .models import Event, EventReport


def report_event(*, event: Event, reason: str, message: str, email: str = "") -> EventReport:
    """Files a visitor's report on a public event; it waits in the event's region's queue."""
    return EventReport.objects.create(event=event, reason=reason, message=message, email=email)


@transaction.atomic
def close_report(*, report: EventReport, moderator, acted: bool) -> bool:
    """Closes an open report, saying whether the moderator acted on the event. False when it was
    already closed (by someone else meanwhile): it is left as it is."""
    locked = EventReport.objects.select_for_update().get(pk=report.pk)
    if locked.closed_at is not None:
        return False
    locked.closed_at = timezone.now()
    locked.closed_by = moderator
    locked.outcome = EventReport.Outcome.ACTED if acted else EventReport.Outcome.DISMISSED
    locked.save(update_fields=["closed_at", "closed_by", "outcome"])
    report.closed_at, report.closed_by, report.outcome = locked.closed_at, locked.closed_by, locked.outcome
    return True
