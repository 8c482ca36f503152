"""The map's data: a compact GeoJSON FeatureCollection of the filtered events that have a place.

Unclustered by default (one Point per event). Given a bounding box and a zoom level, nearby events are
grouped on a grid of about ``CELL_PX`` screen pixels (in SQL), so that the browser draws at most a few
hundred markers whatever the number of events.
"""

import datetime
import json
import math
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db.models import Avg, Count, F, Func, IntegerField, Min
from django.db.models.functions import Floor
from django.urls import reverse

from core.text import printable

from .filters import next_start
from .models import Event

CELL_PX = 60
# From this zoom level on, markers are never grouped (a street is on screen).
MAX_CLUSTER_ZOOM = 15
PRECISION = 5  # decimals of degrees: about one metre


@dataclass(frozen=True)
class Viewport:
    west: float
    south: float
    east: float
    north: float
    zoom: int

    @classmethod
    def from_params(cls, bbox: str | None, zoom: str | None):
        """Parse ``bbox=west,south,east,north`` and ``zoom``; None when absent or malformed."""
        if not bbox or zoom is None:
            return None
        try:
            west, south, east, north = (float(part) for part in bbox.split(","))
            level = int(zoom)
        except ValueError:
            return None
        if not all(math.isfinite(v) for v in (west, south, east, north)) or not 0 <= level <= 22:
            return None
        if not (-90 <= south < north <= 90) or west >= east:
            return None
        return cls(max(west, -180), south, min(east, 180), north, level)

    @property
    def cell_degrees(self) -> float:
        return CELL_PX * 360 / (256 * 2**self.zoom)


def mappable(queryset):
    """The events of ``queryset`` that have a point on the map."""
    return queryset.with_place()


class EpochSeconds(Func):
    """Seconds since 1970 of a UTC datetime: parsing 30 000 timestamps in Python costs more than the query."""

    output_field = IntegerField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler, connection, template="CAST(EXTRACT(EPOCH FROM %(expressions)s) AS bigint)", **extra
        )

    def as_sqlite(self, compiler, connection, **extra):
        # Django stores SQLite datetimes as UTC text, which julianday() reads (2440587.5 is 1970-01-01).
        template = "CAST(ROUND((julianday(%(expressions)s) - 2440587.5) * 86400) AS integer)"
        return self.as_sql(compiler, connection, template=template, **extra)


def _point_features(queryset, *, now):
    url_template = reverse("events:detail", kwargs={"slug": "SLUG"})
    zones: dict[str, ZoneInfo] = {}
    rows = queryset.annotate(next_start=EpochSeconds(next_start(now))).values_list(
        "pk", "title", "slug", "latitude", "longitude", "event_type__slug", "region__timezone", "next_start"
    )
    features = []
    for pk, title, slug, latitude, longitude, type_slug, zone, start in rows.order_by():
        tz = zones.get(zone) or zones.setdefault(zone, ZoneInfo(zone))
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [round(longitude, PRECISION), round(latitude, PRECISION)]},
                "properties": {
                    "id": pk,
                    "title": printable(title),
                    "url": url_template.replace("SLUG", slug),
                    "start": datetime.datetime.fromtimestamp(start, tz).isoformat() if start is not None else None,
                    "type": type_slug,
                },
            }
        )
    return features


def _clustered_features(queryset, viewport: Viewport, *, now):
    inside = queryset.filter(
        latitude__range=(viewport.south, viewport.north), longitude__range=(viewport.west, viewport.east)
    )
    if viewport.zoom >= MAX_CLUSTER_ZOOM:
        return _point_features(inside, now=now)
    cell = viewport.cell_degrees
    grid = (
        inside.order_by()
        .values(cell_y=_floor_div("latitude", cell), cell_x=_floor_div("longitude", cell))
        .annotate(n=Count("pk"), lat=Avg("latitude"), lng=Avg("longitude"), first=Min("pk"))
    )
    features, singles = [], []
    for group in _merge_neighbours(list(grid), cell / 2):
        if group["n"] == 1:
            singles.append(group["first"])
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(group["lng"], PRECISION), round(group["lat"], PRECISION)],
                },
                "properties": {"cluster": True, "count": group["n"]},
            }
        )
    if singles:
        features += _point_features(Event.objects.filter(pk__in=singles), now=now)
    return features


def _merge_neighbours(groups: list[dict], distance: float) -> list[dict]:
    """Merge grid cells whose centres ended up closer than ``distance`` degrees (across a cell border),
    biggest first, so that two markers never overlap."""
    merged: list[dict] = []
    for group in sorted(groups, key=lambda g: -g["n"]):
        for kept in merged:
            if abs(kept["lat"] - group["lat"]) < distance and abs(kept["lng"] - group["lng"]) < distance:
                total = kept["n"] + group["n"]
                kept["lat"] = (kept["lat"] * kept["n"] + group["lat"] * group["n"]) / total
                kept["lng"] = (kept["lng"] * kept["n"] + group["lng"] * group["n"]) / total
                kept["n"] = total
                break
        else:
            merged.append(dict(group))
    return merged


def _floor_div(field: str, cell: float):
    return Floor(F(field) / cell)


def feature_collection(queryset, *, now, viewport: Viewport | None = None) -> bytes:
    """The collection as compact UTF-8 JSON."""
    queryset = mappable(queryset)
    features = _clustered_features(queryset, viewport, now=now) if viewport else _point_features(queryset, now=now)
    data = {"type": "FeatureCollection", "features": features}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def collection_for(queryset, params, *, now) -> bytes:
    """The collection the map asks for with ``params`` (``bbox`` and ``zoom``: grouped on a grid for the
    visible area; without them, every point): the list's map and the widget's both answer with this."""
    viewport = Viewport.from_params(params.get("bbox"), params.get("zoom"))
    return feature_collection(mappable(queryset.prefetch_related(None).order_by()), now=now, viewport=viewport)
