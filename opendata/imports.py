"""Reading an import file (the CSV export format or iCalendar) into a plan: what would be created,
what is already there, and every row-level error in French. Nothing is written here: the plan is
carried out by ``services.import_events``, all or nothing.
"""

import csv
import datetime
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import icalendar
from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _

from core.forms import CleanTextMixin
from core.text import MAX_DESCRIPTION_LENGTH, clean_text, fold, format_date, from_spreadsheet_cell
from core.validators import validate_french_phone, validate_web_url
from events import rules, workflow
from events.filters import ACCESSIBILITY_FIELDS, FORMAT_MODES
from events.models import Audience, Edition, Event, EventType, Highlight, Theme
from events.services import SLOTS, field_label
from organizations.models import Organization
from regions import places
from regions.geodata import department_for_postal_code, find_commune, locate_postal_code, nearest_commune
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
    record: ImportedEvent | None = None  # how the existing event was imported (None: exported by this site)
    changes: dict = field(default_factory=dict)  # {field label: (before, after)} for an update
    provided: set = field(default_factory=set)  # the optional fields the file gives (not emptied otherwise)
    image_url: str = ""  # an OpenAgenda event's image, fetched by a source's synchronisation (opendata.sources)

    @property
    def title(self) -> str:
        return self.fields["title"]

    @property
    def content_hash(self) -> str:
        """A digest of the event as the file gives it: an event the source did not change is left alone."""
        values = {
            name: (value.pk if hasattr(value, "pk") else value if value is None else str(value))
            for name, value in sorted(self.fields.items())
        }
        values["themes"] = sorted(term.pk for term in self.themes)
        values["audiences"] = sorted(term.pk for term in self.audiences)
        values["slots"] = [[start.isoformat(), end.isoformat()] for start, end in self.slots]
        values["organization"] = self.organization.pk
        return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()


@dataclass
class ImportPlan:
    to_create: list[PlannedEvent] = field(default_factory=list)
    to_update: list[PlannedEvent] = field(default_factory=list)
    already_imported: list[PlannedEvent] = field(default_factory=list)  # present and unchanged: left alone
    to_cancel: list[Event] = field(default_factory=list)  # gone from the source
    errors: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # the rows with errors: « line (title) »
    not_updated: list[str] = field(default_factory=list)  # changed in the file, but not editable on the site
    unknown_terms: dict[str, int] = field(default_factory=dict)  # categories naming no term: how many events
    choices: dict[str, str] = field(default_factory=dict)  # {kind: the slugs to choose from}
    seen_uids: set[str] = field(default_factory=set)  # every identifier read from the file, valid or not

    @property
    def is_valid(self) -> bool:
        return not self.errors

    @property
    def has_work(self) -> bool:
        return bool(self.to_create or self.to_update or self.to_cancel)

    @property
    def cancelled(self) -> list[str]:
        """The titles of the events this plan cancels: gone from the source, or cancelled in the file."""
        titles = [event.title for event in self.to_cancel]
        for planned in self.to_update:
            if planned.fields["status"] == Event.Status.CANCELLED and planned.existing.status != Event.Status.CANCELLED:
                titles.append(planned.title)
        return titles


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
            place = {} if online else parse_location(location)
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
                    "lieu": place.get("lieu", ""),
                    "adresse": place.get("adresse", ""),
                    "code_postal": place.get("code_postal", ""),
                    "commune": place.get("commune", ""),
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


def read_file(name: str, content: bytes, *, max_bytes: int = MAX_FILE_BYTES) -> list[RawRow]:
    if len(content) > max_bytes:
        raise ImportFileError(
            _("Le fichier dépasse %(size)s Mo : découpez-le en plusieurs fichiers.") % {"size": max_bytes / 1_000_000}
        )
    lowered = name.lower()
    if lowered.endswith(".ics") or content.lstrip(b"\xef\xbb\xbf").startswith(b"BEGIN:VCALENDAR"):
        return read_ics(content)
    if lowered.endswith(".json") or content.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
        return read_openagenda(content)
    if lowered.endswith((".csv", ".txt")):
        return read_csv(content)
    raise ImportFileError(
        _(
            "Format non reconnu : importez un fichier .csv (format de l’export du site), .ics ou .json "
            "(export OpenAgenda)."
        )
    )


# -- Places written as one line, and OpenAgenda exports ----------------------------------------------------

