"""Reading an import file (the CSV export format or iCalendar) into a plan: what would be created,
what is already there, and every row-level error in French. Nothing is written here: the plan is
carried out by ``services.import_events``, all or nothing.
"""

import csv
import datetime
import hashlib
import io
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import icalendar
from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _

from core.forms import CleanTextMixin
from core.text import MAX_DESCRIPTION_LENGTH, clean_text, format_date, format_day, from_spreadsheet_cell
from core.validators import validate_web_url
from events import rules
from events.filters import ACCESSIBILITY_FIELDS, FORMAT_MODES
from events.models import MAX_SLOTS, Audience, Edition, Event, EventType, Highlight, Theme
from organizations.models import Organization
from regions.geodata import department_for_postal_code, locate_postal_code
from regions.models import Department, Region

from .calendar import EVENT_ID_PROPERTY
from .exports import COLUMNS
from .forms import MAX_IMPORT_BYTES as MAX_FILE_BYTES
from .models import ImportedEvent
from .records import site_domain

# The dry run validates every event of the file in one request, and the confirmation creates them all:
# a file of tiny rows must not make that take minutes (60 000 rows took 80 s), while a real export of
# 1.5 MB holds about 2,000 events. A calendar is parsed whole before anything else: its content lines
# are counted first (icalendar reads about 10 000 a second).
MAX_EVENTS = 2_500
MAX_CALENDAR_LINES = 50_000
_CALENDAR_LINE = re.compile(rb"\n(?![ \t])")  # a line break that is not a folded line's

_TRUE = {"oui", "o", "1", "vrai", "true", "yes", "x"}
_FALSE = {"non", "n", "0", "faux", "false", "no"}
_OWN_UID_RE = re.compile(r"^evenement-(\d+)@(.+)$")
_LIST_SPLIT_RE = re.compile(r"\s*[,|]\s*")
_MULTILINE_COLUMNS = {"description", "creneaux"}


class ImportFileError(Exception):
    """The file as a whole cannot be read (not a row's fault)."""


@dataclass
class RawRow:
    """One event as read from the file, before validation."""

    line: int  # the line of the CSV file, or the position of the event in the calendar
    uid: str
    values: dict[str, str]
    slots: list[tuple[object, object]] = field(default_factory=list)  # iCalendar: already parsed
    categories: list[str] = field(default_factory=list)  # iCalendar: type and themes, by name
    cancelled: bool = False


@dataclass
class PlannedEvent:
    line: int
    uid: str
    organization: Organization
    fields: dict
    slots: list[tuple[datetime.datetime, datetime.datetime]]
    themes: list[Theme]
    audiences: list[Audience]
    existing: Event | None = None

    @property
    def title(self) -> str:
        return self.fields["title"]


@dataclass
class ImportPlan:
    to_create: list[PlannedEvent] = field(default_factory=list)
    already_imported: list[PlannedEvent] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.errors


# -- Reading the files -------------------------------------------------------------------------------------


