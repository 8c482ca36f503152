"""`make load`: a bounded load test of `make serve`, with locust, headless, on loopback.

Seeds the database up to --events events in the current edition (seed_demo), draws the pool of
addresses people visit (filter combinations, event pages, regions: bench/locustfile.py), warms the
caches by visiting each once, then runs the November mix for --duration with --users simulated people
(each a connection kept busy), and each of the main families alone for --solo seconds. Prints
throughput, p50/p95/p99 and errors per page family, and the ratio to the figures of issue 15's first
trial (Markdown, also written to bench/results/load.md). Stops by itself; sends nothing off this machine.
"""

import argparse
import csv
import json
import os
import platform
import random
import ssl
import subprocess
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlparse

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / ".serve"
RESULTS = ROOT / "bench" / "results"
DEMO_PASSWORD = "demo-mois-ess"  # events/management/commands/seed_demo.py
# The first trial under load (issue 15: gunicorn, 4 workers, 20 connections, before the shared cache),
# in requests per second: the comparison the table prints.
BEFORE = {"all": 22, "list (filters)": 12, "open data: API": 14}
# The families also measured alone, each for --solo seconds.
SOLO = {"floor": "floor", "list": "list (filters)", "event": "event page", "api": "open data: API"}
POOL_SIZES = {"list": 400, "map": 200, "event": 3000}
WORDS = ["atelier", "repair", "coopérative", "visite", "emploi", "solidaire"]

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
    "total": Event.objects.count(),
    "regions": list(Region.objects.values_list("slug", flat=True)),
    "themes": list(Theme.objects.values_list("slug", flat=True)),
    "theme_ids": list(Theme.objects.values_list("pk", flat=True)),
    "types": list(EventType.objects.values_list("slug", flat=True)),
    "type_ids": list(EventType.objects.values_list("pk", flat=True)),
    "events": list(published.order_by("?").values_list("slug", flat=True)[:3000]),
    "year_events": published.count(),
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


def filters(rng: random.Random, data: dict) -> str:
    """A filter combination as visitors build them: a region, often a theme or a type, sometimes words."""
    params = [f"region={rng.choice(data['regions'])}"]
    if rng.random() < 0.5:
        params.append(f"theme={rng.choice(data['themes'])}")
    if rng.random() < 0.3:
        params.append(f"type={rng.choice(data['types'])}")
    if rng.random() < 0.2:
        params.append("gratuit=on")
    if rng.random() < 0.15:
        params.append(f"q={quote(rng.choice(WORDS))}")
    if rng.random() < 0.2:
        params.append("page=2")
    return "&".join(params)


def url_pool(data: dict) -> dict[str, list[str]]:
    """The addresses of each family, drawn once (the same seed every run): what people share and revisit."""
    rng = random.Random(data["year"])
    regions = data["regions"]
    return {
        "list": sorted({f"/evenements/?{filters(rng, data)}" for _ in range(POOL_SIZES["list"])}),
        "map": sorted({f"/carte/?{filters(rng, data)}" for _ in range(POOL_SIZES["map"])}),
        "geojson": [f"/evenements/carte.geojson?region={region}&zoom=7" for region in regions],
        "event": [f"/evenements/{slug}/" for slug in data["events"][: POOL_SIZES["event"]]],
        "home": ["/"],
        "region": [f"/regions/{region}/" for region in regions],
        "api": [f"/api/evenements?region={region}" for region in regions],
        "rss": ["/evenements/flux.xml"],
        "ical": [f"/evenements/calendrier.ics?region={region}" for region in regions],
        "floor": ["/__floor__/"],
    }


def warm(args, pool: dict[str, list[str]]) -> int:
    """Visit every address of the pool once (4 at a time): what the shared cache holds on a November day."""
    context = ssl.create_default_context(cafile=str(STATE / "tls" / "cert.pem"))

    def visit(path: str) -> int:
        request = urllib.request.Request(args.site + path, headers={"Accept-Encoding": "gzip"})
        try:
            with urllib.request.urlopen(request, timeout=60, context=context) as response:
                response.read()
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    paths = [path for family in pool.values() for path in family]
    with ThreadPoolExecutor(max_workers=4) as executor:
        statuses = list(executor.map(visit, paths))
    return sum(status != 200 for status in statuses)


def locust(args, data, *, duration: str, csv_prefix: Path | None, only: str = "") -> None:
    data_file = RESULTS / "load-data.json"
    data_file.write_text(json.dumps(data))
    env = {
        **os.environ,
        "LOAD_DATA": str(data_file),
        "LOAD_PASSWORD": DEMO_PASSWORD,
        "LOAD_CAFILE": str(STATE / "tls" / "cert.pem"),
        "LOAD_THINK": str(args.think),
        "LOAD_ONLY": only,
    }
    command = [sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
               "--host", args.site, "--users", str(args.users), "--spawn-rate", str(args.spawn_rate),
               "--run-time", duration, "--stop-timeout", "10", "--only-summary", "--loglevel", "WARNING"]  # fmt: skip
    if csv_prefix:
        command += ["--csv", str(csv_prefix)]
    subprocess.run(command, cwd=ROOT, env=env, check=False, stdout=subprocess.DEVNULL)


