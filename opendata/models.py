from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ImportedEvent(models.Model):
    """Where an imported event came from: the identifier it had in the imported file.

    Re-importing a file finds its events here and creates nothing new. The organisation is kept
    beside the event so that the database itself refuses a second event for the same identifier.
    """

    event = models.OneToOneField(
        "events.Event", verbose_name=_("événement"), on_delete=models.CASCADE, related_name="import_source"
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="imported_events",
    )
    uid = models.CharField(
        _("identifiant externe"),
        max_length=255,
        help_text=_("L’identifiant de l’événement dans le fichier importé (colonne « uid » ou UID iCalendar)."),
    )
    source_name = models.CharField(_("fichier"), max_length=255, blank=True)
    imported_at = models.DateTimeField(_("importé le"), default=timezone.now)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("importé par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("événement importé")
        verbose_name_plural = _("événements importés")
        ordering = ["-imported_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "uid"], name="importedevent_unique_uid_per_organization"),
        ]

    def __str__(self):
        return self.uid
