"""Every hostile string of tests/security/payloads.py, written directly into every user-writable text
field of events, organisations and users (what no form would let through included), comes out of
every output as the text it is: never markup, script, JSON break-out, calendar property, header,
mail header or spreadsheet formula. Each output is read back with a real parser.

tests/events/test_form_xss.py checks the same through the forms of the organisation space.
"""

import csv
import datetime
import io
import json
import re
from collections import Counter

import html5lib
import icalendar
import pytest
from defusedxml import ElementTree
from django.conf import settings
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from core.text import clean_text, from_spreadsheet_cell, spreadsheet_cell
from events import images as event_images
from events import services
from events.models import Event, EventLogEntry
from moderation.digest import send_digest
from opendata import exports as opendata_exports
from organizations.models import Organization
from organizations.services import invitation_token, invite_member
from tests.factories import EventFactory, MembershipFactory, OrganizationFactory
from tests.security.payloads import FORMULA_STARTS, HOSTILE_WEB_URLS, NON_WEB_URLS, XSS, fit, image_bytes
from tests.space import event_data

pytestmark = pytest.mark.django_db

HOSTILE_EMAIL = 'x"><svg/onload=alert(1)>@example.org'
EVENT_TEXT_FIELDS = [
    "title",
    "summary",
    "description",
    "status_message",
    "moderation_message",
    "venue_name",
    "address",
    "postal_code",
    "city",
    "price_conditions",
    "registration_phone",
    "image_alt",
]
ORGANIZATION_TEXT_FIELDS = ["name", "description", "address", "postal_code", "city", "phone"]
USER_TEXT_FIELDS = ["first_name", "last_name"]


def _max_length(model, name):
    return model._meta.get_field(name).max_length


def _hostile_url(key: str, payload: str) -> str:
    # A web address (the only kind the database accepts) carrying the payload where it can.
    return HOSTILE_WEB_URLS.get(key, f"https://example.org/{payload}")


def _tiny_image():
    return ContentFile(image_bytes("JPEG", (120, 80)), name="photo.jpg")


def build_hostile(key: str, payload: str, *, state=Event.State.PUBLISHED) -> Event:
    """An organisation, its member and one event, every text field carrying the payload."""
    url = _hostile_url(key, payload)
    organization = OrganizationFactory(
        slug=f"org-{key.replace('_', '-')}",
        website=url,
        email=HOSTILE_EMAIL,
        **{name: fit(payload, _max_length(Organization, name)) for name in ORGANIZATION_TEXT_FIELDS},
    )
    organization.logo.save("logo.jpg", _tiny_image(), save=True)
    MembershipFactory(
        organization=organization,
        user__email=f"{key.replace('_', '-')}@example.org",
        **{f"user__{name}": fit(payload, 150) for name in USER_TEXT_FIELDS},
    )
    now = timezone.now()
    event = EventFactory(
        organization=organization,
        slug=f"evt-{key.replace('_', '-')}",
        state=state,
        status=Event.Status.POSTPONED,  # shows the status message
        attendance_mode=Event.AttendanceMode.MIXED,
        online_url=url,
        registration_url=url,
        registration_email=HOSTILE_EMAIL,
        is_free=False,
        access_motor=True,
        published_at=now - datetime.timedelta(days=3) if state == Event.State.PUBLISHED else None,
        submitted_at=now - datetime.timedelta(days=4),
        **{name: fit(payload, _max_length(Event, name)) for name in EVENT_TEXT_FIELDS},
    )
    event_images.store_event_image(event, _tiny_image())
    event.save()
    EventLogEntry.objects.create(
        event=event,
        action=EventLogEntry.Action.EDITED,
        changes={"title": [payload, payload], "description": [payload, payload]},
        message=payload,
    )
    return event


@pytest.fixture
def hostile():
    """Every payload at once: {key: event}."""
    return {key: build_hostile(key, payload) for key, payload in XSS.items()}


