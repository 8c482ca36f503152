"""The organisations' space: the account pages, the dashboard, the organisation, its members, its events."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpaceConfig(AppConfig):
    name = "space"
    verbose_name = _("Espace des organisations")
