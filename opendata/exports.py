"""The CSV export: one row per event, UTF-8 with a byte-order mark and « ; » separators, as French
spreadsheet software expects. The import (``opendata.imports``) reads the same columns back.
"""

import csv
from collections import defaultdict
from zoneinfo import ZoneInfo

from django.urls import reverse

from core.links import absolute
from core.text import printable, spreadsheet_cell
from events.filters import ACCESSIBILITY_FIELDS
from events.models import Event, TimeSlot

from .records import FORMAT_OF_MODE, event_uid

BOM = "\ufeff"
DELIMITER = ";"
SLOT_SEPARATOR = "\n"
LIST_SEPARATOR = ", "
YES, NO = "oui", "non"

COLUMNS = [
    "id",
    "uid",
    "titre",
    "resume",
    "description",
    "url",
    "organisation",
    "organisation_slug",
    "statut",
    "format",
    "region",
    "departement",
    "lieu",
    "adresse",
    "code_postal",
    "commune",
    "latitude",
    "longitude",
    "lien_en_ligne",
    "type",
    "themes",
    "publics",
    "temps_fort",
    "gratuit",
    "tarifs",
    "inscription_url",
    "inscription_email",
    "inscription_telephone",
    "accessibilite",
    "edition",
    "premier_debut",
    "derniere_fin",
    "creneaux",
]
# Cells that hold numbers the export writes itself (never user text): not neutralised, so that a
# negative longitude stays a number.
NUMERIC_COLUMNS = {"id", "latitude", "longitude", "edition"}


# The columns each row reads: plain values, no model instance (a few tuples per event).
VALUES = [
    "pk",
    "slug",
    "title",
    "summary",
    "description",
    "organization__name",
    "organization__slug",
    "status",
    "attendance_mode",
    "region__slug",
    "region__timezone",
    "department__code",
    "venue_name",
    "address",
    "postal_code",
    "city",
    "latitude",
    "longitude",
    "online_url",
    "event_type__slug",
    "highlight__slug",
    "is_free",
    "price_conditions",
    "registration_url",
    "registration_email",
    "registration_phone",
    *ACCESSIBILITY_FIELDS.values(),
    "edition__year",
    "starts_at",
    "ends_at",
]
CHUNK = 1000  # events read (and their themes, audiences and slots looked up) at a time


def _local(moment, tz) -> str:
    return moment.astimezone(tz).isoformat() if moment else ""


def _zone(name: str, zones: dict) -> ZoneInfo:
    if name not in zones:
        zones[name] = ZoneInfo(name)
    return zones[name]


def event_row(values: dict, *, themes=(), audiences=(), slots=(), zones=None) -> dict[str, str]:
    """One CSV row from one event's ``VALUES`` and its themes', audiences' slugs and slots."""
    tz = _zone(values["region__timezone"], {} if zones is None else zones)
    row = {
        "id": str(values["pk"]),
        "uid": event_uid(values["pk"]),
        "titre": values["title"],
        "resume": values["summary"],
        "description": values["description"],
        "url": absolute(reverse("events:detail", kwargs={"slug": values["slug"]})),
        "organisation": values["organization__name"],
        "organisation_slug": values["organization__slug"],
        "statut": values["status"],
        "format": FORMAT_OF_MODE[values["attendance_mode"]],
        "region": values["region__slug"],
        "departement": values["department__code"] or "",
        "lieu": values["venue_name"],
        "adresse": values["address"],
        "code_postal": values["postal_code"],
        "commune": values["city"],
        "latitude": "" if values["latitude"] is None else repr(values["latitude"]),
        "longitude": "" if values["longitude"] is None else repr(values["longitude"]),
        "lien_en_ligne": values["online_url"],
        "type": values["event_type__slug"],
        "themes": LIST_SEPARATOR.join(themes),
        "publics": LIST_SEPARATOR.join(audiences),
        "temps_fort": values["highlight__slug"] or "",
        "gratuit": YES if values["is_free"] else NO,
        "tarifs": values["price_conditions"],
        "inscription_url": values["registration_url"],
        "inscription_email": values["registration_email"],
        "inscription_telephone": values["registration_phone"],
        "accessibilite": LIST_SEPARATOR.join(value for value, field in ACCESSIBILITY_FIELDS.items() if values[field]),
        "edition": str(values["edition__year"]),
        "premier_debut": _local(values["starts_at"], tz),
        "derniere_fin": _local(values["ends_at"], tz),
        "creneaux": SLOT_SEPARATOR.join(f"{_local(start, tz)}/{_local(end, tz)}" for start, end in slots),
    }
    # Printable first: a control character must not hide a formula from the neutralisation.
    return {key: value if key in NUMERIC_COLUMNS else spreadsheet_cell(printable(value)) for key, value in row.items()}


def _grouped(pairs) -> dict:
    grouped = defaultdict(list)
    for key, value in pairs:
        grouped[key].append(value)
    return grouped


def _chunk_rows(chunk: list[dict], zones: dict):
    ids = [values["pk"] for values in chunk]
    themes = _grouped(
        Event.themes.through.objects.filter(event_id__in=ids)
        .order_by("theme__position", "theme__name")
        .values_list("event_id", "theme__slug")
    )
    audiences = _grouped(
        Event.audiences.through.objects.filter(event_id__in=ids)
        .order_by("audience__position", "audience__name")
        .values_list("event_id", "audience__slug")
    )
    slots = _grouped(
        (event_id, (start, end))
        for event_id, start, end in TimeSlot.objects.filter(event_id__in=ids)
        .order_by("starts_at")
        .values_list("event_id", "starts_at", "ends_at")
    )
    for values in chunk:
        pk = values["pk"]
        yield event_row(values, themes=themes[pk], audiences=audiences[pk], slots=slots[pk], zones=zones)


class _Line:
    """A file-like object that hands back what the csv writer writes."""

    def write(self, text: str) -> str:
        return text


def stream_csv(events):
    """The CSV text of ``events`` (with its byte-order mark), chunk by chunk: one chunk of rows read
    with ``values()`` at a time, so that memory does not grow with the number of events."""
    writer = csv.DictWriter(_Line(), fieldnames=COLUMNS, delimiter=DELIMITER, lineterminator="\r\n")
    yield (BOM + writer.writeheader()).encode()
    zones: dict = {}
    chunk = []
    for values in events.prefetch_related(None).values(*VALUES).iterator(chunk_size=CHUNK):
        chunk.append(values)
        if len(chunk) == CHUNK:
            yield "".join(writer.writerow(row) for row in _chunk_rows(chunk, zones)).encode()
            chunk = []
    if chunk:
        yield "".join(writer.writerow(row) for row in _chunk_rows(chunk, zones)).encode()


def events_csv(events) -> str:
    """The whole CSV text (with its byte-order mark) of ``events``."""
    return b"".join(stream_csv(events)).decode()
