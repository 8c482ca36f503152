"""The hostile upload corpus (tests/security/payloads.py) through every upload path: the event image of
the organisation space, the organisation logo, the image and logo fields of the admin, and the import
files of the admin. Each file is refused with a French message at its field, or re-encoded so that
only its pixels are kept; nothing answers 500.

tests/events/test_form_images.py covers the event form's own behaviour (kept uploads, removal…).
"""

import csv
import functools
import io
import re
import time

import html5lib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from events.models import Event
from opendata.exports import COLUMNS
from organizations.models import Organization
from tests.factories import EventFactory, OrganizationFactory, region
from tests.security.payloads import HOSTILE_UPLOADS, REENCODED_UPLOADS, XSS
from tests.space import event_data

pytestmark = pytest.mark.django_db

# A re-encoded image is stored under a random name, as JPEG or (with transparency) PNG.
STORED_NAME = re.compile(r"[0-9a-f]{32}\.(jpg|png)$")
IMAGE_MESSAGES = [
    "pèse plus de 5 Mo",
    "n’est pas une image lisible",
    "n’est pas accepté",
    "est trop grande",
    "incomplet ou abîmé",
    "est vide",
    # Django's own image field, in the admin, speaks first for some files.
    "Téléversez une image valide",
    "Le fichier soumis est vide",
]


@functools.cache
def hostile_content(name: str) -> bytes:
    # Some take a second or two to make (27 megapixels): made once per run.
    factory = HOSTILE_UPLOADS[name][0] if name in HOSTILE_UPLOADS else REENCODED_UPLOADS[name][0]
    return factory()


def upload(name: str) -> SimpleUploadedFile:
    filename = HOSTILE_UPLOADS[name][1] if name in HOSTILE_UPLOADS else REENCODED_UPLOADS[name][1]
    # The browser's claim about the type is the attacker's to choose: always « image/jpeg » here.
    return SimpleUploadedFile(filename, hostile_content(name), content_type="image/jpeg")


def assert_only_pixels_kept(field_file, *, max_size):
    """The stored file is a fresh JPEG or PNG, under a random name, without metadata or anything appended."""
    assert STORED_NAME.search(field_file.name), field_file.name
    with field_file.open("rb") as fh:
        content = fh.read()
    for needle in (b"<script", b"<?php", b"<svg", b"AppareilSecret", b"alert("):
        assert needle not in content, needle
    image = Image.open(io.BytesIO(content))
    image.verify()
    image = Image.open(io.BytesIO(content))
    assert image.format in {"JPEG", "PNG"}
    assert image.width <= max_size[0] and image.height <= max_size[1]
    assert dict(image.getexif()) == {}
    return image


def assert_french_error(html: str, field_id: str):
    assert f'id="{field_id}_error"' in html, f"no error at {field_id}"
    assert any(message in html for message in IMAGE_MESSAGES), html[:2000]


@pytest.fixture
def member(client, member_a):
    client.force_login(member_a)
    return member_a


