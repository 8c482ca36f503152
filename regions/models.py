from zoneinfo import ZoneInfo

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """One of the 18 regions that have a CRESS (chambre régionale de l'ESS)."""

    code = models.CharField(_("code INSEE"), max_length=2, unique=True)
    name = models.CharField(_("nom"), max_length=100, unique=True)
    slug = models.SlugField(_("identifiant d'URL"), max_length=100, unique=True)
    timezone = models.CharField(
        _("fuseau horaire"),
        max_length=64,
        default="Europe/Paris",
        help_text=_("Fuseau IANA dans lequel les horaires des événements sont saisis et affichés."),
    )
    cress_name = models.CharField(_("nom de la CRESS"), max_length=200, blank=True)
    cress_website = models.URLField(_("site de la CRESS"), blank=True)
    cress_email = models.EmailField(_("e-mail de contact de la CRESS"), blank=True)
    cress_phone = models.CharField(_("téléphone de la CRESS"), max_length=30, blank=True)
    # The map view that frames the region (degrees, WGS 84).
    bbox_south = models.FloatField(_("latitude sud"))
    bbox_west = models.FloatField(_("longitude ouest"))
    bbox_north = models.FloatField(_("latitude nord"))
    bbox_east = models.FloatField(_("longitude est"))

    class Meta:
        verbose_name = _("région")
        verbose_name_plural = _("régions")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                name="region_bbox_valid",
                condition=models.Q(bbox_south__gte=-90, bbox_north__lte=90, bbox_south__lt=models.F("bbox_north"))
                & models.Q(bbox_west__gte=-180, bbox_east__lte=180, bbox_west__lt=models.F("bbox_east")),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("regions:detail", kwargs={"slug": self.slug})

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def is_overseas(self) -> bool:
        return self.timezone != "Europe/Paris"

    @property
    def bounds(self) -> list[list[float]]:
        """Leaflet-style [[south, west], [north, east]]."""
        return [[self.bbox_south, self.bbox_west], [self.bbox_north, self.bbox_east]]


class Department(models.Model):
    """A French department (101 of them), with its prefecture as a map fallback point."""

    code = models.CharField(_("code"), max_length=3, unique=True)
    name = models.CharField(_("nom"), max_length=100)
    slug = models.SlugField(_("identifiant d'URL"), max_length=100, unique=True)
    region = models.ForeignKey(Region, verbose_name=_("région"), on_delete=models.PROTECT, related_name="departments")
    prefecture = models.CharField(_("préfecture"), max_length=100)
    latitude = models.FloatField(_("latitude de la préfecture"))
    longitude = models.FloatField(_("longitude de la préfecture"))

    class Meta:
        verbose_name = _("département")
        verbose_name_plural = _("départements")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                name="department_point_in_range",
                condition=models.Q(latitude__gte=-90, latitude__lte=90, longitude__gte=-180, longitude__lte=180),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"
