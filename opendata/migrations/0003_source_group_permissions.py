"""The staff groups may manage agenda sources: a CRESS those of its regions (the admin scopes them),
national staff all of them."""

from django.db import migrations

GROUPS = ["Modérateurs CRESS", "Équipe nationale"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after the whole migrate run; the groups need them now.
    app_config = apps.get_app_config("opendata")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    sources = Permission.objects.filter(content_type__app_label="opendata", content_type__model="source")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*sources)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    sources = Permission.objects.filter(content_type__app_label="opendata", content_type__model="source")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*sources)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_role_groups"),
        ("opendata", "0002_sources"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