_POSTAL_CITY_RE = re.compile(
    r"^(?:(?P<before>.*?)[,\s]+)?(?P<code>\d{5})\s+(?P<city>[^,\d][^,]*?)\s*(?:,\s*france)?$", re.I
)


def parse_location(location: str) -> dict[str, str]:
    """An iCalendar LOCATION such as « Garage solidaire, 12 rue X, 35000 Rennes », split into the venue,
    the address, the postal code and the commune. A text without a postal code is the venue's name."""
    location = " ".join(location.split())
    match = _POSTAL_CITY_RE.match(location)
    if not match:
        return {"lieu": location[:200]}
    parts = [part.strip() for part in (match["before"] or "").split(",") if part.strip()]
    venue = address = ""
    if len(parts) >= 2:
        venue, address = parts[0], ", ".join(parts[1:])
    elif parts:
        if parts[0][:1].isdigit():
            address = parts[0]
        else:
            venue = parts[0]
    return {"lieu": venue[:200], "adresse": address[:255], "code_postal": match["code"], "commune": match["city"][:100]}


# OpenAgenda's numeric codes (its documented event format).
_OA_ATTENDANCE = {1: "presentiel", 2: "en-ligne", 3: "mixte"}
_OA_STATUS = {
    1: Event.Status.SCHEDULED,
    2: Event.Status.RESCHEDULED,
    3: Event.Status.MOVED_ONLINE,
    4: Event.Status.POSTPONED,
    5: Event.Status.FULL,
    6: Event.Status.CANCELLED,
}
_OA_ACCESSIBILITY = {"mi": "moteur", "hi": "auditif", "vi": "visuel", "pi": "psychique", "ii": "mental"}


def _oa_text(value, *, multiline=False) -> str:
    """A multilingual OpenAgenda field: its French text (else the first language given)."""
    if isinstance(value, dict):
        value = value.get("fr") or next((text for text in value.values() if isinstance(text, str) and text), "")
    if not isinstance(value, str | int | float):
        return ""
    return clean_text(str(value), multiline=multiline).strip()


def _oa_list(value) -> list[str]:
    if isinstance(value, dict):
        value = value.get("fr") or next((items for items in value.values() if isinstance(items, list)), [])
    if isinstance(value, str):
        value = [value]
    return [clean_text(str(item), multiline=False).strip() for item in value or [] if isinstance(item, str | int)]


