"""The benchmark of issue 16: what visitors get, measured against Django's floor.

    make bench                                   # PostgreSQL + Redis, then SQLite; 2 000, 20 000, 50 000 events
    make bench BENCH_SIZES=2000,20000            # fewer sizes
    python bench/bench.py --sizes 2000 --databases sqlite --runs 3

For each database and size, a child process seeds a database of its own (kept between runs: seeded
once), freezes the clock inside the current edition and measures, interleaved in each round, the floor
(the base template through the same middleware and context processors, no view logic) and every page:
« cold » is a request on an empty cache, « warm » the same request right after (anonymous visitors then
get the shared cache of whole responses). For each page: median and p95 of both, queries, bytes
(and gzipped), peak memory of the exports, ratio to the floor's median. Results go to
``bench/results.json`` and the table between the markers of ``docs/performance.md``.

Settings as in production: ``DEBUG`` off, hashed static files (collected once into a temporary folder),
Redis as the cache when ``REDIS_URL`` is given (PostgreSQL run), Django's local memory cache otherwise.
Figures come from Django's test client (no network, no browser): they measure the application.
"""

import argparse
import contextlib
import datetime
import gzip
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
DOC = ROOT / "docs" / "performance.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/moisess_bench"
DEFAULT_REDIS = "redis://127.0.0.1:6379/9"


# -- The driver ------------------------------------------------------------------------------------------


def _postgres_url(base: str, events: int) -> str:
    return f"{base}_{events}"


def _create_postgres_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    server = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def _child(database: str, events: int, runs: int, redis: str) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DEBUG": "0",
            "SECRET_KEY": "bench",
            "ALLOWED_HOSTS": "testserver,localhost",
            "STATIC_ROOT": "/tmp/moisess-bench-static",
            "BACKGROUND_JOBS": "0",
            "SESSION_COOKIE_SECURE": "0",
            "CSRF_COOKIE_SECURE": "0",
            "SECURE_SSL_REDIRECT": "0",
            "LOG_LEVEL": "ERROR",
        }
    )
    if database == "postgresql":
        url = _postgres_url(os.environ.get("BENCH_DATABASE_URL", DEFAULT_POSTGRES), events)
        _create_postgres_database(url)
        env["DATABASE_URL"] = url
        env["REDIS_URL"] = redis
    else:
        env["DATABASE_URL"] = f"sqlite:////tmp/moisess-bench-{events}.sqlite3"
        env.pop("REDIS_URL", None)
    command = [sys.executable, __file__, "--child", "--events", str(events), "--runs", str(runs)]
    output = subprocess.run(command, env=env, check=True, capture_output=True, text=True, cwd=ROOT)
    sys.stderr.write(output.stderr)
    return json.loads(output.stdout.strip().splitlines()[-1])


def _machine() -> dict:
    cpu = ""
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": platform.platform(),
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }


def _growth(runs: list[dict]) -> dict:
    growth = {}
    for database in {run["database"] for run in runs}:
        mine = sorted((run for run in runs if run["database"] == database), key=lambda run: run["events"])
        if len(mine) < 2:
            continue
        small, large = mine[0], mine[-1]
        key = f"{database} {small['events']} → {large['events']}"
        growth[key] = {
            name: {
                "cold": round(large["pages"][name]["cold_ms"] / max(page["cold_ms"], 0.01), 2),
                "warm": round(large["pages"][name]["warm_ms"] / max(page["warm_ms"], 0.01), 2),
            }
            for name, page in small["pages"].items()
        }
    return growth


def _table(results: dict) -> str:
    lines = [
        f"Machine: {results['machine']['cpu']} ({results['machine']['cores']} cores), Python "
        f"{results['machine']['python']}, {results['machine']['date']}.",
        "",
    ]
    for run in results["runs"]:
        floor = run["floor_ms"]
        lines += [
            f"**{run['database']}, {run['events']} events** ({run['published']} published, cache: {run['cache']}; "
            f"floor {floor:.2f} ms)",
            "",
            "| page | cold ms (p95) | warm ms (p95) | cold × floor | warm × floor | queries cold / warm | KB (gzip) |",
            "|---|---|---|---|---|---|---|",
        ]
        for name, page in run["pages"].items():
            lines.append(
                f"| {name} | {page['cold_ms']:.1f} ({page['cold_p95_ms']:.1f}) | {page['warm_ms']:.1f} "
                f"({page['warm_p95_ms']:.1f}) | {page['cold_ratio']:.1f} | {page['warm_ratio']:.1f} | "
                f"{page['queries_cold']} / {page['queries_warm']} | {page['bytes'] / 1024:.0f} "
                f"({page['gzip_bytes'] / 1024:.0f}){_memory(page)} |"
            )
        lines.append("")
    for key, pages in results["growth"].items():
        lines += [f"**Growth {key}** (median at the larger size ÷ median at the smaller)", ""]
        lines += ["| page | cold | warm |", "|---|---|---|"]
        lines += [f"| {name} | {g['cold']:.2f} | {g['warm']:.2f} |" for name, g in pages.items()]
        lines.append("")
    return "\n".join(lines)


def _memory(page: dict) -> str:
    return f", peak {page['peak_kb'] / 1024:.1f} MB" if page.get("peak_kb") is not None else ""


