from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        # E-mail addresses are stored lower-cased; log-ins are case-insensitive.
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractUser):
    """A person with an account: an organisation member, a CRESS moderator or national staff.

    The e-mail address is the login. Moderators are staff users linked to the regions
    they moderate; national staff are superusers or members of the national group.
    """

    username = None
    first_name = models.CharField(_("prénom"), max_length=150, blank=True)
    last_name = models.CharField(_("nom"), max_length=150, blank=True)
    email = models.EmailField(_("adresse e-mail"), unique=True)
    email_verified_at = models.DateTimeField(_("adresse vérifiée le"), null=True, blank=True)
    moderated_regions = models.ManyToManyField(
        "regions.Region",
        verbose_name=_("régions modérées"),
        related_name="moderators",
        blank=True,
        help_text=_("Les régions dont cette personne modère les événements (CRESS)."),
    )

    objects = UserManager()

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("utilisateur")
        verbose_name_plural = _("utilisateurs")
        ordering = ["email"]

    def __str__(self):
        return self.email

    @property
    def is_email_verified(self) -> bool:
        return self.email_verified_at is not None


class SentForm(models.Model):
    """A creating form already carried out. Each such form carries a one-time token; the same form
    sent again (a double click, a reload, the back button) finds its row here and leads to what the
    first sending created, instead of creating it again. The unique constraint makes two sendings at
    the same instant wait for each other: the second one sees the first one's row."""

    user = models.ForeignKey(User, verbose_name=_("utilisateur"), on_delete=models.CASCADE, related_name="+")
    token = models.CharField(_("jeton"), max_length=64)
    url = models.CharField(_("adresse de ce qui a été créé"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("le"), default=timezone.now)

    class Meta:
        verbose_name = _("formulaire envoyé")
        verbose_name_plural = _("formulaires envoyés")
        constraints = [models.UniqueConstraint(fields=["user", "token"], name="sentform_unique_user_token")]

    def __str__(self):
        return f"{self.user} — {self.token}"
