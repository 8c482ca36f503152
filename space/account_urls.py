from django.urls import path

from . import account_views as views

app_name = "accounts"

urlpatterns = [
    path("", views.account, name="account"),
    path("inscription/", views.signup, name="signup"),
    path("inscription/envoyee/", views.signup_done, name="signup_done"),
    path("connexion/", views.login, name="login"),
    path("deconnexion/", views.logout, name="logout"),
    path("verification/renvoyer/", views.resend_verification, name="resend_verification"),
    path("verification/<uidb64>/<token>/", views.verify_email, name="verify_email"),
    path("mot-de-passe-oublie/", views.PasswordResetView.as_view(), name="password_reset"),
    path("mot-de-passe-oublie/envoye/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "mot-de-passe-oublie/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("mot-de-passe-oublie/termine/", views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("mot-de-passe/", views.PasswordChangeView.as_view(), name="password_change"),
    path("supprimer/", views.delete_account, name="delete"),
]
