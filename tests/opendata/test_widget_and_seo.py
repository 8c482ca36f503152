"""/integrer/ and /widget/ (the only framable page), sitemap.xml, robots.txt, the RSS link."""

import pytest
from defusedxml import ElementTree
from django.conf import settings

from events.models import Edition, Event
from tests.factories import EventFactory, OrganizationFactory, department

pytestmark = pytest.mark.django_db

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_widget_is_framable_by_any_site(client):
    EventFactory()
    response = client.get("/widget/?region=bretagne")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"].split("; ")


@pytest.mark.parametrize(
    "url", ["/", "/evenements/", "/carte/", "/integrer/", "/api/", "/regions/", "/evenements/flux.xml", "/robots.txt"]
)
def test_other_pages_refuse_to_be_framed(client, url):
    EventFactory()
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors *" not in response.get("Content-Security-Policy", "")


def test_event_page_refuses_to_be_framed(client):
    event = EventFactory()
    assert client.get(event.get_absolute_url())["X-Frame-Options"] == "DENY"


def test_widget_lists_filtered_events_and_links_out(client):
    organization = OrganizationFactory(slug="coop-locale")
    mine = EventFactory(organization=organization, title="Chez nous")
    EventFactory(title="Ailleurs")
    response = client.get("/widget/?organisation=coop-locale&titre=Nos+rendez-vous")
    html = response.content.decode()
    assert "Chez nous" in html and "Ailleurs" not in html
    assert "Nos rendez-vous" in html
    assert '<base target="_blank">' in html
    assert mine.get_absolute_url() in html
    assert "<script>" not in html and 'style="' not in html


def test_widget_limits_the_number_shown(client):
    for _ in range(7):
        EventFactory()
    html = client.get("/widget/?nombre=5").content.decode()
    assert html.count('<article class="event-card') == 5
    assert "Voir tous les événements" in html


def test_widget_with_map_gets_its_own_filtered_geojson(client):
    organization = OrganizationFactory(slug="coop-locale")
    mine = EventFactory(organization=organization)
    EventFactory()
    html = client.get("/widget/?organisation=coop-locale&carte=1").content.decode()
    assert "data-events-map" in html
    assert 'data-query="organisation=coop-locale"' in html
    data = client.get("/widget/carte.geojson?organisation=coop-locale").json()
    assert [f["properties"]["id"] for f in data["features"]] == [mine.pk]


def test_widget_builder_makes_an_iframe_snippet(client):
    organization = OrganizationFactory(slug="coop-locale", name="Coop locale")
    EventFactory(organization=organization)
    response = client.get(
        "/integrer/?region=bretagne&organisation=coop-locale&theme=finance-solidaire&nombre=5&hauteur=800"
    )
    assert response.status_code == 200
    snippet = response.context["snippet"]
    assert snippet.startswith(f'<iframe src="{settings.SITE_URL}/widget/?')
    assert (
        "region=bretagne" in snippet and "organisation=coop-locale" in snippet and "theme=finance-solidaire" in snippet
    )
    assert 'height="800"' in snippet
    html = response.content.decode()
    assert "&lt;iframe" in html  # shown as text to copy
    assert 'title="Aperçu du cadre à intégrer"' in html


def test_widget_builder_explains_bad_choices(client):
    response = client.get("/integrer/?hauteur=5&region=atlantide")
    assert response.status_code == 200
    assert response.context["snippet"] is None
    form = response.context["form"]
    assert "hauteur" in form.errors and "region" in form.errors


def test_sitemap_lists_events_regions_organisations_editions(client):
    event = EventFactory()
    EventFactory(state=Event.State.PENDING, title="Pas encore public")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    locations = {url.findtext(f"{SITEMAP_NS}loc") for url in root.findall(f"{SITEMAP_NS}url")}
    site = settings.SITE_URL
    assert f"{site}{event.get_absolute_url()}" in locations
    assert f"{site}/regions/bretagne/" in locations
    assert f"{site}{event.organization.get_absolute_url()}" in locations
    assert f"{site}/evenements/?edition=2026&passes=1" in locations
    assert f"{site}/" in locations
    assert f"{site}/editions/" in locations and f"{site}/editions/2026/" in locations
    assert not any("pas-encore-public" in location for location in locations)
    assert sum("/regions/" in location for location in locations) == 18 + 1  # + the regions list
    assert Edition.objects.count() == sum("edition=" in location for location in locations)


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "User-agent: *" in text
    assert "Disallow: /admin/" in text
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in text


def test_event_page_has_canonical_open_graph_and_json_ld(client):
    event = EventFactory(department=department("35"))
    html = client.get(event.get_absolute_url()).content.decode()
    assert f'<link rel="canonical" href="{settings.SITE_URL}{event.get_absolute_url()}">' in html
    assert '<meta property="og:title"' in html
    assert '<script type="application/ld+json">' in html
    assert f'<meta name="description" content="{event.summary}">' in html


def test_pages_announce_the_rss_feed(client):
    html = client.get("/evenements/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/evenements/flux.xml"' in html


def test_list_page_offers_the_outputs_with_its_filters(client):
    EventFactory()
    html = client.get("/evenements/?region=bretagne&page=1").content.decode()
    assert 'href="/evenements/export.csv?region=bretagne"' in html
    assert 'href="/evenements/flux.xml?region=bretagne"' in html
    assert 'href="/api/evenements?region=bretagne"' in html
    assert 'href="webcal://127.0.0.1:8000/evenements/calendrier.ics?region=bretagne"' in html


@pytest.mark.parametrize("count", [1, 30])
def test_widget_query_count_does_not_grow(client, django_assert_num_queries, count):
    for _ in range(count):
        EventFactory()
    with django_assert_num_queries(13):
        response = client.get("/widget/?nombre=50")
    assert response.content.decode().count('<article class="event-card') == count
