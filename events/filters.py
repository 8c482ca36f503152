"""The filters of the public events list, shared by every view that takes « the same filter
parameters as /evenements/ » (the list, the map's GeoJSON, the region pages, the open-data feeds).

    queryset, form = filter_events(request.GET)

``EventFilter`` is a django-filter ``FilterSet``. Several values of one facet are OR'd, facets are
AND'ed. Invalid values get a French message on their field and are ignored; the others still apply.
Default scope: the site's edition (``events.editions.site_edition``): its events that have not ended yet
before and during it, all of them (past ones included) after it; ``passes=1`` adds the past ones,
``edition=<year>`` picks another edition (all its events), ``du``/``au`` replace the default by explicit
dates. ``EventFilter(..., every_edition=True)`` (the RSS feed) drops the default scope: every edition, past
events included, unless ``edition``, ``du`` or ``au`` say otherwise.
``organisation=<slug>`` (repeatable) keeps one or several organisations' events (the widgets and feeds
of an organisation link to the list with it).

Every parameter is bounded where it is defined, so that no value reaches the database or date arithmetic
unchecked: dates between EARLIEST_DATE and LATEST_DATE (core.forms), the radius between 1 and
MAX_RADIUS_KM, the text at most MAX_QUERY_LENGTH characters, a repeatable parameter at most
MAX_VALUES_PER_FILTER values (MAX_ORGANIZATIONS for ``organisation``).
"""

import datetime
import math
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import django_filters
from django import forms
from django.db.models import Case, Count, DateTimeField, Exists, F, OuterRef, Q, Subquery, When
from django.db.models.functions import ASin, Coalesce, Cos, Power, Radians, Sin, Sqrt
from django.http import QueryDict
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_filters.fields import MultipleChoiceField

from core import httpcache
from core.forms import BoundedDateField, CleanTextMixin
from core.text import fold
from organizations.models import LegalForm, Organization
from regions.geodata import EARTH_RADIUS_KM, Place, find_places, locate_postal_code, normalize_postal_code
from regions.models import Department, Region

from . import editions as phases
from . import masks
from .caching import public_version
from .models import ACCESSIBILITY_FLAGS, Audience, Edition, Event, EventType, Highlight, Theme, TimeSlot
from .search import MAX_QUERY_LENGTH, SearchNames, annotate_for_search, text_search_q

DEFAULT_RADIUS_KM = 20
MAX_RADIUS_KM = 300
KM_PER_DEGREE = 111.2

FORMAT_CHOICES = [
    ("presentiel", _("Sur place")),
    ("en-ligne", _("En ligne")),
    ("mixte", _("Sur place et en ligne")),
]
FORMAT_MODES = {
    "presentiel": Event.AttendanceMode.ON_SITE,
    "en-ligne": Event.AttendanceMode.ONLINE,
    "mixte": Event.AttendanceMode.MIXED,
}
ACCESSIBILITY_CHOICES = [(value, label) for value, _field, label in ACCESSIBILITY_FLAGS]
ACCESSIBILITY_FIELDS = {value: field for value, field, _label in ACCESSIBILITY_FLAGS}
# ``quand``: quick choices of days, read in each event's own time zone (see period_days()).
WHEN_CHOICES = [
    ("aujourdhui", _("Aujourd’hui")),
    ("ce-week-end", _("Ce week-end")),
    ("cette-semaine", _("Cette semaine")),
]
SORT_CHOICES = [
    ("date", _("Par date")),
    ("distance", _("Par distance")),
    ("recent", _("Les plus récents d’abord")),
]
# The filters that show counts, in the order of the form.
FACETS = (
    "region",
    "departement",
    "theme",
    "type",
    "public",
    "format",
    "accessibilite",
    "gratuit",
    "temps_fort",
    "forme",
)

# The facets whose values an event has several of: the event's relation and its link table's column (each
# relation also has its mask, events.masks.MASK_OF).
MANY_FACETS = {"theme": ("themes", "theme_id"), "public": ("audiences", "audience_id")}

