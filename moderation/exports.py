"""The CRESS's exports of their events: every field, as a French spreadsheet reads them."""

import csv
import io

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from alerts import audience
from core.text import printable, spreadsheet_cell
from events.models import ACCESSIBILITY_FLAGS, TimeSlot

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _safe_cell(value):
    # Printable first: openpyxl refuses control characters, and one must not hide a formula either.
    value = printable(value)
    return spreadsheet_cell(value) if isinstance(value, str) else value


def _local(value, tz) -> str:
    return timezone.localtime(value, tz).strftime("%d/%m/%Y %H:%M") if value else ""


def _yes_no(value: bool) -> str:
    return _("oui") if value else _("non")


def export_columns():
    """(header, function of the event) for every field; dates in the event's region time zone."""
    return [
        (_("Identifiant"), lambda e: e.pk),
        (_("Titre"), lambda e: e.title),
        (_("Adresse de la page"), lambda e: settings.SITE_URL + e.get_absolute_url()),
        (_("Organisation"), lambda e: e.organization.name),
        (_("Forme juridique"), lambda e: e.organization.get_legal_form_display()),
        (_("Édition"), lambda e: e.edition.year),
        (_("Résumé"), lambda e: e.summary),
        (_("Description"), lambda e: e.description),
        (_("État de modération"), lambda e: e.get_state_display()),
        (_("Soumis le"), lambda e: _local(e.submitted_at, e.tzinfo)),
        (_("Publié le"), lambda e: _local(e.published_at, e.tzinfo)),
        (_("Décision le"), lambda e: _local(e.state_changed_at, e.tzinfo)),
        (_("Décision par"), lambda e: e.state_changed_by.email if e.state_changed_by else ""),
        (_("Message de modération"), lambda e: e.moderation_message),
        (_("Statut"), lambda e: e.get_status_display()),
        (_("Message au public"), lambda e: e.status_message),
        (_("Début"), lambda e: _local(e.starts_at, e.tzinfo)),
        (_("Fin"), lambda e: _local(e.ends_at, e.tzinfo)),
        (
            _("Créneaux"),
            lambda e: " ; ".join(
                f"{_local(s.starts_at, e.tzinfo)} – {_local(s.ends_at, e.tzinfo)}" for s in e.slots.all()
            ),
        ),
        (_("Fuseau horaire"), lambda e: e.region.timezone),
        (_("Format"), lambda e: e.get_attendance_mode_display()),
        (_("Région"), lambda e: e.region.name),
        (_("Département"), lambda e: e.department.code if e.department else ""),
        (_("Nom du département"), lambda e: e.department.name if e.department else ""),
        (_("Lieu"), lambda e: e.venue_name),
        (_("Adresse"), lambda e: e.address),
        (_("Code postal"), lambda e: e.postal_code),
        (_("Commune"), lambda e: e.city),
        (_("Latitude"), lambda e: "" if e.latitude is None else e.latitude),
        (_("Longitude"), lambda e: "" if e.longitude is None else e.longitude),
        (_("Lien de connexion"), lambda e: e.online_url),
        (_("Type"), lambda e: e.event_type.name),
        (_("Thèmes"), lambda e: ", ".join(t.name for t in e.themes.all())),
        (_("Publics"), lambda e: ", ".join(a.name for a in e.audiences.all())),
        (_("Temps fort"), lambda e: e.highlight.name if e.highlight else ""),
        (_("Gratuit"), lambda e: _yes_no(e.is_free)),
        (_("Tarifs"), lambda e: e.price_conditions),
        (_("Lien d’inscription"), lambda e: e.registration_url),
        (_("E-mail d’inscription"), lambda e: e.registration_email),
        (_("Téléphone d’inscription"), lambda e: e.registration_phone),
        *[
            (str(label), lambda e, field=field: _yes_no(getattr(e, field)))
            for _value, field, label in ACCESSIBILITY_FLAGS
        ],
        (_("Image"), lambda e: settings.SITE_URL + e.image.url if e.image else ""),
        (_("Texte alternatif de l’image"), lambda e: e.image_alt),
        (_("Créé le"), lambda e: _local(e.created_at, e.tzinfo)),
        (_("Modifié le"), lambda e: _local(e.updated_at, e.tzinfo)),
        # The audience figures (alerts/audience.py): totals since publication, never public per event.
        (_("Vues de la page"), lambda e: e.audience_vue),
        (_("Ajouts à un agenda"), lambda e: e.audience_agenda),
        (_("Clics sur l’inscription"), lambda e: e.audience_inscription),
    ]


def export_rows(queryset):
    """The header then one row per event, in a fixed number of queries."""
    columns = export_columns()
    events = (
        audience.with_totals(queryset)
        .select_related(
            "organization", "edition", "region", "department", "event_type", "highlight", "state_changed_by"
        )
        .prefetch_related("themes", "audiences", Prefetch("slots", queryset=TimeSlot.objects.order_by("starts_at")))
    )
    yield [header for header, _value in columns]
    for event in events.order_by("starts_at", "pk"):
        yield [_safe_cell(value(event)) for _header, value in columns]


def _filename(extension: str) -> str:
    return f"evenements-mois-ess-{timezone.localdate():%Y-%m-%d}.{extension}"


def csv_response(queryset) -> HttpResponse:
    # French spreadsheet software expects `;` and a byte-order mark to read UTF-8.
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerows(export_rows(queryset))
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    return response


def xlsx_response(queryset) -> HttpResponse:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Événements")
    for index, row in enumerate(export_rows(queryset)):
        sheet.append(row)
        if index == 0:
            for cell in sheet[1]:
                cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    output = io.BytesIO()
    workbook.save(output)
    response = HttpResponse(output.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{_filename("xlsx")}"'
    return response


def _figures_filename(year, extension: str) -> str:
    return f"chiffres-mois-ess-{year}-{timezone.localdate():%Y-%m-%d}.{extension}"


def table_csv_response(rows, filename: str) -> HttpResponse:
    """Any table (the figures) as a French spreadsheet reads a CSV."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows([[_safe_cell(cell) for cell in row] for row in rows])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def table_xlsx_response(rows, filename: str, title: str) -> HttpResponse:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    for row in rows:
        sheet.append([_safe_cell(cell) for cell in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    output = io.BytesIO()
    workbook.save(output)
    response = HttpResponse(output.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def figures_csv_response(rows, year) -> HttpResponse:
    return table_csv_response(rows, _figures_filename(year, "csv"))


def figures_xlsx_response(rows, year) -> HttpResponse:
    return table_xlsx_response(rows, _figures_filename(year, "xlsx"), _("Chiffres"))
