"""`make bench-browser`: what a visitor's browser gets from `make serve`, measured in Chromium.

For each page, a fresh browser context (empty browser cache, as a first visit) opens the page through
the proxy over HTTPS and records:

- **transferred**: the bytes that came over the network for the page and everything it loaded
  (headers and compressed bodies), the map tiles excepted (they come from the tile server: blocked
  here, this machine has no internet);
- **requests** and the time to the `load` event;
- on the map pages, **time to markers**: from the moment the last GeoJSON answer has arrived
  (Resource Timing's `responseEnd`) to the moment the first marker or cluster is in the page (a
  MutationObserver), and how many were drawn.

Medians of --runs runs; printed as Markdown and written to bench/results/browser.md. Needs Chromium
(`apt-get install chromium`) and `make serve` running (with `make load`'s data for realistic sizes).
"""

import argparse
import statistics
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
CHROMIUM = "/usr/bin/chromium"
PAGES = {
    "list": "/evenements/",
    "list, one region": "/evenements/?region=bretagne",
    "map": "/carte/",
    "map, one region": "/carte/?region=bretagne",
    "event": None,  # the first event of the list
    "home": "/",
}
MAP_PAGES = {"map", "map, one region", "list", "list, one region"}

WATCH_MARKERS = """
window.__markersAt = null;
new MutationObserver((changes, observer) => {
  if (document.querySelector(".leaflet-marker-icon, .map-cluster")) {
    window.__markersAt = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""

MARKER_FIGURES = """
() => {
  const data = performance.getEntriesByType("resource").filter((entry) => entry.name.includes("carte.geojson"));
  const arrived = data.length ? Math.max(...data.map((entry) => entry.responseEnd)) : null;
  return {
    arrived,
    drawn: window.__markersAt,
    markers: document.querySelectorAll(".leaflet-marker-icon, .map-cluster").length,
    geojson: data.reduce((total, entry) => total + entry.transferSize, 0),
  };
}
"""


def visit(browser, site: str, path: str) -> dict:
    host = urlparse(site).netloc
    context = browser.new_context(ignore_https_errors=True, locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.add_init_script(WATCH_MARKERS)
    # The tiles (and anything else off this machine) are refused: they are not the site's weight.
    page.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).netloc == host else route.abort())
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(site + path, wait_until="load")
    page.wait_for_load_state("networkidle")
    figures = {
        "requests": len(finished),
        "load_ms": page.evaluate("performance.timing.loadEventEnd - performance.timing.navigationStart"),
    }
    sizes = [request.sizes() for request in finished]
    figures["transferred"] = sum(size["responseBodySize"] + size["responseHeadersSize"] for size in sizes)
    markers = page.evaluate(MARKER_FIGURES)
    if markers["arrived"] is not None and markers["drawn"] is not None:
        # Markers may be drawn from data of an earlier answer; never report a negative time.
        figures["markers_ms"] = max(0.0, markers["drawn"] - markers["arrived"])
        figures["markers"] = markers["markers"]
        figures["geojson"] = markers["geojson"]
    context.close()
    return figures


def first_event(browser, site: str) -> str:
    context = browser.new_context(ignore_https_errors=True)
    page = context.new_page()
    page.goto(site + "/evenements/")
    href = page.locator("main a[href^='/evenements/'][href$='/']").evaluate_all(
        "links => links.map((link) => link.getAttribute('href')).find((href) => href.split('/').length === 4)"
    )
    context.close()
    return href or "/evenements/"


def median(rows: list[dict], key: str):
    values = [row[key] for row in rows if key in row]
    return statistics.median(values) if values else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="https://127.0.0.1:8443")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"No Chromium at {CHROMIUM} (apt-get install chromium).")
    from playwright.sync_api import sync_playwright

    lines = [
        "| Page | Transferred (KB) | Requests | Load (ms) | GeoJSON (KB) | Markers | Data → markers (ms) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            visit(browser, args.site, "/")  # the server's own first request is not a visitor's
            for name, path in PAGES.items():
                path = path or first_event(browser, args.site)
                rows = [visit(browser, args.site, path) for _ in range(args.runs)]
                geojson, markers, drawn = median(rows, "geojson"), median(rows, "markers"), median(rows, "markers_ms")
                lines.append(
                    f"| {name} (`{path}`) | {median(rows, 'transferred') / 1024:.0f} | {median(rows, 'requests'):.0f} "
                    f"| {median(rows, 'load_ms'):.0f} | {'' if geojson is None else f'{geojson / 1024:.1f}'} "
                    f"| {'' if markers is None else f'{markers:.0f}'} | {'' if drawn is None else f'{drawn:.0f}'} |"
                )
        finally:
            browser.close()
    report = (
        "\n".join(lines)
        + f"\n\nChromium, headless, 1280×900, a fresh context per visit; medians of {args.runs} visits.\n"
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "browser.md").write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
