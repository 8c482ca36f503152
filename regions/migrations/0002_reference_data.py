"""Load the 18 regions that have a CRESS and the 101 departments (regions/data/*.json)."""

import json
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def load(apps, schema_editor):
    Region = apps.get_model("regions", "Region")
    Department = apps.get_model("regions", "Department")
    regions = json.loads((DATA_DIR / "regions.json").read_text(encoding="utf-8"))
    departments = json.loads((DATA_DIR / "departments.json").read_text(encoding="utf-8"))
    by_code = {}
    for row in regions:
        south, west, north, east = row["bbox"]
        by_code[row["code"]], _ = Region.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "slug": slugify(row["name"]),
                "timezone": row["timezone"],
                "cress_name": row["cress_name"],
                "cress_website": row["cress_website"],
                "cress_email": row["cress_email"],
                "bbox_south": south,
                "bbox_west": west,
                "bbox_north": north,
                "bbox_east": east,
            },
        )
    for row in departments:
        Department.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "slug": slugify(f"{row['code']}-{row['name']}"),
                "region": by_code[row["region"]],
                "prefecture": row["prefecture"],
                "latitude": row["lat"],
                "longitude": row["lng"],
            },
        )


class Migration(migrations.Migration):
    dependencies = [("regions", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
