"""The OpenAPI 3.1 description of the read-only JSON API (hand-written; served at /api/openapi.json).

The tests validate every answer of the API against the schemas below: keep them in step with
``records.event_record``.
"""

from django.urls import reverse

from core.forms import EARLIEST_DATE, LATEST_DATE
from core.links import absolute
from events.filters import (
    ACCESSIBILITY_CHOICES,
    FORMAT_CHOICES,
    MAX_ORGANIZATIONS,
    MAX_RADIUS_KM,
    MAX_VALUES_PER_FILTER,
    SORT_CHOICES,
    WHEN_CHOICES,
)
from events.models import Event
from events.search import MAX_QUERY_LENGTH
from organizations.models import LegalForm

from .records import LICENCE

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
MAX_PAGE = 1_000_000

_STRING = {"type": "string"}
_NULLABLE_STRING = {"type": ["string", "null"]}
_DATETIME = {"type": "string", "format": "date-time"}
_URL = {"type": "string", "format": "uri"}
_TERM = {"$ref": "#/components/schemas/Term"}


def _array_param(name, description, *, enum=None, max_items=MAX_VALUES_PER_FILTER):
    items = {"type": "string"}
    if enum:
        items["enum"] = enum
    return {
        "name": name,
        "in": "query",
        "description": description,
        "required": False,
        "style": "form",
        "explode": True,
        "schema": {"type": "array", "items": items, "maxItems": max_items},
    }


def _param(name, description, schema):
    return {"name": name, "in": "query", "description": description, "required": False, "schema": schema}


FILTER_PARAMETERS = [
    _param(
        "q",
        "Mots-clés, sans tenir compte des accents ni des majuscules : chaque mot est cherché dans le texte de "
        "l’événement, sa commune et les noms de son organisation, de ses thèmes, type, publics, temps fort et "
        'département ; « "une expression" » telle quelle ; « -mot » exclut.',
        {"type": "string", "maxLength": MAX_QUERY_LENGTH},
    ),
    _array_param(
        "region", "Identifiant d’URL d’une région (voir /api/referentiels) ; répétable, les valeurs s’additionnent."
    ),
    _array_param("departement", "Code d’un département (35, 2A, 972…) ; répétable."),
    _array_param("theme", "Identifiant d’un thème ; répétable."),
    _array_param("type", "Identifiant d’un type d’événement ; répétable."),
    _array_param("public", "Identifiant d’un public ; répétable."),
    _array_param("organisation", "Identifiant d’URL d’une organisation ; répétable.", max_items=MAX_ORGANIZATIONS),
    _param("format", "Format de l’événement.", {"type": "string", "enum": [v for v, _ in FORMAT_CHOICES]}),
    _param(
        "du",
        "Premier jour (AAAA-MM-JJ), dans le fuseau horaire de chaque événement ; remplace la période par défaut. "
        f"Entre {EARLIEST_DATE.isoformat()} et {LATEST_DATE.isoformat()}.",
        {"type": "string", "format": "date"},
    ),
    _param(
        "au",
        "Dernier jour (AAAA-MM-JJ), dans le fuseau horaire de chaque événement. "
        f"Entre {EARLIEST_DATE.isoformat()} et {LATEST_DATE.isoformat()}.",
        {"type": "string", "format": "date"},
    ),
    _param(
        "quand",
        "Aujourd’hui, ce week-end (samedi et dimanche) ou cette semaine (jusqu’à dimanche), "
        "dans le fuseau horaire de chaque événement.",
        {"type": "string", "enum": [v for v, _ in WHEN_CHOICES]},
    ),
    _param("gratuit", "1 : uniquement les événements gratuits.", {"type": "string", "enum": ["1"]}),
    _array_param("accessibilite", "Accessible à ce handicap ; répétable.", enum=[v for v, _ in ACCESSIBILITY_CHOICES]),
    _param("temps_fort", "Identifiant d’un temps fort.", {"type": "string"}),
    _array_param(
        "forme", "Forme juridique de l’organisation ; répétable.", enum=[value for value, _label in LegalForm.choices]
    ),
    _param(
        "edition", "Année de l’édition (par défaut : l’édition en cours).", {"type": "string", "pattern": "^[0-9]{4}$"}
    ),
    _param(
        "passes", "1 : inclure les événements déjà terminés de l’édition en cours.", {"type": "string", "enum": ["1"]}
    ),
    _param(
        "autour",
        "Commune (« Rennes », « Saint-Denis (974) » : le département en parenthèses départage les homonymes), "
        "code postal français ou « latitude,longitude ».",
        {"type": "string", "maxLength": 80},
    ),
    _param(
        "rayon",
        "Rayon autour de « autour », en km (20 par défaut).",
        {"type": "integer", "minimum": 1, "maximum": MAX_RADIUS_KM},
    ),
    _param("tri", "Ordre des résultats.", {"type": "string", "enum": [v for v, _ in SORT_CHOICES]}),
]
PAGE_PARAMETERS = [
    _param("page", "Numéro de page (à partir de 1).", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}),
    _param(
        "par_page",
        f"Événements par page ({DEFAULT_PAGE_SIZE} par défaut, {MAX_PAGE_SIZE} au plus).",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
    ),
]

