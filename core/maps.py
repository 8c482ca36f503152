"""The map's configuration (tiles, centre, labels) read from the settings, for every map of the site."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def map_config() -> dict:
    """The settings of the events map (tiles, centre, labels), shared with the embeddable widget."""
    _name, url, options = settings.LEAFLET_CONFIG["TILES"][0]
    return {
        "tiles": {"url": url, "attribution": options.get("attribution", ""), "maxZoom": options.get("maxZoom", 18)},
        "center": settings.LEAFLET_CONFIG["DEFAULT_CENTER"],
        "zoom": settings.LEAFLET_CONFIG["DEFAULT_ZOOM"],
        "geojson": reverse("events:geojson"),
        "labels": {
            "loading": str(_("Chargement…")),
            "cluster": str(_("%(count)s événements, zoomer")),
            "zoomIn": str(_("Zoomer")),
            "zoomOut": str(_("Dézoomer")),
            "origin": str(_("Centre de la recherche : %(place)s, rayon de %(km)s km")),
            "error": str(_("La carte n’a pas pu être chargée.")),
        },
    }
