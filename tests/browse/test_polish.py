"""Issue 12, « The event page and calendars » and « Phone layout and polish », over real HTTP."""

import datetime
import re
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.template import loader
from django.test import Client

from core.text import fold, format_date, format_day
from regions.models import Department, Region
from tests.factories import EventFactory
from tests.space import event_data

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")
ROOT = Path(__file__).resolve().parent.parent.parent


def _title(response) -> str:
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)


# -- The event page and calendars ------------------------------------------------------------------


def test_event_page_offers_google_and_outlook_links_beside_the_ics_file(client):
    event = EventFactory(
        title="Répar’café & goûter",
        slots=[
            (datetime.datetime(2026, 11, 18, 18, tzinfo=PARIS), datetime.datetime(2026, 11, 18, 20, tzinfo=PARIS)),
            (datetime.datetime(2026, 11, 27, 18, tzinfo=PARIS), datetime.datetime(2026, 11, 27, 20, tzinfo=PARIS)),
        ],
    )
    html = client.get(event.get_absolute_url()).content.decode()

    assert f'href="/evenements/{event.slug}.ics" download' in html
    links = dict(
        re.findall(r'href="(https://(?:calendar\.google|outlook\.live)\.com/[^"]+)"[^>]*>(Google Agenda|Outlook)', html)
    )
    assert set(links.values()) == {"Google Agenda", "Outlook"}
    by_name = {name: parse_qs(urlsplit(url.replace("&amp;", "&")).query) for url, name in links.items()}
    google, outlook = by_name["Google Agenda"], by_name["Outlook"]
    # The next slot (the 18 November one is past on 20 November), in UTC.
    assert google["text"] == ["Répar’café & goûter"]
    assert google["dates"] == ["20261127T170000Z/20261127T190000Z"]
    assert google["location"] == ["Maison des associations, 6 cours des Alliés, 35000 Rennes"]
    assert google["details"][0].endswith(event.get_absolute_url())
    assert outlook["subject"] == ["Répar’café & goûter"]
    assert outlook["startdt"] == ["2026-11-27T17:00:00Z"] and outlook["enddt"] == ["2026-11-27T19:00:00Z"]
    assert "(prochaine date)" in html
    # Plain links: no third-party script.
    assert not re.search(r'<script[^>]+src="https?://', html)


def test_event_page_puts_when_and_where_before_the_description(client):
    html = client.get(EventFactory().get_absolute_url()).content.decode()
    assert html.index('id="when-title"') < html.index('id="where-title"') < html.index('id="about-title"')
    assert html.index('id="about-title"') < html.index('id="practical-title"')


def test_preview_has_no_calendar_links(client, member_a):
    event = EventFactory(organization=member_a.organizations.get(), state="draft")
    client.force_login(member_a)
    html = client.get(event.get_absolute_url()).content.decode()
    assert "calendar.google.com" not in html and f"{event.slug}.ics" not in html


# -- Typography ------------------------------------------------------------------------------------


def test_one_date_function_writes_the_first_of_the_month_as_an_ordinal():
    first = datetime.datetime(2026, 11, 1, 14, 30)
    assert format_date(first, "l j F Y, H\\hi") == "dimanche 1er novembre 2026, 14h30"
    assert format_date(datetime.date(2026, 11, 2), "j F") == "2 novembre"
    assert format_date(first, "\\j\\o\\u\\r j") == "jour 1er"  # escaped letters stay letters
    assert format_day(datetime.date(2026, 11, 1)) == "1er novembre"
    assert format_day(datetime.date(2026, 11, 30), with_year=True) == "30 novembre 2026"


def test_home_page_and_cards_say_1er_novembre(client):
    EventFactory(
        title="Lancement",
        slots=[(datetime.datetime(2026, 12, 1, 18, tzinfo=PARIS), datetime.datetime(2026, 12, 1, 20, tzinfo=PARIS))],
    )
    html = client.get("/").content.decode()
    assert "Du 1er au 30 novembre 2026" in html  # the month is said once
    assert "mardi 1er décembre 2026, 18h00" in html
    assert " 1 novembre" not in html and " 1 décembre" not in html


