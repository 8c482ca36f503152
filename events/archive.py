"""The figures of the editions, public: the archive (/editions/, /editions/<year>/) and the home page after
an edition.

Each function about one edition filters on it (the index on edition, state, start); only
``figures_by_edition`` reads every edition's events, for the archive's index, and its caller caches it.
"""

from django.db.models import Case, Count, Q, Value, When

from regions.models import Region

from . import masks
from .filters import public_events
from .models import Edition, Event, Theme

SELECTION_SIZE = 6


def _published(edition: Edition):
    return Event.objects.published().for_edition(edition)


def edition_figures(edition: Edition | None) -> dict:
    """Published events, organisations, regions and departments reached by the edition (one query)."""
    if edition is None:
        return {"events": 0, "organizations": 0, "regions": 0, "departments": 0}
    return _published(edition).aggregate(
        events=Count("id"),
        organizations=Count("organization", distinct=True),
        regions=Count("region", distinct=True),
        # Online events have no department: Count leaves them out.
        departments=Count("department", distinct=True),
    )


def figures_by_edition() -> dict[int, dict]:
    """edition_figures() of every edition, by year (one grouped query)."""
    rows = (
        Event.objects.published()
        .order_by()
        .values("edition__year")
        .annotate(
            events=Count("id"),
            organizations=Count("organization", distinct=True),
            regions=Count("region", distinct=True),
            departments=Count("department", distinct=True),
        )
    )
    return {row.pop("edition__year"): row for row in rows}


def _per(edition: Edition | None, group: str) -> dict:
    if edition is None:
        return {}
    rows = (
        _published(edition)
        .order_by()
        .values(group)
        .annotate(
            events=Count("id", distinct=True),
            organizations=Count("organization", distinct=True),
            departments=Count("department", distinct=True),
        )
    )
    return {row.pop(group): row for row in rows}


def region_rows(edition: Edition, previous: Edition | None) -> list[dict]:
    """Every region with the edition's events, organisations and departments reached, and the previous
    edition's figures for the year-on-year comparison (two grouped queries)."""
    now, before = _per(edition, "region"), _per(previous, "region")
    empty = {"events": 0, "organizations": 0, "departments": 0}
    rows = [
        {"region": region, "figures": now.get(region.pk, empty), "previous": before.get(region.pk, empty)}
        for region in Region.objects.order_by("name")
    ]
    return rows


def theme_rows(edition: Edition, previous: Edition | None) -> list[dict]:
    """Every theme with the edition's figures and the previous edition's (two grouped queries)."""
    now, before = _per(edition, "themes"), _per(previous, "themes")
    empty = {"events": 0, "organizations": 0, "departments": 0}
    return [
        {"theme": theme, "figures": now.get(theme.pk, empty), "previous": before.get(theme.pk, empty)}
        for theme in Theme.objects.order_by("position", "name")
    ]


def theme_counts(edition: Edition | None, *, upcoming_after=None) -> list[Theme]:
    """The themes with ``n_events``: the edition's published events (only those not ended at
    ``upcoming_after`` when given). Counted from the edition's events (its index), not over every edition."""
    themes = list(Theme.objects.order_by("position", "name"))
    counts = {}
    if edition is not None:
        events = _published(edition)
        if upcoming_after is not None:
            events = events.upcoming(upcoming_after)
        if masks.usable(theme.pk for theme in themes):
            # One pass over the edition's covering index, a conditional count per theme (events.masks).
            counts = events.order_by().aggregate(
                **{f"theme_{theme.pk}": Count("pk", filter=Q(masks.has("theme_mask", theme.pk))) for theme in themes}
            )
            counts = {theme.pk: counts[f"theme_{theme.pk}"] for theme in themes}
        else:
            rows = (
                Event.themes.through.objects.filter(event__in=events.order_by().values("pk"))
                .values("theme_id")
                .annotate(n=Count("event_id"))
            )
            counts = {row["theme_id"]: row["n"] for row in rows}
    for theme in themes:
        theme.n_events = counts.get(theme.pk, 0)
    return themes


def selection(edition: Edition | None, *, size: int = SELECTION_SIZE):
    """A few of the edition's events to show it: those with an image first, then the first days'."""
    if edition is None:
        return []
    without_image = Case(When(image="", then=Value(1)), default=Value(0))
    return list(public_events().for_edition(edition).order_by(without_image, "starts_at", "id")[:size])
