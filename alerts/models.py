"""E-mail alerts on a saved search (an address, its alerts) and the audience figures (one row per
object, kind and day). See docs/alerts.md."""

import secrets

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_key() -> str:
    return secrets.token_urlsafe(16)


class Subscriber(models.Model):
    """An e-mail address that asked for alerts. No account: it proves it holds the mailbox by
    confirming each alert (double opt-in), and manages them from a signed link."""

    email = models.EmailField(_("adresse e-mail"), unique=True)
    # Part of every signed link of this address: changing it revokes them all.
    key = models.CharField(max_length=40, default=new_key)
    created_at = models.DateTimeField(_("créée le"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmée le"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("désinscrite le"), null=True, blank=True)
    bounced_at = models.DateTimeField(_("rejetée par son serveur le"), null=True, blank=True)
    # When its alerts were last looked at by send_alerts (the daily or weekly rhythm).
    checked_at = models.DateTimeField(_("alertes examinées le"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("dernier envoi le"), null=True, blank=True)
    # Its last sign of life: an alert confirmed, the manage page opened, a mail sent.
    active_at = models.DateTimeField(_("dernière activité le"), default=timezone.now)

    class Meta:
        verbose_name = _("adresse abonnée")
        verbose_name_plural = _("adresses abonnées")

    def __str__(self):
        return self.email

    @property
    def receives(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None and self.bounced_at is None


class Alert(models.Model):
    """The saved filters of the events list, as a canonical query string (``alerts.queries``)."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="alerts")
    query = models.CharField(_("filtres"), max_length=2000, blank=True)
    # Set when the alert follows one organisation (« Suivre cette organisation »): its figures count them.
    organization = models.ForeignKey(
        "organizations.Organization", null=True, blank=True, on_delete=models.CASCADE, related_name="alerts"
    )
    created_at = models.DateTimeField(_("créée le"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmée le"), null=True, blank=True)
    # The events published up to this instant were already mailed (or were there before the alert).
    last_sent_at = models.DateTimeField(_("envoyée jusqu’au"), null=True, blank=True)

    class Meta:
        verbose_name = _("alerte")
        verbose_name_plural = _("alertes")
        constraints = [models.UniqueConstraint(fields=["subscriber", "query"], name="alert_unique_query")]

    def __str__(self):
        return self.query or "*"


class DailyCount(models.Model):
    """How many times one event (or organisation page) was seen, downloaded or clicked on one day.
    No address, no identifier: only this sum (``alerts.audience``)."""

    class Kind(models.TextChoices):
        EVENT_VIEW = "vue", _("Vues de la page de l’événement")
        CALENDAR = "agenda", _("Ajouts à un agenda (.ics)")
        REGISTRATION = "inscription", _("Clics sur le lien d’inscription")
        ORGANIZATION_VIEW = "organisation", _("Vues de la page de l’organisation")

    day = models.DateField(_("jour"))
    kind = models.CharField(_("mesure"), max_length=20, choices=Kind.choices)
    event = models.ForeignKey(
        "events.Event", null=True, blank=True, on_delete=models.CASCADE, related_name="daily_counts"
    )
    organization = models.ForeignKey(
        "organizations.Organization", null=True, blank=True, on_delete=models.CASCADE, related_name="daily_counts"
    )
    count = models.PositiveIntegerField(_("nombre"), default=0)

    class Meta:
        verbose_name = _("compteur du jour")
        verbose_name_plural = _("compteurs du jour")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "kind", "event"], condition=Q(event__isnull=False), name="daily_count_unique_event"
            ),
            models.UniqueConstraint(
                fields=["day", "kind", "organization"],
                condition=Q(organization__isnull=False),
                name="daily_count_unique_organization",
            ),
            models.CheckConstraint(
                name="daily_count_one_object",
                condition=Q(event__isnull=False, organization__isnull=True)
                | Q(event__isnull=True, organization__isnull=False),
            ),
        ]

    def __str__(self):
        return f"{self.day} {self.kind} {self.count}"
