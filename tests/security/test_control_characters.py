"""One control character must not break a shared output: forms clean what they receive, and every
output (RSS, calendars, CSV and spreadsheet exports, API, GeoJSON, pages) copes with what is stored."""

import csv
import gzip
import importlib
import inspect
import io
import json
import re
from pathlib import Path

import pytest
from defusedxml import ElementTree
from django import forms
from django.apps import apps
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse
from openpyxl import load_workbook

from core.forms import CleanTextMixin
from events.models import Event, Theme
from organizations.models import Organization
from tests.factories import EventFactory, OrganizationFactory, UserFactory
from tests.moderation.helpers import pending_event
from tests.space import event_data

pytestmark = pytest.mark.django_db

ESC, RLO, PDI, C1 = "\x1b", "\u202e", "\u2069", "\x85"
# What no output may carry: C0 controls but tab and line breaks, DEL, C1, bidirectional formatting.
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _assert_printable(text: str, where: str):
    found = UNSAFE.search(text)
    assert found is None, (
        f"{where}: {found.group()!r} at {found.start()}: {text[found.start() - 40 : found.end() + 40]!r}"
    )


@pytest.fixture
def tainted_event():
    """A published event whose texts were stored without going through a form (an old row, a script…)."""
    event = EventFactory(title="Atelier vélo", slug="atelier-velo")
    Event.objects.filter(pk=event.pk).update(
        title=f"Atelier {ESC}[31mvélo {RLO}gnp.exe{PDI}",
        summary=f"Réparez{ESC} votre vélo{C1}.",
        description=f"Le **programme**{ESC} :\n\n- accueil {RLO}à 18 h",
        venue_name=f"Maison {RLO}des associations",
        city=f"Rennes{ESC}",
        price_conditions=f"{ESC}=1+1",
    )
    Organization.objects.filter(pk=event.organization_id).update(name=f"Vélo {RLO}solidaire{ESC}")
    Theme.objects.filter(events=event).update(name=f"Réemploi{ESC}")
    return Event.objects.get(pk=event.pk)


PUBLIC_OUTPUTS = [
    "/evenements/flux.xml",
    "/evenements/atelier-velo.ics",
    "/evenements/calendrier.ics",
    "/evenements/export.csv",
    "/api/evenements",
    "/api/referentiels",
    "/evenements/carte.geojson",
    "/widget/carte.geojson",
    "/evenements/atelier-velo/",
    "/evenements/atelier-velo/fiche/",
    "/evenements/",
    "/widget/",
    "/regions/bretagne/",
    "/",
]


@pytest.mark.parametrize("url", PUBLIC_OUTPUTS)
def test_public_outputs_answer_and_carry_no_control_character(client, tainted_event, url):
    response = client.get(url)

    assert response.status_code == 200, url
    _assert_printable(response.getvalue().decode(), url)


def test_organisation_page_carries_no_control_character(client, tainted_event):
    url = tainted_event.organization.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    assert "Vélo solidaire" in response.content.decode()
    _assert_printable(response.content.decode(), url)


def test_rss_feed_is_well_formed_with_the_title_made_printable(client, tainted_event):
    feed = ElementTree.fromstring(client.get("/evenements/flux.xml").content)
    assert [item.findtext("title") for item in feed.iter("item")] == ["Atelier [31mvélo gnp.exe"]


def test_api_and_geojson_values_are_printable_not_just_escaped(client, tainted_event):
    detail = json.loads(client.get(f"/api/evenements/{tainted_event.pk}").content)
    listed = json.loads(client.get("/api/evenements").content)["results"][0]
    compressed = client.get("/evenements/carte.geojson", HTTP_ACCEPT_ENCODING="gzip").content
    points = json.loads(gzip.decompress(compressed))

    assert detail == listed
    _assert_printable(json.dumps(detail, ensure_ascii=False), "API")
    assert detail["title"] == "Atelier [31mvélo gnp.exe"
    assert detail["organization"]["name"] == "Vélo solidaire"
    assert points["features"][0]["properties"]["title"] == "Atelier [31mvélo gnp.exe"


