"""/evenements/flux.xml (RSS, read with defusedxml) and /evenements/export.csv (read with csv)."""

import csv
import datetime
import email.utils
import io
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from defusedxml import ElementTree
from django.conf import settings
from django.utils import timezone

from events.models import Event, Theme
from tests.factories import EventFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def rss_items(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == "rss"
    return root.find("channel").findall("item")


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.getvalue()  # streamed: read once
    assert body.startswith(b"\xef\xbb\xbf")
    text = body.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


# -- RSS -----------------------------------------------------------------------------------------------


def test_feed_lists_latest_published_first(client):
    older = EventFactory(title="Le plus ancien")
    newer = EventFactory(title="Le plus récent")
    Event.objects.filter(pk=older.pk).update(published_at=timezone.now() - datetime.timedelta(days=3))
    Event.objects.filter(pk=newer.pk).update(published_at=timezone.now() - datetime.timedelta(days=1))
    EventFactory(state=Event.State.PENDING, title="En attente")
    items = rss_items(client.get("/evenements/flux.xml"))
    assert [item.findtext("title") for item in items] == ["Le plus récent", "Le plus ancien"]
    assert items[0].findtext("link") == f"{settings.SITE_URL}/evenements/{newer.slug}/"
    assert items[0].findtext("guid") == f"evenement-{newer.pk}@127.0.0.1"
    assert "vendredi 27 novembre 2026, 18h00" in items[0].findtext("description")


def test_feed_takes_the_list_filters(client):
    finance = Theme.objects.get(slug="finance-solidaire")
    wanted = EventFactory(themes=[finance], title="Épargne solidaire")
    EventFactory(title="Autre thème")
    items = rss_items(client.get("/evenements/flux.xml?theme=finance-solidaire"))
    assert [item.findtext("link") for item in items] == [f"{settings.SITE_URL}{wanted.get_absolute_url()}"]


def test_feed_has_rss_essentials_and_links_to_itself_with_its_filters(client):
    event = EventFactory(title="Épargne solidaire")
    response = client.get("/evenements/flux.xml?region=bretagne")
    root = ElementTree.fromstring(response.content)
    assert root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("title") and channel.findtext("description")
    assert channel.findtext("link") == f"{settings.SITE_URL}/evenements/?region=bretagne"
    [self_link] = channel.findall("{http://www.w3.org/2005/Atom}link")
    assert self_link.get("rel") == "self"
    assert self_link.get("href") == f"{settings.SITE_URL}/evenements/flux.xml?region=bretagne"
    [item] = channel.findall("item")
    assert item.findtext("guid") == f"evenement-{event.pk}@{urlsplit(settings.SITE_URL).hostname}"
    published = email.utils.parsedate_to_datetime(item.findtext("pubDate"))  # RFC 822 dates
    assert published == (event.published_at or event.created_at).replace(microsecond=0)


def test_feed_marks_cancelled_events(client):
    EventFactory(title="Forum", status=Event.Status.CANCELLED)
    [item] = rss_items(client.get("/evenements/flux.xml"))
    assert item.findtext("title") == "[Annulé] Forum"


def test_feed_answers_304(client):
    EventFactory()
    etag = client.get("/evenements/flux.xml")["ETag"]
    assert client.get("/evenements/flux.xml", HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.mark.parametrize("count", [1, 30])
def test_feed_query_count_does_not_grow(client, django_assert_num_queries, count):
    for _ in range(count):
        EventFactory()
    # 16: the newest ids (with, then without a publication date) are read first, then their events.
    with django_assert_num_queries(14):
        items = rss_items(client.get("/evenements/flux.xml"))
    assert len(items) == count


# -- CSV -----------------------------------------------------------------------------------------------


def test_export_has_one_row_per_event_with_slots_in_one_column(client):
    event = EventFactory(
        title="Portes ouvertes",
        organization=OrganizationFactory(name="Les Compagnons", slug="les-compagnons"),
        slots=[
            (datetime.datetime(2026, 11, d, 9, tzinfo=PARIS), datetime.datetime(2026, 11, d, 12, tzinfo=PARIS))
            for d in (21, 28)
        ],
    )
    [row] = csv_rows(client.get("/evenements/export.csv"))
    assert row["id"] == str(event.pk)
    assert row["titre"] == "Portes ouvertes"
    assert row["organisation"] == "Les Compagnons"
    assert row["url"] == f"{settings.SITE_URL}/evenements/{event.slug}/"
    assert row["premier_debut"] == "2026-11-21T09:00:00+01:00"
    assert row["derniere_fin"] == "2026-11-28T12:00:00+01:00"
    assert row["creneaux"].split("\n") == [
        "2026-11-21T09:00:00+01:00/2026-11-21T12:00:00+01:00",
        "2026-11-28T09:00:00+01:00/2026-11-28T12:00:00+01:00",
    ]
    assert row["longitude"] == "-1.6764"
    assert row["region"] == "bretagne" and row["departement"] == "35"
    assert row["themes"] == "economie-circulaire-et-reemploi"


@pytest.mark.parametrize("dangerous", ['=HYPERLINK("http://x")', "+33 1 23", "-2+3", "@SUM(A1)"])
def test_export_neutralises_formulas(client, dangerous):
    EventFactory(title=dangerous, summary=dangerous, registration_phone=dangerous[:30])
    [row] = csv_rows(client.get("/evenements/export.csv"))
    assert row["titre"] == f"'{dangerous}"
    assert row["resume"] == f"'{dangerous}"
    assert row["inscription_telephone"] == f"'{dangerous[:30]}"
    text_cells = [value for key, value in row.items() if key not in {"latitude", "longitude"}]
    assert not any(value.startswith(("=", "+", "-", "@")) for value in text_cells)


def test_export_takes_filters_and_shows_published_only(client):
    free = EventFactory(is_free=True)
    EventFactory(is_free=False, price_conditions="5 €")
    EventFactory(state=Event.State.DRAFT)
    rows = csv_rows(client.get("/evenements/export.csv?gratuit=1"))
    assert [row["id"] for row in rows] == [str(free.pk)]


def test_export_answers_304(client):
    EventFactory()
    etag = client.get("/evenements/export.csv")["ETag"]
    assert client.get("/evenements/export.csv", HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.mark.parametrize("count", [1, 30])
def test_export_query_count_does_not_grow(client, django_assert_num_queries, count):
    for _ in range(count):
        EventFactory()
    with django_assert_num_queries(12):
        rows = csv_rows(client.get("/evenements/export.csv"))
    assert len(rows) == count


def test_export_is_kept_in_the_cache_until_an_event_changes(client, django_assert_max_num_queries):
    event = EventFactory(title="Premier titre")
    first = client.get("/evenements/export.csv")
    with django_assert_max_num_queries(10):  # the filters and the validator, not the rows
        again = client.get("/evenements/export.csv")
    assert again.getvalue() == first.getvalue()
    assert again["Content-Disposition"] == first["Content-Disposition"]
    event.title = "Nouveau titre"
    event.save()  # a save bumps the public version (events.caching), as the services do
    [row] = csv_rows(client.get("/evenements/export.csv"))
    assert row["titre"] == "Nouveau titre"