# -- Reading outputs back --------------------------------------------------------------------------------

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "poster", "data", "background", "cite", "xlink:href"}
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}
NEVER_IN_OUR_TEMPLATES = {"math", "object", "embed", "frame", "frameset", "applet", "x", "style"}
_STRIP_FROM_URL = re.compile(r"[\x00-\x20]+")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def newlines_as_html_reads_them(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_html(content: bytes | str):
    text = content.decode() if isinstance(content, bytes) else content
    return html5lib.parse(text, treebuilder="etree", namespaceHTMLElements=False)


def assert_inert_html(content, *, where: str, shows=()):
    """Parse like a browser; fail on any script, event handler, dangerous URL or element that the
    templates never write; check that each of `shows` is displayed as text (or an attribute value)."""
    root = parse_html(content)
    texts = []
    for element in root.iter():
        tag = _local(element.tag)
        texts += [element.text or "", element.tail or ""]
        assert tag not in NEVER_IN_OUR_TEMPLATES, f"{where}: injected <{tag}>"
        for name, value in element.attrib.items():
            name = _local(name)
            texts.append(value)
            assert not name.startswith("on"), f"{where}: event handler {name}={value!r} on <{tag}>"
            if name in URL_ATTRIBUTES:
                scheme = _STRIP_FROM_URL.sub("", value).lower()
                assert not scheme.startswith(("javascript:", "vbscript:", "data:")), f"{where}: {name}={value!r}"
        if tag == "iframe":  # the widget builder's preview, and nothing else
            assert element.get("src", "").startswith("/widget/"), f"{where}: <iframe src={element.get('src')!r}>"
        if tag == "img":
            assert element.get("src", "").startswith(("/", "http")), f"{where}: <img src={element.get('src')!r}>"
        if tag == "meta":
            assert element.get("http-equiv", "").lower() != "refresh", f"{where}: meta refresh"
        if tag == "script":
            if element.get("src"):
                assert not (element.text or "").strip(), f"{where}: script with src and a body"
            else:
                assert element.get("type") in DATA_SCRIPT_TYPES, f"{where}: inline script {element.text!r}"
                json.loads(element.text or "")  # data blocks stay valid JSON: nothing broke out
    shown = "".join(texts)
    for text in shows:
        assert newlines_as_html_reads_them(text) in shown, f"{where}: {text!r} is not shown as text"
    return root


def jsonld(root) -> dict:
    [block] = [s for s in root.iter("script") if s.get("type") == "application/ld+json"]
    return json.loads(block.text)


def assert_text_mail_unescaped(body: str, text: str, *, where: str):
    assert text in body, f"{where}: {text!r} missing or escaped in the text part"


def assert_clean_subject(subject: str, text: str, *, where: str):
    assert "\n" not in subject and "\r" not in subject, f"{where}: {subject!r}"
    assert " ".join(text.split()) in subject, f"{where}: {subject!r} does not show {text!r} as written"


# -- HTML pages -------------------------------------------------------------------------------------------


def test_public_pages_show_payloads_as_text(client, hostile):
    for key, event in hostile.items():
        payload = XSS[key]
        html = client.get(event.get_absolute_url()).content
        root = assert_inert_html(
            html,
            where=f"event page [{key}]",
            shows=[
                fit(payload, 140),
                fit(payload, 200),
                fit(payload, 250),
                fit(payload, 255),
                _hostile_url(key, payload),
            ],
        )
        assert root.find(".//h1").text == newlines_as_html_reads_them(fit(payload, 140))
        card = client.get(reverse("events:card", args=[event.slug])).content
        assert_inert_html(card, where=f"map popup card [{key}]", shows=[fit(payload, 140), fit(payload, 200)])
        organization = client.get(event.organization.get_absolute_url()).content
        assert_inert_html(organization, where=f"organisation page [{key}]", shows=[fit(payload, 200), payload])
        filtered = client.get("/evenements/", {"organisation": event.organization.slug}).content
        assert_inert_html(filtered, where=f"list of an organisation [{key}]", shows=[fit(payload, 200)])
        widget = client.get("/widget/", {"titre": payload[:120], "carte": "1"}).content
        assert_inert_html(widget, where=f"widget titre [{key}]", shows=[payload[:120]])
    titles = [fit(payload, 140) for payload in XSS.values()]
    pages = {
        "list": "/evenements/",
        "map": "/carte/",
        "region": "/regions/bretagne/",
        "programme": "/regions/bretagne/programme/",
        "widget": "/widget/?nombre=50",
        "home": "/",
    }
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert_html(response.content, where=name, shows=titles if name != "home" else titles[:0])
    # The home page shows the next six events.
    home = assert_inert_html(client.get("/").content, where="home")
    assert len([a for a in home.iter("a") if a.get("href", "").startswith("/evenements/evt-")]) == 6


@pytest.mark.parametrize("key", list(XSS))
def test_reflected_parameters_stay_text(client, key):
    """What a visitor types in a URL comes back as text: filters, their error messages, the widget builder
    and the code it hands out."""
    payload = XSS[key]
    EventFactory()
    query = {"q": payload, "autour": payload, "du": payload, "theme": payload, "tri": payload, "page": payload}
    for url in ["/evenements/", "/carte/", "/regions/bretagne/", "/widget/"]:
        response = client.get(url, query)
        assert response.status_code == 200, url
        assert_inert_html(response.content, where=f"{url} [{key}]")
    api = client.get("/api/evenements", query)
    assert api.status_code == 400
    assert json.loads(api.content)["errors"]
    builder = client.get("/integrer/", {"titre": payload[:120]})
    root = assert_inert_html(builder.content, where=f"widget builder [{key}]")
    [snippet] = [element for element in root.iter("textarea") if element.get("id") == "widget-snippet"]
    [iframe] = parse_html(snippet.text).iter("iframe")  # the code a partner pastes in their site
    # The form keeps a one-line title on one line (core.text.clean_text).
    assert iframe.get("title") == clean_text(payload[:120], multiline=False).strip()
    assert set(iframe.attrib) == {"src", "title", "width", "height", "loading", "style"}


def test_event_page_json_ld_keeps_payloads_inside_its_script(client, hostile):
    for key, event in hostile.items():
        payload = XSS[key]
        html = client.get(event.get_absolute_url()).content.decode()
        data = jsonld(parse_html(html))
        assert data["name"] == fit(payload, 140), key
        assert data["description"] == fit(payload, 200), key
        assert data["organizer"]["name"] == fit(payload, 200), key
        assert data["offers"]["description"] == fit(payload, 255), key
        assert data["offers"]["url"] == _hostile_url(key, payload), key
        place, online = data["location"]
        assert (place["name"], place["address"]["streetAddress"]) == (fit(payload, 200), fit(payload, 255)), key
        assert online["url"] == _hostile_url(key, payload), key
        # The block is one element: a payload's « </script> » or « <!-- » never closes or hides it.
        block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
        assert "<" not in block and ">" not in block, key


def test_space_pages_show_payloads_as_text(client, hostile, moderator_a):
    for key, event in hostile.items():
        payload = XSS[key]
        member = event.organization.members.get()
        invitation = invite_member(organization=event.organization, email=f"{key}@invite.example", invited_by=member)
        invitation_page = client.get(reverse("space:invitation_accept", args=[invitation_token(invitation)]))
        assert_inert_html(invitation_page.content, where=f"invitation [{key}]", shows=[fit(payload, 200)])
        client.force_login(member)
        pages = {
            "dashboard": "/espace/",
            "preview": f"/espace/evenements/{event.pk}/apercu/",
            "event form": f"/espace/evenements/{event.pk}/modifier/",
            "cancel": f"/espace/evenements/{event.pk}/annuler/",
            "organisation form": f"/espace/organisations/{event.organization.pk}/modifier/",
            "members": f"/espace/organisations/{event.organization.pk}/membres/",
            "account": "/compte/",
        }
        for name, url in pages.items():
            response = client.get(url)
            assert response.status_code == 200, (name, key)
            shows = [fit(payload, 140)] if name not in {"organisation form", "members", "account"} else []
            assert_inert_html(response.content, where=f"{name} [{key}]", shows=shows)
        services.request_changes(event=event, moderator=moderator_a, message=payload)  # the CRESS's message
        for name in ["dashboard", "preview"]:
            response = client.get(pages[name])
            assert_inert_html(response.content, where=f"{name} after a decision [{key}]", shows=[payload])
        personal = client.get("/compte/mes-donnees/")
        data = json.loads(personal.content)
        assert data["compte"]["prenom"] == fit(payload, 150), key
        client.logout()


def test_admin_pages_show_payloads_as_text(client, hostile, moderator_a, national):
    client.force_login(moderator_a)
    titles = [fit(payload, 140) for payload in XSS.values()]
    changelist = client.get("/admin/events/event/")
    assert_inert_html(changelist.content, where="admin changelist", shows=titles)
    organizations = client.get("/admin/organizations/organization/")
    assert_inert_html(organizations.content, where="admin organisations", shows=[fit(p, 200) for p in XSS.values()])
    ids = [str(event.pk) for event in hostile.values()]
    # A decision that asks for a message lists the selected events; one that skips them names them.
    message_page = client.post("/admin/events/event/", {"action": "reject", "_selected_action": ids})
    assert_inert_html(message_page.content, where="decision message page", shows=titles)
    skipped = client.post("/admin/events/event/", {"action": "publish", "_selected_action": ids}, follow=True)
    assert_inert_html(skipped.content, where="skipped events message", shows=titles[:10])
    for key, event in hostile.items():
        payload = XSS[key]
        response = client.get(reverse("admin:events_event_change", args=[event.pk]))
        assert response.status_code == 200
        assert_inert_html(
            response.content,
            where=f"admin review page [{key}]",
            shows=[fit(payload, 140), fit(payload, 200), fit(payload, 255), payload],
        )
        response = client.get(reverse("admin:organizations_organization_change", args=[event.organization.pk]))
        assert_inert_html(response.content, where=f"admin organisation [{key}]", shows=[fit(payload, 200)])
    figures = client.get(reverse("admin:events_event_figures"))
    assert_inert_html(figures.content, where="admin figures")
    some = next(iter(hostile.values()))
    history = client.get(reverse("admin:events_event_history", args=[some.pk]))
    assert_inert_html(history.content, where="admin history", shows=[fit(XSS["script"], 140)])
    client.force_login(national)
    users = client.get("/admin/accounts/user/")
    assert_inert_html(users.content, where="admin users", shows=[fit(p, 150) for p in XSS.values()])
    for key, event in hostile.items():
        user = event.organization.members.get()
        response = client.get(reverse("admin:accounts_user_change", args=[user.pk]))
        assert_inert_html(response.content, where=f"admin user [{key}]")
        client.force_login(user)  # the admin greets a staff user by first name; members are sent away
        client.force_login(national)
    national.first_name = XSS["attribute"]
    national.save()
    assert_inert_html(client.get("/admin/").content, where="admin greeting", shows=[XSS["attribute"]])


# -- Machine-readable outputs -----------------------------------------------------------------------------


def test_geojson_and_api_return_payloads_verbatim(client, hostile):
    collection = json.loads(client.get("/evenements/carte.geojson").content)
    titles = Counter(feature["properties"]["title"] for feature in collection["features"])
    assert titles == Counter(fit(payload, 140) for payload in XSS.values())
    widget_map = json.loads(client.get("/widget/carte.geojson").content)
    assert len(widget_map["features"]) == len(XSS)
    response = client.get("/api/evenements", {"par_page": 200})
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    records = {record["slug"]: record for record in json.loads(response.content)["results"]}
    for key, event in hostile.items():
        payload = XSS[key]
        record = records[event.slug]
        assert record == json.loads(client.get(f"/api/evenements/{event.pk}").content)
        assert record["title"] == fit(payload, 140)
        assert record["description"] == payload
        assert record["organization"]["name"] == fit(payload, 200)
        assert record["place"]["address"] == fit(payload, 255)
        assert record["registration"] == {
            "url": _hostile_url(key, payload),
            "email": HOSTILE_EMAIL,
            "phone": fit(payload, 30),
        }


EVENT_PROPERTIES = {
    "UID",
    "DTSTAMP",
    "LAST-MODIFIED",
    "DTSTART",
    "DTEND",
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "URL",
    "STATUS",
    "CATEGORIES",
    "GEO",
    "X-MOIS-ESS-EVENT",
}
CALENDAR_PROPERTIES = {
    "PRODID",
    "VERSION",
    "CALSCALE",
    "METHOD",
    "X-WR-CALNAME",
    "X-WR-CALDESC",
    "REFRESH-INTERVAL",
    "X-PUBLISHED-TTL",
}


def assert_calendar_without_injection(content: bytes, *, where: str) -> icalendar.Calendar:
    # Every line ends with CRLF; no CR or LF is left inside a line for a lenient reader to split on.
    unfolded = content.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    lines = unfolded.split(b"\r\n")
    assert lines[-1] == b""
    for line in lines:
        assert b"\r" not in line and b"\n" not in line, f"{where}: {line!r}"
    calendar = icalendar.Calendar.from_ical(content)
    assert set(calendar) <= CALENDAR_PROPERTIES, f"{where}: {set(calendar) - CALENDAR_PROPERTIES}"
    assert {component.name for component in calendar.subcomponents} <= {"VEVENT", "VTIMEZONE"}, where
    for vevent in calendar.walk("VEVENT"):
        assert set(vevent) <= EVENT_PROPERTIES, f"{where}: {set(vevent) - EVENT_PROPERTIES}"
        assert not vevent.subcomponents, where  # no VALARM smuggled in
    return calendar


_ICAL_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def calendar_name(calendar) -> str:
    # icalendar reads an X- property back as it is written: unescaped here as the TEXT it is (RFC 5545).
    return _ICAL_TEXT_ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], str(calendar["X-WR-CALNAME"]))