def test_public_csv_cells_are_printable_and_still_neutralised(client, tainted_event):
    content = client.get("/evenements/export.csv").getvalue().decode()
    [row] = list(csv.DictReader(io.StringIO(content.lstrip("\ufeff")), delimiter=";"))
    assert row["titre"] == "Atelier [31mvélo gnp.exe"
    # The control character removed, the cell starts with « = »: it is still shown as text.
    assert row["tarifs"] == "'=1+1"


def test_calendar_files_carry_the_printable_title(client, tainted_event):
    for url in ("/evenements/atelier-velo.ics", "/evenements/calendrier.ics"):
        content = client.get(url).getvalue().decode()
        assert "SUMMARY:Atelier [31mvélo gnp.exe\r\n" in content
        assert "CATEGORIES:Atelier,Réemploi\r\n" in content


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_admin_exports_answer_with_printable_cells(client, tainted_event, kind, national):
    client.force_login(national)

    response = client.get(reverse(f"admin:events_event_export_{kind}"))

    assert response.status_code == 200
    if kind == "xlsx":
        sheet = load_workbook(io.BytesIO(response.content)).active
        cells = [str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]
        text = "\n".join(cells)
        assert "Atelier [31mvélo gnp.exe" in cells
        assert "'=1+1" in cells
    else:
        text = response.content.decode()
    _assert_printable(text, kind)


