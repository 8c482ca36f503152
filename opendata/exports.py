"""The CSV export: one row per event, UTF-8 with a byte-order mark and « ; » separators, as French
spreadsheet software expects. The import (``opendata.imports``) reads the same columns back.
"""

import csv
import io

from django.utils import timezone

from core.links import absolute
from core.text import printable, spreadsheet_cell
from events.filters import ACCESSIBILITY_FIELDS
from events.models import Event

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


def _local(moment, event: Event) -> str:
    return timezone.localtime(moment, event.tzinfo).isoformat() if moment else ""


def event_row(event: Event) -> dict[str, str]:
    slots = list(event.slots.all())
    row = {
        "id": str(event.pk),
        "uid": event_uid(event.pk),
        "titre": event.title,
        "resume": event.summary,
        "description": event.description,
        "url": absolute(event.get_absolute_url()),
        "organisation": event.organization.name,
        "organisation_slug": event.organization.slug,
        "statut": event.status,
        "format": FORMAT_OF_MODE[event.attendance_mode],
        "region": event.region.slug,
        "departement": event.department.code if event.department else "",
        "lieu": event.venue_name,
        "adresse": event.address,
        "code_postal": event.postal_code,
        "commune": event.city,
        "latitude": "" if event.latitude is None else repr(event.latitude),
        "longitude": "" if event.longitude is None else repr(event.longitude),
        "lien_en_ligne": event.online_url,
        "type": event.event_type.slug,
        "themes": LIST_SEPARATOR.join(theme.slug for theme in event.themes.all()),
        "publics": LIST_SEPARATOR.join(audience.slug for audience in event.audiences.all()),
        "temps_fort": event.highlight.slug if event.highlight else "",
        "gratuit": YES if event.is_free else NO,
        "tarifs": event.price_conditions,
        "inscription_url": event.registration_url,
        "inscription_email": event.registration_email,
        "inscription_telephone": event.registration_phone,
        "accessibilite": LIST_SEPARATOR.join(
            value for value, field in ACCESSIBILITY_FIELDS.items() if getattr(event, field)
        ),
        "edition": str(event.edition.year),
        "premier_debut": _local(event.starts_at, event),
        "derniere_fin": _local(event.ends_at, event),
        "creneaux": SLOT_SEPARATOR.join(f"{_local(s.starts_at, event)}/{_local(s.ends_at, event)}" for s in slots),
    }
    # Printable first: a control character must not hide a formula from the neutralisation.
    return {key: value if key in NUMERIC_COLUMNS else spreadsheet_cell(printable(value)) for key, value in row.items()}


def events_csv(events) -> str:
    """The CSV text (with its byte-order mark) of ``events``."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writeheader()
    for event in events:
        writer.writerow(event_row(event))
    return buffer.getvalue()
