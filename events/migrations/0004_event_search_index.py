"""French full-text search on PostgreSQL: the unaccent extension, a ``french_unaccent`` text search
configuration and a GIN index over the expression of ``events.search.SearchDocument``.

Nothing happens on SQLite (its fallback folds text on the fly). The index is not declared in
``Event.Meta`` because SQLite would then try to rebuild it when it remakes the table.
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
            CREATE TEXT SEARCH CONFIGURATION public.french_unaccent (COPY = pg_catalog.french);
            ALTER TEXT SEARCH CONFIGURATION public.french_unaccent
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
        END IF;
    END $$
    """,
    # Must stay identical to events.search.SearchDocument(*DOCUMENT_FIELDS).
    """
    CREATE INDEX IF NOT EXISTS event_search_idx ON events_event USING gin (
        to_tsvector('public.french_unaccent'::regconfig,
            COALESCE(title, '') || ' ' || COALESCE(summary, '') || ' ' || COALESCE(description, '')
            || ' ' || COALESCE(venue_name, '') || ' ' || COALESCE(city, ''))
    )
    """,
]
BACKWARD = [
    "DROP INDEX IF EXISTS event_search_idx",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS public.french_unaccent",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("events", "0003_event_log")]

    operations = [migrations.RunPython(forward, backward)]