def test_icalendar_files_inject_no_property(client, hostile):
    for key, event in hostile.items():
        payload = XSS[key]
        response = client.get(f"/evenements/{event.slug}.ics")
        calendar = assert_calendar_without_injection(response.content, where=f"event .ics [{key}]")
        [vevent] = calendar.walk("VEVENT")
        # Text keeps its line breaks, as escaped LF (RFC 5545 has no CR in TEXT).
        title = newlines_as_html_reads_them(fit(payload, 140))
        assert (str(vevent["SUMMARY"]), calendar_name(calendar)) == (title, title)
        assert newlines_as_html_reads_them(fit(payload, 200)) in str(vevent["DESCRIPTION"])
        assert str(vevent["LOCATION"]).startswith(newlines_as_html_reads_them(fit(payload, 200)))
        feed = client.get("/evenements/calendrier.ics", {"organisation": event.organization.slug})
        calendar = assert_calendar_without_injection(feed.getvalue(), where=f"calendar feed [{key}]")
        assert newlines_as_html_reads_them(fit(payload, 200)) in calendar_name(calendar)
    everything = client.get("/evenements/calendrier.ics")
    calendar = assert_calendar_without_injection(everything.getvalue(), where="calendar feed")
    assert len(calendar.walk("VEVENT")) == len(XSS)


