"""The figures of an edition for moderators (their regions) and national staff (all regions).

A fixed number of queries whatever the number of events: one grouped query per table.
"""

import datetime

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alerts import audience
from alerts.models import Alert, DailyCount
from core.text import fold
from events.models import ACCESSIBILITY_FLAGS, Edition, Event, EventLogEntry
from regions.models import Region

PUBLISHED = Q(state=Event.State.PUBLISHED)
COMPARISON = [
    (_("Événements proposés"), "events"),
    (_("Événements publiés"), "published"),
    (_("Organisations participantes"), "organizations"),
    (_("Organisations publiées"), "published_organizations"),
]
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


def day_label(days: int) -> str:
    """« J-10 », « J+3 », « Jour J »: a day counted from an edition's first day."""
    if days == 0:
        return str(_("Jour J"))
    return f"J{days:+d}".replace("-", "\u2011")  # a non-breaking hyphen keeps « J-10 » whole


def _logged_by(action, cutoff):
    return Exists(EventLogEntry.objects.filter(event=OuterRef("pk"), action=action, created_at__lte=cutoff))


def _totals_on(queryset, cutoff) -> dict:
    """The comparison's figures as they stood at `cutoff`, from the events' history: proposed (submitted
    by then), published (published by then), and their organisations."""
    submitted = _logged_by(EventLogEntry.Action.SUBMITTED, cutoff)
    published = _logged_by(EventLogEntry.Action.PUBLISHED, cutoff)
    rows = queryset.annotate(was_submitted=submitted, was_published=published).filter(
        Q(was_submitted=True) | Q(was_published=True)
    )
    return rows.aggregate(
        events=Count("pk"),
        published=Count("pk", filter=Q(was_published=True)),
        organizations=Count("organization", distinct=True),
        published_organizations=Count("organization", filter=Q(was_published=True), distinct=True),
    )


def same_date(edition, previous, today: datetime.date):
    """(days from the edition's first day, the previous edition's cutoff) while the edition is not over;
    None once it is (the whole editions compare then)."""
    if previous is None or today > edition.ends_on:
        return None
    days = (today - edition.starts_on).days
    cutoff_day = previous.starts_on + datetime.timedelta(days=days)
    tz = timezone.get_current_timezone()
    cutoff = datetime.datetime.combine(cutoff_day, datetime.time.max, tzinfo=tz)
    return days, cutoff


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
    submitted = current.exclude(state=Event.State.DRAFT)
    accessibility_counts = submitted.aggregate(
        **{f"all_{field}": Count("pk", filter=Q(**{field: True})) for _value, field, _label in ACCESSIBILITY_FLAGS},
        **{
            f"published_{field}": Count("pk", filter=Q(**{field: True}) & PUBLISHED)
            for _value, field, _label in ACCESSIBILITY_FLAGS
        },
    )
    at_same_date = same_date(edition, previous, timezone.localdate())
    same_date_rows, same_date_label = [], ""
    if at_same_date is not None:
        days, cutoff = at_same_date
        same_date_label = day_label(days)
        now_totals, then_totals = _totals(current), _totals_on(before, cutoff)
        same_date_rows = [
            {
                "label": label,
                "current": now_totals[key],
                "previous": then_totals[key],
                "evolution": _evolution(now_totals[key], then_totals[key]),
            }
            for label, key in COMPARISON
        ]
    states = dict(Event.State.choices)
    state_counts = dict(current.values("state").annotate(n=Count("pk")).values_list("state", "n"))
    totals, previous_totals = _totals(current), _totals(before) if previous else None
    comparison = COMPARISON
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
        "audience_rows": [
            {**row, "label": row["audiences__name"] or _("Sans public précisé")}
            for row in _counts(current, "audiences__name")
        ],
        "accessibility_rows": [
            {
                "label": label,
                "total": accessibility_counts[f"all_{field}"],
                "published": accessibility_counts[f"published_{field}"],
            }
            for _value, field, label in ACCESSIBILITY_FLAGS
        ],
        "same_date_label": same_date_label,
        "same_date_rows": same_date_rows,
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


def figures_rows(context: dict) -> list[list]:
    """The figures page as one table (edition, section, label, measure, value), one figure a line: the
    shape a spreadsheet's pivot table reads. Used by the CSV and xlsx downloads."""
    edition = context["edition"]
    year = edition.year
    previous = context.get("previous_edition")
    rows = [[str(_("Édition")), str(_("Rubrique")), str(_("Libellé")), str(_("Mesure")), str(_("Valeur"))]]

    def add(section, label, measures):
        for measure, value in measures:
            if value is not None:
                rows.append([year, str(section), str(label), str(measure), value])

    counts = [(_("Proposés"), "total"), (_("Publiés"), "published"), (_("En attente"), "pending")]
    for row in context["comparison_rows"]:
        add(
            _("En bref"),
            row["label"],
            [(year, row["current"])] + ([(previous.year, row["previous"])] if previous else []),
        )
    if context.get("same_date_rows"):
        section = _("À %(day)s, comparé à l’an dernier") % {"day": context["same_date_label"]}
        for row in context["same_date_rows"]:
            add(section, row["label"], [(year, row["current"]), (previous.year, row["previous"])])
    for row in context["region_rows"]:
        measures = [(label, row[key]) for label, key in counts] + [(_("Organisations"), row["organizations"])]
        add(_("Par région"), row["label"], measures + ([(previous.year, row["previous"])] if previous else []))
    for row in context["state_rows"]:
        add(_("Par état de modération"), row["label"], [(_("Événements"), row["total"])])
    sections = [
        (_("Par département"), "department_rows"),
        (_("Par thème"), "theme_rows"),
        (_("Par type"), "type_rows"),
        (_("Par format"), "format_rows"),
        (_("Par public"), "audience_rows"),
    ]
    for section, key in sections:
        for row in context[key]:
            add(section, row["label"], [(label, row[name]) for label, name in counts])
    for row in context["accessibility_rows"]:
        add(_("Accessibilité"), row["label"], [(_("Proposés"), row["total"]), (_("Publiés"), row["published"])])
    return rows
