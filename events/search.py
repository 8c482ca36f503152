"""Accent- and case-insensitive text search over events, on PostgreSQL and on SQLite.

The syntax (documented in docs/browsing.md): every word must be found; a word is found in the event's
own text (title, summary, description, place, commune) or in one of its names (organisation, theme,
type, public, temps fort, department). « "une expression" » must appear as written; « -mot » leaves
out the events whose text has that word. Small French words (« de », « la », « et »…) are ignored.

PostgreSQL: each word of the event's own text goes through French full-text search (stemming) with the
``french_unaccent`` text search configuration, backed by a GIN index over :class:`SearchDocument`
(migration 0004 creates both; the index expression and ``SearchDocument`` must stay identical for the
planner to use it). The matching organisations cost one query; the other names are matched in Python
against the taxonomies the filter has already loaded.

SQLite: every word must appear in the folded (lower-cased, accent-stripped) text of the event or the
name of its organisation, or match one of its names as above.
"""

import json
import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection
from django.db.models import BooleanField, CharField, Exists, ExpressionWrapper, F, Func, OuterRef, Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from core.text import fold

from . import masks

SEARCH_CONFIG = "public.french_unaccent"
# The event columns the document covers, in the order of the index expression.
DOCUMENT_FIELDS = ("title", "summary", "description", "venue_name", "city")
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# Ignored in a query (PostgreSQL's French configuration drops them from its documents too).
STOP_WORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "d",
        "dans",
        "de",
        "des",
        "du",
        "en",
        "et",
        "l",
        "la",
        "le",
        "les",
        "ou",
        "par",
        "pour",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "un",
        "une",
    ]
)
_TOKEN_RE = re.compile(r'(-?)"([^"]*)"|(-?)([^\s"]+)')


def query_words(q: str) -> list[str]:
    """The folded words of a text, without punctuation."""
    return [word for word in re.split(r"[^\w]+", fold(q)) if word]


@dataclass
class ParsedQuery:
    """A query split into what must be found (words and "phrases") and what must not (-words)."""

    terms: list[str] = field(default_factory=list)  # folded words or phrases (space-separated words)
    excluded: list[str] = field(default_factory=list)

    def __bool__(self):
        return bool(self.terms or self.excluded)


def parse_query(q: str) -> ParsedQuery:
    parsed = ParsedQuery()
    for match in _TOKEN_RE.finditer(q.strip()[:MAX_QUERY_LENGTH]):
        negated = bool(match[1] or match[3])
        if match[2] is not None:  # a quoted phrase
            words = query_words(match[2])
            pieces = [" ".join(words)] if len(words) > 1 else words
        else:
            pieces = [w for w in query_words(match[4]) if w not in STOP_WORDS]
        (parsed.excluded if negated else parsed.terms).extend(pieces)
    parsed.terms = list(dict.fromkeys(parsed.terms))[:MAX_TERMS]
    parsed.excluded = list(dict.fromkeys(parsed.excluded))[:MAX_TERMS]
    return parsed


class SearchDocument(Func):
    """``to_tsvector`` over the event's text columns (PostgreSQL only)."""

    template = f"to_tsvector('{SEARCH_CONFIG}'::regconfig, %(expressions)s)"
    arg_joiner = " || ' ' || "
    output_field = SearchVectorField()

    def __init__(self, *fields):
        super().__init__(*(Coalesce(F(name), Value(""), output_field=CharField()) for name in fields))


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def name_matches(term: str, name: str) -> bool:
    """Whether a folded word or phrase matches a name: each of its words starts a word of the name, in
    order (« circulaire » and « economie circulaire » match « Économie circulaire et réemploi »)."""
    words = query_words(name)
    wanted = [_stem(w) for w in term.split()]
    for start in range(len(words) - len(wanted) + 1):
        if all(words[start + i].startswith(w) for i, w in enumerate(wanted)):
            return True
    return False


@dataclass
class SearchNames:
    """The names an event is also searched by, as ``(pk, name)`` rows: they are few and already loaded
    by the filter, so they are matched in Python (no query)."""

    themes: list = field(default_factory=list)
    types: list = field(default_factory=list)
    audiences: list = field(default_factory=list)
    highlights: list = field(default_factory=list)
    departments: list = field(default_factory=list)

    def matching(self, term: str, rows) -> list:
        return [pk for pk, name in rows if name_matches(term, name)]


def _names_condition(term: str, names: SearchNames, event_model) -> Q:
    condition = Q()
    for column, rows in (
        ("event_type_id", names.types),
        ("highlight_id", names.highlights),
        ("department_id", names.departments),
    ):
        ids = names.matching(term, rows)
        if ids:
            condition |= Q(**{f"{column}__in": ids})
    for relation, column, rows in (("themes", "theme_id", names.themes), ("audiences", "audience_id", names.audiences)):
        ids = names.matching(term, rows)
        if ids and masks.usable(ids):  # read on the event's own row (events.masks)
            condition |= Q(masks.has_any(masks.MASK_OF[relation], ids))
        elif ids:
            through = getattr(event_model, relation).through
            condition |= Q(Exists(through.objects.filter(event_id=OuterRef("pk"), **{f"{column}__in": ids})))
    return condition


