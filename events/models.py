import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text import MAX_DESCRIPTION_LENGTH
from core.validators import validate_french_phone, validate_web_url, web_url_constraint

# The five accessibility flags, the one list that forms, filters, the API, exports and pages use:
# (value in URLs and files, model field, label).
ACCESSIBILITY_FLAGS = (
    ("moteur", "access_motor", _("Handicap moteur")),
    ("auditif", "access_hearing", _("Handicap auditif")),
    ("visuel", "access_visual", _("Handicap visuel")),
    ("psychique", "access_psychic", _("Handicap psychique")),
    ("mental", "access_intellectual", _("Handicap mental")),
)


class Edition(models.Model):
    """One yearly campaign. The latest edition is the current one."""

    year = models.PositiveSmallIntegerField(_("année"), unique=True)
    starts_on = models.DateField(_("premier jour"))
    ends_on = models.DateField(_("dernier jour"))
    events_start_on = models.DateField(
        _("début de la période des événements"),
        help_text=_("Premier jour où un événement de cette édition peut avoir lieu."),
    )
    events_end_on = models.DateField(
        _("fin de la période des événements"),
        help_text=_("Dernier jour où un événement de cette édition peut avoir lieu."),
    )
    submissions_open_on = models.DateField(
        _("ouverture des inscriptions"),
        null=True,
        blank=True,
        help_text=_(
            "À partir de ce jour, le site annonce cette édition et les organisations peuvent y proposer "
            "des événements. Vide : dès la création de l’édition."
        ),
    )
    submissions_open = models.BooleanField(
        _("inscriptions ouvertes"),
        null=True,
        blank=True,
        default=None,
        choices=[
            (None, _("Selon les dates (de l’ouverture des inscriptions au dernier jour)")),
            (True, _("Ouvertes (même après le dernier jour)")),
            (False, _("Closes")),
        ],
        help_text=_(
            "Par défaut, les inscriptions suivent les dates de l’édition. L’équipe nationale peut les "
            "rouvrir après la fin de l’édition ou les fermer avant."
        ),
    )
    submissions_deadline = models.DateField(
        _("date limite des inscriptions"),
        null=True,
        blank=True,
        help_text=_("Indicative, affichée aux organisations."),
    )

    class Meta:
        verbose_name = _("édition")
        verbose_name_plural = _("éditions")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                name="edition_submissions_open_before_first_day",
                condition=models.Q(submissions_open_on__isnull=True)
                | models.Q(submissions_open_on__lte=models.F("starts_on")),
            ),
            models.CheckConstraint(
                name="edition_days_in_order", condition=models.Q(ends_on__gte=models.F("starts_on"))
            ),
            models.CheckConstraint(
                name="edition_event_window_in_order",
                condition=models.Q(events_end_on__gte=models.F("events_start_on")),
            ),
        ]

    def __str__(self):
        return _("Mois de l’ESS %(year)s") % {"year": self.year}

    def get_absolute_url(self):
        return f"{reverse('events:list')}?edition={self.year}"

    @classmethod
    def defaults_for(cls, year: int) -> dict:
        """The usual shape of an edition: the whole of November, submissions open from May."""
        first, last = datetime.date(year, 11, 1), datetime.date(year, 11, 30)
        return {
            "starts_on": first,
            "ends_on": last,
            "events_start_on": first,
            "events_end_on": last,
            "submissions_open_on": datetime.date(year, 5, 1),
        }

    @classmethod
    def current(cls):
        """The latest edition by year (the newest one created, maybe not open yet).

        For the edition the site is in on a given day, use events.editions.site_edition().
        """
        return cls.objects.order_by("-year").first()

    def accepts_submissions_on(self, day: datetime.date) -> bool:
        """Whether organisations may send events of this edition to moderation on that day."""
        if self.submissions_open is not None:
            return self.submissions_open
        opened = self.submissions_open_on is None or self.submissions_open_on <= day
        return opened and day <= self.ends_on

    @property
    def accepts_submissions(self) -> bool:
        """accepts_submissions_on(today), for templates."""
        return self.accepts_submissions_on(timezone.localdate())

    def accepts_day(self, day: datetime.date) -> bool:
        return self.events_start_on <= day <= self.events_end_on