# -- The organisation space ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(HOSTILE_UPLOADS))
def test_event_form_refuses_hostile_image_at_its_field(client, member, name):
    data = event_data(image_alt="Une image")
    data["image"] = upload(name)
    response = client.post("/espace/evenements/nouveau/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert_french_error(html, "id_image")
    if HOSTILE_UPLOADS[name][2]:
        assert HOSTILE_UPLOADS[name][2] in html
    assert not Event.objects.exists()


@pytest.mark.parametrize("name", list(REENCODED_UPLOADS))
def test_event_form_keeps_only_the_pixels(client, member, name):
    data = event_data(image_alt="Une image")
    data["image"] = upload(name)
    response = client.post("/espace/evenements/nouveau/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    event = Event.objects.get()
    image = assert_only_pixels_kept(event.image, max_size=(1600, 1600))
    for size in ("page", "thumbnail", "social"):
        assert STORED_NAME.search(event.image_sizes[size]["name"].replace(f"-{size}", ""))
    if name == "exif_rotated":
        # Orientation 6 (« turn 90° clockwise to view »): the stored image is upright, portrait, its
        # yellow corner now at the top right; the EXIF tag that said so is gone.
        assert image.size == (800, 1200)
        assert image.convert("RGB").getpixel((image.width - 5, 5))[:2] > (200, 200)


@pytest.mark.parametrize("name", list(HOSTILE_UPLOADS))
def test_organisation_form_refuses_hostile_logo_at_its_field(client, member, name):
    organization = member.organizations.get()
    data = {
        "name": organization.name,
        "legal_form": organization.legal_form,
        "postal_code": organization.postal_code,
        "city": organization.city,
        "logo": upload(name),
    }
    response = client.post(f"/espace/organisations/{organization.pk}/modifier/", data)
    assert response.status_code == 200
    assert_french_error(response.content.decode(), "id_logo")
    organization.refresh_from_db()
    assert not organization.logo


@pytest.mark.parametrize("name", list(REENCODED_UPLOADS))
def test_organisation_form_keeps_only_the_pixels_of_a_logo(client, member, name):
    organization = member.organizations.get()
    data = {
        "name": organization.name,
        "legal_form": organization.legal_form,
        "postal_code": organization.postal_code,
        "city": organization.city,
        "logo": upload(name),
    }
    response = client.post(f"/espace/organisations/{organization.pk}/modifier/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    organization.refresh_from_db()
    assert_only_pixels_kept(organization.logo, max_size=(600, 600))


# -- The admin -------------------------------------------------------------------------------------------


def form_values(html: str, form_id: str) -> dict:
    """What a browser sends back from a form of the page, files aside."""
    root = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)
    [form] = [f for f in root.iter("form") if f.get("id") == form_id]
    data = {}

    def add(name, value):
        data.setdefault(name, []).append(value)

    for element in form.iter():
        name = element.get("name")
        if not name:
            continue
        if element.tag == "input" and element.get("type") not in {"submit", "file", "button", "image"}:
            if element.get("type") in {"checkbox", "radio"}:
                if element.get("checked") is not None:
                    add(name, element.get("value", "on"))
            else:
                add(name, element.get("value", ""))
        elif element.tag == "select":
            for option in element.iter("option"):
                if option.get("selected") is not None:
                    add(name, option.get("value", ""))
        elif element.tag == "textarea":
            add(name, element.text or "")
    return {name: values if len(values) > 1 else values[0] for name, values in data.items()}


ADMIN_PATHS = {
    "event image": ("events/event", "event_form", "image", (1600, 1600)),
    "organisation logo": ("organizations/organization", "organization_form", "logo", (600, 600)),
}


def _admin_post(client, national, path, name):
    model, form_id, field, _max_size = ADMIN_PATHS[path]
    event = EventFactory(state=Event.State.PENDING)
    target = event if model == "events/event" else event.organization
    client.force_login(national)
    url = f"/admin/{model}/{target.pk}/change/"
    data = form_values(client.get(url).content.decode(), form_id)
    data[field] = upload(name)
    if field == "image":
        data["image_alt"] = "Une image"
    return client.post(url, data), target, field


@pytest.mark.parametrize("name", list(HOSTILE_UPLOADS))
@pytest.mark.parametrize("path", list(ADMIN_PATHS))
def test_admin_refuses_hostile_image_at_its_field(client, national, path, name):
    response, target, field = _admin_post(client, national, path, name)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == [field]
    assert any(message in str(errors[field]) for message in IMAGE_MESSAGES), errors[field]
    target.refresh_from_db()
    assert not getattr(target, field)


@pytest.mark.parametrize("name", list(REENCODED_UPLOADS))
@pytest.mark.parametrize("path", list(ADMIN_PATHS))
def test_admin_keeps_only_the_pixels(client, national, path, name):
    response, target, field = _admin_post(client, national, path, name)
    assert response.status_code == 302, response.context["adminform"].form.errors
    target.refresh_from_db()
    assert_only_pixels_kept(getattr(target, field), max_size=ADMIN_PATHS[path][3])


# -- Import files ---------------------------------------------------------------------------------------

IMPORT_URL = "/admin/opendata/importedevent/importer/"


@pytest.fixture(autouse=True)
def _import_upload_dir(settings, tmp_path):
    settings.IMPORT_UPLOAD_DIR = tmp_path / "import-uploads"


def csv_file(rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=";", lineterminator="\r\n", restval="")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode()


def good_row(**overrides) -> dict:
    return {
        "titre": "Atelier vélo",
        "resume": "Réparez votre vélo.",
        "format": "presentiel",
        "lieu": "Garage solidaire",
        "code_postal": "35000",
        "commune": "Rennes",
        "type": "atelier",
        "themes": "economie-circulaire-et-reemploi",
        "gratuit": "oui",
        "creneaux": "2026-11-24T18:00/2026-11-24T20:00",
        **overrides,
    }


def dry_run(client, content: bytes, name: str):
    organization = Organization.objects.first() or OrganizationFactory()
    return client.post(
        IMPORT_URL,
        {
            "fichier": SimpleUploadedFile(name, content),
            "region": region("bretagne").pk,
            "organisation": organization.pk,
            "etat": Event.State.PENDING,
            "dry_run": "1",
        },
    )


def confirm(client, response):
    return client.post(
        IMPORT_URL,
        {
            "region": region("bretagne").pk,
            "organisation": Organization.objects.first().pk,
            "etat": Event.State.PENDING,
            "jeton": response.context["token"],
            "confirm": "1",
        },
    )


def file_error(response) -> str:
    assert response.status_code == 200
    return " ".join(response.context["form"].errors.get("fichier", []))


def plan_errors(response) -> str:
    assert response.status_code == 200
    plan = response.context["plan"]
    assert plan is not None, response.context["form"].errors
    return "\n".join(plan.errors)


def ics(*lines: str) -> bytes:
    return ("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *lines, "END:VCALENDAR"]) + "\r\n").encode()


GOOD_VEVENT = [
    "BEGIN:VEVENT",
    "UID:atelier-1@example.org",
    "SUMMARY:Atelier vélo",
    "DTSTART;TZID=Europe/Paris:20261124T180000",
    "DTEND;TZID=Europe/Paris:20261124T200000",
    "LOCATION:Garage solidaire",
    "GEO:48.11;-1.68",
    "CATEGORIES:Atelier,Économie circulaire et réemploi",
    "END:VEVENT",
]


def test_import_keeps_formulas_as_text_and_exports_them_neutralised(client, national):
    client.force_login(national)
    content = csv_file(
        [
            good_row(titre=XSS["dde"], resume=XSS["formula"], tarifs=XSS["at_formula"], uid="a"),
            good_row(titre=XSS["plus_formula"], resume=XSS["minus_formula"], uid="b"),
        ]
    )
    response = dry_run(client, content, "formules.csv")
    assert plan_errors(response) == ""
    assert confirm(client, response).status_code == 302
    titles = set(Event.objects.values_list("title", flat=True))
    assert titles == {XSS["dde"], XSS["plus_formula"]}
    Event.objects.update(state=Event.State.PUBLISHED)
    exported = client.get("/evenements/export.csv").getvalue().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(exported, newline=""), delimiter=";"))
    assert {row["titre"] for row in rows} == {f"'{XSS['dde']}", f"'{XSS['plus_formula']}"}


def test_import_dry_run_shows_hostile_titles_as_text(client, national):
    client.force_login(national)
    rows = [good_row(titre=payload[:140], uid=key) for key, payload in XSS.items() if "\r" not in payload]
    rows.append(good_row(titre=XSS["script"], creneaux="pas une date", uid="erreur"))
    response = dry_run(client, csv_file(rows), "xss.csv")
    root = html5lib.parse(response.content.decode(), treebuilder="etree", namespaceHTMLElements=False)
    for element in root.iter():
        assert not any(name.startswith("on") for name in element.attrib), element.attrib
        if element.tag == "script":
            assert element.get("src"), element.text
    assert "Ligne" in plan_errors(response) and XSS["script"] in plan_errors(response)


def test_import_refuses_a_cell_too_long_for_the_csv_reader_in_french(client, national):
    client.force_login(national)
    content = csv_file([good_row(), good_row(description="x" * 200_000, uid="long")])
    response = dry_run(client, content, "longue.csv")
    assert "Ligne 3" in file_error(response)
    assert "caractères" in file_error(response)
    assert not Event.objects.exists()


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "vide.csv", "Le fichier soumis est vide"),
        (b"\x89PNG\r\n\x1a\n\x00\x00garbage\xff\xfe", "image.csv", "n’est pas en UTF-8"),
        ("titre;creneaux\r\nAtelier é;x\r\n".encode("latin-1"), "latin1.csv", "n’est pas en UTF-8"),
        (b"PK\x03\x04 not really a spreadsheet", "tableur.xlsx", "Format non reconnu"),
        (b"<?php system($_GET['c']); ?>", "x.php", "Format non reconnu"),
        (b"x" * 1_600_000, "lourd.csv", "1,5 Mo"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "coupe.ics", "n’est pas un calendrier"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', "xml.ics", "n’est pas un calendrier"),
    ],
    ids=["empty", "binary", "latin-1", "xlsx", "php", "too-big", "truncated-ics", "xml-as-ics"],
)
def test_import_refuses_unreadable_files_at_the_file_field(client, national, content, name, message):
    client.force_login(national)
    response = dry_run(client, content, name)
    assert message in file_error(response)
    assert not Event.objects.exists()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/programme", "data:text/html,x"])
