from django.urls import path

from . import programme
from . import region_views as views

app_name = "regions"

urlpatterns = [
    path("", views.region_list, name="list"),
    path("<slug:slug>/", views.region_detail, name="detail"),
    path("<slug:slug>/programme/", programme.region_programme, name="programme"),
]
