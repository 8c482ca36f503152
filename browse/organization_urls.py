from django.urls import path

from . import organization_views as views

app_name = "organizations"

urlpatterns = [
    path("<slug:slug>/", views.organization_detail, name="detail"),
]
