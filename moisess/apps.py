from importlib import import_module

from django.contrib.admin.apps import SimpleAdminConfig

# The project's apps whose admin modules are loaded. django-leaflet's own admin module
# imports GeoDjango (and so GDAL), which this project does not use: Django's automatic
# admin discovery would import it, so the admin modules are listed here instead.
ADMIN_MODULES = ("accounts", "regions", "organizations", "events", "pages", "opendata")


class AdminConfig(SimpleAdminConfig):
    default_site = "moderation.site.AdminSite"  # « Voir sur le site » scoped like the rest of the admin

    def ready(self):
        super().ready()
        for app in ADMIN_MODULES:
            import_module(f"{app}.admin")
