from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("", views.home, name="home"),
    path("evenements/", views.event_list, name="list"),
    path("carte/", views.event_map, name="map"),
    path("evenements/carte.geojson", views.events_geojson, name="geojson"),
    path("evenements/<slug:slug>/", views.event_detail, name="detail"),
    path("evenements/<slug:slug>/fiche/", views.event_card, name="card"),
    path("evenements/<slug:slug>/inscription/", views.event_registration, name="registration"),
]
