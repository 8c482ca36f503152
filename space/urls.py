from django.urls import path

from . import views

app_name = "space"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("organisations/nouvelle/", views.organization_create, name="organization_create"),
    path("organisations/<int:pk>/modifier/", views.organization_edit, name="organization_edit"),
    path("organisations/<int:pk>/membres/", views.members, name="members"),
    path("organisations/<int:pk>/audience/", views.audience, name="audience"),
    path("organisations/<int:pk>/membres/<int:membership_pk>/retirer/", views.member_remove, name="member_remove"),
    path(
        "organisations/<int:pk>/invitations/<int:invitation_pk>/annuler/",
        views.invitation_cancel,
        name="invitation_cancel",
    ),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
