"""Accent- and case-insensitive text search over events, on PostgreSQL and on SQLite.

PostgreSQL: French full-text search (stemming) through the ``french_unaccent`` text search
configuration, backed by a GIN index over :class:`SearchDocument` (migration 0004 creates both;
the index expression and ``SearchDocument`` must stay identical for the planner to use it).

SQLite: every word of the query must appear in the folded (lower-cased, accent-stripped) text of
the event or the name of its organisation.
"""

import json
import re

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection
from django.db.models import CharField, F, Func, Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from core.text import fold

SEARCH_CONFIG = "public.french_unaccent"
# The event columns the document covers, in the order of the index expression.
DOCUMENT_FIELDS = ("title", "summary", "description", "venue_name", "city")
MAX_QUERY_LENGTH = 200


def query_words(q: str) -> list[str]:
    """The folded words of a query, without punctuation (for the SQLite fallback)."""
    return [word for word in re.split(r"[^\w]+", fold(q)) if word]


class SearchDocument(Func):
    """``to_tsvector`` over the event's text columns (PostgreSQL only)."""

    template = f"to_tsvector('{SEARCH_CONFIG}'::regconfig, %(expressions)s)"
    arg_joiner = " || ' ' || "
    output_field = SearchVectorField()

    def __init__(self, *fields):
        super().__init__(*(Coalesce(F(name), Value(""), output_field=CharField()) for name in fields))


def text_search_q(q: str, *, organization_model, event_model) -> Q | None:
    """A ``Q`` selecting the events matching ``q`` (title, summary, description, place or organisation).

    On PostgreSQL it costs one query now (the organisations whose name matches), so that the
    event condition stays a plain index scan OR'd with a foreign-key lookup.
    """
    q = q.strip()[:MAX_QUERY_LENGTH]
    if not q:
        return None
    if connection.vendor == "postgresql":
        query = SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")
        organization_ids = list(
            organization_model.objects.annotate(document=SearchDocument("name"))
            .filter(document=query)
            .values_list("pk", flat=True)
        )
        condition = Q(_search_document=query)
        if organization_ids:
            condition |= Q(organization_id__in=organization_ids)
        return condition
    words = query_words(q)
    if not words:
        return None
    # SQLite: one pass over the published events in Python (folding in SQL would cost one Python call
    # per row and per query, and the list runs a dozen queries), then the matching ids as one JSON
    # parameter, which has no length limit unlike a list of parameters.
    rows = (
        event_model.objects.published()
        .values_list("pk", *DOCUMENT_FIELDS, "organization__name")
        .order_by()
        .iterator(chunk_size=5000)
    )
    ids = [row[0] for row in rows if all(word in fold(" ".join(filter(None, row[1:]))) for word in words)]
    return Q(pk__in=RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)]))


def annotate_for_search(queryset):
    """Add the annotation that :func:`text_search_q` filters on (PostgreSQL only)."""
    if connection.vendor == "postgresql":
        return queryset.alias(_search_document=SearchDocument(*DOCUMENT_FIELDS))
    return queryset
