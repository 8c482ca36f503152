from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("", views.home, name="home"),
    path("evenements/", views.event_list, name="list"),
    path("evenements/<slug:slug>/", views.event_detail, name="detail"),
]
