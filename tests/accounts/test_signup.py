"""Sign-up, e-mail verification and the enumeration-safe answers."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = "/compte/inscription/"
PASSWORD = "une-phrase-de-passe-solide"


def _link(message) -> str:
    return re.search(r"http://[^\s]+/compte/verification/[^\s]+/", message.body).group(0)


def _path(url: str) -> str:
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def test_signup_creates_unverified_user_and_mails_link(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SIGNUP, {"email": "Benevole@Example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:signup_done")
    user = User.objects.get(email="benevole@example.org")
    assert user.is_email_verified is False
    assert user.check_password(PASSWORD)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["benevole@example.org"]
    assert "/compte/verification/" in mail.outbox[0].body
    assert mail.outbox[0].alternatives[0][1] == "text/html"


def test_signup_verification_link_verifies_and_logs_in(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SIGNUP, {"email": "benevole@example.org", "password": PASSWORD})
    response = client.get(_path(_link(mail.outbox[0])))
    assert response.status_code == 302
    assert response["Location"] == reverse("space:dashboard")
    assert User.objects.get(email="benevole@example.org").is_email_verified
    assert client.get("/espace/").status_code == 200


def test_verification_link_works_once(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SIGNUP, {"email": "benevole@example.org", "password": PASSWORD})
    link = _path(_link(mail.outbox[0]))
    client.get(link)
    client.logout()
    response = client.get(link)
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:login")
    assert "_auth_user_id" not in client.session


def test_verification_link_tampered_is_refused(client):
    user = UserFactory(email_verified_at=None)
    response = client.get(reverse("accounts:verify_email", kwargs={"uidb64": "MQ", "token": "abc-def"}))
    assert response.status_code == 400
    assert "n’est plus valable" in response.content.decode()
    user.refresh_from_db()
    assert user.is_email_verified is False


def test_verification_link_expires_after_three_days(client, _frozen_clock, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SIGNUP, {"email": "benevole@example.org", "password": PASSWORD})
    _frozen_clock.shift(4 * 24 * 3600)
    response = client.get(_path(_link(mail.outbox[0])))
    assert response.status_code == 400
    assert User.objects.get(email="benevole@example.org").is_email_verified is False


def test_signup_with_known_address_answers_the_same(client, django_capture_on_commit_callbacks):
    UserFactory(email="deja@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post(SIGNUP, {"email": "DEJA@example.org", "password": PASSWORD})
        page_known = client.get(known["Location"]).content.decode().replace("deja@example.org", "X")
        new = client.post(SIGNUP, {"email": "nouveau@example.org", "password": PASSWORD})
        page_new = client.get(new["Location"]).content.decode().replace("nouveau@example.org", "X")
    assert known.status_code == new.status_code == 302
    assert known["Location"] == new["Location"]
    assert page_known == page_new
    assert User.objects.filter(email="deja@example.org").count() == 1
    # The owner of the known address is told by mail, not on the page.
    assert [m.to for m in mail.outbox] == [["deja@example.org"], ["nouveau@example.org"]]
    assert "Vous en avez déjà un" in mail.outbox[0].body
    assert "/compte/verification/" not in mail.outbox[0].body


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"email": "pas-une-adresse", "password": PASSWORD}, "email", "adresse de courriel valide"),
        ({"email": "a@example.org", "password": "court"}, "password", "trop court"),
        ({"email": "a@example.org", "password": "12345678901"}, "password", "entièrement numérique"),
        ({"email": "", "password": PASSWORD}, "email", "obligatoire"),
    ],
)
def test_signup_errors_are_french_and_next_to_field(client, data, field, message):
    response = client.post(SIGNUP, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="id_{field}_error"' in html
    assert message in html
    assert f'aria-describedby="id_{field}_error' in html
    assert User.objects.count() == 0
    # What was typed is kept (except the password).
    if data["email"]:
        assert f'value="{data["email"]}"' in html


def test_signup_honeypot_refuses_robots(client):
    response = client.post(SIGNUP, {"email": "robot@example.org", "password": PASSWORD, "telecopie": "spam"})
    assert response.status_code == 200
    assert "Votre envoi n’a pas pu être traité" in response.content.decode()
    assert User.objects.count() == 0


def test_signup_rate_limited_per_ip(client):
    for n in range(5):
        assert client.post(SIGNUP, {"email": f"p{n}@example.org", "password": PASSWORD}).status_code == 302
    response = client.post(SIGNUP, {"email": "p6@example.org", "password": PASSWORD})
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Trop de tentatives" in response.content.decode()
    assert User.objects.count() == 5


def test_resend_verification_mails_new_link_and_is_limited(client, django_capture_on_commit_callbacks):
    user = UserFactory(email_verified_at=None)
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(4):
            client.post(reverse("accounts:resend_verification"))
    assert len(mail.outbox) == 3
    client.get(_path(_link(mail.outbox[-1])))
    user.refresh_from_db()
    assert user.is_email_verified


def test_failing_mail_server_does_not_break_signup(client, settings, django_capture_on_commit_callbacks, caplog):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SIGNUP, {"email": "benevole@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert User.objects.filter(email="benevole@example.org").exists()
    assert "Could not send" in caplog.text