def test_region_and_department_names_have_typographic_apostrophes():
    assert Region.objects.get(code="93").name == "Provence-Alpes-Côte d’Azur"
    assert Region.objects.get(code="93").cress_name == "CRESS Provence-Alpes-Côte d’Azur"
    names = set(Department.objects.filter(code__in=["21", "22", "95"]).values_list("name", flat=True))
    assert names == {"Côte-d’Or", "Côtes-d’Armor", "Val-d’Oise"}
    assert not Region.objects.filter(name__contains="'").exists()
    assert not Department.objects.filter(name__contains="'").exists()
    # Slugs are unchanged and a search typed with a straight apostrophe still matches.
    assert Region.objects.get(code="93").slug == "provence-alpes-cote-dazur"
    assert fold("Côte-d’Or") == fold("cote-d'or")


def test_urls_may_wrap_anywhere_but_words_are_never_cut():
    css = (ROOT / "static/css/site.css").read_text()
    assert "body { overflow-wrap: break-word; }" in css
    assert re.search(r"\.url[^{]*\{ overflow-wrap: anywhere; \}", css)
    assert "word-break" not in css


def test_online_address_on_the_event_page_is_marked_as_a_url(client):
    event = EventFactory(attendance_mode="mixed", online_url="https://visio.example.org/" + "a" * 80)
    html = client.get(event.get_absolute_url()).content.decode()
    assert f'<a class="url" href="{event.online_url}"' in html


# -- Titles, headings ------------------------------------------------------------------------------


def test_filtered_list_title_says_its_filters_and_page(client, monkeypatch):
    monkeypatch.setattr("browse.views.PAGE_SIZE", 1)
    for n in range(3):
        EventFactory(title=f"Marché {n}")
    response = client.get("/evenements/?region=bretagne&theme=economie-circulaire-et-reemploi&page=2")
    assert _title(response).startswith("Événements — Bretagne, Économie circulaire et réemploi — page 2 · ")
    assert _title(client.get("/evenements/")).startswith("Événements · ")
    assert _title(client.get("/carte/?q=réparation&gratuit=1")).startswith(
        "Carte des événements — « réparation », gratuit · "
    )
    region_page = client.get("/regions/bretagne/?page=2")
    assert _title(region_page).startswith("Bretagne — page 2 · ")


def test_widget_headings_follow_its_h1(client):
    EventFactory()
    html = client.get("/widget/").content.decode()
    levels = re.findall(r"<h([1-6])", html)
    assert levels[0] == "1" and set(levels[1:]) == {"2"}


# -- Icons, favicon, error pages -------------------------------------------------------------------


def test_accessibility_flags_are_svg_icons_with_their_text(client):
    event = EventFactory(access_motor=True, access_visual=True)
    html = client.get(event.get_absolute_url()).content.decode()
    assert html.count('<use href="/static/img/access-icons.svg#moteur">') >= 1
    assert '<use href="/static/img/access-icons.svg#visuel">' in html
    assert "Handicap moteur" in html and "Handicap visuel" in html
    sprite = (ROOT / "static/img/access-icons.svg").read_text()
    for value in ("moteur", "auditif", "visuel", "psychique", "mental"):
        assert f'<symbol id="{value}"' in sprite
    assert 'content: "♿"' not in (ROOT / "static/css/browse.css").read_text()


def test_favicon_is_linked_and_answered(client):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html
    assert '<link rel="icon" href="/static/favicon.ico" sizes="32x32">' in html
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/favicon.ico"
    icon = (ROOT / "static/favicon.ico").read_bytes()
    assert icon[:4] == b"\x00\x00\x01\x00"  # an ICO file