def test_admin_pages_carry_no_control_character(client, tainted_event, national):
    client.force_login(national)
    for url in (
        reverse("admin:events_event_changelist"),
        reverse("admin:events_event_change", args=[tainted_event.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200
        _assert_printable(response.content.decode(), url)


# -- Input: every form cleans its text ------------------------------------------------------------------


def test_space_event_form_strips_control_characters_and_keeps_line_breaks(client, member_a):
    client.force_login(member_a)

    response = client.post(
        "/espace/evenements/nouveau/",
        event_data(
            title=f"Répar’café{ESC} {RLO}du quartier",
            summary=f"Venez{C1} réparer\tvos objets.",
            description=f"Le programme{ESC} :\r\n\r\n- accueil\t18 h\n- {RLO}atelier",
            venue_name=f"Maison{ESC}\ndes associations",
        ),
    )

    assert response.status_code == 302
    event = Event.objects.get()
    assert event.title == "Répar’café du quartier"
    assert event.summary == "Venez réparer vos objets."
    assert event.description == "Le programme :\r\n\r\n- accueil\t18 h\n- atelier"
    assert event.venue_name == "Maison des associations"


def test_form_with_errors_shows_the_cleaned_text_back(client, member_a):
    client.force_login(member_a)
    html = client.post("/espace/evenements/nouveau/", event_data(title=f"Atelier{ESC}", summary="")).content.decode()
    assert 'value="Atelier"' in html
    _assert_printable(html, "form")


def test_space_organisation_form_strips_control_characters(client):
    client.force_login(UserFactory())
    client.post(
        "/espace/organisations/nouvelle/",
        {
            "name": f"Recyclerie {RLO}du quartier{ESC}",
            "legal_form": "association",
            "postal_code": "35000",
            "city": "Rennes",
            "description": f"Une recyclerie{C1}.\n\nOuverte à tous.",
        },
    )
    organization = Organization.objects.get()
    assert (organization.name, organization.description) == (
        "Recyclerie du quartier",
        "Une recyclerie.\n\nOuverte à tous.",
    )


def test_cancellation_message_is_cleaned(client, member_a):
    event = EventFactory(organization=member_a.organizations.get())
    client.force_login(member_a)
    client.post(f"/espace/evenements/{event.pk}/annuler/", {"message": f"Annulé{ESC} faute {RLO}d’intervenant."})
    event.refresh_from_db()
    assert event.status_message == "Annulé faute d’intervenant."


def test_signup_email_with_a_control_character_is_cleaned(client):
    client.post("/compte/inscription/", {"email": f"nouvelle{ESC}@example.org", "password": "Ruisseau-Lanterne-1907"})
    from accounts.models import User

    assert User.objects.filter(email="nouvelle@example.org").exists()


def test_admin_decision_message_is_cleaned(client, django_capture_on_commit_callbacks, national):
    event = pending_event(OrganizationFactory())
    client.force_login(national)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:events_event_changelist"),
            {"action": "reject", "_selected_action": [event.pk], "apply": "1", "message": f"Hors{ESC} sujet {RLO}."},
        )

    event.refresh_from_db()
    assert (event.state, event.moderation_message) == (Event.State.REJECTED, "Hors sujet .")


def test_admin_change_form_cleans_text(client, national):
    client.force_login(national)
    theme = Theme.objects.first()

    response = client.post(
        reverse("admin:events_theme_change", args=[theme.pk]),
        {"name": f"Réemploi{ESC} {RLO}local", "slug": theme.slug, "position": theme.position},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    theme.refresh_from_db()
    assert theme.name == "Réemploi local"


def test_admin_user_form_cleans_names(client, national):
    client.force_login(national)
    user = UserFactory(email="personne@example.org")

    client.post(
        reverse("admin:accounts_user_change", args=[user.pk]),
        {
            "email": user.email,
            "first_name": f"Camille{ESC}",
            "last_name": f"{RLO}Martin",
            "is_active": "on",
            "date_joined_0": "2026-09-01",
            "date_joined_1": "10:00:00",
        },
    )

    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Camille", "Martin")


def test_import_cleans_every_cell(client, national):
    from opendata.exports import COLUMNS
    from tests.factories import region

    organization = OrganizationFactory(slug="velo-solidaire")
    client.force_login(national)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=";", restval="")
    writer.writeheader()
    writer.writerow(
        {
            "uid": f"source-{ESC}1",
            "titre": f"Atelier{ESC} {RLO}vélo",
            "resume": f"Réparez{C1} votre vélo.",
            "description": f"Le programme{ESC} :\n\n- accueil",
            "code_postal": "35000",
            "commune": "Rennes",
            "type": "atelier",
            "themes": "economie-circulaire-et-reemploi",
            "creneaux": "2026-11-27T18:00/2026-11-27T20:00",
        }
    )
    from django.core.files.uploadedfile import SimpleUploadedFile

    url = "/admin/opendata/importedevent/importer/"
    fields = {"region": region("bretagne").pk, "organisation": organization.pk, "etat": "published"}
    upload = SimpleUploadedFile("import.csv", buffer.getvalue().encode())
    dry_run = client.post(url, {**fields, "fichier": upload, "dry_run": "1"})
    assert dry_run.context["plan"].is_valid, dry_run.context["plan"].errors
    client.post(url, {**fields, "jeton": dry_run.context["token"], "confirm": "1"})

    event = Event.objects.get()
    assert (event.title, event.summary, event.description) == (
        "Atelier vélo",
        "Réparez votre vélo.",
        "Le programme :\n\n- accueil",
    )
    assert event.import_source.uid == "source-1"


# -- Every form of the project, now and later --------------------------------------------------------------


def _project_form_classes():
    found = set()
    for config in apps.get_app_configs():
        # The project's own apps: those beside `events`, not the installed packages (a virtualenv may
        # sit inside the project's folder).
        if Path(config.path).parent != Path(apps.get_app_config("events").path).parent:
            continue
        for module_name in ("forms", "admin", "imports", "filters"):
            try:
                module = importlib.import_module(f"{config.name}.{module_name}")
            except ModuleNotFoundError:
                continue
            for _name, value in inspect.getmembers(module, inspect.isclass):
                if issubclass(value, forms.BaseForm) and value.__module__.split(".")[0] == config.name:
                    found.add(value)
    return found


def test_every_form_of_the_project_cleans_text():
    form_classes = _project_form_classes()
    assert len(form_classes) >= 15
    assert [cls.__qualname__ for cls in form_classes if not issubclass(cls, CleanTextMixin)] == []


def test_every_admin_form_cleans_text():
    request = RequestFactory().get("/admin/")
    request.user = UserFactory(is_staff=True, is_superuser=True)
    checked = []
    for model, model_admin in admin.site._registry.items():
        writable = model_admin.has_add_permission(request) or model_admin.has_change_permission(request)
        if not writable:
            continue
        checked.append(model)
        assert issubclass(model_admin.get_form(request), CleanTextMixin), model
        if hasattr(model_admin, "add_form"):
            assert issubclass(model_admin.add_form, CleanTextMixin), model
        for inline in model_admin.get_inline_instances(request):
            if inline.has_add_permission(request, None) or inline.has_change_permission(request):
                assert issubclass(inline.get_formset(request).form, CleanTextMixin), (model, inline)
    assert Event in checked and Organization in checked
