"""Region, department and CRESS names written with the typographic apostrophe (« Côte-d’Or »,
« Provence-Alpes-Côte d’Azur »), as regions/data/*.json now has them. Slugs do not change (slugify drops
both apostrophes). Search folds ’ to ' (core.text.fold): « cote d'or » still finds « Côte-d’Or »."""

from django.db import migrations
from django.db.models import Value
from django.db.models.functions import Replace


def _replace(apps, old, new):
    for model, fields in (("Region", ("name", "cress_name")), ("Department", ("name",))):
        Model = apps.get_model("regions", model)
        for field in fields:
            Model.objects.filter(**{f"{field}__contains": old}).update(**{field: Replace(field, Value(old), Value(new))})


def forwards(apps, schema_editor):
    _replace(apps, "'", "’")


def backwards(apps, schema_editor):
    _replace(apps, "’", "'")


class Migration(migrations.Migration):
    dependencies = [("regions", "0002_reference_data")]

    operations = [migrations.RunPython(forwards, backwards)]