def _oa_code(value) -> int | None:
    """A numeric code of OpenAgenda (attendanceMode, status), given as a number or as digits."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _oa_number(value) -> str:
    return "" if value is None or isinstance(value, bool) else str(value)


def read_openagenda(content: bytes) -> list[RawRow]:
    """An OpenAgenda export (JSON): ``{"events": [...]}`` or a bare list of events."""
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise ImportFileError(_("Le fichier n’est pas un export JSON OpenAgenda lisible.")) from None
    events = data.get("events") if isinstance(data, dict) else data
    if not isinstance(events, list) or not all(isinstance(item, dict) for item in events):
        raise ImportFileError(
            _("Le fichier JSON ne contient pas de liste « events » : exportez l’agenda au format JSON d’OpenAgenda.")
        )
    rows = []
    for position, item in enumerate(events, start=1):
        location = item.get("location") if isinstance(item.get("location"), dict) else {}
        mode = _OA_ATTENDANCE.get(_oa_code(item.get("attendanceMode")), "presentiel")
        description = _oa_text(item.get("description"), multiline=True)
        long_description = _oa_text(item.get("longDescription"), multiline=True)
        registration = {"inscription_url": "", "inscription_email": "", "inscription_telephone": ""}
        for entry in item.get("registration") or []:
            if isinstance(entry, dict):
                kind, value = entry.get("type"), _oa_text(entry.get("value"))
                key = {"link": "inscription_url", "email": "inscription_email", "phone": "inscription_telephone"}.get(
                    kind
                )
                if key and value and not registration[key]:
                    registration[key] = value
        accessibility = item.get("accessibility") if isinstance(item.get("accessibility"), dict) else {}
        flags = [flag for key, flag in _OA_ACCESSIBILITY.items() if accessibility.get(key) is True]
        conditions = _oa_text(item.get("conditions"))
        status = _OA_STATUS.get(_oa_code(item.get("status")), Event.Status.SCHEDULED)
        title = _oa_text(item.get("title"))
        row = RawRow(
            line=position,
            uid=_oa_text(item.get("uid")),
            values={
                "titre": title,
                "resume": (description.split("\n", 1)[0] if description else title)[:200],
                "description": long_description or description,
                "statut": status,
                "format": mode,
                "lieu": _oa_text(location.get("name")) if mode != "en-ligne" else "",
                "adresse": _oa_text(location.get("address")) if mode != "en-ligne" else "",
                "code_postal": _oa_text(location.get("postalCode")) if mode != "en-ligne" else "",
                "commune": _oa_text(location.get("city")) if mode != "en-ligne" else "",
                "latitude": _oa_number(location.get("latitude")) if mode != "en-ligne" else "",
                "longitude": _oa_number(location.get("longitude")) if mode != "en-ligne" else "",
                "lien_en_ligne": _oa_text(item.get("onlineAccessLink")) if mode != "presentiel" else "",
                "accessibilite": ",".join(flags),
                "gratuit": "" if not conditions or _looks_free(conditions) else "non",
                "tarifs": "" if _looks_free(conditions) else conditions[:255],
                "image": _oa_image_url(item.get("image"))[:500],
                **registration,
            },
            categories=_oa_list(item.get("keywords")),
            cancelled=status == Event.Status.CANCELLED,
        )
        for timing in item.get("timings") or []:
            begin = timing.get("begin") if isinstance(timing, dict) else None
            end = timing.get("end") if isinstance(timing, dict) else None
            row.slots.append((_oa_moment(begin), _oa_moment(end)))
        if not row.slots:
            row.slots.append((None, None))
        rows.append(row)
        _check_count(rows)
    return rows


def _oa_image_url(value) -> str:
    """An OpenAgenda image: its address, or {"base": …, "filename": …} (the API's form)."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        base, filename = value.get("base"), value.get("filename")
        if isinstance(base, str) and isinstance(filename, str):
            return base + filename
        if isinstance(value.get("url"), str):
            return value["url"].strip()
    return ""


def _looks_free(conditions: str) -> bool:
    return not conditions or fold(conditions).strip(" .!") in {"gratuit", "entree libre", "entree gratuite", "libre"}


def _oa_moment(value):
    """A timing's ISO 8601 moment, or the text as written (the slot's validation names it)."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value


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
    inscription_telephone = forms.CharField(max_length=30, required=False, validators=[validate_french_phone])

    def __init__(self, data, **kwargs):
        # French spreadsheets write decimals with a comma.
        data = dict(data)
        for name in ("latitude", "longitude"):
            if data.get(name):
                data[name] = data[name].replace(",", ".")
        super().__init__(data, **kwargs)


# A name is made of at most this many comma-separated pieces (« Culture, sport et loisirs » has two): it
# bounds the work of regrouping a long list.
MAX_NAME_PIECES = 6


def term_key(text: str) -> str:
    """How a theme, type or audience is looked up: case, accents and spacing ignored."""
    return re.sub(r"\s*,\s*", ", ", fold(" ".join(text.split())))


def parse_mapping(text: str) -> dict[str, str]:
    """A source's correspondences, one « value = slug » (or « value => slug ») per line."""
    mapping = {}
    for line in (text or "").splitlines():
        value, sep, slug = line.replace("=>", "=").rpartition("=")
        if sep and value.strip() and slug.strip():
            mapping[term_key(value)] = term_key(slug)  # a slug, or a name of the site
    return mapping


class _Referentials:
    """The taxonomies and places, loaded once per import (a few queries whatever the number of rows)."""

    def __init__(self, mapping: dict[str, str] | None = None):
        self.types = _by_slug_and_name(EventType.objects.all())
        self.themes = _by_slug_and_name(Theme.objects.all())
        self.audiences = _by_slug_and_name(Audience.objects.all())
        self.highlights = _by_slug_and_name(Highlight.objects.all())
        self.departments = {d.code: d for d in Department.objects.select_related("region")}
        self.editions = list(Edition.objects.order_by("-year"))
        self.regions = {r.slug: r for r in Region.objects.all()}
        self.mapping = mapping or {}

    def find(self, known: dict, value: str):
        """The term of `known` named by `value`: its slug, its name, or the source's mapping."""
        key = term_key(value)
        term = known.get(key)
        if term is None and key in self.mapping:
            term = known.get(self.mapping[key])
        return term

    def split(self, parts: list[str], known_sets) -> tuple[list[str], list[str]]:
        """Group the pieces of a list cut at its commas back into the names that contain commas
        (« Emploi, insertion et inclusion »): the longest run of pieces that names a term wins.
        Returns (values found, values unknown)."""
        parts = [part.strip() for part in parts if part and part.strip()]
        found, unknown = [], []
        i = 0
        while i < len(parts):
            for j in range(min(len(parts), i + MAX_NAME_PIECES), i, -1):
                candidate = ", ".join(parts[i:j])
                if any(self.find(known, candidate) for known in known_sets):
                    found.append(candidate)
                    i = j
                    break
            else:
                unknown.append(parts[i])
                i += 1
        return found, unknown


def _by_slug_and_name(queryset) -> dict:
    terms = {}
    for term in queryset:
        terms[term.slug.lower()] = term
        terms[term_key(term.name)] = term
    return terms


def _choices(known: dict) -> str:
    return ", ".join(sorted({term.slug for term in known.values()}))


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
_RULE_COLUMNS = {
    "online_url": "lien_en_ligne",
    "postal_code": "code_postal",
    "price_conditions": "tarifs",
    "status": "statut",
}
# The fields of regions.places.check_place, as columns of the file.
_PLACE_COLUMNS = {"postal_code": "code_postal", "city": "commune", "department": "departement"}


class RowValidator:
    def __init__(
        self,
        *,
        region: Region,
        organizations: dict[str, Organization],
        default_organization,
        referentials,
        default_type=None,
        default_themes=(),
    ):
        self.region = region
        self.organizations = organizations  # the organisations the importer may import into, by slug
        self.default_organization = default_organization
        self.ref = referentials
        self.tz = region.tzinfo
        self.default_type = default_type
        self.default_themes = default_themes
        self.unknown: list[str] = []  # the last row's categories that name no term

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
            for position in rules.repeated_starts(start for start, _end in slots):
                start = slots[position][0]
                error(
                    "creneaux",
                    _("le créneau du %(day)s : %(problem)s") % {"day": self._day(start), "problem": rules.SAME_START},
                )
            if problem := rules.slot_count_error(len(slots)):
                error("creneaux", problem)
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
                    if problem := rules.edition_day_error(edition, timezone.localtime(start, self.tz).date()):
                        error(
                            "creneaux",
                            _("le créneau du %(day)s : %(problem)s") % {"day": self._day(start), "problem": problem},
                        )

        # Taxonomies: by slug, by name (case and accents ignored) or by the source's mapping; a name
        # may contain commas. Categories (iCalendar) and keywords (OpenAgenda) that name nothing are
        # kept aside for the dry run.
        ref = self.ref
        type_text = values.get("type", "")
        categories, self.unknown = ref.split(row.categories, (ref.types, ref.themes, ref.audiences))
        event_type = ref.find(ref.types, type_text) if type_text else None
        if type_text and event_type is None:
            error(
                "type",
                _("« %(value)s » : type d’événement inconnu ; choix possibles : %(choices)s.")
                % {"value": type_text, "choices": _choices(ref.types)},
            )
        if event_type is None and not type_text:
            event_type = next((ref.find(ref.types, c) for c in categories if ref.find(ref.types, c)), None)
            event_type = event_type or self.default_type
            if event_type is None:
                error("type", _("indiquez le type d’événement (par exemple « atelier » ou « conference-debat »)."))
        themes = self._terms(values.get("themes", ""), ref.themes, "themes", _("thème inconnu"), error)
        if not values.get("themes"):
            themes = _unique(ref.find(ref.themes, c) for c in categories)
            themes = themes or list(self.default_themes)
        if not themes:
            error("themes", _("indiquez au moins un thème (voir /api/referentiels)."))
        audiences = self._terms(values.get("publics", ""), ref.audiences, "publics", _("public inconnu"), error)
        if not values.get("publics"):
            audiences = _unique(ref.find(ref.audiences, c) for c in categories)
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
        city = data.get("commune", "")
        department = None
        commune = None
        place_readable = not {"code_postal", "latitude", "longitude"} & set(form.errors)
        if postal_code and city and place_readable:
            # The postal code, the commune and the department agree (regions.places, as in the forms).
            place = places.check_place(postal_code, city, department_code=values.get("departement", "") or None)
            for name, message in place.errors.items():
                error(_PLACE_COLUMNS[name], message)
            commune = place.commune
        elif mode != Event.AttendanceMode.ONLINE and place_readable:
            # Every place gets its commune, postal code and department: from the postal code when
            # given, else from the commune nearest to the point.
            if postal_code:
                commune = find_commune(postal_code, city)
                if commune is None:
                    error("code_postal", _("« %(value)s » : code postal inconnu.") % {"value": postal_code})
            elif latitude is not None and longitude is not None:
                commune = nearest_commune(latitude, longitude)
                if commune is None:
                    error(
                        "latitude",
                        _("le point (%(lat)s, %(lng)s) n’est près d’aucune commune française.")
                        % {"lat": latitude, "lng": longitude},
                    )
        if commune is not None and mode != Event.AttendanceMode.ONLINE:
            postal_code = postal_code or commune.postal_code
            city = city or commune.name
        code = values.get("departement", "") or (
            commune.department if commune else department_for_postal_code(postal_code) if postal_code else None
        )
        if code:
            department = self.ref.departments.get(code)
            if department is None:
                error("departement", _("« %(value)s » : département inconnu.") % {"value": code})
            elif department.region_id != self.region.pk:
                error(
                    "departement",
                    _(
                        "le département %(department)s n’est pas dans la région %(region)s : le lieu%(city)s est "
                        "hors de la région de cet import, l’événement est refusé."
                    )
                    % {
                        "department": department,
                        "region": self.region.name,
                        "city": f" ({city})" if city else "",
                    },
                )
        if mode != Event.AttendanceMode.ONLINE:
            if (latitude is None) != (longitude is None):
                error("latitude", _("indiquez la latitude et la longitude, ou aucune des deux."))
            elif latitude is None and postal_code:
                latitude, longitude = commune.point if commune else locate_postal_code(postal_code) or (None, None)
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
            status=data.get("statut") or "",
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
            "city": city,
            "latitude": latitude,
            "longitude": longitude,
            "online_url": data.get("lien_en_ligne", "")
            if mode != Event.AttendanceMode.ON_SITE or status == Event.Status.MOVED_ONLINE
            else "",
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
        provided = {name for name, column in OPTIONAL_FIELDS.items() if column in values}
        if values.get("publics") or audiences:
            provided.add("audiences")
        planned = PlannedEvent(
            line=row.line,
            uid=uid[:255],
            organization=organization,
            fields=fields,
            slots=slots,
            themes=themes,
            audiences=audiences,
            provided=provided,
            image_url=values.get("image", "") if values.get("image", "").startswith(("http://", "https://")) else "",
        )
        return planned, []

    def _terms(self, text, known, column, what, error):
        found, unknown = self.ref.split(_LIST_SPLIT_RE.split(text), (known,))
        for value in unknown:
            error(
                column,
                _("« %(value)s » : %(what)s ; choix possibles : %(choices)s.")
                % {"value": value, "what": what, "choices": _choices(known)},
            )
        return _unique(self.ref.find(known, value) for value in found)

    def _day(self, moment) -> str:
        return format_date(timezone.localtime(moment, self.tz), "j F Y")


def _unique(terms) -> list:
    unique = []
    for term in terms:
        if term is not None and term not in unique:
            unique.append(term)
    return unique


def _content_uid(title: str, slots) -> str:
    """An identifier for a row that has none: the same title and dates give the same one."""
    key = title + "|" + "|".join(start.astimezone(datetime.UTC).isoformat() for start, _end in slots)
    return "contenu-" + hashlib.sha256(key.encode()).hexdigest()[:32]


# -- The plan ----------------------------------------------------------------------------------------------


# Fields a file may leave out: an update leaves them as they are unless the file has their column.
OPTIONAL_FIELDS = {"highlight": "temps_fort"}


def plan_import(
    rows: list[RawRow],
    *,
    region: Region,
    organization: Organization | None,
    allowed_organizations,
    source=None,
    cancel_missing: bool | None = None,
) -> ImportPlan:
    """Validate every row; find the events a previous import (or this site) already has, and what the
    file changes in them. A ``source`` (opendata.models.Source) gives its mapping and its default type
    and themes; when it is the file's own source (``cancel_missing``, its synchronisation), the events
    it had and the file no longer has are cancelled."""
    if cancel_missing is None:
        cancel_missing = source is not None
    plan = ImportPlan()
    if not rows:  # for a source too: an empty feed is more likely broken than emptied on purpose
        plan.errors.append(_("Le fichier ne contient aucun événement."))
        return plan
    organizations = {o.slug: o for o in allowed_organizations}
    ref = _Referentials(parse_mapping(source.mapping) if source is not None else None)
    plan.choices = {
        "types": _choices(ref.types),
        "themes": _choices(ref.themes),
        "audiences": _choices(ref.audiences),
    }
    validator = RowValidator(
        region=region,
        organizations=organizations,
        default_organization=organization,
        referentials=ref,
        default_type=source.default_type if source is not None else None,
        default_themes=list(source.default_themes.all()) if source is not None else (),
    )
    planned: list[PlannedEvent] = []
    seen: dict[tuple, int] = {}
    for row in rows:
        if row.uid:
            plan.seen_uids.add(row.uid[:255])
        event, errors = validator.validate(row)
        for value in validator.unknown:
            plan.unknown_terms[value] = plan.unknown_terms.get(value, 0) + 1
        where = (
            _("Ligne %(line)s") % {"line": row.line} if not row.slots else _("Événement %(line)s") % {"line": row.line}
        )
        title = row.values.get("titre", "")
        prefix = f"{where} ({title[:60]})" if title else where
        plan.errors += [f"{prefix}, {message}" for message in errors]
        if event is None:
            plan.refused.append(prefix)
            continue
        plan.seen_uids.add(event.uid)
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
        if event.existing is None:
            plan.to_create.append(event)
            continue
        if event.record is not None and event.record.content_hash == event.content_hash:
            plan.already_imported.append(event)  # the source has not changed it since
            continue
        event.changes = _changes(event)
        if not event.changes:
            plan.already_imported.append(event)
        elif not workflow.can_edit(event.existing):
            plan.not_updated.append(event.title)
            plan.already_imported.append(event)
        else:
            plan.to_update.append(event)
    if cancel_missing and source is not None:
        gone = (
            ImportedEvent.objects.filter(source=source)
            .exclude(uid__in=plan.seen_uids)
            .exclude(event__status=Event.Status.CANCELLED)
            .filter(event__state__in=[Event.State.PENDING, Event.State.PUBLISHED])
            .select_related("event")
        )
        plan.to_cancel = [record.event for record in gone]
    return plan


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}"
    return str(value)