def _write_doc(table: str) -> None:
    text = DOC.read_text()
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1]
        DOC.write_text(f"{before}{START}\n{table}\n{END}{after}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "2000,20000,50000"))
    parser.add_argument("--databases", default=os.environ.get("BENCH_DATABASES", "postgresql,sqlite"))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")))
    parser.add_argument("--redis", default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS))
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite the table of docs/performance.md")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--events", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        print(json.dumps(Measure(arguments.events, arguments.runs).run()))
        return
    runs = []
    for database in arguments.databases.split(","):
        for events in (int(size) for size in arguments.sizes.split(",")):
            print(f"{database}, {events} events…", file=sys.stderr, flush=True)
            runs.append(_child(database, events, arguments.runs, arguments.redis))
            # Written after each size: a long run stopped halfway still leaves its figures.
            results = {"machine": _machine(), "runs": runs, "growth": _growth(runs)}
            RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    table = _table(results)
    print(table)
    if not arguments.no_doc:
        _write_doc(table)


# -- The child: one database, one size ------------------------------------------------------------------


class Measure:
    def __init__(self, events: int, runs: int):
        sys.path.insert(0, str(ROOT))
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moisess.settings")
        import django

        django.setup()
        self.events, self.runs = events, runs

    def run(self) -> dict:
        import time_machine
        from django.conf import settings
        from django.core.cache import cache
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client
        from django.urls import clear_url_caches

        from bench import seed

        call_command("migrate", verbosity=0)
        call_command("collectstatic", verbosity=0, interactive=False)
        started = time.perf_counter()
        if seed.seeded() != self.events:
            seed.seed(self.events)
            print(f"  seeded in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        settings.ROOT_URLCONF = "bench.urls"
        clear_url_caches()
        targets = seed.targets()
        anonymous, moderator = Client(), Client()
        moderator.force_login(targets["moderator"])
        pages = [
            ("home", anonymous, "/"),
            ("list", anonymous, "/evenements/"),
            (
                "list, region + theme + free",
                anonymous,
                "/evenements/?region=bretagne&theme=finance-solidaire&gratuit=1",
            ),
            ("list, text search", anonymous, "/evenements/?q=economie+circulaire"),
            ("list, 20 km around", anonymous, "/evenements/?autour=35000&rayon=20"),
            ("list, far page", anonymous, f"/evenements/?page={targets['far_page']}"),
            ("event", anonymous, targets["event_url"]),
            ("region", anonymous, "/regions/bretagne/"),
            ("organisation", anonymous, targets["organization_url"]),
            ("GeoJSON clustered (France, zoom 6)", anonymous, "/evenements/carte.geojson?bbox=-5.5,41,10,51.5&zoom=6"),
            ("GeoJSON full", anonymous, "/evenements/carte.geojson"),
            ("API first page", anonymous, "/api/evenements"),
            ("CSV export", anonymous, "/evenements/export.csv"),
            ("iCalendar export", anonymous, "/evenements/calendrier.ics"),
            ("moderator changelist", moderator, "/admin/events/event/"),
        ]
        floor = []
        samples = {name: {"cold": [], "warm": []} for name, _client, _url in pages}
        with time_machine.travel(seed.NOW, tick=True):
            for _client, url in ((anonymous, "/__floor__/"), *((c, u) for _n, c, u in pages)):
                _client.get(url)  # templates, postal codes, connections
            for _round in range(self.runs):
                for name, client, url in pages:
                    floor.append(_timed(client, "/__floor__/")[0])
                    cache.clear()
                    samples[name]["cold"].append(_timed(client, url)[0])
                    samples[name]["warm"].append(_timed(client, url)[0])
            floor_ms = statistics.median(floor)
            result = {}
            for name, client, url in pages:
                cache.clear()
                cold_queries, status, body = _counted(client, url)
                warm_queries, _status, _body = _counted(client, url)
                page = {
                    "url": url,
                    "status": status,
                    "cold_ms": statistics.median(samples[name]["cold"]),
                    "cold_p95_ms": _p95(samples[name]["cold"]),
                    "warm_ms": statistics.median(samples[name]["warm"]),
                    "warm_p95_ms": _p95(samples[name]["warm"]),
                    "queries_cold": cold_queries,
                    "queries_warm": warm_queries,
                    "bytes": len(body),
                    "gzip_bytes": len(gzip.compress(body, 6)),
                }
                page["cold_ratio"] = round(page["cold_ms"] / floor_ms, 1)
                page["warm_ratio"] = round(page["warm_ms"] / floor_ms, 1)
                if "export" in name:
                    page["peak_kb"] = _peak_kb(client, url)
                result[name] = page
        return {
            "database": connection.vendor,
            "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[1],
            "events": self.events,
            "published": targets["published"],
            "runs": self.runs,
            "floor_ms": floor_ms,
            "pages": result,
        }


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def _timed(client, url) -> tuple[float, bytes]:
    started = time.perf_counter()
    response = client.get(url)
    body = _body(response)
    return (time.perf_counter() - started) * 1000, body


def _counted(client, url) -> tuple[int, int, bytes]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        body = _body(response)
    return len(queries), response.status_code, body


def _peak_kb(client, url) -> float:
    """The peak of Python's allocations while the export is produced and read (an empty cache)."""
    import tracemalloc

    from django.core.cache import cache

    cache.clear()
    tracemalloc.start()
    response = client.get(url)
    size = 0
    for chunk in response.streaming_content if response.streaming else [response.content]:
        size += len(chunk)  # what a server does: send each chunk, keep none
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return round(peak / 1024)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


if __name__ == "__main__":
    main()