def read_csv(content: bytes) -> list[RawRow]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(
            _("Le fichier n’est pas en UTF-8 : enregistrez-le en « CSV UTF-8 » et recommencez.")
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _csv_rows(reader)
    except csv.Error:
        # The one error of the reader in its default dialect: a cell longer than it accepts.
        raise ImportFileError(
            _(
                "Ligne %(line)s : une cellule dépasse %(limit)s caractères. Raccourcissez-la, ou vérifiez "
                "qu’un guillemet ouvert dans une cellule est bien refermé."
            )
            % {"line": reader.line_num, "limit": _thousands(csv.field_size_limit())}
        ) from None


def _csv_rows(reader) -> list[RawRow]:
    headers = [name.strip() for name in next(reader, [])]
    missing = [name for name in ("titre",) if name not in headers]
    if "creneaux" not in headers and "premier_debut" not in headers:
        missing.append("creneaux")
    if missing:
        raise ImportFileError(
            _("Colonnes manquantes : %(columns)s. Partez d’un export CSV du site (colonnes : %(all)s).")
            % {"columns": ", ".join(missing), "all": ", ".join(COLUMNS)}
        )
    rows = []
    # Rows are numbered as a spreadsheet shows them (the headers are row 1), not by physical lines:
    # a description on several lines still makes one row.
    for line, cells in enumerate(reader, start=2):
        cleaned = {
            key: from_spreadsheet_cell(_clean_cell(key, value).strip())
            for key, value in zip(headers, cells, strict=False)
            if key
        }
        if not any(cleaned.values()):
            continue
        rows.append(RawRow(line=line, uid=cleaned.get("uid", ""), values=cleaned))
        _check_count(rows)
    return rows


def _thousands(number: int) -> str:
    return f"{number:_}".replace("_", "\u202f")  # French groups digits with a narrow no-break space


def _check_count(rows) -> None:
    if len(rows) > MAX_EVENTS:
        raise ImportFileError(
            _("Le fichier contient plus de %(max)s événements : découpez-le en plusieurs fichiers.")
            % {"max": _thousands(MAX_EVENTS)}
        )


def _clean_cell(column: str, value: str) -> str:
    """Without control characters: every cell, the identifiers and the names looked up included."""
    return clean_text(value, multiline=column in _MULTILINE_COLUMNS)


def _ics_text(component, name) -> str:
    value = component.get(name)
    return _clean_cell(name.lower(), str(value)).strip() if value is not None else ""


def _ics_value(component, name, attribute):
    """The parsed value of a property, None when it is missing, or the text as written when icalendar
    could not read it (the row's validation then names the column)."""
    prop = component.get(name)
    if prop is None:
        return None
    if isinstance(prop, list):  # the property given twice: which one is meant cannot be told
        return " ; ".join(item.to_ical().decode(errors="replace") for item in prop)
    try:
        return getattr(prop, attribute)
    except ValueError:  # icalendar's BrokenCalendarProperty
        return prop.to_ical().decode(errors="replace") if hasattr(prop, "to_ical") else str(prop)


def read_ics(content: bytes) -> list[RawRow]:
    if len(_CALENDAR_LINE.findall(content)) > MAX_CALENDAR_LINES:
        raise ImportFileError(
            _("Le calendrier a plus de %(max)s lignes : découpez-le en plusieurs fichiers.")
            % {"max": _thousands(MAX_CALENDAR_LINES)}
        )
    try:
        calendar = icalendar.Calendar.from_ical(content)
    except ValueError:
        raise ImportFileError(_("Le fichier n’est pas un calendrier iCalendar (.ics) lisible.")) from None
    groups: dict[str, RawRow] = {}
    for position, component in enumerate(calendar.walk("VEVENT"), start=1):
        key = _ics_text(component, EVENT_ID_PROPERTY) or _ics_text(component, "UID")
        if not key:
            key = f"sans-uid-{position}"
        row = groups.get(key)
        if row is None:
            categories = []
            raw_categories = component.get("CATEGORIES")
            if raw_categories is not None:
                for value in raw_categories if isinstance(raw_categories, list) else [raw_categories]:
                    categories += [str(category) for category in value.cats]
            latitude = _ics_value(component, "GEO", "latitude")
            longitude = _ics_value(component, "GEO", "longitude")
            if isinstance(latitude, str):  # unreadable: shown as written, in the latitude column
                longitude = ""
            description = _ics_text(component, "DESCRIPTION")
            location = _ics_text(component, "LOCATION")
            online = location if location.startswith(("http://", "https://")) else ""
            row = groups[key] = RawRow(
                line=position,
                uid=key,
                values={
                    "titre": _ics_text(component, "SUMMARY"),
                    "resume": description.split("\n", 1)[0][:200]
                    if description
                    else _ics_text(component, "SUMMARY")[:200],
                    "description": description,
                    "format": "en-ligne" if online else "presentiel",
                    "lieu": "" if online else location[:200],
                    "lien_en_ligne": online,
                    "latitude": "" if latitude is None else str(latitude),
                    "longitude": "" if longitude is None else str(longitude),
                    "recurrence": "1" if component.get("RRULE") or component.get("RDATE") else "",
                },
                categories=categories,
            )
            _check_count(groups)
        start_value = _ics_value(component, "DTSTART", "dt")
        end_value = _ics_value(component, "DTEND", "dt")
        duration = _ics_value(component, "DURATION", "dt")
        if end_value is None and duration is not None and start_value is not None:
            try:
                end_value = start_value + duration
            except TypeError:  # an unreadable start or duration: the slot's validation says so
                end_value = duration
        row.slots.append((start_value, end_value))
        if _ics_text(component, "STATUS").upper() == "CANCELLED":
            row.cancelled = True
    return list(groups.values())


def read_file(name: str, content: bytes) -> list[RawRow]:
    if len(content) > MAX_FILE_BYTES:
        raise ImportFileError(
            _("Le fichier dépasse %(size)s Mo : découpez-le en plusieurs fichiers.")
            % {"size": MAX_FILE_BYTES / 1_000_000}
        )
    lowered = name.lower()
    if lowered.endswith(".ics") or content.lstrip(b"\xef\xbb\xbf").startswith(b"BEGIN:VCALENDAR"):
        return read_ics(content)
    if lowered.endswith((".csv", ".txt")):
        return read_csv(content)
    raise ImportFileError(_("Format non reconnu : importez un fichier .csv (format de l’export du site) ou .ics."))


# -- Validating one row ------------------------------------------------------------------------------------


class ImportRowForm(CleanTextMixin, forms.Form):
    """The columns of one CSV row (or one calendar event) that map onto plain event fields."""

    titre = forms.CharField(max_length=140)
    resume = forms.CharField(max_length=200)
    description = forms.CharField(required=False, max_length=MAX_DESCRIPTION_LENGTH, widget=forms.Textarea)
    statut = forms.ChoiceField(choices=Event.Status.choices, required=False)
    format = forms.ChoiceField(choices=[(value, value) for value in FORMAT_MODES], required=False)
    lieu = forms.CharField(max_length=200, required=False)
    adresse = forms.CharField(max_length=255, required=False)
    code_postal = forms.RegexField(
        regex=r"^[0-9]{5}$", required=False, error_messages={"invalid": _("Un code postal a cinq chiffres.")}
    )
    commune = forms.CharField(max_length=100, required=False)
    latitude = forms.FloatField(min_value=-90, max_value=90, required=False)
    longitude = forms.FloatField(min_value=-180, max_value=180, required=False)
    lien_en_ligne = forms.URLField(max_length=500, required=False, assume_scheme="https", validators=[validate_web_url])
    tarifs = forms.CharField(max_length=255, required=False)
    inscription_url = forms.URLField(
        max_length=500, required=False, assume_scheme="https", validators=[validate_web_url]
    )
    inscription_email = forms.EmailField(required=False)
    inscription_telephone = forms.CharField(max_length=30, required=False)

    def __init__(self, data, **kwargs):
        # French spreadsheets write decimals with a comma.
        data = dict(data)
        for name in ("latitude", "longitude"):
            if data.get(name):
                data[name] = data[name].replace(",", ".")
        super().__init__(data, **kwargs)


class _Referentials:
    """The taxonomies and places, loaded once per import (a few queries whatever the number of rows)."""

    def __init__(self):
        self.types = _by_slug_and_name(EventType.objects.all())
        self.themes = _by_slug_and_name(Theme.objects.all())
        self.audiences = _by_slug_and_name(Audience.objects.all())
        self.highlights = _by_slug_and_name(Highlight.objects.all())
        self.departments = {d.code: d for d in Department.objects.select_related("region")}
        self.editions = list(Edition.objects.order_by("-year"))
        self.regions = {r.slug: r for r in Region.objects.all()}


def _by_slug_and_name(queryset) -> dict:
    terms = {}
    for term in queryset:
        terms[term.slug.lower()] = term
        terms[term.name.lower()] = term
    return terms


def _parse_moment(text: str, tz: ZoneInfo) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(text.strip())
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=tz)
    return moment


