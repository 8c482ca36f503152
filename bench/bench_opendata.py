"""Benchmark: the open-data outputs for one edition's worth of events (2 500 by default).

    python bench/bench_opendata.py                       # SQLite, /tmp/moisess-bench-opendata.sqlite3
    BENCH_EVENTS=10000 python bench/bench_opendata.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/moisess_bench_opendata python bench/bench_opendata.py

Medians over a few runs through Django's test client: queries, Python and serialisation, no network.
"""

import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/moisess-bench-opendata.sqlite3")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moisess.settings")
os.environ["ALLOWED_HOSTS"] = "testserver,localhost"

import django

django.setup()

import time_machine  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402

from events.models import Audience, Edition, Event, EventType, Theme, TimeSlot  # noqa: E402
from events.services import refresh_event_dates  # noqa: E402
from organizations.models import LegalForm, Organization  # noqa: E402
from regions.models import Department  # noqa: E402

EVENTS = int(os.environ.get("BENCH_EVENTS", "2500"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
NOW = datetime.datetime(2026, 11, 10, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


def populate(count: int) -> None:
    rng = random.Random(6)
    edition = Edition.objects.get(year=2026)
    departments = list(Department.objects.select_related("region"))
    types, themes, audiences = list(EventType.objects.all()), list(Theme.objects.all()), list(Audience.objects.all())
    with transaction.atomic():
        organizations = Organization.objects.bulk_create(
            Organization(name=f"Organisation {i}", slug=f"bench-od-{i}", legal_form=LegalForm.ASSOCIATION)
            for i in range(max(1, count // 4))
        )
        for i in range(count):
            department = rng.choice(departments)
            online = rng.random() < 0.1
            event = Event.objects.create(
                organization=rng.choice(organizations),
                edition=edition,
                title=f"Atelier solidaire n°{i}",
                slug=f"bench-od-{i}",
                summary="Un rendez-vous de l’économie sociale et solidaire.",
                description="Présentation, échanges et visite. " * 5,
                state=Event.State.PUBLISHED,
                published_at=NOW,
                attendance_mode=Event.AttendanceMode.ONLINE if online else Event.AttendanceMode.ON_SITE,
                online_url="https://visio.example.org/" if online else "",
                region=department.region,
                department=department,
                city=department.prefecture,
                latitude=None if online else department.latitude,
                longitude=None if online else department.longitude,
                event_type=rng.choice(types),
            )
            tz = ZoneInfo(department.region.timezone)
            days = rng.sample(range(11, 31), 1 if rng.random() < 0.8 else 3)
            TimeSlot.objects.bulk_create(
                TimeSlot(
                    event=event,
                    starts_at=datetime.datetime(2026, 11, d, 18, tzinfo=tz),
                    ends_at=datetime.datetime(2026, 11, d, 20, tzinfo=tz),
                )
                for d in days
            )
            refresh_event_dates(event=event)
            event.themes.set(rng.sample(themes, 2))
            event.audiences.set([rng.choice(audiences)])


def measure(client: Client, url: str, **headers) -> tuple[float, int, int]:
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000, response.status_code, len(response.content)


def main() -> None:
    call_command("migrate", verbosity=0)
    missing = EVENTS - Event.objects.count()
    if missing > 0:
        print(f"Creating {missing} events…", flush=True)
        populate(missing)
    client = Client()
    outputs = [
        ("API, first page (50)", "/api/evenements"),
        ("API, 200 per page", "/api/evenements?par_page=200"),
        ("API, one region", "/api/evenements?region=bretagne"),
        ("iCalendar, every event", "/evenements/calendrier.ics"),
        ("iCalendar, one region", "/evenements/calendrier.ics?region=bretagne"),
        ("RSS (50 latest)", "/evenements/flux.xml"),
        ("CSV, every event", "/evenements/export.csv"),
        ("widget, 10 events", "/widget/"),
        ("sitemap.xml", "/sitemap.xml"),
    ]
    with time_machine.travel(NOW, tick=True):
        print(f"{'what':32} {'ms':>8} {'status':>6} {'bytes':>10}")
        for label, url in [
            ("iCalendar, first build", "/evenements/calendrier.ics?passes=1"),
            ("CSV, first build", "/evenements/export.csv?passes=1"),
        ]:
            started = time.perf_counter()
            response = client.get(url)
            print(
                f"{label:32} {(time.perf_counter() - started) * 1000:8.0f} {response.status_code:6} {len(response.content):10}"
            )
        for label, url in outputs:
            ms, status, size = measure(client, url)
            print(f"{label:32} {ms:8.0f} {status:6} {size:10}")
        # measure() keeps the median: after the first run, the whole-edition files come from the cache.
        for label, url in [("API, revalidation", "/api/evenements"), ("CSV, revalidation", "/evenements/export.csv")]:
            etag = client.get(url)["ETag"]
            ms, status, size = measure(client, url, if_none_match=etag)
            print(f"{label:32} {ms:8.0f} {status:6} {size:10}")


if __name__ == "__main__":
    main()