def test_404_page_is_french_in_the_site_layout(client, settings):
    settings.DEBUG = False
    response = client.get("/cette-page-n-existe-pas/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="fr">' in html
    assert "<h1>Page introuvable</h1>" in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    assert "Not Found" not in html


def test_500_page_is_french_and_renders_without_request_or_database(django_assert_num_queries, settings):
    settings.DEBUG = False
    with django_assert_num_queries(0):
        html = loader.get_template("500.html").render()  # as django.views.defaults.server_error does
    assert '<html lang="fr">' in html
    assert "Une erreur est survenue" in html
    assert 'class="site-header"' in html
    assert "Server Error" not in html


@pytest.mark.urls("tests.browse.failing_urls")
def test_500_page_is_served_when_a_view_fails(settings):
    settings.DEBUG = False
    client = Client(raise_request_exception=False)
    response = client.get("/boum/")
    assert response.status_code == 500
    assert "Une erreur est survenue" in response.content.decode()


# -- The event form --------------------------------------------------------------------------------


def test_event_form_error_summary_links_to_the_first_theme_box(client, member_a):
    client.force_login(member_a)
    response = client.post("/espace/evenements/nouveau/", event_data(themes=[]))
    html = response.content.decode()
    assert 'href="#id_themes_0"' in html
    assert 'id="id_themes_0"' in html
    assert 'href="#"' not in html


def test_event_form_says_postal_code_and_town_are_required(client, member_a):
    client.force_login(member_a)
    html = client.get("/espace/evenements/nouveau/").content.decode()
    for label in ("Code postal", "Commune"):
        assert re.search(
            rf'<label for="id_(postal_code|city)">{label} <span class="field__required">\(obligatoire\)</span>', html
        ), label


# -- make run PORT=… -------------------------------------------------------------------------------


def _run_environment(port: str, site_url: str | None) -> str:
    dry = subprocess.run(["make", "-n", "run", f"PORT={port}"], cwd=ROOT, capture_output=True, text=True, check=True)
    line = next(line for line in dry.stdout.splitlines() if "runserver" in line)
    assert f"runserver 127.0.0.1:{port}" in line
    command = line.split(" .venv/bin/python", 1)[0] + " printenv SITE_URL"
    env = {"PATH": "/usr/bin:/bin"} | ({"SITE_URL": site_url} if site_url else {})
    return subprocess.run(["bash", "-c", command], env=env, capture_output=True, text=True, check=True).stdout.strip()


def test_make_run_site_url_follows_the_port_unless_set():
    assert _run_environment("8123", None) == "http://127.0.0.1:8123"
    assert _run_environment("8123", "https://mois-ess.example.org") == "https://mois-ess.example.org"


# -- Reporting an accessibility problem ------------------------------------------------------------

REPORT = "/accessibilite/signaler/"


def test_accessibility_report_is_mailed_to_national_staff(client, national, django_capture_on_commit_callbacks):
    response = client.get(REPORT + "?page=/carte/")
    assert response.status_code == 200
    assert 'value="/carte/"' in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            REPORT,
            {"page": "/carte/", "message": "Les marqueurs ne s’ouvrent pas au clavier.", "email": "a@example.org"},
        )
    assert response.status_code == 302 and response["Location"] == "/accessibilite/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [national.email]
    assert "Les marqueurs ne s’ouvrent pas au clavier." in mail.outbox[0].body
    assert "a@example.org" in mail.outbox[0].body
    assert "votre signalement a été transmis" in client.get("/accessibilite/").content.decode()


def test_accessibility_report_needs_a_message(client, national):
    response = client.post(REPORT, {"page": "", "message": "", "email": ""})
    assert response.status_code == 200
    assert 'href="#id_message"' in response.content.decode()
    assert _title(response).startswith("Erreur\u00a0:")
    assert mail.outbox == []


def test_accessibility_report_refuses_robots_and_floods(client, national, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(REPORT, {"message": "Spam", "telecopie": "0102030405"})
    assert response.status_code == 200 and mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(4):
            assert client.post(REPORT, {"message": "Un vrai problème."}).status_code == 302
        response = client.post(REPORT, {"message": "Un de trop."})
    assert response.status_code == 429
    assert "Retry-After" in response
    assert len(mail.outbox) == 4


def test_accessibility_report_checks_csrf(national):
    client = Client(enforce_csrf_checks=True)
    assert client.post(REPORT, {"message": "Sans jeton."}).status_code == 403
