"""The two staff groups: « Modérateurs CRESS » and « Équipe nationale », with their permissions.

The admin decides access from the roles (accounts.roles); these permissions say the same thing to
anything that reads Django's model permissions.
"""

from django.db import migrations

MODERATORS_GROUP = "Modérateurs CRESS"
NATIONAL_GROUP = "Équipe nationale"

MODERATOR_PERMISSIONS = [
    ("events", "view_event"),
    ("events", "change_event"),
    ("events", "view_timeslot"),
    ("events", "add_timeslot"),
    ("events", "change_timeslot"),
    ("events", "delete_timeslot"),
    ("events", "view_eventlogentry"),
    ("organizations", "view_organization"),
    ("organizations", "view_membership"),
    ("regions", "view_region"),
    ("regions", "view_department"),
]
NATIONAL_APPS = ["accounts", "regions", "organizations", "events"]


def create_groups(apps, schema_editor):
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
    national.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=NATIONAL_APPS),
        *Permission.objects.filter(content_type__app_label="auth", codename__endswith="_group"),
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[MODERATORS_GROUP, NATIONAL_GROUP]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("events", "0003_event_log"),
        ("organizations", "0001_initial"),
        ("regions", "0002_reference_data"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
