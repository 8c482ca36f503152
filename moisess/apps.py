from importlib import import_module

from django.contrib.admin.apps import SimpleAdminConfig

# The project's apps whose admin modules are loaded. django-leaflet's own admin module
# imports GeoDjango (and so GDAL), which this project does not use: Django's automatic
# admin discovery would import it, so the admin modules are listed here instead.
ADMIN_MODULES = ("accounts", "organizations", "events", "moderation", "pages", "opendata")


class AdminConfig(SimpleAdminConfig):
    default_site = "moisess.admin_site.AdminSite"

    def ready(self):
        super().ready()
        from django.contrib.admin import FieldListFilter
        from django.db import models

        from core.admin_inputs import BoundedDateFieldListFilter

        # Every date filter of every admin list reads its dates through a bounded form field.
        FieldListFilter.register(
            lambda field: isinstance(field, models.DateField), BoundedDateFieldListFilter, take_priority=True
        )
        for app in ADMIN_MODULES:
            import_module(f"{app}.admin")
