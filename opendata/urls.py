from django.contrib.sitemaps.views import sitemap
from django.urls import path

from . import api, views
from .sitemaps import SITEMAPS

app_name = "opendata"

# Included before browse.urls: « calendrier.ics » must not be read as the slug of an event.
urlpatterns = [
    path("evenements/calendrier.ics", views.events_calendar, name="calendar"),
    path("evenements/<slug:slug>.ics", views.event_calendar, name="event-calendar"),
    path("evenements/flux.xml", views.events_feed, name="feed"),
    path("evenements/export.csv", views.events_export, name="export"),
    path("api/", api.api_home, name="api"),
    path("api/evenements", api.event_list, name="api-events"),
    path("api/evenements/<int:pk>", api.event_detail, name="api-event"),
    path("api/referentiels", api.referentials_view, name="api-referentials"),
    path("api/openapi.json", api.openapi_view, name="api-openapi"),
    path("integrer/", views.widget_builder, name="integrer"),
    path("widget/", views.widget, name="widget"),
    path("widget/carte.geojson", views.widget_geojson, name="widget-geojson"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