def test_import_refuses_a_link_that_is_not_a_web_address_at_its_column(client, national, url):
    client.force_login(national)
    response = dry_run(client, csv_file([good_row(inscription_url=url)]), "liens.csv")
    assert "colonne « inscription_url » : Saisissez une URL valide." in plan_errors(response)


def test_import_strips_nul_bytes(client, national):
    """A NUL byte (which PostgreSQL cannot store) is removed from every cell, like every control character."""
    client.force_login(national)
    response = dry_run(client, csv_file([good_row(titre="Atelier\x00vélo")]), "nul.csv")
    assert response.status_code == 200
    assert plan_errors(response) == ""
    assert "Ateliervélo" in response.content.decode()


@pytest.mark.parametrize(
    ("line", "column", "replaces"),
    [
        ("GEO:pas;un-nombre", "latitude", "GEO"),
        ("GEO:abc", "latitude", "GEO"),
        ("DTSTART:n-importe-quoi", "creneaux", "DTSTART"),
        ("DTEND:20261124T25:00:00", "creneaux", "DTEND"),
        ("DURATION:PT-rien", "creneaux", "DTEND"),
        ("CATEGORIES:", "themes", "CATEGORIES"),
        ("DTSTART;TZID=Europe/Paris:20261124T190000", "creneaux", None),  # a second DTSTART
    ],
)
def test_import_reads_broken_calendar_properties_as_row_errors(client, national, line, column, replaces):
    client.force_login(national)
    vevent = [item for item in GOOD_VEVENT if replaces is None or not item.startswith(replaces)]
    vevent.insert(-1, line)
    response = dry_run(client, ics(*vevent), "casse.ics")
    assert f"colonne « {column} »" in plan_errors(response)
    assert not Event.objects.exists()


