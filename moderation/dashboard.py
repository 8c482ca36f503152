"""The admin's home for moderators and national staff: the current edition's work, region by region.

For each region of the user's scope (`accounts.policy.moderated_regions`): events waiting (and the
oldest wait), published events edited since (to look at), published, changes requested, rejected,
organisations new this edition, open reports from the public; each figure links to the admin list
that acts on it. National staff get every region side by side, the late ones named first.

A fixed number of queries whatever the number of regions and events: one grouped query per table.
"""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count, Min, Q
from django.urls import reverse
from django.utils import timezone

from accounts import policy
from core.text import fold
from events.models import Edition, Event, EventReport

from .queue import current_edition

STATES = {
    "published": Event.State.PUBLISHED,
    "changes_requested": Event.State.CHANGES_REQUESTED,
    "rejected": Event.State.REJECTED,
}


def new_organizations_since(edition: Edition) -> datetime.date:
    """An organisation is new in an edition when it signed up after the previous edition ended."""
    previous = Edition.objects.filter(year__lt=edition.year).order_by("-year").first()
    if previous is None:
        return datetime.date(edition.year, 1, 1)
    return previous.ends_on + datetime.timedelta(days=1)


def _link(name, **params) -> str:
    return reverse(name) + "?" + urlencode({key: value for key, value in params.items() if value is not None})


def dashboard_context(request, events) -> dict:
    """`events`: the user's scoped events (the review queue's queryset, with its
    `Event.edited_after_publication` flag)."""
    scope = policy.scope_of(request.user)
    edition = current_edition()
    if not scope.has_access or edition is None:
        return {}
    regions = sorted(policy.moderated_regions(request.user), key=lambda region: fold(region.name))
    now = timezone.now()
    late_after = datetime.timedelta(days=settings.MODERATION_REMINDER_DAYS)

    counts = {
        row["region"]: row
        for row in events.filter(edition=edition)
        .order_by()
        .values("region")
        .annotate(
            pending=Count("pk", filter=Q(state=Event.State.PENDING)),
            oldest=Min("submitted_at", filter=Q(state=Event.State.PENDING)),
            edits=Count("pk", filter=Q(state=Event.State.PUBLISHED, edited_after_publication=True)),
            **{key: Count("pk", filter=Q(state=state)) for key, state in STATES.items()},
        )
    }
    reports = dict(
        policy.scoped(request.user, EventReport.objects.open().filter(event__edition=edition))
        .order_by()
        .values("event__region")
        .annotate(n=Count("pk"))
        .values_list("event__region", "n")
    )
    since = new_organizations_since(edition)
    organizations = dict(
        policy.visible_organizations(request.user)
        .filter(created_at__date__gte=since)
        .order_by()
        .values("department__region")
        .annotate(n=Count("pk"))
        .values_list("department__region", "n")
    )

    queue = "admin:events_event_changelist"
    years = list(Edition.objects.order_by("-year").values_list("year", flat=True))
    rows = []
    for region in regions:
        row = counts.get(region.pk, {})
        oldest = row.get("oldest")
        wait_days = (now - oldest).days if oldest else None
        one = {"edition": edition.year, "region__id__exact": region.pk}
        rows.append(
            {
                "region": region,
                "pending": row.get("pending", 0),
                "wait_days": wait_days,
                "late": oldest is not None and now - oldest > late_after,
                "edits": row.get("edits", 0),
                **{key: row.get(key, 0) for key in STATES},
                "reports": reports.get(region.pk, 0),
                "organizations": organizations.get(region.pk, 0),
                "links": {
                    "pending": _link(queue, **one, state__exact=Event.State.PENDING),
                    "edits": _link(queue, **one, state__exact=Event.State.PUBLISHED, modifie_apres_publication="oui"),
                    **{key: _link(queue, **one, state__exact=state) for key, state in STATES.items()},
                    "reports": _link(
                        "admin:events_eventreport_changelist", event__region__id__exact=region.pk, etat="ouverts"
                    ),
                    "organizations": _link(
                        "admin:organizations_organization_changelist",
                        created_at__date__gte=since.isoformat(),
                        department__region__id__exact=region.pk,
                    ),
                    "programmes": [
                        (year, reverse("regions:programme", args=[region.slug]) + f"?edition={year}") for year in years
                    ],
                },
            }
        )
    totals = {key: sum(row[key] for row in rows) for key in ("pending", "edits", *STATES, "reports", "organizations")}
    return {
        "dashboard": {
            "edition": edition,
            "national": scope.national,
            "rows": rows,
            "totals": totals,
            "late": [row for row in sorted(rows, key=lambda row: -(row["wait_days"] or 0)) if row["late"]],
            "late_after_days": settings.MODERATION_REMINDER_DAYS,
            "new_since": since,
        }
    }
