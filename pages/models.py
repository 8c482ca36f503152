from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text import MAX_PAGE_BODY_LENGTH


class Page(models.Model):
    """One of the campaign's own pages. Its text is edited by national staff in Markdown;
    what the site computes (figures, legal-form links, the badge, CRESS contacts) lives in the
    page's template, not here."""

    class Slug(models.TextChoices):
        # The value is the page's address on the site: /<value>/.
        CAMPAIGN = "le-mois", _("Le Mois de l’ESS")
        ESS = "ess", _("Qu’est-ce que l’ESS ?")
        ORGANISE = "organiser", _("Organiser un événement")
        KIT = "kit", _("Kit de communication")
        CONTACT = "contact", _("Contact")
        LEGAL_NOTICE = "mentions-legales", _("Mentions légales")
        PRIVACY = "donnees-personnelles", _("Données personnelles")
        ACCESSIBILITY = "accessibilite", _("Accessibilité")

    slug = models.CharField(_("page"), max_length=40, choices=Slug.choices, unique=True)
    title = models.CharField(_("titre"), max_length=120)
    lead = models.CharField(
        _("chapeau"),
        max_length=300,
        blank=True,
        help_text=_("Une ou deux phrases sous le titre, sans mise en forme."),
    )
    body = models.TextField(
        _("texte"),
        max_length=MAX_PAGE_BODY_LENGTH,
        help_text=_(
            "Mise en forme Markdown : ## pour un intertitre, **gras**, *italique*, [lien](https://…), "
            "listes avec « - ». Le HTML et les scripts sont neutralisés."
        ),
    )
    updated_at = models.DateTimeField(_("modifiée le"), default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("modifiée par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("page éditoriale")
        verbose_name_plural = _("pages éditoriales")
        ordering = ["slug"]
        constraints = [
            models.CheckConstraint(
                name="page_slug_valid",
                condition=models.Q(
                    slug__in=[
                        "le-mois",
                        "ess",
                        "organiser",
                        "kit",
                        "contact",
                        "mentions-legales",
                        "donnees-personnelles",
                        "accessibilite",
                    ]
                ),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(self.url_name(self.slug))

    @classmethod
    def url_name(cls, slug: str) -> str:
        """The route of a page: its Slug member's name, e.g. pages:legal_notice for mentions-legales."""
        return f"pages:{cls.Slug(slug).name.lower()}"


class PageRevision(models.Model):
    """A saved version of a page, written by pages.services.save_page on every save."""

    page = models.ForeignKey(Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="revisions")
    title = models.CharField(_("titre"), max_length=120)
    lead = models.CharField(_("chapeau"), max_length=300, blank=True)
    body = models.TextField(_("texte"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("le"), default=timezone.now)

    class Meta:
        verbose_name = _("version")
        verbose_name_plural = _("versions")
        ordering = ["-created_at", "-id"]
        indexes = [
            # The history shown under a page in the admin, newest first.
            models.Index(fields=["page", "-created_at"], name="pagerevision_page_recent_idx"),
        ]

    def __str__(self):
        return f"{self.page} — {timezone.localtime(self.created_at):%d/%m/%Y %H:%M}"