def test_import_of_an_entity_bomb_in_a_calendar_is_plain_text(client, national):
    """iCalendar has no entities: an XML « billion laughs » in a description is text, stored as written."""
    client.force_login(national)
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>'
    vevent = [*GOOD_VEVENT[:-1], f"DESCRIPTION:{laughs}", "ATTACH;FMTTYPE=application/xml:file:///etc/passwd"]
    response = dry_run(client, ics(*vevent, "END:VEVENT"), "rires.ics")
    assert plan_errors(response) == ""
    assert confirm(client, response).status_code == 302
    assert Event.objects.get().description == laughs


def test_import_of_many_rows_answers_in_bounded_time(client, national):
    """A 1.5 MB file of tiny rows is refused early rather than validated row by row."""
    client.force_login(national)
    header = ";".join(COLUMNS).encode()
    tiny = b"\r\n".join([header] + [b"x;" for _ in range(60_000)])
    one = time.perf_counter()
    small = dry_run(client, csv_file([good_row()]), "un.csv")
    one = time.perf_counter() - one
    assert plan_errors(small) == ""
    many = time.perf_counter()
    response = dry_run(client, tiny, "nombreuses.csv")
    many = time.perf_counter() - many
    assert "plus de 2\u202f500 événements" in file_error(response)
    assert many < 20 * one  # measured against one row, in the same run


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["BEGIN:VEVENT"] * 20_000 + ["END:VEVENT"] * 20_000, "plus de 2\u202f500 événements"),
        ([f"BEGIN:VEVENT\r\nUID:{n}\r\nEND:VEVENT" for n in range(20_000)], "plus de 50\u202f000 lignes"),
        (["BEGIN:VEVENT", *(f"X-A:{n}" for n in range(60_000)), "END:VEVENT"], "plus de 50\u202f000 lignes"),
    ],
    ids=["nested", "many-events", "many-lines"],
)
def test_import_refuses_a_calendar_too_big_to_read_at_the_file_field(client, national, lines, message):
    client.force_login(national)
    response = dry_run(client, ics(*lines), "poupees.ics")
    assert message in file_error(response)
    assert not Event.objects.exists()
