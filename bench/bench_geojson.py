"""Benchmark: the events list page and the map's GeoJSON with 50 000 events.

    make bench                              # SQLite, in /tmp/moisess-bench.sqlite3 (built once, ~1 min)
    BENCH_EVENTS=20000 make bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/moisess_bench make bench

Figures come from Django's test client (no network, no browser), so they measure the view: queries,
Python and serialisation. « cold » is the first run on an empty cache, « warm » the median of the next ones
(facet counts and GeoJSON collections then come from the cache). The clock is set inside the 2026 edition.
"""

import datetime
import gzip
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/moisess-bench.sqlite3")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moisess.settings")
os.environ["ALLOWED_HOSTS"] = "testserver,localhost"

import django

django.setup()

import time_machine  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402

from events import masks  # noqa: E402
from events.models import Audience, Edition, Event, EventType, Theme, TimeSlot  # noqa: E402
from organizations.models import LegalForm, Organization  # noqa: E402
from regions.models import Department  # noqa: E402

EVENTS = int(os.environ.get("BENCH_EVENTS", "50000"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
NOW = datetime.datetime(2026, 11, 10, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
WORDS = ["Atelier", "Conférence", "Visite", "Forum", "Projection", "Balade", "Rencontre", "Collecte"]
TOPICS = ["économie circulaire", "finance solidaire", "coopération", "alimentation durable", "insertion"]


def populate(count: int) -> None:
    rng = random.Random(2026)
    edition = Edition.objects.get(year=2026)
    departments = list(Department.objects.select_related("region"))
    types = list(EventType.objects.all())
    themes = list(Theme.objects.all())
    audiences = list(Audience.objects.all())
    with transaction.atomic():
        organizations = Organization.objects.bulk_create(
            Organization(name=f"Organisation {i}", slug=f"bench-organisation-{i}", legal_form=LegalForm.ASSOCIATION)
            for i in range(count // 25)
        )
        events = []
        chosen = []  # each event's themes and public
        for i in range(count):
            department = rng.choice(departments)
            online = rng.random() < 0.1
            chosen.append((rng.sample(themes, 2), rng.choice(audiences)))
            title = f"{rng.choice(WORDS)} {rng.choice(TOPICS)} n°{i}"
            events.append(
                Event(
                    organization=rng.choice(organizations),
                    edition=edition,
                    title=title,
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
            for _ in range(1 if rng.random() < 0.8 else 3):
                start = datetime.datetime(2026, 11, rng.randint(1, 30), rng.choice([9, 14, 18]), tzinfo=tz)
                slots.append(TimeSlot(event=event, starts_at=start, ends_at=start + datetime.timedelta(hours=2)))
            for theme in event_themes:
                theme_links.append(Event.themes.through(event_id=event.pk, theme_id=theme.pk))
            audience_links.append(Event.audiences.through(event_id=event.pk, audience_id=audience.pk))
        TimeSlot.objects.bulk_create(slots, batch_size=5000, ignore_conflicts=True)
        Event.themes.through.objects.bulk_create(theme_links, batch_size=5000)
        Event.audiences.through.objects.bulk_create(audience_links, batch_size=5000)
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE events_event SET starts_at = (SELECT MIN(starts_at) FROM events_timeslot s WHERE s.event_id = events_event.id),"
                " ends_at = (SELECT MAX(ends_at) FROM events_timeslot s WHERE s.event_id = events_event.id)"
            )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # statistics and visibility map, as autovacuum gives them


def measure(client: Client, url: str, **headers) -> tuple[float, float, int, int]:
    """The first run (empty cache) and the median of the others (facet counts and GeoJSON cached)."""
    cache.clear()
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        timings.append(time.perf_counter() - started)
    warm = statistics.median(timings[1:]) if len(timings) > 1 else timings[0]
    return timings[0] * 1000, warm * 1000, response.status_code, len(response.content)


def main() -> None:
    call_command("migrate", verbosity=0)
    existing = Event.objects.count()
    if existing < EVENTS:
        print(f"Creating {EVENTS - existing} events in {connection.vendor}…", flush=True)
        started = time.perf_counter()
        populate(EVENTS - existing)
        print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)
    published = Event.objects.published().count()
    print(f"{connection.vendor}: {Event.objects.count()} events ({published} published), {RUNS} runs, median\n")
    client = Client()
    pages = [
        ("list page", "/evenements/"),
        ("list, theme + free", "/evenements/?theme=finance-solidaire&gratuit=1"),
        ("list, text search", "/evenements/?q=economie+circulaire"),
        ("list, 30 km around 35000 by distance", "/evenements/?autour=35000&rayon=30&tri=distance"),
        ("list, page 50", "/evenements/?page=50"),
        ("GeoJSON, every event", "/evenements/carte.geojson"),
        ("GeoJSON, theme", "/evenements/carte.geojson?theme=finance-solidaire"),
        ("GeoJSON, clustered France zoom 6", "/evenements/carte.geojson?bbox=-5.5,41,10,51.5&zoom=6"),
        ("GeoJSON, clustered Bretagne zoom 9", "/evenements/carte.geojson?bbox=-5.2,47.2,-1,48.95&zoom=9"),
    ]
    with time_machine.travel(NOW, tick=True):
        client.get("/evenements/")  # warm-up: postal codes, templates
        print(f"{'what':45} {'cold ms':>8} {'warm ms':>8} {'status':>6} {'bytes':>10}")
        for label, url in pages:
            cold, warm, status, size = measure(client, url)
            print(f"{label:45} {cold:8.0f} {warm:8.0f} {status:6} {size:10}")
        full = client.get("/evenements/carte.geojson", headers={"accept-encoding": "gzip"})
        features = len(json.loads(gzip.decompress(full.content))["features"])
        print(f"\nThe full collection: {features} features, {len(full.content)} bytes gzipped.")
        etag = full["ETag"]
        _cold, warm, status, size = measure(client, "/evenements/carte.geojson", if_none_match=etag)
        print(f"{'GeoJSON, revalidation (If-None-Match)':45} {'':8} {warm:8.0f} {status:6} {size:10}")


if __name__ == "__main__":
    main()
