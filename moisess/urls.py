from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from . import health, jobs_admin

admin.site.site_header = "Mois de l’ESS — administration"
admin.site.site_title = "Mois de l’ESS — administration"
admin.site.index_title = "Tableau de bord"
# The dashboard lists the same links; without the sidebar the review queue fits a laptop screen.
admin.site.enable_nav_sidebar = False

urlpatterns = [
    # Before events.urls: /evenements/calendrier.ics, flux.xml, export.csv are not event slugs.
    path("", include("opendata.urls")),
    path("", include("events.urls")),
    path("regions/", include("regions.urls")),
    path("organisations/", include("organizations.urls")),
    path("", include("pages.urls")),
    # The admin's login page links to this name when it exists: the site's own password reset.
    path(
        "admin/mot-de-passe-oublie/",
        RedirectView.as_view(pattern_name="accounts:password_reset"),
        name="admin_password_reset",
    ),
    path("sante/", health.health, name="health"),
    path("admin/taches/", jobs_admin.view, name="jobs_admin"),
    path("admin/", admin.site.urls),
    path("compte/", include("accounts.urls")),
    path("espace/evenements/", include("events.space_urls")),
    path("espace/", include("organizations.space_urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
