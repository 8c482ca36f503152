from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.validators import validate_french_phone, validate_web_url, web_url_constraint

from .validators import validate_siret


class LegalForm(models.TextChoices):
    ASSOCIATION = "association", _("Association")
    COOPERATIVE = "cooperative", _("Coopérative")
    MUTUELLE = "mutuelle", _("Mutuelle")
    FONDATION = "fondation", _("Fondation")
    FONDS_DOTATION = "fonds_dotation", _("Fonds de dotation")
    SOCIETE_COMMERCIALE_ESS = "societe_commerciale_ess", _("Société commerciale de l’ESS")
    AUTRE = "autre", _("Autre")


class Organization(models.Model):
    """An ESS organisation that runs events; its members manage them."""

    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("identifiant d'URL"), max_length=220, unique=True)
    legal_form = models.CharField(_("forme juridique"), max_length=32, choices=LegalForm.choices)
    siret = models.CharField(
        _("SIRET"),
        max_length=14,
        blank=True,
        validators=[validate_siret],
        help_text=_("Facultatif. 14 chiffres, sans espace."),
    )
    description = models.TextField(_("présentation"), blank=True)
    website = models.URLField(_("site web"), blank=True, validators=[validate_web_url])
    email = models.EmailField(_("e-mail de contact"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True, validators=[validate_french_phone])
    logo = models.ImageField(_("logo"), upload_to="organizations/logos/", blank=True)
    address = models.CharField(_("adresse"), max_length=255, blank=True)
    postal_code = models.CharField(_("code postal"), max_length=5, blank=True)
    city = models.CharField(_("commune"), max_length=100, blank=True)
    department = models.ForeignKey(
        "regions.Department",
        verbose_name=_("département"),
        on_delete=models.PROTECT,
        related_name="organizations",
        null=True,
        blank=True,
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="Membership",
        related_name="organizations",
        verbose_name=_("membres"),
    )
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                name="organization_siret_digits",
                condition=models.Q(siret="") | models.Q(siret__regex=r"^[0-9]{14}$"),
            ),
            web_url_constraint(field="website", name="organization_website_is_web_address"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("organizations:detail", kwargs={"slug": self.slug})

    @property
    def region(self):
        return self.department.region if self.department_id else None


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Responsable")
        EDITOR = "editor", _("Éditeur")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utilisateur"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("rôle"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    created_at = models.DateTimeField(_("depuis le"), auto_now_add=True)

    class Meta:
        verbose_name = _("adhésion")
        verbose_name_plural = _("adhésions")
        constraints = [
            models.UniqueConstraint(fields=["user", "organization"], name="membership_unique_user_organization"),
        ]

    def __str__(self):
        return f"{self.user} — {self.organization} ({self.get_role_display()})"


class Invitation(models.Model):
    """An owner invites someone by e-mail; the link carries a signed, expiring token of this row."""

    organization = models.ForeignKey(
        Organization, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("adresse e-mail invitée"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invitée par"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("envoyée le"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("acceptée le"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]
        indexes = [
            # The pending invitations listed on an organisation's members page.
            models.Index(fields=["organization", "accepted_at"], name="invitation_org_pending_idx"),
        ]

    def __str__(self):
        return f"{self.email} → {self.organization}"
