from django.urls import path

from . import views

app_name = "pages"

urlpatterns = [
    path("le-mois/", views.campaign, name="campaign"),
    path("ess/", views.ess, name="ess"),
    path("organiser/", views.organise, name="organise"),
    path("kit/", views.kit, name="kit"),
    path("kit/badge-<int:year>.svg", views.badge_svg, name="badge_svg"),
    path("kit/badge-<int:year>.png", views.badge_png, name="badge_png"),
    path("contact/", views.contact, name="contact"),
    path("mentions-legales/", views.legal_notice, name="legal_notice"),
    path("donnees-personnelles/", views.privacy, name="privacy"),
    path("accessibilite/", views.accessibility, name="accessibility"),
    path("accessibilite/signaler/", views.accessibility_report, name="accessibility_report"),
    path("compte/mes-donnees/", views.personal_data, name="personal_data"),
]