MAX_ORGANIZATIONS = 50
# More values than any facet has (101 departments), so that no legitimate choice is ever refused.
MAX_VALUES_PER_FILTER = 120
_SLUG_RE = re.compile(r"[-a-zA-Z0-9_]{1,220}")
_LAT_LNG_RE = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$")


def public_events(*, details=False):
    """Published events with what an event card shows (``details``: everything an event's page and
    the exports show), in a fixed number of queries.

    Every public view, feed and export starts from here (and so from ``Event.objects.published()``).
    """
    events = Event.objects.published()
    return events.with_details() if details else events.with_card()


def next_start(now=None):
    """SQL expression: the start of the event's next slot that has not ended (else its first start).

    The slots subquery only runs for events whose first slot has already started (CASE is lazy):
    for all the others the next start is their first start.
    """
    now = now or timezone.now()
    upcoming = TimeSlot.objects.filter(event=OuterRef("pk"), ends_at__gte=now).order_by("starts_at")
    return Case(
        When(starts_at__gte=now, then=F("starts_at")),
        default=Coalesce(Subquery(upcoming.values("starts_at")[:1]), F("starts_at")),
        output_field=DateTimeField(),
    )


def period_days(period: str, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The first and last days of a ``quand`` value, ``today`` being the day where the event takes place:
    « ce-week-end » is the coming Saturday and Sunday (the rest of it on a Saturday or a Sunday),
    « cette-semaine » today up to Sunday."""
    weekday = today.weekday()  # Monday is 0
    sunday = today + datetime.timedelta(days=6 - weekday)
    if period == "aujourdhui":
        return today, today
    if period == "ce-week-end":
        return max(today, sunday - datetime.timedelta(days=1)), sunday
    return today, sunday


@dataclass(frozen=True)
class Origin:
    """The centre of a distance search."""

    latitude: float
    longitude: float
    label: str


class OriginField(forms.CharField):
    """A commune (« Rennes », « saint etienne », « Saint-Denis (974) »), a French postal code (« 35000 »)
    or « latitude,longitude » (« 48.11,-1.68 »). A name several communes bear is refused; the
    communes it could be are kept in ``ambiguous`` for the page to offer them."""

    default_error_messages = {
        "unknown": _(
            "Nous ne connaissons pas le code postal « %(value)s ». Vérifiez-le ou essayez une commune voisine."
        ),
        "unknown_place": _(
            "Nous ne trouvons pas de commune nommée « %(value)s ». Vérifiez l’orthographe ou indiquez un code postal."
        ),
        "ambiguous": _("Plusieurs communes s’appellent « %(value)s » : choisissez la vôtre."),
        "invalid": _(
            "Indiquez une commune, un code postal français à cinq chiffres (par exemple 35000) "
            "ou des coordonnées « latitude,longitude »."
        ),
    }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 80)
        super().__init__(*args, **kwargs)
        self.ambiguous: list[Place] = []

    def clean(self, value):
        value = super().clean(value)
        self.ambiguous = []
        if not value:
            return None
        match = _LAT_LNG_RE.match(value)
        if match:
            latitude, longitude = float(match[1]), float(match[2])
            if -90 <= latitude <= 90 and -180 <= longitude <= 180:
                return Origin(latitude, longitude, value.strip())
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        code = normalize_postal_code(value)
        if code is not None:
            point = locate_postal_code(code)
            if point is None:
                raise forms.ValidationError(self.error_messages["unknown"], code="unknown", params={"value": code})
            return Origin(point[0], point[1], code)
        if not re.search(r"[^\W\d_]", value):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        places = find_places(value)
        if not places:
            raise forms.ValidationError(
                self.error_messages["unknown_place"], code="unknown_place", params={"value": value.strip()}
            )
        if len(places) > 1:
            self.ambiguous = places
            raise forms.ValidationError(
                self.error_messages["ambiguous"], code="ambiguous", params={"value": places[0].name}
            )
        return Origin(places[0].lat, places[0].lng, places[0].name)


class OriginFilter(django_filters.Filter):
    field_class = OriginField


def _too_many_values(limit: int) -> forms.ValidationError:
    return forms.ValidationError(
        _("Trop de valeurs pour ce filtre : %(limit)s au plus ; il est ignoré."),
        code="too_many",
        params={"limit": limit},
    )


class SlugListField(forms.Field):
    """Repeatable slugs (``organisation=a&organisation=b``): the well-formed ones, looked up by the form."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        if not value:
            return []
        values = value if isinstance(value, (list, tuple)) else [value]
        return list(dict.fromkeys(str(slug).strip() for slug in values if str(slug).strip()))

    def validate(self, value):
        super().validate(value)
        if len(value) > MAX_ORGANIZATIONS:
            raise _too_many_values(MAX_ORGANIZATIONS)


class SlugListFilter(django_filters.Filter):
    field_class = SlugListField


class BoundedMultipleChoiceField(MultipleChoiceField):
    """Several values of one facet, each given once, at most MAX_VALUES_PER_FILTER of them (the query
    string may hold thousands: each would cost a check against every choice and a SQL parameter)."""

    def to_python(self, value):
        return list(dict.fromkeys(super().to_python(value)))

    def validate(self, value):
        if len(value) > MAX_VALUES_PER_FILTER:
            raise _too_many_values(MAX_VALUES_PER_FILTER)
        super().validate(value)


class BoundedMultipleChoiceFilter(django_filters.MultipleChoiceFilter):
    field_class = BoundedMultipleChoiceField


class BoundedDateFilter(django_filters.DateFilter):
    """A day between EARLIEST_DATE and LATEST_DATE, as AAAA-MM-JJ."""

    field_class = BoundedDateField


class EventFilterForm(CleanTextMixin, forms.Form):
    # The organisations asked for by ``organisation`` (None when not asked), set by clean().
    organizations: list[Organization] | None = None

    def clean(self):
        cleaned = super().clean()
        if self.has_error("organisation"):
            # Too many of them: matches nothing, as an unknown one does (see below).
            self.organizations = []
        else:
            self._clean_organizations(cleaned.get("organisation"))
        start, end = cleaned.get("du"), cleaned.get("au")
        if start and end and start > end:
            self.add_error("au", _("La date de fin doit être le même jour que la date de début ou après."))
        if cleaned.get("tri") == "distance" and not cleaned.get("autour"):
            self.add_error(
                "tri",
                _("Le tri par distance demande un lieu : indiquez une commune ou un code postal dans « Autour de »."),
            )
        return cleaned

    def _clean_organizations(self, slugs):
        """Known organisations apply; an unknown one gets a message (and, alone, matches nothing: a
        feed or widget of an organisation that changed its address must not list every event)."""
        self.organizations = None
        if not slugs:
            return
        # Only well-formed slugs reach the database (PostgreSQL refuses a NUL character, for one).
        valid = [slug for slug in slugs if _SLUG_RE.fullmatch(slug)]
        self.organizations = list(Organization.objects.filter(slug__in=valid).order_by("name")) if valid else []
        known = {organization.slug for organization in self.organizations}
        unknown = [slug for slug in dict.fromkeys(slugs) if slug not in known]
        if unknown:
            self.add_error(
                "organisation",
                [
                    forms.ValidationError(
                        _("« %(value)s » : cette organisation n’existe pas."), code="unknown", params={"value": slug}
                    )
                    for slug in unknown
                ],
            )


def _invalid_choice(what):
    return {"invalid_choice": _("« %(value)s » : ") + what}


def _load_reference_data():
    return (
        sorted(Region.objects.all(), key=lambda region: fold(region.name)),
        list(Department.objects.select_related("region").order_by("code")),
        list(Edition.objects.order_by("-year")),
        {
            "theme": list(Theme.objects.values_list("pk", "slug", "name")),
            "type": list(EventType.objects.values_list("pk", "slug", "name")),
            "public": list(Audience.objects.values_list("pk", "slug", "name")),
            "temps_fort": list(Highlight.objects.values_list("pk", "slug", "name")),
        },
    )


def reference_data(*, now=None):
    """The regions, departments, editions and taxonomies the filters offer: seven queries, kept in the
    cache under the public version (any edit of them bumps it)."""
    return httpcache.get_or_compute(f"events:reference:{public_version(now=now)}", _load_reference_data)


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Mots-clés"),
        method="filter_text",
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _(
                "Recherche trop longue : %(limit_value)d caractères au plus (elle en compte %(show_value)d) ; "
                "elle est ignorée."
            )
        },
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Un thème, une ville, une organisation…")}),
    )
    region = BoundedMultipleChoiceFilter(
        label=_("Régions"),
        method="filter_region",
        error_messages=_invalid_choice(_("cette région n’existe pas, elle est ignorée.")),
    )
    departement = BoundedMultipleChoiceFilter(
        label=_("Départements"),
        method="filter_department",
        error_messages=_invalid_choice(_("ce département n’existe pas, il est ignoré.")),
    )
    theme = BoundedMultipleChoiceFilter(
        label=_("Thèmes"),
        method="filter_theme",
        error_messages=_invalid_choice(_("ce thème n’existe pas, il est ignoré.")),
    )
    type = BoundedMultipleChoiceFilter(
        label=_("Types d’événement"),
        method="filter_type",
        error_messages=_invalid_choice(_("ce type d’événement n’existe pas, il est ignoré.")),
    )
    public = BoundedMultipleChoiceFilter(
        label=_("Publics"),
        method="filter_audience",
        error_messages=_invalid_choice(_("ce public n’existe pas, il est ignoré.")),
    )
    format = django_filters.ChoiceFilter(
        label=_("Format"),
        choices=FORMAT_CHOICES,
        method="filter_format",
        empty_label=_("Tous les formats"),
        error_messages=_invalid_choice(_("ce format n’existe pas, il est ignoré.")),
    )
    du = BoundedDateFilter(
        label=_("Du"),
        method="filter_nothing",
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Date invalide : utilisez le format AAAA-MM-JJ, par exemple 2026-11-15.")},
    )
    au = BoundedDateFilter(
        label=_("Au"),
        method="filter_nothing",
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Date invalide : utilisez le format AAAA-MM-JJ, par exemple 2026-11-30.")},
    )
    gratuit = django_filters.BooleanFilter(
        label=_("Gratuit uniquement"), method="filter_free", widget=forms.CheckboxInput
    )
    accessibilite = BoundedMultipleChoiceFilter(
        label=_("Accessibilité"),
        choices=ACCESSIBILITY_CHOICES,
        method="filter_accessibility",
        error_messages=_invalid_choice(_("ce critère d’accessibilité n’existe pas, il est ignoré.")),
    )
    temps_fort = django_filters.ChoiceFilter(
        label=_("Temps fort"),
        method="filter_highlight",
        empty_label=_("Tous"),
        error_messages=_invalid_choice(_("ce temps fort n’existe pas, il est ignoré.")),
    )
    forme = BoundedMultipleChoiceFilter(
        label=_("Forme de l’organisation"),
        choices=LegalForm.choices,
        method="filter_legal_form",
        error_messages=_invalid_choice(_("cette forme juridique n’existe pas, elle est ignorée.")),
    )
    organisation = SlugListFilter(label=_("Organisations"), method="filter_nothing")
    edition = django_filters.ChoiceFilter(
        label=_("Édition"),
        method="filter_nothing",
        empty_label=None,
        error_messages=_invalid_choice(
            _("il n’y a pas d’édition du Mois de l’ESS cette année-là ; voici l’édition en cours.")
        ),
    )
    quand = django_filters.ChoiceFilter(
        label=_("Quand"),
        choices=WHEN_CHOICES,
        method="filter_nothing",
        error_messages=_invalid_choice(_("ce choix de jours n’existe pas, il est ignoré.")),
    )
    passes = django_filters.BooleanFilter(
        label=_("Afficher aussi les événements passés"), method="filter_nothing", widget=forms.CheckboxInput
    )
    autour = OriginFilter(
        label=_("Autour de"),
        method="filter_nothing",
        help_text=_("Une commune, un code postal (35000) ou des coordonnées « latitude,longitude »."),
    )
    rayon = django_filters.NumberFilter(
        label=_("Rayon (km)"),
        method="filter_nothing",
        min_value=1,
        max_value=MAX_RADIUS_KM,
        widget=forms.NumberInput(attrs={"min": 1, "max": MAX_RADIUS_KM, "step": 1}),
        error_messages={
            "invalid": _("Le rayon est un nombre de kilomètres ; 20 km sont utilisés."),
            "min_value": _("Le rayon doit être d’au moins 1 km ; 20 km sont utilisés."),
            "max_value": _("Le rayon ne peut dépasser %(limit_value)s km ; 20 km sont utilisés."),
        },
    )
    tri = django_filters.ChoiceFilter(
        label=_("Trier"),
        choices=SORT_CHOICES,
        method="filter_nothing",
        empty_label=None,
        error_messages=_invalid_choice(_("ce tri n’existe pas ; les événements sont triés par date.")),
    )

    class Meta:
        model = Event
        fields = []
        form = EventFilterForm

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, every_edition=False):
        if queryset is None:
            queryset = public_events()
        super().__init__(data if data is not None else QueryDict(), queryset, request=request, prefix=prefix)
        self.now = timezone.now()
        self.every_edition = every_edition
        self.regions, self.departments, self.editions, taxonomies = reference_data(now=self.now)
        self.taxonomy_ids = {name: [(pk, slug) for pk, slug, _name in rows] for name, rows in taxonomies.items()}
        self.search_names = SearchNames(
            **{
                attribute: [(pk, name) for pk, _slug, name in taxonomies[facet]]
                for attribute, facet in (
                    ("themes", "theme"),
                    ("types", "type"),
                    ("audiences", "public"),
                    ("highlights", "temps_fort"),
                )
            },
            departments=[(d.pk, d.name) for d in self.departments],
        )
        fields = self.form.fields
        fields["region"].choices = [(r.slug, r.name) for r in self.regions]
        fields["departement"].choices = [(d.code, f"{d.name} ({d.code})") for d in self.departments]
        for name, rows in taxonomies.items():
            fields[name].choices = [(slug, label) for _pk, slug, label in rows]
        fields["edition"].choices = [(str(e.year), str(e.year)) for e in self.editions]

    # -- the scope: edition, dates, distance (applied to every facet count too) --------------------

    @cached_property
    def current_edition(self):
        """The site's edition today (events.editions.site_edition, without another query)."""
        return phases.pick_site_edition(self.editions, timezone.localdate(self.now))

    @cached_property
    def phase(self) -> str | None:
        return phases.phase_of(self.current_edition, timezone.localdate(self.now))

    @property
    def includes_past(self) -> bool:
        """Whether the default scope keeps the edition's ended events: asked, another edition, or after it."""
        return bool(
            self._cleaned("passes") or self.selected_edition != self.current_edition or self.phase == phases.AFTER
        )

    @property
    def selected_edition(self):
        """The edition shown: the one asked for, else the current one."""
        year = self._cleaned("edition")
        if year:
            return next(e for e in self.editions if str(e.year) == year)
        return self.current_edition

    @property
    def origin(self) -> Origin | None:
        return self._cleaned("autour")

    @property
    def radius_km(self) -> int:
        radius = self._cleaned("rayon")
        return int(radius) if radius else DEFAULT_RADIUS_KM

    @property
    def period_marker(self) -> str:
        """For the caches' keys: with ``quand``, the answer changes when a day begins somewhere (each
        time zone's midnight), so the hour; else nothing."""
        return self.now.strftime("%Y-%m-%dT%H") if self._cleaned("quand") else ""

    @property
    def sort(self) -> str:
        return self._cleaned("tri") or "date"

    @property
    def selected_organizations(self) -> list[Organization]:
        self.form.is_valid()
        return self.form.organizations or []

    @property
    def selected_regions(self) -> list[Region]:
        slugs = set(self._cleaned("region") or ())
        return [r for r in self.regions if r.slug in slugs]

    def _cleaned(self, name):
        self.form.is_valid()  # validates once; invalid fields are left out of cleaned_data
        return self.form.cleaned_data.get(name)

    def _scope(self, queryset):
        self.form.is_valid()
        if self.form.organizations is not None:
            queryset = queryset.filter(organization__in=self.form.organizations)
        start, end, period = self._cleaned("du"), self._cleaned("au"), self._cleaned("quand")
        if start or end:
            if self._cleaned("edition"):
                queryset = queryset.filter(edition=self.selected_edition)
            queryset = queryset.filter(self._slots_between(start, end))
            return queryset.filter(self._slots_between(period=period)) if period else queryset
        if period:
            # Today, this week-end, this week: whatever the edition, what has not ended yet.
            if self._cleaned("edition"):
                queryset = queryset.filter(edition=self.selected_edition)
            if not self._cleaned("passes"):
                queryset = queryset.filter(ends_at__gte=self.now)
            return queryset.filter(self._slots_between(period=period))
        if self.every_edition and not self._cleaned("edition"):
            return queryset
        edition = self.selected_edition
        if edition is None:
            return queryset.none()
        queryset = queryset.filter(edition=edition)
        if not self.includes_past:
            queryset = queryset.filter(ends_at__gte=self.now)
        return queryset

    def _slots_between(self, start=None, end=None, *, period=None) -> Q:
        """Events with a slot overlapping the days from ``start`` to ``end`` (either may be None), or
        the days of ``period`` (a ``quand`` value, whose « today » is each time zone's own).

        Days are read in each event's own time zone (its region's), as its page and its card show its
        dates: « le 10 novembre » is the 10th in Martinique for an event in Martinique. One condition per
        time zone in use (a handful), each an EXISTS on the slots.
        """
        zones: dict[str, list[int]] = {}
        for region in self.regions:
            zones.setdefault(region.timezone, []).append(region.pk)
        condition = Q()
        for zone, region_ids in zones.items():
            tz = ZoneInfo(zone)
            if period:
                start, end = period_days(period, self.now.astimezone(tz).date())
            slots = TimeSlot.objects.filter(event=OuterRef("pk"))
            if start:
                slots = slots.filter(ends_at__gt=datetime.datetime.combine(start, datetime.time.min, tz))
            if end:
                slots = slots.filter(
                    starts_at__lt=datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tz)
                )
            condition |= Q(region_id__in=region_ids) & Exists(slots)
        return condition

    def _around(self, queryset):
        origin = self.origin
        if origin is None:
            return queryset
        radius = self.radius_km
        delta_lat = radius / KM_PER_DEGREE
        delta_lng = radius / (KM_PER_DEGREE * max(math.cos(math.radians(origin.latitude)), 0.01))
        lat0, lng0 = math.radians(origin.latitude), math.radians(origin.longitude)
        # Haversine in SQL (Django registers the trigonometric functions on SQLite), after a bounding
        # box that the (latitude, longitude) index answers.
        half_chord = Power(Sin((Radians("latitude") - lat0) / 2), 2) + math.cos(lat0) * Cos(
            Radians("latitude")
        ) * Power(Sin((Radians("longitude") - lng0) / 2), 2)
        return (
            queryset.filter(
                latitude__range=(origin.latitude - delta_lat, origin.latitude + delta_lat),
                longitude__range=(origin.longitude - delta_lng, origin.longitude + delta_lng),
            )
            .exclude(attendance_mode=Event.AttendanceMode.ONLINE)
            .alias(distance=2 * EARTH_RADIUS_KM * ASin(Sqrt(half_chord)))
            .filter(distance__lte=radius)
        )

    # -- FilterSet -------------------------------------------------------------------------------------

    def filter_queryset(self, queryset, *, exclude=()):
        """Apply the filters (all but those in ``exclude``) and the scope; no ordering."""
        if self._cleaned("q") and "q" not in exclude:
            queryset = annotate_for_search(queryset)
        for name, value in self.form.cleaned_data.items():
            if name not in exclude:
                queryset = self.filters[name].filter(queryset, value)
        return self._around(self._scope(queryset))

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            self.form.is_valid()
            self._qs = self.order(self.filter_queryset(self.queryset.all()))
        return self._qs

    def order(self, queryset):
        if self.origin is not None:
            # Every card of a distance search says how far the event is.
            queryset = queryset.annotate(distance_km=F("distance"))
            if self.sort == "distance":
                return queryset.order_by("distance", "starts_at", "id")
        if self.sort == "recent":
            return queryset.order_by(F("published_at").desc(nulls_last=True), "-id")
        return queryset.alias(next_start=next_start(self.now)).order_by("next_start", "id")

    def filter_nothing(self, queryset, name, value):
        # Scope and ordering parameters: read by _scope(), _around() and order().
        return queryset

    def filter_text(self, queryset, name, value):
        condition = getattr(self, "_text_condition", None)
        if condition is None:
            # Cached: on PostgreSQL it costs a query (the matching organisations).
            condition = self._text_condition = (
                text_search_q(
                    value,
                    organization_model=Organization,
                    event_model=Event,
                    names=self.search_names,
                    # Every query of the filter is within its scope: so is the search's subquery.
                    within=self._scope(Event.objects.published()),
                )
                or Q()
            )
        return queryset.filter(condition)

    def filter_region(self, queryset, name, value):
        return queryset.filter(region__slug__in=value)

    def filter_department(self, queryset, name, value):
        return queryset.filter(department__code__in=value)

    def filter_theme(self, queryset, name, value):
        return queryset.filter(self._has_any("theme", value))

    def filter_type(self, queryset, name, value):
        return queryset.filter(event_type__slug__in=value)

    def filter_audience(self, queryset, name, value):
        return queryset.filter(self._has_any("public", value))

    def _has_any(self, facet: str, slugs):
        """The condition: the event has one of these themes (publics) at least. Read on the event's mask
        (events.masks); on the link table if one of them has no bit."""
        relation, column = MANY_FACETS[facet]
        pks = [pk for pk, slug in self.taxonomy_ids[facet] if slug in slugs]
        if masks.usable(pks):
            return masks.has_any(masks.MASK_OF[relation], pks)
        # Exists rather than a join: an event with two matching values stays one row.
        through = getattr(Event, relation).through
        return Exists(through.objects.filter(event_id=OuterRef("pk"), **{f"{column}__in": pks}))

    @cached_property
    def _mask_facets(self) -> dict[str, str]:
        """The many-to-many facets counted on the events' masks: those whose every value has its bit."""
        return {
            facet: masks.MASK_OF[relation]
            for facet, (relation, _column) in MANY_FACETS.items()
            if masks.usable(pk for pk, _slug in self.taxonomy_ids[facet])
        }

    def filter_format(self, queryset, name, value):
        return queryset.filter(attendance_mode=FORMAT_MODES[value])

    def filter_free(self, queryset, name, value):
        return queryset.filter(is_free=True) if value else queryset

    def filter_accessibility(self, queryset, name, value):
        condition = Q()
        for flag in value:
            condition |= Q(**{ACCESSIBILITY_FIELDS[flag]: True})
        return queryset.filter(condition)

    def filter_highlight(self, queryset, name, value):
        return queryset.filter(highlight__slug=value)

    def filter_legal_form(self, queryset, name, value):
        return queryset.filter(organization__legal_form__in=value)

    # -- facet counts ----------------------------------------------------------------------------------

    def facet_counts(self) -> dict:
        """For each facet, how many events each of its values gives with the other active filters; under
        ``total``, how many events match every filter.

        A fixed number of queries, whatever the number of values or events: one pass over the filtered
        events shared by every facet that is not in use, plus one pass per facet in use (whose counts
        must ignore its own filter). A pass groups the events by region and department (a department
        lies in one region: a hundred groups at most) and counts the other values within each group
        with conditional counts, summed here: one scan of the edition's covering index, a few dozen
        conditions per row. Themes and publics are counted on the events' masks (events.masks); on
        their link tables, one GROUP BY each, if one of their ids has no bit.
        """
        self.form.is_valid()
        base = Event.objects.published()
        counts = {}
        for facet, (relation, column) in MANY_FACETS.items():
            if facet in self._mask_facets:
                continue
            links = getattr(Event, relation)
            # The links of the matching events, grouped by their value's id (a semi-join on the link
            # table, no join of the names: the reference data has them).
            matching = self.filter_queryset(base, exclude={facet}).values("pk")
            rows = links.through.objects.filter(event_id__in=matching).values(column).annotate(n=Count("*")).order_by()
            slugs = dict(self.taxonomy_ids[facet])
            counts[facet] = {slugs[row[column]]: row["n"] for row in rows if row[column] in slugs}
        single = [name for name in FACETS if name not in counts]
        active = [name for name in single if self._cleaned(name)]
        for name in active:
            counts.update(self._grouped_counts(self.filter_queryset(base, exclude={name}), [name])[0])
        # The pass with every filter also counts the matching events: the list's pages need no COUNT.
        grouped, total = self._grouped_counts(self.filter_queryset(base), [n for n in single if n not in active])
        counts.update(grouped)
        counts["total"] = total
        return counts

    def _grouped_counts(self, queryset, facets: list[str]) -> tuple[dict[str, dict[str, int]], int]:
        conditions = {name: values for name, values in self._facet_conditions().items() if name in facets}
        aggregates = {
            f"{name}_{i}": Count("pk", filter=q)
            for name, values in conditions.items()
            for i, (_v, q) in enumerate(values)
        }
        rows = queryset.values("region_id", "department_id").annotate(n=Count("pk"), **aggregates).order_by()
        regions = {region.pk: region.slug for region in self.regions}
        departments = {department.pk: department.code for department in self.departments}
        counts: dict[str, dict[str, int]] = {name: {} for name in facets}
        total = 0
        for row in rows:
            total += row["n"]
            for name, key in (
                ("region", regions.get(row["region_id"])),
                ("departement", departments.get(row["department_id"])),
            ):
                if name in counts and key is not None:
                    counts[name][key] = counts[name].get(key, 0) + row["n"]
            for name, values in conditions.items():
                for i, (value, _q) in enumerate(values):
                    counts[name][value] = counts[name].get(value, 0) + row[f"{name}_{i}"]
        return counts, total

    def _facet_conditions(self) -> dict[str, list[tuple[str, Q]]]:
        """The values of the facets counted by condition (region and department are the groups) and the
        condition each one stands for."""
        return {
            **{
                facet: [(slug, Q(masks.has(field, pk))) for pk, slug in self.taxonomy_ids[facet]]
                for facet, field in self._mask_facets.items()
            },
            "type": [(slug, Q(event_type_id=pk)) for pk, slug in self.taxonomy_ids["type"]],
            "temps_fort": [(slug, Q(highlight_id=pk)) for pk, slug in self.taxonomy_ids["temps_fort"]],
            "format": [(value, Q(attendance_mode=mode)) for value, mode in FORMAT_MODES.items()],
            "accessibilite": [(value, Q(**{field: True})) for value, field in ACCESSIBILITY_FIELDS.items()],
            "gratuit": [("1", Q(is_free=True))],
            "forme": [(value, Q(organization__legal_form=value)) for value in LegalForm.values],
        }


def filter_events(data, *, queryset=None):
    """The published events matching ``data`` (e.g. ``request.GET``), ordered, and the bound filter form.

    The form carries the French error messages of the parameters that were ignored.
    """
    filterset = EventFilter(data, queryset=queryset if queryset is not None else public_events())
    return filterset.qs, filterset.form