def _csv_slots(values: dict, tz: ZoneInfo) -> list[tuple]:
    text = values.get("creneaux", "")
    pairs = []
    if text:
        for part in re.split(r"[\n\r]+", text):
            if part.strip():
                start, sep, end = part.partition("/")
                if not sep:
                    raise ValueError(part)
                pairs.append((_parse_moment(start, tz), _parse_moment(end, tz)))
    elif values.get("premier_debut") or values.get("derniere_fin"):
        pairs.append((_parse_moment(values["premier_debut"], tz), _parse_moment(values["derniere_fin"], tz)))
    return pairs


def _ics_moment(value, tz: ZoneInfo) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=tz) if timezone.is_naive(value) else value
    if isinstance(value, datetime.date):
        # An all-day entry: the day in the region's time zone (DTEND of a day is exclusive already).
        return datetime.datetime.combine(value, datetime.time.min, tz)
    raise TypeError(value)


# The model fields of events.rules.event_errors, as columns of the file.
_RULE_COLUMNS = {"online_url": "lien_en_ligne", "postal_code": "code_postal", "price_conditions": "tarifs"}


class RowValidator:
    def __init__(self, *, region: Region, organizations: dict[str, Organization], default_organization, referentials):
        self.region = region
        self.organizations = organizations  # the organisations the importer may import into, by slug
        self.default_organization = default_organization
        self.ref = referentials
        self.tz = region.tzinfo

    def validate(self, row: RawRow) -> tuple[PlannedEvent | None, list[str]]:
        errors: list[str] = []
        values = row.values

        def error(column, message):
            errors.append(_("colonne « %(column)s » : %(message)s") % {"column": column, "message": message})

        form = ImportRowForm(values)
        form.is_valid()
        for name, messages in form.errors.items():
            for message in messages:
                error(name, message)
        data = form.cleaned_data

        organization = self.default_organization
        if organization is None:
            slug = values.get("organisation_slug", "")
            organization = self.organizations.get(slug)
            if organization is None:
                error(
                    "organisation_slug",
                    _(
                        "« %(value)s » : organisation inconnue ou hors de vos régions ; choisissez une organisation dans le formulaire."
                    )
                    % {"value": slug}
                    if slug
                    else _("choisissez une organisation dans le formulaire ou remplissez cette colonne."),
                )

        region_slug = values.get("region", "")
        if region_slug and region_slug != self.region.slug:
            error(
                "region",
                _("« %(value)s » : cet import est pour la région %(region)s.")
                % {"value": region_slug, "region": self.region.name},
            )

        if values.get("recurrence"):
            error(
                "RRULE",
                _("les événements récurrents ne sont pas pris en charge : donnez chaque date comme un créneau."),
            )

        # Slots and edition.
        try:
            if row.slots:
                slots = [
                    (_ics_moment(s, self.tz), _ics_moment(e, self.tz))
                    for s, e in row.slots
                    if s is not None and e is not None
                ]
                if len(slots) != len(row.slots):
                    raise ValueError
            else:
                slots = _csv_slots(values, self.tz)
        except (ValueError, TypeError):
            slots = []
            error(
                "creneaux",
                _("dates illisibles : écrivez chaque créneau « AAAA-MM-JJTHH:MM/AAAA-MM-JJTHH:MM », un par ligne."),
            )
        else:
            if not slots:
                error("creneaux", _("indiquez au moins un créneau (début et fin)."))
        slots.sort()
        edition = None
        if slots:
            for start, end in slots:
                if problem := rules.slot_error(start, end):
                    error(
                        "creneaux",
                        _("le créneau du %(day)s : %(problem)s") % {"day": self._day(start), "problem": problem},
                    )
            if len({start for start, _end in slots}) != len(slots):
                error("creneaux", _("deux créneaux commencent à la même heure."))
            if len(slots) > MAX_SLOTS:
                error("creneaux", _("%(count)s créneaux : %(max)s au plus.") % {"count": len(slots), "max": MAX_SLOTS})
            first_day = timezone.localtime(slots[0][0], self.tz).date()
            edition = next((e for e in self.ref.editions if e.accepts_day(first_day)), None)
            if edition is None:
                error(
                    "creneaux",
                    _("le %(day)s n’est dans la période d’aucune édition du Mois de l’ESS.")
                    % {"day": self._day(slots[0][0])},
                )
            else:
                for start, _end in slots:
                    if not edition.accepts_day(timezone.localtime(start, self.tz).date()):
                        error(
                            "creneaux",
                            _(
                                "le créneau du %(day)s est en dehors de la période de l’édition %(year)s (du %(first)s au %(last)s)."
                            )
                            % {
                                "day": self._day(start),
                                "year": edition.year,
                                "first": format_day(edition.events_start_on),
                                "last": format_day(edition.events_end_on, with_year=True),
                            },
                        )

        # Taxonomies: by slug or by name, case-insensitive.
        type_text = values.get("type", "")
        categories = [c.strip() for c in row.categories if c.strip()]
        event_type = self.ref.types.get(type_text.lower()) if type_text else None
        if type_text and event_type is None:
            error(
                "type", _("« %(value)s » : type d’événement inconnu (voir /api/referentiels).") % {"value": type_text}
            )
        if event_type is None and not type_text:
            event_type = next((self.ref.types[c.lower()] for c in categories if c.lower() in self.ref.types), None)
            if event_type is None:
                error("type", _("indiquez le type d’événement (par exemple « atelier » ou « conference-debat »)."))
        themes = self._terms(values.get("themes", ""), self.ref.themes, "themes", _("thème inconnu"), error)
        if not values.get("themes"):
            themes = [self.ref.themes[c.lower()] for c in categories if c.lower() in self.ref.themes]
        if not themes:
            error("themes", _("indiquez au moins un thème (voir /api/referentiels)."))
        audiences = self._terms(values.get("publics", ""), self.ref.audiences, "publics", _("public inconnu"), error)
        highlight = None
        if values.get("temps_fort"):
            highlight = self.ref.highlights.get(values["temps_fort"].lower())
            if highlight is None:
                error("temps_fort", _("« %(value)s » : temps fort inconnu.") % {"value": values["temps_fort"]})

        free_text = values.get("gratuit", "").lower()
        is_free = free_text in _TRUE or free_text == ""  # free unless said otherwise
        if free_text and free_text not in _TRUE | _FALSE:
            is_free = None  # neither: no rule about prices either
            error("gratuit", _("« %(value)s » : écrivez « oui » ou « non ».") % {"value": values["gratuit"]})

        accessibility = {}
        for flag in [f for f in _LIST_SPLIT_RE.split(values.get("accessibilite", "")) if f]:
            if flag in ACCESSIBILITY_FIELDS:
                accessibility[ACCESSIBILITY_FIELDS[flag]] = True
            else:
                error(
                    "accessibilite",
                    _("« %(value)s » : valeurs possibles : %(values)s.")
                    % {"value": flag, "values": ", ".join(ACCESSIBILITY_FIELDS)},
                )

        # Place.
        mode = FORMAT_MODES.get(data.get("format") or "presentiel", Event.AttendanceMode.ON_SITE)
        latitude, longitude = data.get("latitude"), data.get("longitude")
        postal_code = data.get("code_postal", "")
        department = None
        code = values.get("departement", "") or (department_for_postal_code(postal_code) if postal_code else None)
        if code:
            department = self.ref.departments.get(code)
            if department is None:
                error("departement", _("« %(value)s » : département inconnu.") % {"value": code})
            elif department.region_id != self.region.pk:
                error(
                    "departement",
                    _("le département %(department)s n’est pas dans la région %(region)s.")
                    % {"department": department, "region": self.region.name},
                )
        if mode != Event.AttendanceMode.ONLINE:
            if (latitude is None) != (longitude is None):
                error("latitude", _("indiquez la latitude et la longitude, ou aucune des deux."))
            elif latitude is None and postal_code:
                latitude, longitude = locate_postal_code(postal_code) or (None, None)
        else:
            latitude = longitude = None
        # The same rules as the organisation's form, at the columns of the file.
        rule_errors = rules.event_errors(
            attendance_mode=mode,
            online_url=data.get("lien_en_ligne", ""),
            latitude=latitude,
            longitude=longitude,
            is_free=is_free,
            price_conditions=data.get("tarifs", ""),
        )
        for name, message in rule_errors.items():
            column = _RULE_COLUMNS[name]
            if column not in form.errors and not (
                column == "code_postal" and (latitude is None) != (longitude is None)
            ):
                error(column, message)

        if errors:
            return None, errors
        status = data.get("statut") or Event.Status.SCHEDULED
        if row.cancelled:
            status = Event.Status.CANCELLED
        fields = {
            "title": data["titre"],
            "summary": data["resume"],
            "description": data.get("description", ""),
            "status": status,
            "attendance_mode": mode,
            "edition": edition,
            "region": self.region,
            "department": department,
            "venue_name": data.get("lieu", ""),
            "address": data.get("adresse", ""),
            "postal_code": postal_code,
            "city": data.get("commune", ""),
            "latitude": latitude,
            "longitude": longitude,
            "online_url": data.get("lien_en_ligne", "") if mode != Event.AttendanceMode.ON_SITE else "",
            "event_type": event_type,
            "highlight": highlight,
            "is_free": is_free,
            "price_conditions": data.get("tarifs", ""),
            "registration_url": data.get("inscription_url", ""),
            "registration_email": data.get("inscription_email", ""),
            "registration_phone": data.get("inscription_telephone", ""),
            **accessibility,
        }
        uid = row.uid or _content_uid(fields["title"], slots)
        planned = PlannedEvent(
            line=row.line,
            uid=uid[:255],
            organization=organization,
            fields=fields,
            slots=slots,
            themes=themes,
            audiences=audiences,
        )
        return planned, []

    def _terms(self, text, known, column, what, error):
        terms = []
        for value in [v for v in _LIST_SPLIT_RE.split(text) if v]:
            term = known.get(value.lower())
            if term is None:
                error(column, f"« {value} » : {what}.")
            elif term not in terms:
                terms.append(term)
        return terms

    def _day(self, moment) -> str:
        return format_date(timezone.localtime(moment, self.tz), "j F Y")


