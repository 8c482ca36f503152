"""Audience figures: counted without cookies nor identifiers, bots and prefetches left out, through a
whole-response cache too, flushed into one row per object, kind and day — and exact when many views
and flushes run at once (PostgreSQL)."""

import datetime

import pytest
from django.core.cache import cache
from django.db.models import Sum
from django.test import Client
from django.urls import reverse

from alerts import audience
from alerts.models import DailyCount
from events.models import Event
from tests.factories import EventFactory
from tests.security.threads import needs_row_locks, run_together

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
Kind = DailyCount.Kind


def visitor() -> Client:
    return Client(HTTP_USER_AGENT=BROWSER)


def total(**filters) -> int:
    return DailyCount.objects.filter(**filters).aggregate(n=Sum("count"))["n"] or 0


@pytest.fixture
def event(organization_a):
    return EventFactory(
        organization=organization_a,
        title="Répar’café",
        slug="repar-cafe",
        registration_url="https://inscription.example.org/reparcafe",
    )


@pytest.mark.django_db
def test_views_downloads_clicks_and_organisation_page_are_counted(event, organization_a):
    client = visitor()
    for _ in range(3):
        assert client.get(event.get_absolute_url()).status_code == 200
    assert client.get(reverse("opendata:event-calendar", args=[event.slug])).status_code == 200
    response = client.get(reverse("events:registration", args=[event.slug]))
    assert response.status_code == 302
    assert response["Location"] == "https://inscription.example.org/reparcafe"
    assert "no-cache" in response["Cache-Control"]
    assert client.get(organization_a.get_absolute_url()).status_code == 200
    assert not client.cookies  # nothing set to count

    assert DailyCount.objects.count() == 0  # written by the flush, not by the views
    assert audience.flush() == 6
    assert total(event=event, kind=Kind.EVENT_VIEW) == 3
    assert total(event=event, kind=Kind.CALENDAR) == 1
    assert total(event=event, kind=Kind.REGISTRATION) == 1
    assert total(organization=organization_a, kind=Kind.ORGANIZATION_VIEW) == 1
    assert DailyCount.objects.get(event=event, kind=Kind.EVENT_VIEW).day == datetime.date(2026, 11, 20)
    assert audience.flush() == 0  # nothing twice


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [
        {},  # no user agent
        {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"HTTP_USER_AGENT": "curl/8.5.0"},
        {"HTTP_USER_AGENT": BROWSER, "HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_USER_AGENT": BROWSER, "HTTP_PURPOSE": "prefetch"},
    ],
)
def test_robots_and_prefetches_are_not_counted(event, headers):
    assert Client(**headers).get(event.get_absolute_url()).status_code == 200
    assert audience.flush() == 0


@pytest.mark.django_db
def test_what_is_not_a_public_view_is_not_counted(event, organization_a, member_a):
    client = visitor()
    client.head(event.get_absolute_url())
    client.get("/evenements/nulle-part/")
    pending = EventFactory(organization=organization_a, slug="en-attente", state=Event.State.PENDING)
    client.force_login(member_a)
    assert client.get(pending.get_absolute_url()).status_code == 200  # a preview
    assert audience.flush() == 0


@pytest.mark.django_db
def test_counted_when_a_whole_response_cache_answers(settings, event):
    """The count does not depend on the view running: a page served by a cache that answers before
    the view (here Django's own per-site cache) is counted all the same."""
    settings.MIDDLEWARE = [
        "alerts.middleware.AudienceMiddleware",
        "django.middleware.cache.UpdateCacheMiddleware",
        *settings.MIDDLEWARE[1:],
        "django.middleware.cache.FetchFromCacheMiddleware",
    ]
    settings.CACHE_MIDDLEWARE_SECONDS = 600
    first = visitor().get(event.get_absolute_url())
    Event.objects.filter(pk=event.pk).update(title="Titre changé")
    for _ in range(4):
        response = visitor().get(event.get_absolute_url())
        assert response.content == first.content  # from the cache: the view did not run
    assert audience.flush() == 5
    assert total(event=event, kind=Kind.EVENT_VIEW) == 5