def test_rss_feed_is_well_formed_and_keeps_payloads_as_text(client, hostile):
    response = client.get("/evenements/flux.xml")
    root = ElementTree.fromstring(response.content)  # also refuses entities and DTDs
    items = root.find("channel").findall("item")
    # An XML reader turns every CR and CRLF into LF, as HTML does.
    titles = Counter(newlines_as_html_reads_them(fit(payload, 140)) for payload in XSS.values())
    assert Counter(item.findtext("title") for item in items) == titles
    for item in items:
        assert {child.tag for child in item} <= {"title", "link", "description", "guid", "pubDate", "category"} | {
            "{http://purl.org/dc/elements/1.1/}creator",
            "author",
        }
        assert item.findtext("link").startswith(settings.SITE_URL)


def _spreadsheet_text_cells(rows, *, numeric_columns):
    for row in rows:
        for column, value in row.items():
            if column not in numeric_columns and isinstance(value, str):
                yield column, value


def test_public_csv_neutralises_formulas_and_reads_back(client, hostile):
    content = client.get("/evenements/export.csv").getvalue().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content, newline=""), delimiter=";"))
    assert len(rows) == len(XSS)
    for column, value in _spreadsheet_text_cells(rows, numeric_columns=opendata_exports.NUMERIC_COLUMNS):
        assert not value.startswith(FORMULA_STARTS), (column, value)
    by_title = {from_spreadsheet_cell(row["titre"]): row for row in rows}
    for payload in XSS.values():
        row = by_title[fit(payload, 140)]
        assert from_spreadsheet_cell(row["description"]) == payload