def _document_query(term: str) -> SearchQuery:
    return SearchQuery(term, config=SEARCH_CONFIG, search_type="phrase" if " " in term else "plain")


def _postgresql_text_conditions(parsed: ParsedQuery, organization_model) -> dict[str, Q]:
    """Per term, the event's own text or its organisation's name (one query for the organisations)."""
    terms = [*parsed.terms, *parsed.excluded]
    flags = {
        f"m{i}": ExpressionWrapper(Q(document=_document_query(term)), output_field=BooleanField())
        for i, term in enumerate(terms)
    }
    any_flag = Q()
    for name in flags:
        any_flag |= Q(**{name: True})
    rows = (
        organization_model.objects.annotate(document=SearchDocument("name"), **flags)
        .filter(any_flag)
        .values_list("pk", *flags)
    )
    organizations: dict[int, list[int]] = {i: [] for i in range(len(terms))}
    for pk, *matched in rows:
        for i, hit in enumerate(matched):
            if hit:
                organizations[i].append(pk)
    conditions = {}
    for i, term in enumerate(terms):
        condition = Q(_search_document=_document_query(term))
        if organizations[i]:
            condition |= Q(organization_id__in=organizations[i])
        conditions[term] = condition
    return conditions


def _sqlite_text_conditions(parsed: ParsedQuery, event_model) -> dict[str, Q]:
    # One pass over the published events in Python (folding in SQL would cost one Python call per row
    # and per query, and the list runs a dozen queries), then each term's matching ids as one JSON
    # parameter, which has no length limit unlike a list of parameters.
    terms = [*parsed.terms, *parsed.excluded]
    ids: dict[str, list[int]] = {term: [] for term in terms}
    rows = (
        event_model.objects.published()
        .values_list("pk", *DOCUMENT_FIELDS, "organization__name")
        .order_by()
        .iterator(chunk_size=5000)
    )
    for row in rows:
        text = " ".join(query_words(" ".join(filter(None, row[1:]))))
        for term in terms:
            if term in text:
                ids[term].append(row[0])
    return {
        term: Q(pk__in=RawSQL("SELECT value FROM json_each(%s)", [json.dumps(found)])) for term, found in ids.items()
    }


def text_search_q(
    q: str, *, organization_model, event_model, names: SearchNames | None = None, within=None
) -> Q | None:
    """A ``Q`` selecting the events matching ``q`` (see the module's docstring for the syntax).

    On PostgreSQL it costs one query now (the organisations whose name matches), plus one per word that
    is also a name (its matching events), so that the event condition stays index scans OR'd with
    foreign-key lookups. ``within``: the events the condition will only ever be applied among (the
    filter's scope: an edition, what is still to come), which bounds the query of a word that is also
    a name.
    """
    parsed = parse_query(q)
    if not parsed:
        return None
    names = names or SearchNames()
    if connection.vendor == "postgresql":
        text = _postgresql_text_conditions(parsed, organization_model)
    else:
        text = _sqlite_text_conditions(parsed, event_model)
    condition = Q()
    found = None  # the events of the words that are also names (PostgreSQL), every word's at once
    for term in parsed.terms:
        named = _names_condition(term, names, event_model)
        if named and connection.vendor == "postgresql":
            # OR'd with a name's condition (a theme, a type…), the text match would be computed row by
            # row (seconds at 50 000 events). The word's events are found now, once, in one query: those
            # whose text matches (the GIN index answers it, or on a small scope a scan of the scope
            # alone) and those the name gives; every query of the filter (the page, the facet counts)
            # then reads them as one array instead of matching the text and the name again.
            scope = within if within is not None else event_model.objects.all()
            by_text = annotate_for_search(scope).filter(text[term]).values_list("pk", flat=True)
            matching = set(by_text.union(scope.filter(named).values_list("pk", flat=True)))
            found = matching if found is None else found & matching
        else:
            condition &= text[term] | named
    if found is not None:
        # One array literal, written once: every query of the filter sends it as it is.
        array = "{" + ",".join(map(str, sorted(found))) + "}"
        condition &= Q(InArray(F("pk"), Value(array)))
    for term in parsed.excluded:
        condition &= ~text[term]
    return condition


class InArray(Func):
    """``column = ANY(array)`` (PostgreSQL): checked on the rows the query reads anyway (the edition's
    covering index), against the array hashed once, rather than looked up id by id (7 700 heap reads
    for a common word at 50 000 events: the page's sorted ids took 26 ms, now 11)."""

    arity = 2
    output_field = BooleanField()

    def as_sql(self, compiler, connection, **extra_context):
        column, array = (compiler.compile(expression) for expression in self.source_expressions)
        return f"{column[0]} = ANY({array[0]}::bigint[])", (*column[1], *array[1])


def annotate_for_search(queryset):
    """Add the annotation that :func:`text_search_q` filters on (PostgreSQL only)."""
    if connection.vendor == "postgresql":
        return queryset.alias(_search_document=SearchDocument(*DOCUMENT_FIELDS))
    return queryset
