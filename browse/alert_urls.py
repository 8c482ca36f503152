from django.urls import path

from . import alert_views as views

app_name = "alerts"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("envoyee/", views.sent, name="sent"),
    path("confirmer/<str:token>/", views.confirm, name="confirm"),
    path("gerer/<str:token>/", views.manage, name="manage"),
    path("desinscription/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