def _changes(planned: PlannedEvent) -> dict[str, tuple[str, str]]:
    """What the file changes in the existing event, field by field: {label: (now, in the file)}."""
    existing = planned.existing
    changes = {}
    for name, value in planned.fields.items():
        if name in OPTIONAL_FIELDS and name not in planned.provided:
            continue
        current = getattr(existing, name)
        if _shown(current) != _shown(value):
            changes[str(field_label(name))] = (_shown(current), _shown(value))
    related = [("themes", planned.themes)]
    if "audiences" in planned.provided:
        related.append(("audiences", planned.audiences))
    for name, terms in related:
        current = sorted(str(term) for term in getattr(existing, name).all())
        wanted = sorted(str(term) for term in terms)
        if current != wanted:
            changes[str(field_label(name))] = (", ".join(current), ", ".join(wanted))
    tz = existing.tzinfo
    current = [(slot.starts_at, slot.ends_at) for slot in sorted(existing.slots.all(), key=lambda s: s.starts_at)]
    if current != sorted(planned.slots):

        def shown(slots):
            return "; ".join(f"{s.astimezone(tz):%d/%m/%Y %H:%M}–{e.astimezone(tz):%H:%M}" for s, e in slots)

        changes[str(field_label(SLOTS))] = (shown(current), shown(sorted(planned.slots)))
    return changes