class Term(models.Model):
    """A value of one of the taxonomies, edited by national staff."""

    name = models.CharField(_("libellé"), max_length=100, unique=True)
    slug = models.SlugField(_("identifiant d'URL"), max_length=100, unique=True)
    position = models.PositiveSmallIntegerField(_("ordre d'affichage"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Theme(Term):
    class Meta(Term.Meta):
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")


class EventType(Term):
    class Meta(Term.Meta):
        verbose_name = _("type d’événement")
        verbose_name_plural = _("types d’événement")


class Audience(Term):
    class Meta(Term.Meta):
        verbose_name = _("public")
        verbose_name_plural = _("publics")


class Highlight(Term):
    """A « temps fort »: a themed week or moment inside the month."""

    description = models.TextField(_("présentation"), blank=True)

    class Meta(Term.Meta):
        verbose_name = _("temps fort")
        verbose_name_plural = _("temps forts")


class EventQuerySet(models.QuerySet):
    def published(self):
        """The one definition of what the public may see."""
        return self.filter(state=Event.State.PUBLISHED)

    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now())

    def in_region(self, *regions):
        return self.filter(region__in=regions)

    def for_edition(self, edition):
        return self.filter(edition=edition)

    def of_organization(self, organization):
        return self.filter(organization=organization)

    def with_place(self):
        """The events that take place somewhere with a point: Event.has_place, in SQL."""
        return self.exclude(attendance_mode=Event.AttendanceMode.ONLINE).filter(
            latitude__isnull=False, longitude__isnull=False
        )

    def with_card(self):
        """With what an event card shows, in a fixed number of queries."""
        return self.select_related("organization", "event_type", "region", "department").prefetch_related(
            "themes", models.Prefetch("slots", queryset=TimeSlot.objects.order_by("starts_at"))
        )

    def with_details(self):
        """With everything an event's page and the exports show, in a fixed number of queries."""
        return self.with_card().select_related("edition", "highlight").prefetch_related("audiences")


def review_first():
    """SQL expression, 0 for what waits for a moderator: a pending event, a published one edited since
    (and not seen). The first key of the moderators' queue (moderation.admin) and of its index.

    The lookups are in the order the migration writer puts them: the index compares equal to its
    migration's (``makemigrations --check``)."""
    return models.Case(
        models.When(state="pending", then=models.Value(0)),
        models.When(edited_after_publication=True, state="published", then=models.Value(0)),
        default=models.Value(1),
    )


def waiting_since():
    """SQL expression, since when it waits: the submission of a pending event, the first unseen edit of a
    published one. The second key of the moderators' queue and of its index."""
    return models.Case(
        models.When(state="pending", then=models.F("submitted_at")),
        models.When(edited_after_publication=True, state="published", then=models.F("changes_pending_since")),
        default=models.F("submitted_at"),
    )


class Event(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Brouillon")
        PENDING = "pending", _("En attente de modération")
        CHANGES_REQUESTED = "changes_requested", _("Modifications demandées")
        PUBLISHED = "published", _("Publié")
        REJECTED = "rejected", _("Refusé")

    class Status(models.TextChoices):
        # schema.org eventStatus, plus "full" as OpenAgenda has it.
        SCHEDULED = "scheduled", _("Programmé")
        POSTPONED = "postponed", _("Reporté")
        RESCHEDULED = "rescheduled", _("Nouvelles dates")
        MOVED_ONLINE = "moved_online", _("Passé en ligne")
        FULL = "full", _("Complet")
        CANCELLED = "cancelled", _("Annulé")

    class AttendanceMode(models.TextChoices):
        ON_SITE = "on_site", _("Sur place")
        ONLINE = "online", _("En ligne")
        MIXED = "mixed", _("Sur place et en ligne")

    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="events",
    )
    edition = models.ForeignKey(Edition, verbose_name=_("édition"), on_delete=models.PROTECT, related_name="events")
    title = models.CharField(_("titre"), max_length=140)
    slug = models.SlugField(_("identifiant d'URL"), max_length=160, unique=True)
    summary = models.CharField(
        _("résumé"),
        max_length=200,
        help_text=_("Une ou deux phrases, sans mise en forme : elles apparaissent dans les listes."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=MAX_DESCRIPTION_LENGTH,
        help_text=_("Le programme, les intervenants, ce que le public va découvrir. Mise en forme Markdown."),
    )

    # Moderation (who decided, when, and the message sent to the organisation).
    state = models.CharField(_("état de modération"), max_length=20, choices=State.choices, default=State.DRAFT)
    state_changed_at = models.DateTimeField(_("état changé le"), null=True, blank=True)
    state_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("état changé par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    moderation_message = models.TextField(_("message de modération"), blank=True)
    submitted_at = models.DateTimeField(_("soumis le"), null=True, blank=True)
    published_at = models.DateTimeField(_("publié le"), null=True, blank=True)
    # The organisation changed the published event and no moderator has looked at it since
    # (services.record_edit sets it, services.acknowledge_changes clears it); since when.
    edited_after_publication = models.BooleanField(_("modifié depuis la publication"), default=False, editable=False)
    changes_pending_since = models.DateTimeField(
        _("modifications à voir depuis"), null=True, blank=True, editable=False
    )

    # Schedule status, independent from moderation: a published event can be cancelled.
    status = models.CharField(_("statut"), max_length=20, choices=Status.choices, default=Status.SCHEDULED)
    status_message = models.TextField(
        _("message au public"),
        blank=True,
        help_text=_("Affiché en bandeau quand l’événement est annulé, reporté ou complet."),
    )

    # When: the time slots live in TimeSlot; these two mirror the first start and the
    # last end so that lists can sort and filter without touching the slots table.
    starts_at = models.DateTimeField(_("début"), null=True, blank=True, editable=False)
    ends_at = models.DateTimeField(_("fin"), null=True, blank=True, editable=False)

    # Where.
    attendance_mode = models.CharField(
        _("format"), max_length=10, choices=AttendanceMode.choices, default=AttendanceMode.ON_SITE
    )
    region = models.ForeignKey(
        "regions.Region",
        verbose_name=_("région"),
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("La région dont la CRESS modère l’événement."),
    )
    venue_name = models.CharField(_("nom du lieu"), max_length=200, blank=True)
    address = models.CharField(_("adresse"), max_length=255, blank=True)
    postal_code = models.CharField(_("code postal"), max_length=5, blank=True)
    city = models.CharField(_("commune"), max_length=100, blank=True)
    department = models.ForeignKey(
        "regions.Department",
        verbose_name=_("département"),
        on_delete=models.PROTECT,
        related_name="events",
        null=True,
        blank=True,
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    online_url = models.URLField(_("lien de connexion"), max_length=500, blank=True, validators=[validate_web_url])

    # What and for whom.
    themes = models.ManyToManyField(Theme, verbose_name=_("thèmes"), related_name="events")
    event_type = models.ForeignKey(
        EventType,
        verbose_name=_("type d’événement"),
        on_delete=models.PROTECT,
        related_name="events",
    )
    audiences = models.ManyToManyField(Audience, verbose_name=_("publics"), related_name="events", blank=True)
    # The themes and publics again, one bit per id, for the counts and filters of the lists (events.masks
    # keeps them from the links above).
    theme_mask = models.BigIntegerField(_("thèmes (bits)"), default=0, editable=False)
    audience_mask = models.BigIntegerField(_("publics (bits)"), default=0, editable=False)
    highlight = models.ForeignKey(
        Highlight,
        verbose_name=_("temps fort"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )

    # Price and registration.
    is_free = models.BooleanField(_("gratuit"), default=True)
    price_conditions = models.CharField(
        _("tarifs"),
        max_length=255,
        blank=True,
        help_text=_("Par exemple : 5 €, gratuit pour les moins de 18 ans."),
    )
    registration_url = models.URLField(
        _("lien d’inscription"), max_length=500, blank=True, validators=[validate_web_url]
    )
    registration_email = models.EmailField(_("e-mail d’inscription"), blank=True)
    registration_phone = models.CharField(
        _("téléphone d’inscription"), max_length=30, blank=True, validators=[validate_french_phone]
    )

    # Accessibility, as OpenAgenda's five flags.
    access_motor = models.BooleanField(_("accessible aux personnes en situation de handicap moteur"), default=False)
    access_hearing = models.BooleanField(_("accessible aux personnes en situation de handicap auditif"), default=False)
    access_visual = models.BooleanField(_("accessible aux personnes en situation de handicap visuel"), default=False)
    access_psychic = models.BooleanField(
        _("accessible aux personnes en situation de handicap psychique"), default=False
    )
    access_intellectual = models.BooleanField(
        _("accessible aux personnes en situation de handicap mental"), default=False
    )

    image = models.ImageField(_("image"), upload_to="events/images/%Y/", blank=True)
    image_alt = models.CharField(
        _("texte alternatif de l’image"),
        max_length=250,
        blank=True,
        help_text=_("Décrivez l’image pour les personnes qui ne la voient pas."),
    )
    # The sizes made from the image (core.images.make_sizes): {"page": {"name", "width", "height"}, …}
    image_sizes = models.JSONField(_("tailles de l’image"), default=dict, blank=True, editable=False)

    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("événement")
        verbose_name_plural = _("événements")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                name="event_latitude_in_range",
                condition=models.Q(latitude__isnull=True) | models.Q(latitude__gte=-90, latitude__lte=90),
            ),
            models.CheckConstraint(
                name="event_longitude_in_range",
                condition=models.Q(longitude__isnull=True) | models.Q(longitude__gte=-180, longitude__lte=180),
            ),
            models.CheckConstraint(
                name="event_on_site_has_point",
                condition=models.Q(attendance_mode="online")
                | models.Q(latitude__isnull=False, longitude__isnull=False),
            ),
            models.CheckConstraint(
                name="event_online_has_link",
                condition=models.Q(attendance_mode="on_site") | ~models.Q(online_url=""),
            ),
            web_url_constraint(field="online_url", name="event_online_url_is_web_address"),
            web_url_constraint(field="registration_url", name="event_registration_url_is_web_address"),
            models.CheckConstraint(
                name="event_dates_in_order",
                condition=models.Q(starts_at__isnull=True)
                | models.Q(ends_at__isnull=True)
                | models.Q(ends_at__gte=models.F("starts_at")),
            ),
            models.CheckConstraint(
                name="event_image_has_alt",
                condition=models.Q(image="") | ~models.Q(image_alt=""),
            ),
            models.CheckConstraint(
                name="event_state_valid",
                condition=models.Q(state__in=["draft", "pending", "changes_requested", "published", "rejected"]),
            ),
            models.CheckConstraint(
                name="event_status_valid",
                condition=models.Q(
                    status__in=[
                        "scheduled",
                        "postponed",
                        "rescheduled",
                        "moved_online",
                        "full",
                        "cancelled",
                    ]
                ),
            ),
            models.CheckConstraint(
                name="event_attendance_mode_valid",
                condition=models.Q(attendance_mode__in=["on_site", "online", "mixed"]),
            ),
        ]
        indexes = [
            # The public list: published events that have not ended yet, by date.
            models.Index(fields=["state", "ends_at", "starts_at"], name="event_public_upcoming_idx"),
            # Region pages and the moderators' queue.
            models.Index(fields=["region", "state", "starts_at"], name="event_region_state_idx"),
            # Edition filter and figures.
            models.Index(fields=["edition", "state", "starts_at"], name="event_edition_state_idx"),
            # Distance search and map bounding boxes.
            models.Index(fields=["latitude", "longitude"], name="event_point_idx"),
            # "Newest first" sort.
            models.Index(fields=["published_at"], name="event_published_at_idx"),
            # The edition's published events with the columns the list's count, sort, facet counts,
            # distance search and map clusters read: PostgreSQL answers them from the index alone,
            # without reading the wide rows (descriptions) of the table (ignored where covering indexes
            # do not exist: SQLite).
            models.Index(
                fields=["edition", "ends_at"],
                include=[
                    "id",
                    "starts_at",
                    "region",
                    "department",
                    "event_type",
                    "highlight",
                    "organization",
                    "attendance_mode",
                    "is_free",
                    *(field for _value, field, _label in ACCESSIBILITY_FLAGS),
                    "theme_mask",
                    "audience_mask",
                    "latitude",
                    "longitude",
                ],
                condition=models.Q(state="published"),
                name="event_public_edition_idx",
            ),
            # The moderators' queue of an edition in its order (moderation.admin): its first page is
            # read from the index, not sorted out of the edition's rows (0.9 ms instead of 108 at 50 000
            # events). The expressions are the queue's own, so that the database recognises them; an
            # ascending key puts NULLs last on PostgreSQL, as the queue does (SQLite cannot say so in
            # an index).
            models.Index(
                models.F("edition"),
                review_first(),
                waiting_since(),
                models.F("starts_at"),
                models.F("id"),
                name="event_review_queue_idx",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # The masks of an existing row are written by events.masks only: an instance loaded before its
        # links changed must not put the old bits back.
        if not self._state.adding and kwargs.get("update_fields") is None and not kwargs.get("force_insert"):
            deferred = self.get_deferred_fields()
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key
                and field.name not in ("theme_mask", "audience_mask")
                and field.attname not in deferred
            ]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    def clean(self):
        from .rules import event_errors

        errors = event_errors(
            attendance_mode=self.attendance_mode,
            online_url=self.online_url,
            latitude=self.latitude,
            longitude=self.longitude,
            is_free=self.is_free,
            price_conditions=self.price_conditions,
            status=self.status,
        )
        if errors:
            raise ValidationError(errors)

    @property
    def tzinfo(self) -> ZoneInfo:
        return self.region.tzinfo

    @property
    def is_public(self) -> bool:
        return self.state == self.State.PUBLISHED

    @classmethod
    def from_db(cls, db, field_names, values):
        event = super().from_db(db, field_names, values)
        # Whether the row, as loaded, was on a public page (None: not known, its state was not loaded).
        loaded = "state" in field_names and "published_at" in field_names
        event._loaded_public = (
            (event.state == cls.State.PUBLISHED or event.published_at is not None) if loaded else None
        )
        return event

    @property
    def ever_public(self) -> bool:
        """Whether a public page shows it, showed it, or showed it as it was loaded: a change to it changes
        a public page (a change to a draft or a submission never published does not)."""
        loaded = getattr(self, "_loaded_public", False)
        return loaded is not False or self.state == self.State.PUBLISHED or self.published_at is not None

    def image_size(self, size: str) -> dict | None:
        """URL and dimensions of one size of the image (core.images); the image itself when that
        size was never made (an image from before the sizes existed); None without image."""
        if not self.image:
            return None
        stored = (self.image_sizes or {}).get(size) or {}
        large = (self.image_sizes or {}).get("large") or {}
        if stored.get("name"):
            return {"url": self.image.storage.url(stored["name"]), **_dimensions(stored)}
        return {"url": self.image.url, **_dimensions(large)}

    @property
    def image_large(self):
        return self.image_size("large")

    @property
    def image_page(self):
        return self.image_size("page")

    @property
    def image_thumbnail(self):
        return self.image_size("thumbnail")

    @property
    def image_social(self):
        return self.image_size("social")

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def has_ended(self) -> bool:
        return self.ends_at is not None and self.ends_at < timezone.now()

    @property
    def has_place(self) -> bool:
        """The event takes place somewhere with a point (on site or mixed); EventQuerySet.with_place in SQL."""
        return self.attendance_mode != self.AttendanceMode.ONLINE and None not in (self.latitude, self.longitude)

    @property
    def is_online(self) -> bool:
        return self.attendance_mode != self.AttendanceMode.ON_SITE

    def next_slot(self, now=None):
        """The next slot that has not ended (or the last one), from prefetched slots."""
        now = now or timezone.now()
        slots = list(self.slots.all())
        upcoming = [slot for slot in slots if slot.ends_at >= now]
        if upcoming:
            return upcoming[0]
        return slots[-1] if slots else None

    def other_slots_count(self, now=None) -> int:
        now = now or timezone.now()
        return max(0, sum(1 for slot in self.slots.all() if slot.ends_at >= now) - 1)

    @property
    def accessibility(self) -> list[tuple[str, str]]:
        """The accessibility flags that are set, as (filter value, label) pairs."""
        return [(value, label) for value, field, label in ACCESSIBILITY_FLAGS if getattr(self, field)]


class TimeSlot(models.Model):
    event = models.ForeignKey(Event, verbose_name=_("événement"), on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField(_("début"))
    ends_at = models.DateTimeField(_("fin"))

    class Meta:
        verbose_name = _("créneau")
        verbose_name_plural = _("créneaux")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                name="timeslot_ends_after_start",
                condition=models.Q(ends_at__gt=models.F("starts_at")),
            ),
            models.UniqueConstraint(fields=["event", "starts_at"], name="timeslot_unique_start_per_event"),
        ]
        indexes = [
            # "Next slot" lookups and date filters.
            models.Index(fields=["starts_at", "ends_at"], name="timeslot_dates_idx"),
            # The next slot end to come (events.caching.time_bucket): one index probe.
            models.Index(fields=["ends_at"], name="timeslot_ends_idx"),
        ]

    def __str__(self):
        local = timezone.localtime(self.starts_at, self.event.tzinfo)
        return f"{self.event} — {local:%d/%m/%Y %H:%M}"


class EventLogEntry(models.Model):
    """One line of an event's history: a moderation decision, a submission, an edit after publication."""

    class Action(models.TextChoices):
        CREATED = "created", _("Création")
        SUBMITTED = "submitted", _("Soumis à la modération")
        PUBLISHED = "published", _("Publié")
        REJECTED = "rejected", _("Refusé")
        CHANGES_REQUESTED = "changes_requested", _("Modifications demandées")
        UNPUBLISHED = "unpublished", _("Dépublié")
        EDITED = "edited", _("Modifié")
        CANCELLED = "cancelled", _("Annulé")
        UNCANCELLED = "uncancelled", _("Rétabli")
        IMPORTED = "imported", _("Importé")
        CHANGES_SEEN = "changes_seen", _("Modifications vues")
        STATUS_CHANGED = "status_changed", _("Statut changé")

    # Decisions taken by a moderator, shown to the organisation with their message.
    DECISIONS = {Action.PUBLISHED, Action.REJECTED, Action.CHANGES_REQUESTED, Action.UNPUBLISHED}

    event = models.ForeignKey(Event, verbose_name=_("événement"), on_delete=models.CASCADE, related_name="log")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    message = models.TextField(_("message"), blank=True)
    # For edits: {field name: [old value, new value]} as plain text.
    changes = models.JSONField(_("changements"), default=dict, blank=True)
    created_at = models.DateTimeField(_("le"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("entrée d’historique")
        verbose_name_plural = _("historique des événements")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["event", "-created_at"], name="eventlog_event_recent_idx")]

    def __str__(self):
        return f"{self.event} — {self.get_action_display()}"


class EventReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed_at__isnull=True)


class EventReport(models.Model):
    """A problem on a public event page reported by a visitor (« Signaler un problème »). It waits in
    the event's region's queue until a moderator closes it, having acted on the event or not."""

    class Reason(models.TextChoices):
        WRONG_INFORMATION = "wrong_information", _("Informations erronées")
        CANCELLED = "cancelled", _("Événement annulé")
        NOT_ESS = "not_ess", _("Ne relève pas de l’ESS")
        OFFENSIVE = "offensive", _("Contenu choquant ou offensant")

    class Outcome(models.TextChoices):
        ACTED = "acted", _("Clos, l’événement a été corrigé")
        DISMISSED = "dismissed", _("Clos sans suite")

    event = models.ForeignKey(Event, verbose_name=_("événement"), on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(_("motif"), max_length=20, choices=Reason.choices)
    message = models.TextField(_("message"), max_length=2000)
    email = models.EmailField(_("e-mail de la personne"), blank=True)
    created_at = models.DateTimeField(_("signalé le"), default=timezone.now, db_index=True)
    closed_at = models.DateTimeField(_("clos le"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("clos par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    outcome = models.CharField(_("suite donnée"), max_length=10, choices=Outcome.choices, blank=True)

    objects = EventReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("signalement")
        verbose_name_plural = _("signalements")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                name="eventreport_reason_valid",
                condition=models.Q(reason__in=["wrong_information", "cancelled", "not_ess", "offensive"]),
            ),
            models.CheckConstraint(
                name="eventreport_closed_with_outcome",
                condition=models.Q(closed_at__isnull=True, outcome="")
                | models.Q(closed_at__isnull=False, outcome__in=["acted", "dismissed"]),
            ),
        ]

    def __str__(self):
        return f"{self.event} — {self.get_reason_display()}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


def _dimensions(size: dict) -> dict:
    return {"width": size.get("width"), "height": size.get("height")}
