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
    source = models.ForeignKey(
        "opendata.Source",
        verbose_name=_("source"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imported_events",
    )
    # A digest of the event as the source last gave it: an event is updated only when the source changed it
    # (a moderator's correction is not undone by the next synchronisation of an unchanged event).
    content_hash = models.CharField(_("empreinte"), max_length=64, blank=True, editable=False)
    updated_at = models.DateTimeField(_("mis à jour le"), null=True, blank=True)
    image_url = models.URLField(_("adresse de l’image importée"), max_length=500, blank=True, editable=False)
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


class Source(models.Model):
    """An agenda kept elsewhere (an iCalendar feed or an OpenAgenda export) that the site follows.

    ``manage.py sync_sources`` fetches it (conditionally: ETag / Last-Modified) and applies it: new
    events are created, events changed in the source are updated, events gone from it are cancelled.
    A failing source is retried later, with a growing delay, and shown as failing in the admin.
    """

    class Kind(models.TextChoices):
        ICALENDAR = "ical", _("Calendrier iCalendar (.ics)")
        OPENAGENDA = "openagenda", _("Export JSON OpenAgenda")

    name = models.CharField(_("nom"), max_length=200)
    kind = models.CharField(_("format"), max_length=20, choices=Kind.choices, default=Kind.ICALENDAR)
    url = models.URLField(
        _("adresse"),
        max_length=500,
        help_text=_("L’adresse du calendrier .ics ou de l’export JSON de l’agenda OpenAgenda."),
    )
    region = models.ForeignKey(
        "regions.Region", verbose_name=_("région"), on_delete=models.PROTECT, related_name="sources"
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="sources",
        null=True,
        blank=True,
        help_text=_("L’organisation qui propose les événements. Laissez vide pour la trouver ou la créer par son nom."),
    )
    organization_name = models.CharField(
        _("nom de l’organisation à trouver ou créer"),
        max_length=200,
        blank=True,
        help_text=_(
            "Sans organisation choisie : l’organisation de ce nom (casse et accents ignorés) ; créée dans la "
            "région de la source si elle n’existe pas encore."
        ),
    )
    default_type = models.ForeignKey(
        "events.EventType",
        verbose_name=_("type par défaut"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        help_text=_("Le type des événements dont aucune catégorie ne désigne un type du site."),
    )
    default_themes = models.ManyToManyField(
        "events.Theme",
        verbose_name=_("thèmes par défaut"),
        related_name="+",
        blank=True,
        help_text=_("Les thèmes des événements dont aucune catégorie ne désigne un thème du site."),
    )
    mapping = models.TextField(
        _("correspondances"),
        blank=True,
        help_text=_(
            "Une correspondance par ligne, « valeur de la source = identifiant du site », par exemple "
            "« Insertion = emploi-insertion-et-inclusion ». Vaut pour les thèmes, les types et les publics."
        ),
    )
    new_events_state = models.CharField(
        _("état des nouveaux événements"),
        max_length=20,
        choices=[("pending", _("En attente de modération")), ("published", _("Publiés directement"))],
        default="pending",
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("créée par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    # Status of the last fetches (written by the synchronisation only).
    last_fetched_at = models.DateTimeField(_("dernière lecture"), null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(_("dernière lecture réussie"), null=True, blank=True, editable=False)
    etag = models.CharField(_("ETag"), max_length=255, blank=True, editable=False)
    last_modified = models.CharField(_("Last-Modified"), max_length=64, blank=True, editable=False)
    last_result = models.TextField(_("dernier résultat"), blank=True, editable=False)
    last_error = models.TextField(_("dernière erreur"), blank=True, editable=False)
    failing_since = models.DateTimeField(_("en échec depuis"), null=True, blank=True, editable=False)
    failures = models.PositiveIntegerField(_("échecs consécutifs"), default=0, editable=False)
    next_retry_at = models.DateTimeField(_("prochain essai"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("source d’événements")
        verbose_name_plural = _("sources d’événements")
        ordering = ["name", "id"]

    def __str__(self):
        return self.name
