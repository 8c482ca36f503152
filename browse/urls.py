from django.urls import path

from . import archive_views, report, views

app_name = "events"

urlpatterns = [
    path("", views.home, name="home"),
    path("evenements/", views.event_list, name="list"),
    path("carte/", views.event_map, name="map"),
    path("evenements/carte.geojson", views.events_geojson, name="geojson"),
    path("evenements/communes.json", views.communes, name="communes"),
    path("evenements/<slug:slug>/", views.event_detail, name="detail"),
    path("evenements/<slug:slug>/fiche/", views.event_card, name="card"),
    path("evenements/<slug:slug>/signaler/", report.event_report, name="report"),
    path("editions/", archive_views.edition_list, name="editions"),
    path("editions/<int:year>/", archive_views.edition_detail, name="edition"),
    path("evenements/<slug:slug>/inscription/", views.event_registration, name="registration"),
]
