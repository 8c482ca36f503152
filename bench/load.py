"""`make load`: a bounded load test of `make serve`, with locust, headless, on loopback.

Seeds the database up to --events events in the current edition (seed_demo), warms the caches
for --warmup seconds, then runs bench/locustfile.py's November mix for --duration with --users
simulated people, and prints throughput, p50/p95/p99 and errors per page family (Markdown, also
written to bench/results/load.md). Stops by itself; sends nothing off this machine.
"""

import argparse
import csv
import json
import os
import platform
import ssl
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / ".serve"
RESULTS = ROOT / "bench" / "results"
DEMO_PASSWORD = "demo-mois-ess"  # events/management/commands/seed_demo.py

DATA_SCRIPT = """
import json
from django.contrib.auth import get_user_model
from events.models import Edition, Event, EventType, Theme
from regions.models import Region
edition = Edition.current()
events = Event.objects.filter(edition=edition)
published = events.filter(state=Event.State.PUBLISHED)
owners = get_user_model().objects.filter(email__endswith="@demo.mois-ess.fr", memberships__isnull=False).distinct()
print(json.dumps({
    "year": edition.year,
    "count": events.count(),
    "regions": list(Region.objects.values_list("slug", flat=True)),
    "themes": list(Theme.objects.values_list("slug", flat=True)),
    "theme_ids": list(Theme.objects.values_list("pk", flat=True)),
    "types": list(EventType.objects.values_list("slug", flat=True)),
    "type_ids": list(EventType.objects.values_list("pk", flat=True)),
    "events": list(published.order_by("?").values_list("slug", flat=True)[:3000]),
    "accounts": list(owners.order_by("?").values_list("email", flat=True)[:200]),
}))
"""


def django_env(args) -> dict:
    key = STATE / "secret-key"
    if not key.exists():
        sys.exit("Start `make serve` first (in another terminal): make load measures it.")
    return {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or key.read_text().strip(),
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "ERROR",
    }


def manage(env, *command, capture=False) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=capture, text=True
    )
    return result.stdout if capture else ""


def site_data(env) -> dict:
    return json.loads(manage(env, "shell", "-c", DATA_SCRIPT, capture=True).strip().splitlines()[-1])


def locust(args, data, *, duration: str, csv_prefix: Path | None) -> None:
    data_file = RESULTS / "load-data.json"
    data_file.write_text(json.dumps(data))
    env = {
        **os.environ,
        "LOAD_DATA": str(data_file),
        "LOAD_PASSWORD": DEMO_PASSWORD,
        "LOAD_CAFILE": str(STATE / "tls" / "cert.pem"),
    }
    command = [sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
               "--host", args.site, "--users", str(args.users), "--spawn-rate", str(args.spawn_rate),
               "--run-time", duration, "--stop-timeout", "10", "--only-summary", "--loglevel", "WARNING"]  # fmt: skip
    if csv_prefix:
        command += ["--csv", str(csv_prefix)]
    subprocess.run(command, cwd=ROOT, env=env, check=False, stdout=subprocess.DEVNULL)


def table(csv_prefix: Path) -> str:
    with open(f"{csv_prefix}_stats.csv", encoding="utf-8") as stats:
        rows = list(csv.DictReader(stats))
    lines = [
        "| Page family | Requests | Req/s | p50 ms | p95 ms | p99 ms | Errors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in sorted(rows, key=lambda row: (row["Name"] == "Aggregated", -int(row["Request Count"]))):
        name = "**all (mixed traffic)**" if row["Name"] == "Aggregated" else row["Name"]
        if row["Type"] == "POST":
            name += " (POST)"
        lines.append(
            f"| {name} | {row['Request Count']} | {float(row['Requests/s']):.1f} | {row['50%']} | {row['95%']} "
            f"| {row['99%']} | {row['Failure Count']} |"
        )
    return "\n".join(lines)


def machine(args, data) -> str:
    with open("/proc/cpuinfo") as info:
        cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), "?")
    workers = os.environ.get("WEB_CONCURRENCY") or f"{2 * os.cpu_count() + 1}"
    database = urlparse(args.database_url).scheme
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}; make serve: nginx, gunicorn "
        f"{workers} sync workers, {database} and Redis on the same machine; {data['count']} events in the "
        f"{data['year']} edition; {args.users} simulated people for {args.duration} after a {args.warmup} warm-up."
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="https://127.0.0.1:8443")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", ""))
    parser.add_argument("--events", type=int, default=20_000, help="events of the current edition to seed up to")
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--spawn-rate", type=int, default=10)
    parser.add_argument("--warmup", default="30s")
    parser.add_argument("--duration", default="90s")
    args = parser.parse_args()
    if not args.database_url:
        sys.exit("make load needs the DATABASE_URL of make serve.")
    context = ssl.create_default_context(cafile=str(STATE / "tls" / "cert.pem"))
    try:
        urllib.request.urlopen(f"{args.site}/sante/", timeout=10, context=context)
    except urllib.error.HTTPError:
        pass  # it answers (a site without /sante/, or one that says what fails)
    except OSError as error:
        sys.exit(f"{args.site} does not answer ({error}): start `make serve` first, in another terminal.")
    env = django_env(args)
    data = site_data(env)
    if data["count"] < args.events:
        print(f"Seeding {args.events} events (the database has {data['count']}): a few minutes, once.")
        manage(env, "seed_demo", "--events", str(args.events), "--force")
        data = site_data(env)
    RESULTS.mkdir(parents=True, exist_ok=True)
    print(f"Warming up for {args.warmup}…")
    locust(args, data, duration=args.warmup, csv_prefix=None)
    print(f"Measuring for {args.duration} with {args.users} simulated people…")
    prefix = RESULTS / "load"
    locust(args, data, duration=args.duration, csv_prefix=prefix)
    report = f"{table(prefix)}\n\n{machine(args, data)}\n"
    (RESULTS / "load.md").write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
