from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DigestNotice(models.Model):
    """One piece of news already mailed to one person by the moderation digest.

    The digest mails only what has no notice yet: an event submitted again later is news again
    (its `submitted_at` differs), a reminder is sent once per submission.
    """

    class Kind(models.TextChoices):
        NEW = "new", _("Nouvel événement en attente")
        REMINDER = "reminder", _("Rappel : en attente depuis longtemps")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("destinataire"),
        on_delete=models.CASCADE,
        related_name="digest_notices",
    )
    event = models.ForeignKey(
        "events.Event", verbose_name=_("événement"), on_delete=models.CASCADE, related_name="digest_notices"
    )
    kind = models.CharField(_("nature"), max_length=10, choices=Kind.choices)
    submitted_at = models.DateTimeField(_("soumission concernée"))
    sent_at = models.DateTimeField(_("envoyé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("avis de synthèse envoyé")
        verbose_name_plural = _("avis de synthèse envoyés")
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "event", "kind", "submitted_at"], name="digestnotice_unique_news_per_recipient"
            ),
            models.CheckConstraint(name="digestnotice_kind_valid", condition=models.Q(kind__in=["new", "reminder"])),
        ]

    def __str__(self):
        return f"{self.recipient} — {self.event} ({self.get_kind_display()})"
