"""The staff groups' permissions agree with what the admin lets each role do.

accounts 0002 gave them the permissions of the apps that existed then; the imports (opendata), the
editorial pages and the digest notices came later: national staff manage them all, moderators read
the imports of their regions (and import through the admin's own page).
"""

from django.db import migrations

MODERATORS_GROUP = "Modérateurs CRESS"
NATIONAL_GROUP = "Équipe nationale"
LATER_APPS = ["opendata", "pages", "moderation"]
MODERATOR_PERMISSIONS = [("opendata", "view_importedevent")]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after the whole migrate run; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    for app_label, codename in MODERATOR_PERMISSIONS:
        moderators.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    national, _created = Group.objects.get_or_create(name=NATIONAL_GROUP)
    national.permissions.add(*Permission.objects.filter(content_type__app_label__in=LATER_APPS))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=MODERATORS_GROUP):
        for app_label, codename in MODERATOR_PERMISSIONS:
            group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))
    for group in Group.objects.filter(name=NATIONAL_GROUP):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label__in=LATER_APPS))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_role_groups"),
        ("moderation", "0001_digest_notice"),
        ("opendata", "0001_imported_event"),
        ("pages", "0002_initial_texts"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