SCHEMAS = {
    "Term": {
        "type": "object",
        "required": ["slug", "name"],
        "properties": {"slug": _STRING, "name": _STRING},
        "additionalProperties": False,
    },
    "Slot": {
        "type": "object",
        "required": ["starts_at", "ends_at"],
        "properties": {"starts_at": _DATETIME, "ends_at": _DATETIME},
        "additionalProperties": False,
    },
    "Event": {
        "type": "object",
        "required": [
            "id",
            "uid",
            "url",
            "api_url",
            "ics_url",
            "slug",
            "title",
            "summary",
            "description",
            "status",
            "status_message",
            "format",
            "starts_at",
            "ends_at",
            "timezone",
            "slots",
            "edition",
            "organization",
            "region",
            "department",
            "place",
            "online_url",
            "type",
            "themes",
            "audiences",
            "highlight",
            "is_free",
            "price_conditions",
            "registration",
            "accessibility",
            "image",
            "published_at",
            "updated_at",
        ],
        "properties": {
            "id": {"type": "integer", "description": "Identifiant stable de l’événement."},
            "uid": {"type": "string", "description": "Identifiant global (UID iCalendar, colonne uid du CSV)."},
            "url": _URL,
            "api_url": _URL,
            "ics_url": _URL,
            "slug": _STRING,
            "title": _STRING,
            "summary": _STRING,
            "description": {"type": "string", "description": "Texte au format Markdown."},
            "status": {"type": "string", "enum": list(Event.Status.values)},
            "status_message": _STRING,
            "format": {"type": "string", "enum": [v for v, _ in FORMAT_CHOICES]},
            "starts_at": {"type": ["string", "null"], "format": "date-time"},
            "ends_at": {"type": ["string", "null"], "format": "date-time"},
            "timezone": {"type": "string", "description": "Fuseau IANA de l’événement (celui de sa région)."},
            "slots": {"type": "array", "items": {"$ref": "#/components/schemas/Slot"}},
            "edition": {"type": "integer"},
            "organization": {
                "type": "object",
                "required": ["slug", "name", "url"],
                "properties": {"slug": _STRING, "name": _STRING, "url": _URL},
                "additionalProperties": False,
            },
            "region": {
                "type": "object",
                "required": ["slug", "code", "name"],
                "properties": {"slug": _STRING, "code": _STRING, "name": _STRING},
                "additionalProperties": False,
            },
            "department": {
                "type": ["object", "null"],
                "required": ["code", "name"],
                "properties": {"code": _STRING, "name": _STRING},
                "additionalProperties": False,
            },
            "place": {
                "type": ["object", "null"],
                "required": ["name", "address", "postal_code", "city", "latitude", "longitude"],
                "properties": {
                    "name": _STRING,
                    "address": _STRING,
                    "postal_code": _STRING,
                    "city": _STRING,
                    "latitude": {"type": ["number", "null"], "minimum": -90, "maximum": 90},
                    "longitude": {"type": ["number", "null"], "minimum": -180, "maximum": 180},
                },
                "additionalProperties": False,
            },
            "online_url": {"type": ["string", "null"], "format": "uri"},
            "type": _TERM,
            "themes": {"type": "array", "items": _TERM},
            "audiences": {"type": "array", "items": _TERM},
            "highlight": {"oneOf": [_TERM, {"type": "null"}]},
            "is_free": {"type": "boolean"},
            "price_conditions": _STRING,
            "registration": {
                "type": "object",
                "required": ["url", "email", "phone"],
                "properties": {"url": _NULLABLE_STRING, "email": _NULLABLE_STRING, "phone": _NULLABLE_STRING},
                "additionalProperties": False,
            },
            "accessibility": {
                "type": "array",
                "items": {"type": "string", "enum": [v for v, _ in ACCESSIBILITY_CHOICES]},
            },
            "image": {
                "type": ["object", "null"],
                "required": ["url", "alt"],
                "properties": {"url": _URL, "alt": _STRING},
                "additionalProperties": False,
            },
            "published_at": {"type": ["string", "null"], "format": "date-time"},
            "updated_at": _DATETIME,
        },
        "additionalProperties": False,
    },
    "Licence": {
        "type": "object",
        "required": ["name", "url"],
        "properties": {"name": _STRING, "url": _URL},
        "additionalProperties": False,
    },
    "EventPage": {
        "type": "object",
        "required": ["count", "next", "previous", "licence", "results"],
        "properties": {
            "count": {"type": "integer", "minimum": 0},
            "next": {"type": ["string", "null"], "format": "uri"},
            "previous": {"type": ["string", "null"], "format": "uri"},
            "licence": {"$ref": "#/components/schemas/Licence"},
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
        },
        "additionalProperties": False,
    },
    "ParameterErrors": {
        "type": "object",
        "required": ["errors"],
        "properties": {
            "errors": {
                "type": "object",
                "description": "Pour chaque paramètre refusé, les messages qui expliquent pourquoi.",
                "additionalProperties": {"type": "array", "items": _STRING},
            }
        },
        "additionalProperties": False,
    },
    "NotFound": {
        "type": "object",
        "required": ["detail"],
        "properties": {"detail": _STRING},
        "additionalProperties": False,
    },
    "Referentials": {
        "type": "object",
        "required": [
            "licence",
            "editions",
            "regions",
            "departments",
            "themes",
            "types",
            "audiences",
            "highlights",
            "formats",
            "accessibility",
            "statuses",
        ],
        "properties": {
            "licence": {"$ref": "#/components/schemas/Licence"},
            "editions": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["year", "starts_on", "ends_on", "current"],
                    "properties": {
                        "year": {"type": "integer"},
                        "starts_on": {"type": "string", "format": "date"},
                        "ends_on": {"type": "string", "format": "date"},
                        "current": {"type": "boolean"},
                    },
                    "additionalProperties": False,
                },
            },
            "regions": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["slug", "code", "name", "timezone", "url", "cress"],
                    "properties": {
                        "slug": _STRING,
                        "code": _STRING,
                        "name": _STRING,
                        "timezone": _STRING,
                        "url": _URL,
                        "cress": {
                            "type": "object",
                            "required": ["name", "website", "email", "phone"],
                            "properties": {
                                "name": _STRING,
                                "website": _STRING,
                                "email": _STRING,
                                "phone": _STRING,
                            },
                            "additionalProperties": False,
                        },
                    },
                    "additionalProperties": False,
                },
            },
            "departments": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["code", "name", "region"],
                    "properties": {"code": _STRING, "name": _STRING, "region": _STRING},
                    "additionalProperties": False,
                },
            },
            "themes": {"type": "array", "items": _TERM},
            "types": {"type": "array", "items": _TERM},
            "audiences": {"type": "array", "items": _TERM},
            "highlights": {"type": "array", "items": _TERM},
            "formats": {"type": "array", "items": _TERM},
            "accessibility": {"type": "array", "items": _TERM},
            "statuses": {"type": "array", "items": _TERM},
        },
        "additionalProperties": False,
    },
}


