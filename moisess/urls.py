from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from . import favicon, health, jobs_admin

admin.site.site_header = "Mois de l’ESS — administration"
admin.site.site_title = "Mois de l’ESS — administration"
admin.site.index_title = "Tableau de bord"
# The dashboard lists the same links; without the sidebar the review queue fits a laptop screen.
admin.site.enable_nav_sidebar = False

urlpatterns = [
    # Before browse.urls: /evenements/calendrier.ics, flux.xml, export.csv are not event slugs.
    path("", include("opendata.urls")),
    path("", include("browse.urls")),
    path("regions/", include("browse.region_urls")),
    path("organisations/", include("browse.organization_urls")),
    path("alertes/", include("browse.alert_urls")),
    path("", include("pages.urls")),
    # The admin's login page links to this name when it exists: the site's own password reset.
    path(
        "admin/mot-de-passe-oublie/",
        RedirectView.as_view(pattern_name="accounts:password_reset"),
        name="admin_password_reset",
    ),
    # Browsers ask for /favicon.ico whatever the page says: it answers with the icon in static/.
    path("favicon.ico", favicon.favicon, name="favicon"),
    path("sante/", health.health, name="health"),
    path("admin/taches/", jobs_admin.view, name="jobs_admin"),
    path("admin/", admin.site.urls),
    path("compte/", include("space.account_urls")),
    path("espace/evenements/", include("space.event_urls")),
    path("espace/", include("space.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