def test_moderation_exports_neutralise_formulas(client, hostile, moderator_a):
    client.force_login(moderator_a)
    content = client.get(reverse("admin:events_event_export_csv")).getvalue().decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(content, newline=""), delimiter=";"))
    numeric = {"Identifiant", "Édition", "Latitude", "Longitude"}
    csv_rows = [dict(zip(header, row, strict=True)) for row in rows]
    for column, value in _spreadsheet_text_cells(csv_rows, numeric_columns=numeric):
        assert not value.startswith(FORMULA_STARTS), (column, value)
    workbook = load_workbook(io.BytesIO(client.get(reverse("admin:events_event_export_xlsx")).getvalue()))
    sheet = workbook.active
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", f"formula cell {cell.coordinate}: {cell.value!r}"
            if isinstance(cell.value, str):
                assert not cell.value.startswith(FORMULA_STARTS), (cell.coordinate, cell.value)
    xlsx_titles = sorted(str(row[1].value) for row in sheet.iter_rows(min_row=2))
    assert xlsx_titles == sorted(newlines_as_html_reads_them(row["Titre"]) for row in csv_rows)


CSV_SAME_CELLS = {
    "titre": "Titre",
    "resume": "Résumé",
    "description": "Description",
    "organisation": "Organisation",
    "lieu": "Lieu",
    "adresse": "Adresse",
    "commune": "Commune",
    "tarifs": "Tarifs",
    "inscription_telephone": "Téléphone d’inscription",
}


