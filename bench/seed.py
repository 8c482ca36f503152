"""The benchmark's data: ``count`` events over two editions (2025, the previous one, and 2026, the
current one), 90 % published, in every department, one to three slots each, with themes, audiences
and organisations (one per 25 events). Rows are written in bulk (no service, no signal): the version
of the page cache is not the point while seeding."""

import datetime
import random
from zoneinfo import ZoneInfo

from django.db import connection, transaction

from accounts.models import User
from events import masks
from events.models import Audience, Edition, Event, EventType, Theme, TimeSlot
from organizations.models import LegalForm, Organization
from regions.models import Department

NOW = datetime.datetime(2026, 11, 10, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
WORDS = ["Atelier", "Conférence", "Visite", "Forum", "Projection", "Balade", "Rencontre", "Collecte"]
TOPICS = ["économie circulaire", "finance solidaire", "coopération", "alimentation durable", "insertion"]
MODERATOR = "bench-national@example.org"


def seeded() -> int:
    return Event.objects.filter(slug__startswith="bench-").count()


def _editions() -> dict[int, Edition]:
    editions = {2026: Edition.objects.get(year=2026)}
    editions[2025], _created = Edition.objects.get_or_create(
        year=2025,
        defaults={
            "starts_on": datetime.date(2025, 11, 1),
            "ends_on": datetime.date(2025, 11, 30),
            "events_start_on": datetime.date(2025, 11, 1),
            "events_end_on": datetime.date(2025, 11, 30),
            "submissions_open": False,
            "submissions_deadline": datetime.date(2025, 11, 20),
        },
    )
    return editions


def seed(count: int) -> None:
    _seed(count)
    if connection.vendor == "postgresql":
        # What autovacuum gives a live database after the inserts: statistics for the planner and the
        # visibility map without which no index-only scan is possible (the covering index of the
        # edition's published events would be read with the table's rows).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


@transaction.atomic
def _seed(count: int) -> None:
    Event.objects.filter(slug__startswith="bench-").delete()
    Organization.objects.filter(slug__startswith="bench-").delete()
    rng = random.Random(2026)
    editions = _editions()
    departments = list(Department.objects.select_related("region"))
    types = list(EventType.objects.all())
    themes = list(Theme.objects.all())
    audiences = list(Audience.objects.all())
    organizations = Organization.objects.bulk_create(
        Organization(name=f"Organisation {i}", slug=f"bench-organisation-{i}", legal_form=LegalForm.ASSOCIATION)
        for i in range(max(1, count // 25))
    )
    events = []
    chosen = []  # each event's themes and public
    for i in range(count):
        department = rng.choice(departments)
        online = rng.random() < 0.1
        chosen.append((rng.sample(themes, 2), rng.choice(audiences)))
        year = 2026 if i % 2 == 0 else 2025
        events.append(
            Event(
                organization=rng.choice(organizations),
                edition=editions[year],
                title=f"{rng.choice(WORDS)} {rng.choice(TOPICS)} n°{i}",
                slug=f"bench-{i}",
                summary=f"Un rendez-vous autour de l’{rng.choice(TOPICS)} pour tous les publics.",
                description="Présentation, échanges et visite. " * 5,
                state=Event.State.PUBLISHED if rng.random() < 0.9 else Event.State.PENDING,
                attendance_mode=Event.AttendanceMode.ONLINE if online else Event.AttendanceMode.ON_SITE,
                online_url="https://visio.example.org/" if online else "",
                region=department.region,
                department=department,
                city=department.prefecture,
                postal_code="35000",
                latitude=None if online else department.latitude + rng.uniform(-0.4, 0.4),
                longitude=None if online else department.longitude + rng.uniform(-0.5, 0.5),
                event_type=rng.choice(types),
                is_free=rng.random() < 0.7,
                access_motor=rng.random() < 0.4,
                published_at=NOW,
                # The links are created in bulk below, without the signal that keeps the masks.
                theme_mask=masks.mask(theme.pk for theme in chosen[-1][0]),
                audience_mask=masks.mask([chosen[-1][1].pk]),
            )
        )
    events = Event.objects.bulk_create(events, batch_size=2000)
    slots, theme_links, audience_links = [], [], []
    for event, (event_themes, audience) in zip(events, chosen, strict=True):
        tz = ZoneInfo(event.region.timezone)
        year = event.edition.year
        for _ in range(1 if rng.random() < 0.8 else 3):
            start = datetime.datetime(year, 11, rng.randint(1, 30), rng.choice([9, 14, 18]), tzinfo=tz)
            slots.append(TimeSlot(event=event, starts_at=start, ends_at=start + datetime.timedelta(hours=2)))
        for theme in event_themes:
            theme_links.append(Event.themes.through(event_id=event.pk, theme_id=theme.pk))
        audience_links.append(Event.audiences.through(event_id=event.pk, audience_id=audience.pk))
    TimeSlot.objects.bulk_create(slots, batch_size=5000, ignore_conflicts=True)
    Event.themes.through.objects.bulk_create(theme_links, batch_size=5000)
    Event.audiences.through.objects.bulk_create(audience_links, batch_size=5000)
    with connection.cursor() as cursor:
        # One pass over the slots joined to the events (a subquery per event took PostgreSQL, without
        # statistics on the new rows, tens of minutes at 50 000 events).
        cursor.execute(
            "UPDATE events_event SET starts_at = s.first_start, ends_at = s.last_end"
            " FROM (SELECT event_id, MIN(starts_at) AS first_start, MAX(ends_at) AS last_end"
            " FROM events_timeslot GROUP BY event_id) AS s WHERE s.event_id = events_event.id"
        )


def targets() -> dict:
    """What the benchmark asks for: an upcoming event with a place, its organisation, a far page of the
    list, the moderator."""
    from django.core.management import call_command

    current = Event.objects.published().filter(edition__year=2026, latitude__isnull=False, starts_at__gt=NOW)
    event = current.select_related("organization").order_by("pk").first()
    if not User.objects.filter(email=MODERATOR).exists():
        call_command("add_moderator", MODERATOR, "--national", verbosity=0)
    published = Event.objects.published().count()
    upcoming = Event.objects.published().filter(edition__year=2026, ends_at__gte=NOW).count()
    return {
        "event_url": event.get_absolute_url(),
        "organization_url": event.organization.get_absolute_url(),
        "moderator": User.objects.get(email=MODERATOR),
        "published": published,
        "far_page": max(1, min(40, upcoming // 24 - 1)),
    }
