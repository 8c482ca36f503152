"""`manage.py send_moderation_digest`: one mail per person, only news, never twice."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from events.models import Event
from events.services import submit_event
from moderation.models import DigestNotice
from tests.factories import OrganizationFactory, department
from tests.moderation.helpers import pending_event

pytestmark = pytest.mark.django_db


def _digest():
    out = io.StringIO()
    call_command("send_moderation_digest", stdout=out)
    return out.getvalue()


def _mails_by_recipient():
    return {message.to[0]: message for message in mail.outbox}


def test_digest_sends_one_mail_per_moderator_with_new_and_waiting_events(
    moderator_a, moderator_b, organization_a, member_a, settings
):
    settings.SITE_URL = "https://mois-ess.example.org"
    fresh = pending_event(organization_a, title="Atelier compostage", slug="compostage", days_ago=0.5)
    old = pending_event(organization_a, title="Ciné-débat sur la finance solidaire", slug="cine-debat", days_ago=5)

    assert _digest() == "1 moderation digest(s) sent.\n"

    message = _mails_by_recipient()["moderation@cress-bretagne.example.org"]
    assert list(_mails_by_recipient()) == ["moderation@cress-bretagne.example.org"]  # region B has nothing
    assert message.subject == "Mois de l’ESS : 1 nouvel événement à modérer et des rappels"
    new_part, reminder_part = message.body.split("En attente depuis plus de 3 jours :")
    assert "Atelier compostage" in new_part and "Ciné-débat" not in new_part
    assert "Ciné-débat sur la finance solidaire" in reminder_part and "en attente depuis 5 jours" in reminder_part
    assert f"https://mois-ess.example.org{reverse('admin:events_event_change', args=[fresh.pk])}" in message.body
    assert f"https://mois-ess.example.org{reverse('admin:events_event_change', args=[old.pk])}" in message.body
    html = message.alternatives[0][0]
    assert f'href="https://mois-ess.example.org{reverse("admin:events_event_change", args=[old.pk])}"' in html


def test_digest_sends_nothing_when_nothing_is_pending(moderator_a, organization_a):
    pending_event(organization_a, title="Publié", slug="publie", state=Event.State.PUBLISHED)
    assert _digest() == "0 moderation digest(s) sent.\n"
    assert mail.outbox == []


def test_digest_never_mails_the_same_news_twice(moderator_a, organization_a, _frozen_clock):
    pending_event(organization_a, title="Atelier compostage", slug="compostage", days_ago=1)
    _digest()
    assert len(mail.outbox) == 1

    _digest()  # same day: nothing new
    assert len(mail.outbox) == 1

    _frozen_clock.shift(2 * 24 * 3600 + 60)  # now waiting for more than 3 days: one reminder
    _digest()
    assert len(mail.outbox) == 2
    assert "Atelier compostage" in mail.outbox[1].body
    assert mail.outbox[1].subject == "Mois de l’ESS : 1 événement attend votre décision"

    _frozen_clock.shift(24 * 3600)
    _digest()  # reminded already
    assert len(mail.outbox) == 2


def test_digest_mails_again_when_event_is_submitted_again(moderator_a, organization_a, member_a, _frozen_clock):
    event = pending_event(organization_a, title="Atelier compostage", slug="compostage", days_ago=0.1)
    _digest()
    Event.objects.filter(pk=event.pk).update(state=Event.State.CHANGES_REQUESTED)
    event.refresh_from_db()
    _frozen_clock.shift(3600)
    submit_event(event=event, user=member_a)
    _digest()
    assert len(mail.outbox) == 2
    assert DigestNotice.objects.filter(event=event, kind=DigestNotice.Kind.NEW).count() == 2


def test_digest_sends_region_without_moderator_to_national_staff(moderator_a, national, organization_a):
    lyon = OrganizationFactory(name="Coopérative lyonnaise", slug="coop-lyon", department=department("69"))
    pending_event(lyon, "69", title="Forum des coopératives", slug="forum-coop", latitude=45.76, longitude=4.83)
    pending_event(organization_a, title="Atelier compostage", slug="compostage")

    _digest()

    mails = _mails_by_recipient()
    assert sorted(mails) == ["moderation@cress-bretagne.example.org", "national@ess-france.example.org"]
    assert "Forum des coopératives" in mails["national@ess-france.example.org"].body
    assert "Atelier compostage" not in mails["national@ess-france.example.org"].body
    assert "Forum des coopératives" not in mails["moderation@cress-bretagne.example.org"].body


def test_digest_gives_two_region_moderator_one_mail(moderator_ab, organization_a, organization_b):
    pending_event(organization_a, title="Atelier compostage", slug="compostage")
    pending_event(organization_b, "44", title="Portes ouvertes", slug="portes-ouvertes")
    _digest()
    assert len(mail.outbox) == 1
    assert "Atelier compostage" in mail.outbox[0].body and "Portes ouvertes" in mail.outbox[0].body
    assert mail.outbox[0].subject == "Mois de l’ESS : 2 nouveaux événements à modérer"


def test_digest_reminder_delay_follows_setting(moderator_a, organization_a, settings):
    settings.MODERATION_REMINDER_DAYS = 10
    pending_event(organization_a, title="Atelier compostage", slug="compostage", days_ago=5)
    _digest()
    assert "En attente depuis plus de" not in mail.outbox[0].body
    assert "Nouveaux événements en attente de modération" in mail.outbox[0].body


def test_digest_lines_give_department_and_first_date_in_text_and_html(moderator_a, organization_a):
    # EventFactory's default slot: Friday 27 November 2026, 18:00 in Rennes.
    pending_event(organization_a, title="Atelier compostage", slug="compostage", days_ago=0.5)
    pending_event(organization_a, title="Ciné-débat", slug="cine-debat", days_ago=5)
    _digest()
    [message] = mail.outbox
    assert message.body.startswith("Bonjour,\n\nVoici les événements qui attendent une décision.\n")
    assert "- Atelier compostage — Répar’Rennes (Bretagne, 35), le vendredi 27 novembre\n" in message.body
    assert "- Ciné-débat — Répar’Rennes (Bretagne, 35), le vendredi 27 novembre, en attente depuis 5 jours\n" in (
        message.body
    )
    html = message.alternatives[0][0]
    assert "</a> — Répar’Rennes (Bretagne, 35), le vendredi 27 novembre, en attente depuis 5 jours</li>" in html
