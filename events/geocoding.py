"""A small client for the French national address API (IGN Géoplateforme geocoding service),
with an offline fallback: the town hall of the commune, from the data the project ships.

The browser never calls the API itself: the site proxies it (see `space.event_views.geocode`).
"""

import hashlib
import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass

from django.conf import settings
from django.core.cache import cache

from regions import geodata

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MIN_QUERY_LENGTH = 3
CACHE_SECONDS = 24 * 3600
# A point farther than this from every commune (town hall) of the department is refused: the
# largest communes (e.g. in Guyane) are far bigger, so this is measured from any town hall.
MAX_KM_OUTSIDE_DEPARTMENT = 25.0
# Guyane's communes are huge: their town halls can be 100 km from the commune's edge.
LARGE_COMMUNE_DEPARTMENTS = {"973": 150.0}


class GeocoderUnavailable(Exception):
    """The address API could not be reached or gave an unreadable answer."""


@dataclass(frozen=True)
class Place:
    label: str
    address: str
    postal_code: str
    city: str
    citycode: str
    department: str
    lat: float
    lng: float
    source: str  # "api" or "town_hall"

    def as_dict(self) -> dict:
        return asdict(self)


def _department_from(properties: dict) -> str:
    context = str(properties.get("context", ""))
    first = context.split(",", 1)[0].strip()
    if first:
        return first
    citycode = str(properties.get("citycode", ""))
    return citycode[:3] if citycode.startswith("97") else citycode[:2]


def _place_from_feature(feature: dict) -> Place | None:
    try:
        properties = feature["properties"]
        lng, lat = (float(value) for value in feature["geometry"]["coordinates"][:2])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        return None
    return Place(
        label=str(properties.get("label", ""))[:255],
        address=str(properties.get("name", properties.get("label", "")))[:255],
        postal_code=str(properties.get("postcode", ""))[:5],
        city=str(properties.get("city", ""))[:100],
        citycode=str(properties.get("citycode", ""))[:5],
        department=_department_from(properties),
        lat=lat,
        lng=lng,
        source="api",
    )


def search(query: str, *, limit: int = 5) -> list[Place]:
    """Addresses matching `query`, best first. Raises GeocoderUnavailable when the API is down.

    Answers are cached for a day: people type the same streets again and again."""
    query = " ".join(query.split())[:MAX_QUERY_LENGTH]
    if len(query) < MIN_QUERY_LENGTH:
        return []
    key = "geocoding:" + hashlib.sha256(f"{settings.GEOCODER_URL}|{limit}|{query.casefold()}".encode()).hexdigest()
    cached = cache.get(key)
    if cached is not None:
        return [Place(**place) for place in cached]
    places = _search_api(query, limit=limit)
    cache.set(key, [place.as_dict() for place in places], timeout=CACHE_SECONDS)
    return places


def _search_api(query: str, *, limit: int) -> list[Place]:
    url = f"{settings.GEOCODER_URL.rstrip('/')}/search?" + urllib.parse.urlencode({"q": query, "limit": limit})
    request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "mois-ess"})
    try:
        with urllib.request.urlopen(request, timeout=settings.GEOCODER_TIMEOUT) as response:
            payload = json.loads(response.read(1_000_000))
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        logger.warning("Address API unavailable: %s", error)
        raise GeocoderUnavailable(str(error)) from error
    features = payload.get("features") if isinstance(payload, dict) else None
    if not isinstance(features, list):
        raise GeocoderUnavailable("The address API answered without features.")
    places = [_place_from_feature(feature) for feature in features if isinstance(feature, dict)]
    return [place for place in places if place is not None][:limit]


def town_hall(postal_code: str, city: str) -> Place | None:
    """The town hall of the commune of `postal_code` named `city` (its main commune failing that)."""
    commune = geodata.find_commune(postal_code, city)
    if commune is None:
        return None
    return Place(
        label=f"{commune.name} ({commune.postal_code})",
        address="",
        postal_code=commune.postal_code,
        city=commune.name,
        citycode=commune.insee,
        department=commune.department,
        lat=commune.lat,
        lng=commune.lng,
        source="town_hall",
    )


def town_halls_for(query: str) -> list[Place]:
    """Offline suggestions: the communes of a postal code found in the query."""
    for word in query.replace(",", " ").split():
        code = geodata.normalize_postal_code(word)
        if code:
            return [
                Place(
                    label=f"{c.name} ({c.postal_code})",
                    address="",
                    postal_code=c.postal_code,
                    city=c.name,
                    citycode=c.insee,
                    department=c.department,
                    lat=c.lat,
                    lng=c.lng,
                    source="town_hall",
                )
                for c in geodata.communes_for_postal_code(code)[:5]
            ]
    return []


def distance_outside_department(lat: float, lng: float, department_code: str) -> float:
    """Kilometres from the point to the nearest town hall of the department."""
    communes = geodata.communes_in_department(department_code)
    if not communes:
        return 0.0
    return min(geodata.haversine_km(lat, lng, c.lat, c.lng) for c in communes)


def is_far_from_department(lat: float, lng: float, department_code: str) -> bool:
    limit = LARGE_COMMUNE_DEPARTMENTS.get(department_code, MAX_KM_OUTSIDE_DEPARTMENT)
    return distance_outside_department(lat, lng, department_code) > limit