def stats(csv_prefix: Path) -> list[dict]:
    with open(f"{csv_prefix}_stats.csv", encoding="utf-8") as stats:
        return list(csv.DictReader(stats))


def _row(name: str, row: dict, before: float | None, floor: float | None = None) -> str:
    rate = float(row["Requests/s"])
    ratio = f"{rate / before:.1f}×" if before else ""
    of_floor = f"{rate / floor:.2f}" if floor else ""
    return (
        f"| {name} | {row['Request Count']} | {rate:.1f} | {ratio} | {of_floor} | {row['50%']} | {row['95%']} "
        f"| {row['99%']} | {row['Failure Count']} |"
    )


HEADER = [
    "| Page family | Requests | Req/s | × first trial | ÷ floor | p50 ms | p95 ms | p99 ms | Errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
]


def table(rows: list[dict], solo: dict[str, dict]) -> str:
    """The mix, then each family alone with its throughput divided by the floor's (measured alone too)."""
    lines = list(HEADER)
    for row in sorted(rows, key=lambda row: (row["Name"] == "Aggregated", -int(row["Request Count"]))):
        if row["Name"] == "Aggregated":
            lines.append(_row("**all (mixed traffic)**", row, BEFORE["all"]))
            continue
        name = row["Name"] + (" (POST)" if row["Type"] == "POST" else "")
        lines.append(_row(name, row, None))
    floor = float(solo["floor"]["Requests/s"]) if "floor" in solo else None
    for name, row in solo.items():
        lines.append(_row(f"{name}, alone", row, BEFORE.get(name), None if name == "floor" else floor))
    return "\n".join(lines)


def machine(args, data) -> str:
    with open("/proc/cpuinfo") as info:
        cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), "?")
    workers = os.environ.get("WEB_CONCURRENCY") or f"{2 * os.cpu_count() + 1}"
    database = urlparse(args.database_url).scheme
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}; make serve: nginx, gunicorn "
        f"{workers} sync workers, {database} and Redis on the same machine; {data['total']} events in the "
        f"database, {data['count']} of them in the {data['year']} edition ({data['year_events']} published); {args.users} simulated people without pause "
        f"for {args.duration} after visiting the {data['pool_size']} addresses of the pool once, then each family "
        f"« alone » for {args.solo}."
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="https://127.0.0.1:8443")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", ""))
    parser.add_argument("--events", type=int, default=20_000, help="events of an edition to seed (seed_demo)")
    parser.add_argument("--users", type=int, default=20, help="simulated people, each a busy connection")
    parser.add_argument("--spawn-rate", type=int, default=20)
    parser.add_argument("--think", type=float, default=0, help="seconds of pause between two requests")
    parser.add_argument("--duration", default="60s")
    parser.add_argument("--solo", default="15s", help="how long each family is measured alone (0s: not)")
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
    # seed_demo puts --events in the edition under way, or, before it opens, a quarter in the coming
    # edition and the whole in the last one (with its archive): the database holds at least that many.
    if data["total"] < args.events:
        print(f"Seeding {args.events} events (the database has {data['total']}): a few minutes, once.")
        manage(env, "seed_demo", "--events", str(args.events), "--force")
        data = site_data(env)
    RESULTS.mkdir(parents=True, exist_ok=True)
    data["pool"] = url_pool(data)
    data["pool_size"] = sum(len(paths) for paths in data["pool"].values())
    print(f"Warming up: visiting the {data['pool_size']} addresses of the pool once…")
    failed = warm(args, data["pool"])
    if failed:
        print(f"{failed} addresses of the pool did not answer 200 during the warm-up.")
    print(f"Measuring for {args.duration} with {args.users} simulated people…")
    prefix = RESULTS / "load"
    locust(args, data, duration=args.duration, csv_prefix=prefix)
    solo = {}
    if args.solo not in {"0", "0s"}:
        for family, name in SOLO.items():
            print(f"{name}, alone, for {args.solo}…")
            locust(args, data, duration=args.solo, csv_prefix=RESULTS / f"load-{family}", only=family)
            solo[name] = next(row for row in stats(RESULTS / f"load-{family}") if row["Name"] == "Aggregated")
    report = f"{table(stats(prefix), solo)}\n\n{machine(args, data)}\n"
    (RESULTS / "load.md").write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
