"""Mail subjects are plain text: an apostrophe or a quotation mark in a title arrives as typed, never as
an HTML entity, and a subject is always one printable line."""

import io

import pytest
from django.core import mail
from django.core.management import call_command

from events import services
from events.models import Event
from organizations.models import Organization
from tests.factories import EventFactory, MembershipFactory, UserFactory, add_moderator
from tests.moderation.helpers import pending_event

pytestmark = pytest.mark.django_db

NAME = 'L\'atelier "test" & <co>'
NBSP = "\u00a0"


def test_decision_mail_subject_keeps_apostrophes_and_quotes(django_capture_on_commit_callbacks):
    event = EventFactory(title=NAME, state=Event.State.PENDING, organization=MembershipFactory().organization)

    with django_capture_on_commit_callbacks(execute=True):
        services.publish_event(event=event, moderator=UserFactory(is_staff=True))

    [sent] = mail.outbox
    assert sent.subject == f"Votre événement «{NBSP}{NAME}{NBSP}» est publié"
    assert f"«{NBSP}{NAME}{NBSP}»" in sent.body


@pytest.mark.parametrize("action", ["reject", "request_changes", "unpublish"])
def test_every_decision_subject_is_plain_text(django_capture_on_commit_callbacks, action):
    state = Event.State.PUBLISHED if action == "unpublish" else Event.State.PENDING
    event = EventFactory(title=NAME, state=state, organization=MembershipFactory().organization)
    decide = {
        "reject": services.reject_event,
        "request_changes": services.request_changes,
        "unpublish": services.unpublish_event,
    }[action]

    reason = {"reason" if action == "reject" else "message": "Merci de préciser le lieu."}

    with django_capture_on_commit_callbacks(execute=True):
        decide(event=event, moderator=UserFactory(is_staff=True), **reason)

    [sent] = mail.outbox
    assert NAME in sent.subject
    assert "&#x27;" not in sent.subject and "&quot;" not in sent.subject and "&amp;" not in sent.subject


def test_invitation_mail_subject_keeps_the_organisation_name_as_typed(client, django_capture_on_commit_callbacks):
    owner = MembershipFactory(organization__name=NAME).user
    client.force_login(owner)
    organization = Organization.objects.get(name=NAME)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/espace/organisations/{organization.pk}/membres/", {"email": "nouvelle@example.org"})

    [sent] = mail.outbox
    assert sent.subject == f"Invitation à rejoindre {NAME} — Mois de l’ESS"


def test_account_mail_subjects_are_plain_text(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/compte/inscription/", {"email": "nouvelle@example.org", "password": "Ruisseau-Lanterne-1907"})
    client.post("/compte/mot-de-passe-oublie/", {"email": "nouvelle@example.org"})

    assert [sent.subject for sent in mail.outbox] == [
        "Confirmez votre adresse e-mail — Mois de l’ESS",
        "Nouveau mot de passe — Mois de l’ESS",
    ]


def test_digest_subject_is_plain_text():
    add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")
    pending_event(MembershipFactory().organization, title=NAME)

    call_command("send_moderation_digest", stdout=io.StringIO())

    [sent] = mail.outbox
    assert sent.subject == f"Mois de l’ESS{NBSP}: 1 nouvel événement à modérer"
    assert NAME in sent.body


def test_subject_is_one_printable_line_whatever_the_stored_title(django_capture_on_commit_callbacks):
    event = EventFactory(state=Event.State.PENDING, organization=MembershipFactory().organization)
    Event.objects.filter(pk=event.pk).update(title="Atelier\r\nBcc: x@example.org \x1b\u202evélo")
    event.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        services.publish_event(event=event, moderator=UserFactory(is_staff=True))

    [sent] = mail.outbox
    assert sent.subject == f"Votre événement «{NBSP}Atelier Bcc: x@example.org vélo{NBSP}» est publié"
    assert sent.message()["Subject"] is not None