def _content_uid(title: str, slots) -> str:
    """An identifier for a row that has none: the same title and dates give the same one."""
    key = title + "|" + "|".join(start.astimezone(datetime.UTC).isoformat() for start, _end in slots)
    return "contenu-" + hashlib.sha256(key.encode()).hexdigest()[:32]


# -- The plan ----------------------------------------------------------------------------------------------


def plan_import(
    rows: list[RawRow], *, region: Region, organization: Organization | None, allowed_organizations
) -> ImportPlan:
    """Validate every row; find the events a previous import (or this site) already has."""
    plan = ImportPlan()
    if not rows:
        plan.errors.append(_("Le fichier ne contient aucun événement."))
        return plan
    organizations = {o.slug: o for o in allowed_organizations}
    validator = RowValidator(
        region=region, organizations=organizations, default_organization=organization, referentials=_Referentials()
    )
    planned: list[PlannedEvent] = []
    seen: dict[tuple, int] = {}
    for row in rows:
        event, errors = validator.validate(row)
        where = (
            _("Ligne %(line)s") % {"line": row.line} if not row.slots else _("Événement %(line)s") % {"line": row.line}
        )
        title = row.values.get("titre", "")
        prefix = f"{where} ({title[:60]})" if title else where
        plan.errors += [f"{prefix}, {message}" for message in errors]
        if event is None:
            continue
        key = (event.organization.pk, event.uid)
        if key in seen:
            plan.errors.append(
                _("%(where)s : même identifiant « %(uid)s » que la ligne %(other)s.")
                % {"where": prefix, "uid": event.uid, "other": seen[key]}
            )
            continue
        seen[key] = row.line
        planned.append(event)
    _find_existing(planned)
    for event in planned:
        (plan.already_imported if event.existing else plan.to_create).append(event)
    return plan


def _find_existing(planned: list[PlannedEvent]) -> None:
    """Mark the rows imported before (same organisation and identifier), or exported from this very
    site for the same organisation: a re-import creates nothing new. Two queries in all."""
    uids = {event.uid for event in planned}
    sources = ImportedEvent.objects.filter(uid__in=uids).select_related("event")
    by_key = {(source.organization_id, source.uid): source.event for source in sources}
    own_ids = {}
    domain = site_domain()
    for event in planned:
        match = _OWN_UID_RE.match(event.uid)
        if match and match[2] == domain:
            own_ids[event.uid] = int(match[1])
    own = {e.pk: e for e in Event.objects.filter(pk__in=own_ids.values())}
    for event in planned:
        existing = by_key.get((event.organization.pk, event.uid))
        if existing is None and event.uid in own_ids:
            candidate = own.get(own_ids[event.uid])
            if candidate is not None and candidate.organization_id == event.organization.pk:
                existing = candidate
        event.existing = existing