@pytest.mark.django_db
def test_counters_of_the_previous_days_are_flushed_on_their_day(event, _frozen_clock):
    audience.count(Kind.EVENT_VIEW, event.slug)
    _frozen_clock.shift(datetime.timedelta(days=1))
    audience.count(Kind.EVENT_VIEW, event.slug)
    audience.count(Kind.EVENT_VIEW, event.slug)
    assert audience.flush() == 3
    assert dict(DailyCount.objects.values_list("day", "count")) == {
        datetime.date(2026, 11, 20): 1,
        datetime.date(2026, 11, 21): 2,
    }


VIEWERS = 8
VIEWS_EACH = 25


@needs_row_locks
@pytest.mark.django_db(transaction=True)
def test_counts_are_exact_under_concurrent_views_and_flushes(organization_a):
    event = EventFactory(organization=organization_a, title="Répar’café", slug="repar-cafe")

    def views():
        client = visitor()
        for _ in range(VIEWS_EACH):
            assert client.get(event.get_absolute_url()).status_code == 200

    def flushes():
        flushed = 0
        for _ in range(VIEWS_EACH):
            flushed += audience.flush()
        return flushed

    results = run_together(*[views] * VIEWERS, flushes, flushes)
    assert not [result for result in results if isinstance(result, BaseException)]
    audience.flush()
    assert total(event=event, kind=Kind.EVENT_VIEW) == VIEWERS * VIEWS_EACH
    assert DailyCount.objects.filter(event=event).count() == 1
    assert not audience.pending(datetime.date(2026, 11, 20))


@needs_row_locks
@pytest.mark.django_db(transaction=True)
def test_upsert_is_exact_when_flushes_race_on_a_new_row(organization_a):
    event = EventFactory(organization=organization_a, title="Répar’café", slug="repar-cafe")
    day = datetime.date(2026, 11, 20)
    run_together(*[lambda: audience.add(day, Kind.EVENT_VIEW, 3, event_id=event.pk)] * 10)
    assert DailyCount.objects.get(event=event).count == 30


@pytest.mark.django_db
def test_figures_shown_to_the_organisation_and_its_cress_only(client, event, organization_a, member_a, member_b):
    day = datetime.date(2026, 11, 20)
    audience.add(day, Kind.EVENT_VIEW, 42, event_id=event.pk)
    audience.add(day, Kind.CALENDAR, 7, event_id=event.pk)
    audience.add(day, Kind.ORGANIZATION_VIEW, 13, organization_id=organization_a.pk)
    url = reverse("space:audience", args=[organization_a.pk])
    client.force_login(member_a)
    html = client.get(url).content.decode()
    assert '<td class="number">42</td>' in html and '<td class="number">7</td>' in html
    assert "<strong>13</strong> vues de la page de l’organisation" in html
    client.force_login(member_b)
    assert client.get(url).status_code == 404
    # Never public: the event's page shows no figure.
    client.logout()
    assert "42" not in client.get(event.get_absolute_url()).content.decode()
    cache.clear()


@pytest.mark.django_db
def test_figures_page_and_export_for_the_cress(client, event, moderator_a, moderator_b):
    audience.add(datetime.date(2026, 11, 20), Kind.EVENT_VIEW, 42, event_id=event.pk)
    client.force_login(moderator_a)
    html = client.get(reverse("admin:events_event_figures")).content.decode()
    assert "Audience (jamais publique par événement)" in html
    assert "Répar’café" in html and '<td class="number">42</td>' in html
    csv = client.get(reverse("admin:events_event_export_csv")).content.decode("utf-8-sig")
    header, row = csv.splitlines()[:2]
    assert header.split(";")[-3:] == ["Vues de la page", "Ajouts à un agenda", "Clics sur l’inscription"]
    assert row.split(";")[-3:] == ["42", "0", "0"]
    client.force_login(moderator_b)
    assert "Répar’café" not in client.get(reverse("admin:events_event_figures")).content.decode()


@pytest.mark.django_db
def test_audience_page_queries_do_not_grow_with_events(client, organization_a, member_a, django_assert_max_num_queries):
    client.force_login(member_a)
    url = reverse("space:audience", args=[organization_a.pk])
    EventFactory(organization=organization_a)
    with django_assert_max_num_queries(10) as few:
        client.get(url)
    for _ in range(5):
        event = EventFactory(organization=organization_a)
        audience.add(datetime.date(2026, 11, 20), Kind.EVENT_VIEW, 3, event_id=event.pk)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).content.decode().count('<td class="number">3</td>') == 5
