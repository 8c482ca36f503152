"""The public pages: home, list, map, event page, regions and their programme, organisation pages."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BrowseConfig(AppConfig):
    name = "browse"
    verbose_name = _("Consultation publique")
