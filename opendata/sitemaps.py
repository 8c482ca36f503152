"""sitemap.xml: every public page worth indexing, with absolute URLs on ``SITE_URL``."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from events.models import Edition, Event
from organizations.models import Organization
from regions.models import Region


class SiteSitemap(Sitemap):
    """Builds URLs on the canonical site address, whatever host the crawler used."""

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"


class EventSitemap(SiteSitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        return Event.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, event):
        return event.updated_at


class RegionSitemap(SiteSitemap):
    changefreq = "daily"
    priority = 0.7

    def items(self):
        return Region.objects.order_by("name")


class OrganizationSitemap(SiteSitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        # Organisations without any published event have an empty page: not worth a crawl.
        return (
            Organization.objects.filter(events__state=Event.State.PUBLISHED)
            .annotate(last_event_change=Max("events__updated_at"))
            .only("slug", "updated_at")
            .order_by("pk")
        )

    def lastmod(self, organization):
        return max(organization.updated_at, organization.last_event_change)


class EditionSitemap(SiteSitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return Edition.objects.order_by("-year")

    def location(self, edition):
        return f"{reverse('events:list')}?edition={edition.year}&passes=1"


class EditionArchiveSitemap(EditionSitemap):
    """Each edition's page of the archive, /editions/<year>/."""

    def location(self, edition):
        return reverse("events:edition", kwargs={"year": edition.year})


class PageSitemap(SiteSitemap):
    changefreq = "weekly"
    priority = 1.0

    def items(self):
        return [
            "events:home",
            "events:list",
            "events:map",
            "events:editions",
            "regions:list",
            "opendata:api",
            "opendata:integrer",
        ]

    def location(self, name):
        return reverse(name)


SITEMAPS = {
    "pages": PageSitemap,
    "evenements": EventSitemap,
    "regions": RegionSitemap,
    "organisations": OrganizationSitemap,
    "editions": EditionSitemap,
    "archive": EditionArchiveSitemap,
}
