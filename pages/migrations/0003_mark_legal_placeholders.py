"""The legal notice's missing details become « [à compléter : …] » placeholders, which the site shows as
labelled gaps for ESS France to fill (pages.placeholders). A page already edited keeps its text."""

from django.db import migrations
from django.utils import timezone

NBSP = "\u00a0"
REPLACEMENTS = [
    (
        f"- Siège{NBSP}: *adresse à compléter*",
        f"- Siège{NBSP}: [à compléter{NBSP}: adresse postale du siège]",
    ),
    (
        f"- Directeur ou directrice de la publication{NBSP}: *à compléter*",
        f"- Directeur ou directrice de la publication{NBSP}: [à compléter{NBSP}: nom et fonction]",
    ),
    (
        "*Nom, adresse et téléphone de l’hébergeur à compléter.*",
        f"Le site est hébergé par{NBSP}: [à compléter{NBSP}: nom, adresse et téléphone de l’hébergeur]",
    ),
]


def _replace(apps, pairs):
    Page = apps.get_model("pages", "Page")
    PageRevision = apps.get_model("pages", "PageRevision")
    page = Page.objects.filter(slug="mentions-legales").first()
    if page is None:
        return
    body = page.body
    for old, new in pairs:
        body = body.replace(old, new)
    if body != page.body:
        page.body = body
        page.updated_at = timezone.now()
        page.save(update_fields=["body", "updated_at"])
        PageRevision.objects.create(
            page=page, title=page.title, lead=page.lead, body=body, created_at=page.updated_at
        )


def mark(apps, schema_editor):
    _replace(apps, REPLACEMENTS)


def unmark(apps, schema_editor):
    _replace(apps, [(new, old) for old, new in REPLACEMENTS])


class Migration(migrations.Migration):
    dependencies = [("pages", "0002_initial_texts")]

    operations = [migrations.RunPython(mark, unmark)]