def _json(schema_name, description):
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}},
    }


def openapi_document() -> dict:
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "info": {
            "title": "API des événements du Mois de l’ESS",
            "version": "1.0.0",
            "description": (
                "Les événements publiés du Mois de l’économie sociale et solidaire, en lecture seule et sans clé. "
                "Les filtres sont ceux de la page /evenements/. Dates ISO 8601 avec le décalage horaire du fuseau "
                "de l’événement. Données publiées sous Licence Ouverte / Etalab 2.0."
            ),
            "license": {"name": LICENCE["name"], "url": LICENCE["url"]},
        },
        "servers": [{"url": absolute("")}],
        "paths": {
            reverse("opendata:api-events"): {
                "get": {
                    "operationId": "listEvents",
                    "summary": "Les événements publiés qui répondent aux filtres, page par page.",
                    "parameters": FILTER_PARAMETERS + PAGE_PARAMETERS,
                    "responses": {
                        "200": _json("EventPage", "Une page d’événements."),
                        "304": {"description": "Inchangé depuis l’ETag envoyé dans If-None-Match."},
                        "400": _json("ParameterErrors", "Un paramètre est invalide ; rien n’est filtré en silence."),
                        "404": _json("NotFound", "Page au-delà de la dernière."),
                    },
                }
            },
            reverse("opendata:api-events") + "/{id}": {
                "get": {
                    "operationId": "getEvent",
                    "summary": "Un événement publié.",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}
                    ],
                    "responses": {
                        "200": _json("Event", "L’événement."),
                        "304": {"description": "Inchangé depuis l’ETag envoyé dans If-None-Match."},
                        "404": _json("NotFound", "Aucun événement publié n’a cet identifiant."),
                    },
                }
            },
            reverse("opendata:api-referentials"): {
                "get": {
                    "operationId": "getReferentials",
                    "summary": "Les régions, départements, éditions et taxonomies (valeurs des filtres).",
                    "responses": {
                        "200": _json("Referentials", "Les référentiels."),
                        "304": {"description": "Inchangé depuis l’ETag envoyé dans If-None-Match."},
                    },
                }
            },
        },
        "components": {"schemas": SCHEMAS},
    }