@pytest.mark.parametrize(
    "value", [*XSS.values(), " =1+1", "\n=1+1", "+33 2 99 00 00 00", "-20 %", "Atelier", "", "l’@telier"]
)
def test_spreadsheet_cell_is_text_and_reads_back(value):
    cell = spreadsheet_cell(value)
    assert not cell.startswith(FORMULA_STARTS) and not cell.lstrip().startswith(("=", "+", "-", "@"))
    assert from_spreadsheet_cell(cell) == value


def test_both_csv_exports_write_the_same_cells(client, hostile, moderator_a):
    """One definition of a dangerous cell: the open-data CSV and the moderators' exports agree."""
    EventFactory(slug="telephone", title="Atelier", registration_phone="+33 2 99 00 00 00", price_conditions="-20 %")
    public = client.get("/evenements/export.csv").getvalue().decode("utf-8-sig")
    public_rows = {row["id"]: row for row in csv.DictReader(io.StringIO(public, newline=""), delimiter=";")}
    client.force_login(moderator_a)
    own = client.get(reverse("admin:events_event_export_csv")).getvalue().decode("utf-8-sig")
    own_rows = {row["Identifiant"]: row for row in csv.DictReader(io.StringIO(own, newline=""), delimiter=";")}
    assert set(public_rows) == set(own_rows)
    for pk, row in public_rows.items():
        for public_column, own_column in CSV_SAME_CELLS.items():
            assert row[public_column] == own_rows[pk][own_column], (public_column, row[public_column])


# -- Mails ------------------------------------------------------------------------------------------------


def test_decision_mails_keep_payloads_as_text(hostile, moderator_a, django_capture_on_commit_callbacks):
    for key, event in hostile.items():
        payload = XSS[key]
        title = fit(payload, 140)
        mail.outbox.clear()
        decisions = [
            (services.request_changes, {"message": payload}),
            (services.publish_event, {}),
            (services.unpublish_event, {"message": payload}),
            (services.reject_event, {"reason": payload}),
        ]
        for decide, message in decisions:
            with django_capture_on_commit_callbacks(execute=True):
                decide(event=event, moderator=moderator_a, **message)
        assert len(mail.outbox) == len(decisions), key
        for index, message in enumerate(mail.outbox):
            where = f"decision mail {message.subject!r} [{key}]"
            assert_clean_subject(message.subject, title, where=where)
            assert_text_mail_unescaped(message.body, title, where=where)
            if index != 1:  # the moderator's message, as written
                assert_text_mail_unescaped(message.body, payload, where=where)
            html, mimetype = message.alternatives[0]
            assert mimetype == "text/html"
            assert_inert_html(html, where=where, shows=[title])
            message.message().as_bytes()  # the whole mail can be serialised: no header refused


