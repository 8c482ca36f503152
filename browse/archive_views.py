"""The archive of the editions: /editions/ (every edition with its figures) and /editions/<year>/ (one
edition: figures, themes, regions compared with the previous edition, a selection of its events, links to
its list, map and regional programmes)."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from core import httpcache
from events import archive, caching, editions
from events.models import Edition


@require_safe
def edition_list(request):
    rows = list(Edition.objects.order_by("-year"))
    # Every edition's figures read all the published events: shared by every visitor until something changes.
    figures = httpcache.get_or_compute(f"editions:figures:{caching.public_version()}", archive.figures_by_edition)
    today = timezone.localdate()
    empty = archive.edition_figures(None)
    items = [
        {"edition": edition, "figures": figures.get(edition.year, empty), "phase": editions.phase_of(edition, today)}
        for edition in rows
    ]
    return render(request, "events/editions.html", {"items": items})


@require_safe
def edition_detail(request, year):
    edition = editions.edition_for_year(year)
    if edition is None:
        raise Http404("No such edition")
    previous = editions.previous_edition(edition)
    return render(
        request,
        "events/edition.html",
        {
            "edition": edition,
            "phase": editions.phase_of(edition, timezone.localdate()),
            "previous": previous,
            "figures": archive.edition_figures(edition),
            "previous_figures": archive.edition_figures(previous) if previous else None,
            "regions": archive.region_rows(edition, previous),
            "themes": archive.theme_rows(edition, previous),
            "selection": archive.selection(edition),
        },
    )
