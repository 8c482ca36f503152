"""« Signaler un problème »: a visitor's report on a public event lands in its region's queue; a
moderator closes it, having acted or not; national staff see every region's; another region's is a 404."""

import pytest
from django.test import Client
from django.urls import reverse

from accounts import ratelimit
from core.forms import HONEYPOT_FIELD
from events.models import Event, EventReport
from tests.moderation.helpers import pending_event

pytestmark = pytest.mark.django_db

REPORTS = reverse("admin:events_eventreport_changelist")


@pytest.fixture
def published_a(organization_a):
    return pending_event(organization_a, title="Atelier vélo", slug="atelier-velo", state=Event.State.PUBLISHED)


@pytest.fixture
def published_b(organization_b):
    return pending_event(organization_b, "44", title="Nantes solidaire", slug="nantes", state=Event.State.PUBLISHED)


def _report_url(event):
    return reverse("events:report", args=[event.slug])


def _post(client, event, **data):
    payload = {"reason": "cancelled", "message": "La salle est fermée ce jour-là.", **data}
    return client.post(_report_url(event), payload)


def _report(event, reason="wrong_information"):
    return EventReport.objects.create(event=event, reason=reason, message="L’adresse est fausse.")


# -- The public side -----------------------------------------------------------------------------------


def test_each_public_event_page_links_to_the_report_form(client, published_a):
    page = client.get(published_a.get_absolute_url()).content.decode()
    assert f'href="{_report_url(published_a)}"' in page
    assert "Signaler un problème" in page
    form = client.get(_report_url(published_a)).content.decode()
    for reason in ("Informations erronées", "Événement annulé", "Ne relève pas de l’ESS", "Contenu choquant"):
        assert reason in form
    assert HONEYPOT_FIELD in form and "csrfmiddlewaretoken" in form


def test_a_report_is_filed_and_the_visitor_thanked(client, published_a):
    response = _post(client, published_a, email="voisin@example.org")
    assert response.status_code == 302
    assert response["Location"] == published_a.get_absolute_url()
    report = EventReport.objects.get()
    assert (report.event, report.reason, report.email, report.is_open) == (
        published_a,
        "cancelled",
        "voisin@example.org",
        True,
    )
    assert "votre signalement est transmis à la CRESS" in client.get(response["Location"]).content.decode()


def test_reason_and_message_are_required_the_email_optional(client, published_a):
    response = client.post(_report_url(published_a), {"reason": "", "message": ""})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Choisissez le problème que vous signalez." in page
    assert "Décrivez le problème en quelques mots." in page
    assert not EventReport.objects.exists()


def test_a_filled_honeypot_files_nothing(client, published_a):
    _post(client, published_a, **{HONEYPOT_FIELD: "http://spam.example"})
    assert not EventReport.objects.exists()


def test_reports_are_rate_limited_per_address(client, published_a):
    for _n in range(ratelimit.EVENT_REPORTS_PER_IP.limit):
        assert _post(client, published_a).status_code == 302
    response = _post(client, published_a)
    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()
    assert EventReport.objects.count() == ratelimit.EVENT_REPORTS_PER_IP.limit


def test_the_form_needs_its_csrf_token(published_a):
    client = Client(enforce_csrf_checks=True)
    assert _post(client, published_a).status_code == 403
    assert not EventReport.objects.exists()


def test_an_unpublished_event_cannot_be_reported(client, organization_a):
    pending = pending_event(organization_a, title="En attente", slug="en-attente")
    assert client.get(_report_url(pending)).status_code == 404
    assert _post(client, pending).status_code == 404


# -- The admin side ------------------------------------------------------------------------------------


def _listed(client, **query):
    return sorted(report.event.title for report in client.get(REPORTS, query).context["cl"].result_list)


def test_a_moderator_sees_their_regions_reports_national_staff_all(
    client, moderator_a, national, published_a, published_b
):
    report_a, report_b = _report(published_a), _report(published_b)
    client.force_login(moderator_a)
    assert _listed(client) == ["Atelier vélo"]
    assert client.get(reverse("admin:events_eventreport_change", args=[report_a.pk])).status_code == 200
    assert client.get(reverse("admin:events_eventreport_change", args=[report_b.pk])).status_code == 404
    client.force_login(national)
    assert _listed(client) == ["Atelier vélo", "Nantes solidaire"]


def test_another_regions_report_cannot_be_closed(client, moderator_b, published_a):
    report = _report(published_a)
    client.force_login(moderator_b)
    client.post(REPORTS + "?etat=tous", {"action": "close_dismissed", "_selected_action": [report.pk], "index": "0"})
    report.refresh_from_db()
    assert report.is_open


def test_the_report_shows_in_the_events_queue_and_review_page(client, moderator_a, published_a):
    _report(published_a)
    client.force_login(moderator_a)
    queue = client.get(reverse("admin:events_event_changelist"), {"signale": "oui"})
    assert [event.title for event in queue.context["cl"].result_list] == ["Atelier vélo"]
    review = client.get(reverse("admin:events_event_change", args=[published_a.pk])).content.decode()
    assert "Signalements du public à traiter" in review
    assert "L’adresse est fausse." in review


def test_a_moderator_closes_a_report_with_or_without_acting(client, moderator_a, published_a):
    acted, dismissed = _report(published_a), _report(published_a, "not_ess")
    client.force_login(moderator_a)
    change = client.get(reverse("admin:events_eventreport_change", args=[acted.pk])).content.decode()
    assert 'value="close_acted"' in change and 'value="close_dismissed"' in change
    response = client.post(
        REPORTS + "?etat=tous", {"action": "close_acted", "_selected_action": [acted.pk], "index": "0"}, follow=True
    )
    assert "1 signalement clos." in response.content.decode()
    client.post(REPORTS, {"action": "close_dismissed", "_selected_action": [dismissed.pk], "index": "0"})
    acted.refresh_from_db()
    dismissed.refresh_from_db()
    assert (acted.outcome, acted.closed_by, acted.is_open) == ("acted", moderator_a, False)
    assert dismissed.outcome == "dismissed"
    assert _listed(client) == []  # open ones by default
    assert len(_listed(client, etat="clos")) == 2
    again = client.post(
        REPORTS + "?etat=tous", {"action": "close_dismissed", "_selected_action": [acted.pk], "index": "0"}, follow=True
    )
    assert "déjà clos" in again.content.decode()
    acted.refresh_from_db()
    assert acted.outcome == "acted"


def test_reports_count_on_the_dashboard(client, moderator_a, published_a):
    _report(published_a)
    client.force_login(moderator_a)
    rows = client.get(reverse("admin:index")).context["dashboard"]["rows"]
    assert rows[0]["reports"] == 1


def test_the_reports_list_costs_a_fixed_number_of_queries(
    client, national, published_a, published_b, django_assert_max_num_queries
):
    for n in range(12):
        _report(published_a if n % 2 else published_b)
    client.force_login(national)
    with django_assert_max_num_queries(15):
        response = client.get(REPORTS)
    assert response.context["cl"].result_count == 12
