"""The header and footer entries, on every page: they cost no database query."""

import functools
import json
from pathlib import Path

from django.urls import reverse
from django.utils.text import slugify

from core.text import fold

REFERENCE_REGIONS = Path(__file__).resolve().parent.parent / "regions" / "data" / "regions.json"


@functools.cache
def footer_regions() -> list[tuple[str, str]]:
    """(name, URL) of the 18 regions, read from the reference data that the regions migration loads.

    The footer is on every page: reading the shipped file once per process keeps its region links
    from adding a query to every page. Region slugs are slugify(name), as the migration makes them.
    """
    rows = json.loads(REFERENCE_REGIONS.read_text(encoding="utf-8"))
    names = sorted((row["name"] for row in rows), key=fold)  # « Île-de-France » sorts with the I
    return [(name, reverse("regions:detail", kwargs={"slug": slugify(name)})) for name in names]


def current_marker(path: str, href: str) -> str:
    """aria-current for a navigation link: "page" on the page itself, "true" inside its section."""
    if path == href:
        return "page"
    if href != "/" and path.startswith(href):
        return "true"
    return ""
