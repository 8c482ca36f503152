from django.urls import path

from . import event_views as views

app_name = "space_events"

urlpatterns = [
    path("nouveau/", views.event_create, name="create"),
    path("adresses/", views.geocode, name="geocode"),
    path("<int:pk>/apercu/", views.event_preview, name="preview"),
    path("<int:pk>/modifier/", views.event_edit, name="edit"),
    path("<int:pk>/envoyer/", views.event_submit, name="submit"),
    path("<int:pk>/dupliquer/", views.event_duplicate, name="duplicate"),
    path("<int:pk>/annuler/", views.event_cancel, name="cancel"),
    path("<int:pk>/retablir/", views.event_uncancel, name="uncancel"),
    path("<int:pk>/supprimer/", views.event_delete, name="delete"),
]