def _find_existing(planned: list[PlannedEvent]) -> None:
    """Mark the rows imported before (same organisation and identifier), or exported from this very
    site for the same organisation: a re-import creates nothing new. Two queries in all."""
    uids = {event.uid for event in planned}
    related = ("region", "edition", "department", "event_type", "highlight")
    prefetched = ("themes", "audiences", "slots")
    sources = (
        ImportedEvent.objects.filter(uid__in=uids)
        .select_related(*[f"event__{name}" for name in related])
        .prefetch_related(*[f"event__{name}" for name in prefetched])
    )
    by_key = {(source.organization_id, source.uid): source for source in sources}
    own_ids = {}
    domain = site_domain()
    for event in planned:
        match = _OWN_UID_RE.match(event.uid)
        if match and match[2] == domain:
            own_ids[event.uid] = int(match[1])
    own = {
        e.pk: e
        for e in Event.objects.filter(pk__in=own_ids.values()).select_related(*related).prefetch_related(*prefetched)
    }
    for event in planned:
        record = by_key.get((event.organization.pk, event.uid))
        existing = record.event if record else None
        if existing is None and event.uid in own_ids:
            candidate = own.get(own_ids[event.uid])
            if candidate is not None and candidate.organization_id == event.organization.pk:
                existing = candidate
        event.existing = existing
        event.record = record
