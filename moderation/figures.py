"""The figures of an edition for moderators (their regions) and national staff (all regions).

A fixed number of queries whatever the number of events: one grouped query per table.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from alerts import audience
from alerts.models import Alert, DailyCount
from core.text import fold
from events.models import Edition, Event
from regions.models import Region

PUBLISHED = Q(state=Event.State.PUBLISHED)
PENDING = Q(state=Event.State.PENDING)
AUDIENCE_KINDS = [DailyCount.Kind.EVENT_VIEW, DailyCount.Kind.CALENDAR, DailyCount.Kind.REGISTRATION]


def _counts(queryset, *keys):
    """Submitted events (drafts aside) per value of `keys`: total, published, pending."""
    return (
        queryset.exclude(state=Event.State.DRAFT)
        .values(*keys)
        .annotate(total=Count("pk", distinct=True), published=Count("pk", filter=PUBLISHED, distinct=True))
        .annotate(pending=Count("pk", filter=PENDING, distinct=True))
        .order_by("-total", *keys)
    )


def _evolution(current: int, previous: int | None) -> str:
    if not previous:
        return "—"
    change = round((current - previous) * 100 / previous)
    # French style: narrow no-break spaces between thousands and before the sign, a real minus.
    return f"{change:+,d}".replace(",", "\u202f").replace("-", "−") + "\u202f%"


def _totals(queryset) -> dict:
    submitted = queryset.exclude(state=Event.State.DRAFT)
    return submitted.aggregate(
        events=Count("pk"),
        published=Count("pk", filter=PUBLISHED),
        organizations=Count("organization", distinct=True),
        published_organizations=Count("organization", filter=PUBLISHED, distinct=True),
    )


def choose_edition(editions: list, year: str | None):
    for edition in editions:
        if year and str(edition.year) == year:
            return edition
    return editions[0] if editions else None


def figures_context(request, *, region_ids) -> dict:
    """`region_ids` None means every region (national staff)."""
    editions = list(Edition.objects.order_by("-year"))
    edition = choose_edition(editions, request.GET.get("edition"))
    if edition is None:
        return {"edition": None, "editions": editions}
    previous = next((e for e in editions if e.year < edition.year), None)
    events = Event.objects.all()
    regions = Region.objects.order_by("name")
    if region_ids is not None:
        events = events.filter(region_id__in=region_ids)
        regions = regions.filter(pk__in=region_ids)
    current = events.filter(edition=edition)
    before = events.filter(edition=previous) if previous else events.none()

    by_region = {row["region"]: row for row in _counts(current, "region")}
    orgs_by_region = dict(
        current.exclude(state=Event.State.DRAFT)
        .values("region")
        .annotate(n=Count("organization", distinct=True))
        .values_list("region", "n")
    )
    before_by_region = (
        dict(
            before.exclude(state=Event.State.DRAFT).values("region").annotate(n=Count("pk")).values_list("region", "n")
        )
        if previous
        else {}
    )
    audience_by_region = audience.region_totals(edition, region_ids)
    alerts_by_region = dict(
        Alert.objects.filter(confirmed_at__isnull=False, organization__events__edition=edition)
        .filter(organization__events__region_id__in=[r.pk for r in regions])
        .values("organization__events__region_id")
        .annotate(n=Count("pk", distinct=True))
        .values_list("organization__events__region_id", "n")
    )
    region_rows = []
    for region in sorted(regions, key=lambda region: fold(region.name)):  # Île-de-France among the I
        row = by_region.get(region.pk, {"total": 0, "published": 0, "pending": 0})
        previous_total = before_by_region.get(region.pk, 0) if previous else None
        region_rows.append(
            {
                "label": region.name,
                "total": row["total"],
                "published": row["published"],
                "pending": row["pending"],
                "organizations": orgs_by_region.get(region.pk, 0),
                "previous": previous_total,
                "evolution": _evolution(row["total"], previous_total),
                "audience": [audience_by_region.get(region.pk, {}).get(kind, 0) for kind in AUDIENCE_KINDS],
                "followers": alerts_by_region.get(region.pk, 0),
            }
        )

    formats = dict(Event.AttendanceMode.choices)
    states = dict(Event.State.choices)
    state_counts = dict(current.values("state").annotate(n=Count("pk")).values_list("state", "n"))
    totals, previous_totals = _totals(current), _totals(before) if previous else None
    comparison = [
        (_("Événements proposés"), "events"),
        (_("Événements publiés"), "published"),
        (_("Organisations participantes"), "organizations"),
        (_("Organisations publiées"), "published_organizations"),
    ]
    return {
        "edition": edition,
        "editions": editions,
        "previous_edition": previous,
        "audience_columns": [DailyCount.Kind(kind).label for kind in AUDIENCE_KINDS],
        "audience_events": audience.top_events(edition, region_ids),
        "regions_count": len(region_rows),
        "region_rows": region_rows,
        "department_rows": [
            {
                **row,
                "label": f"{row['department__name']} ({row['department__code']})"
                if row["department__code"]
                else _("En ligne, sans département"),
            }
            for row in _counts(current, "department__code", "department__name")
        ],
        "theme_rows": [{**row, "label": row["themes__name"]} for row in _counts(current, "themes__name")],
        "type_rows": [{**row, "label": row["event_type__name"]} for row in _counts(current, "event_type__name")],
        "format_rows": [
            {**row, "label": formats[row["attendance_mode"]]} for row in _counts(current, "attendance_mode")
        ],
        "state_rows": [{"label": label, "total": state_counts.get(value, 0)} for value, label in states.items()],
        "comparison_rows": [
            {
                "label": label,
                "current": totals[key],
                "previous": previous_totals[key] if previous_totals else None,
                "evolution": _evolution(totals[key], previous_totals[key] if previous_totals else None),
            }
            for label, key in comparison
        ],
    }