def test_digest_and_invitation_mails_keep_payloads_as_text(hostile, moderator_a, django_capture_on_commit_callbacks):
    Event.objects.update(state=Event.State.PENDING)
    assert send_digest() == 1
    [digest] = mail.outbox
    html, _mimetype = digest.alternatives[0]
    titles = [fit(payload, 140) for payload in XSS.values()]
    assert_inert_html(html, where="digest", shows=titles)
    for title in titles:
        assert_text_mail_unescaped(digest.body, title, where="digest")
    mail.outbox.clear()
    for key, event in hostile.items():
        payload = XSS[key]
        owner = event.organization.members.get()
        with django_capture_on_commit_callbacks(execute=True):
            invite_member(
                organization=event.organization, email=f"invite-{key}@example.org".replace("_", "-"), invited_by=owner
            )
    for message, payload in zip(mail.outbox, XSS.values(), strict=True):
        name = fit(payload, 200)
        assert_clean_subject(message.subject, name, where="invitation")
        assert_text_mail_unescaped(message.body, name, where="invitation")
        assert_inert_html(message.alternatives[0][0], where="invitation", shows=[name])
        message.message().as_bytes()


# -- Web addresses ---------------------------------------------------------------------------------------

URL_FIELDS = [(Event, "online_url"), (Event, "registration_url"), (Organization, "website")]


@pytest.mark.parametrize("url", NON_WEB_URLS)
@pytest.mark.parametrize(("model", "field"), URL_FIELDS, ids=lambda value: getattr(value, "__name__", value))
def test_database_refuses_addresses_that_are_not_web_addresses(model, field, url):
    """A link the site shows (or a reuser of the open data shows) is http(s), whatever wrote it."""
    event = EventFactory(attendance_mode=Event.AttendanceMode.MIXED, online_url="https://example.org/visio")
    target = event if model is Event else event.organization
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.filter(pk=target.pk).update(**{field: url})
    model.objects.filter(pk=target.pk).update(**{field: "HTTPS://Example.org/ok"})


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/fichier", "data:text/html,x"])
def test_admin_refuses_a_link_that_is_not_a_web_address_at_its_field(client, national, url):
    event = EventFactory()
    client.force_login(national)
    page = client.get(reverse("admin:organizations_organization_change", args=[event.organization.pk]))
    assert page.status_code == 200
    organization = event.organization
    data = {
        "name": organization.name,
        "slug": organization.slug,
        "legal_form": organization.legal_form,
        "website": url,
        "postal_code": organization.postal_code,
        "city": organization.city,
        "department": organization.department_id,
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
        "memberships-MIN_NUM_FORMS": "0",
        "memberships-MAX_NUM_FORMS": "1000",
    }
    response = client.post(reverse("admin:organizations_organization_change", args=[organization.pk]), data)
    assert response.status_code == 200
    assert "website" in response.context["adminform"].form.errors
    assert "Saisissez une URL valide" in str(response.context["adminform"].form.errors["website"])
    organization.refresh_from_db()
    assert organization.website == ""


@pytest.mark.parametrize("url", ["ftp://example.org/fichier", "javascript:alert(1)", "data:text/html,x"])
def test_event_form_refuses_a_link_that_is_not_a_web_address_at_its_field(client, member_a, url):
    client.force_login(member_a)
    response = client.post("/espace/evenements/nouveau/", event_data(registration_url=url))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_registration_url_error"' in html
    assert "Saisissez une URL valide" in html
    assert not Event.objects.exists()


def test_hostile_upload_name_is_not_reflected(client, member_a):
    """The name of an uploaded file never reaches a page: images are renamed when re-encoded."""
    client.force_login(member_a)
    data = event_data(title="", image_alt="Une affiche")
    data["image"] = SimpleUploadedFile(
        f"{XSS['attribute']}.png", image_bytes("PNG", (50, 50)), content_type="image/png"
    )
    response = client.post("/espace/evenements/nouveau/", data)
    assert response.status_code == 200  # the title is missing: the image waits for the next attempt
    assert_inert_html(response.content, where="event form with a kept upload")
    assert "onerror" not in response.content.decode()
