"""The shared cache of whole responses for anonymous visitors (core.pagecache, events.caching): a
repeated anonymous request costs no query; a change through the services is visible at once; members
and moderators get their own page; nothing tied to one visitor is shared."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from core import pagecache
from events import services
from events.caching import anonymous_cache, public_version
from events.models import Event
from tests.factories import EventFactory

PUBLIC_URLS = [
    "/",
    "/evenements/",
    "/evenements/?region=bretagne&theme=economie-circulaire-et-reemploi&gratuit=1",
    "/carte/",
    "/evenements/carte.geojson?bbox=-6,41,10,52&zoom=6",
    "/regions/",
    "/regions/bretagne/",
    "/api/evenements",
    "/evenements/flux.xml",
    "/widget/?carte=1",
    "/le-mois/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_a_repeated_anonymous_request_costs_no_query(client, url, django_assert_num_queries):
    EventFactory()
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        again = client.get(url)
    assert again["X-Cache"] == "hit"
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    assert "Cookie" in again["Vary"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/evenements/calendrier.ics", "/evenements/export.csv"])
def test_streamed_exports_are_not_kept_whole(client, url):
    EventFactory()
    first = client.get(url)
    assert first.streaming
    etag = first["ETag"]
    assert "X-Cache" not in client.get(url)
    # …but answering an unchanged copy costs no row: 304 from the version.
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.mark.django_db
def test_the_event_and_organisation_pages_are_cached_too(client, django_assert_num_queries):
    event = EventFactory()
    for url in (event.get_absolute_url(), f"/organisations/{event.organization.slug}/", f"/api/evenements/{event.pk}"):
        client.get(url)
        with django_assert_num_queries(0):
            assert client.get(url)["X-Cache"] == "hit"


@pytest.mark.django_db
def test_an_edit_publication_and_cancellation_are_visible_at_once(client, national, member_a, organization_a):
    event = EventFactory(organization=organization_a, title="Atelier vélo", state=Event.State.PENDING)
    assert "Atelier vélo" not in client.get("/evenements/").content.decode()
    services.publish_event(event=event, moderator=national, notify=False)
    assert "Atelier vélo" in client.get("/evenements/").content.decode()
    assert "Atelier vélo" in client.get(event.get_absolute_url()).content.decode()

    # An edit as the organisation's form does it: lock, then save in the same transaction.
    services.lock_for_edit(event=event)
    event.title = "Atelier vélo et couture"
    event.save()
    assert "Atelier vélo et couture" in client.get("/evenements/").content.decode()
    assert "Atelier vélo et couture" in client.get(event.get_absolute_url()).content.decode()

    services.cancel_event(event=event, user=member_a, message="Salle indisponible")
    assert "Salle indisponible" in client.get(event.get_absolute_url()).content.decode()
    assert client.get("/api/evenements").json()["results"][0]["status"] == Event.Status.CANCELLED


@pytest.mark.django_db
def test_an_organisation_renamed_in_a_form_is_visible_at_once(client):
    event = EventFactory()
    client.get(event.get_absolute_url())
    event.organization.name = "Nouvelle association"
    event.organization.save()
    assert "Nouvelle association" in client.get(event.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_a_member_is_never_served_the_anonymous_page(client, member_a):
    EventFactory()
    anonymous = client.get("/evenements/")
    assert "Se connecter" in anonymous.content.decode()
    client.force_login(member_a)
    mine = client.get("/evenements/")
    assert "X-Cache" not in mine
    assert "Mon espace" in mine.content.decode()
    assert "Se connecter" not in mine.content.decode()
    # …nor is the member's page kept for the anonymous visitors.
    client.logout()
    client.cookies.clear()
    again = client.get("/evenements/")
    assert again["X-Cache"] == "hit"
    assert "Mon espace" not in again.content.decode()


@pytest.mark.django_db
def test_a_slot_ending_and_a_new_day_change_the_key(client, _frozen_clock):
    paris = ZoneInfo("Europe/Paris")
    start = datetime.datetime(2026, 11, 20, 11, tzinfo=paris)
    EventFactory(title="Bientôt fini", slots=[(start, start + datetime.timedelta(hours=1))])
    EventFactory(title="Plus tard")
    before = public_version()
    assert "Bientôt fini" in client.get("/evenements/").content.decode()
    _frozen_clock.move_to(datetime.datetime(2026, 11, 20, 12, 30, tzinfo=paris))
    assert public_version() != before
    assert "Bientôt fini" not in client.get("/evenements/").content.decode()
    midday = public_version()
    _frozen_clock.move_to(datetime.datetime(2026, 11, 21, 9, tzinfo=paris))
    assert public_version() != midday


@pytest.mark.django_db
def test_every_service_change_bumps_the_version(national, member_a, organization_a):
    event = EventFactory(organization=organization_a, state=Event.State.PENDING)
    seen = {pagecache.current_version()}
    for change in (
        lambda: services.publish_event(event=event, moderator=national, notify=False),
        lambda: services.cancel_event(event=event, user=member_a, message="Pluie"),
        lambda: services.uncancel_event(event=event, user=member_a),
        lambda: services.unpublish_event(event=event, moderator=national, message="À revoir", notify=False),
        lambda: services.replace_slots(event=event, slots=[]),
    ):
        change()
        version = pagecache.current_version()
        assert version not in seen
        seen.add(version)


# -- What is never shared (the decorator alone, on a request the middleware would have prepared) --------


def _view(body, *, csrf=False, cookie=False, cache_control=""):
    @anonymous_cache
    def view(request):
        response = HttpResponse(body)
        if csrf:
            response.content = f"{body} {get_token(request)}".encode()
        if cookie:
            response.set_cookie("seen", "1")
        if cache_control:
            response["Cache-Control"] = cache_control
        return response

    return view


@pytest.mark.django_db
@pytest.mark.parametrize("options", [{"csrf": True}, {"cookie": True}, {"cache_control": "private"}])
def test_answers_tied_to_a_visitor_are_not_kept(options):
    factory = RequestFactory()
    view = _view("page", **options)
    view(factory.get("/page/"))
    assert "X-Cache" not in view(factory.get("/page/"))


@pytest.mark.django_db
def test_requests_with_a_session_or_a_message_bypass_the_cache():
    factory = RequestFactory()
    view = _view("page")
    assert view(factory.get("/page/"))["X-Cache"] == "miss"
    assert view(factory.get("/page/"))["X-Cache"] == "hit"
    for cookie in ("sessionid", "messages"):
        request = factory.get("/page/")
        request.COOKIES[cookie] = "x"
        assert "X-Cache" not in view(request)
    assert "X-Cache" not in view(factory.head("/page/"))


@pytest.mark.django_db
def test_home_figures_and_theme_counts_are_kept_per_version(client, django_assert_num_queries):
    EventFactory.create_batch(3)
    first = client.get("/")
    # Another address (not the same page in the cache): what the home page shows that day (figures,
    # theme counts, regions, upcoming events) comes from the cache; only the layout's edition is read.
    with django_assert_num_queries(1):
        again = client.get("/?source=affiche")
    assert (
        again.context["figures"]
        == first.context["figures"]
        == {"events": 3, "organizations": 3, "regions": 1, "departments": 1}
    )
    EventFactory()
    assert client.get("/?source=affiche").context["figures"]["events"] == 4


@pytest.mark.django_db
def test_drafts_and_submissions_leave_the_cache_alone(member_a, organization_a, national):
    """November's organisations write drafts all day: none of that changes a public page, so none of
    it empties the visitors' cache; the publication does, and so does any later change."""
    version = pagecache.current_version()
    draft = EventFactory(organization=organization_a, state=Event.State.DRAFT, published_at=None)
    services.replace_slots(event=draft, slots=[])
    services.lock_for_edit(event=draft)
    services.submit_event(event=draft, user=member_a)
    draft.slots.create(
        starts_at=datetime.datetime(2026, 11, 20, 9, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2026, 11, 20, 10, tzinfo=datetime.UTC),
    )
    assert pagecache.current_version() == version
    services.publish_event(event=draft, moderator=national, notify=False)
    published = pagecache.current_version()
    assert published != version
    draft.slots.first().save()
    assert pagecache.current_version() != published


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/evenements/", "/api/evenements", "/evenements/carte.geojson?bbox=-6,41,10,52&zoom=6"]
)
def test_a_hit_is_sent_gzipped_as_kept_without_compressing_again(client, url):
    """The cache keeps the gzipped body for visitors who accept it: a hit is the same page, compressed
    once at the miss, with the headers GZipMiddleware would give it."""
    import gzip

    EventFactory()
    plain = client.get(url).content
    first = client.get(url, headers={"accept-encoding": "gzip, br"})
    again = client.get(url, headers={"accept-encoding": "gzip, br"})
    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
    assert again["Content-Encoding"] == "gzip"
    assert gzip.decompress(again.content) == gzip.decompress(first.content) == plain
    assert "Accept-Encoding" in again["Vary"] and "Cookie" in again["Vary"]
    if first.has_header("ETag"):
        assert again["ETag"] == first["ETag"]
        assert client.get(url, headers={"accept-encoding": "gzip", "if-none-match": again["ETag"]}).status_code == 304


@pytest.mark.django_db
def test_the_version_does_not_expire_with_the_cache_default_timeout(_frozen_clock):
    """The counter lives until a change moves it: a version that expired (Django's default timeout is
    five minutes) would throw away every cached page."""
    version = pagecache.current_version()
    _frozen_clock.shift(datetime.timedelta(hours=3))
    assert pagecache.current_version() == version
