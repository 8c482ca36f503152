"""Status and format agree (issue 14): « Passé en ligne » needs the online link, in the space, the admin
and the import; the JSON-LD follows the status; a status change is a workflow transition (checked,
logged, shown to the CRESS); a cancelled event can be restored from the space."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from events import rules, services
from events.models import Event, EventLogEntry
from events.structured_data import event_jsonld
from tests.events.test_places_agree import _change_form_data
from tests.factories import EventFactory
from tests.opendata.test_import import csv_bytes, good_row, post_import
from tests.space import event_data

pytestmark = pytest.mark.django_db

LINK = "https://visio.example.org/ess"


def _post_edit(client, event, **changes):
    form = client.get(f"/espace/evenements/{event.pk}/modifier/").context["form"]
    data = event_data(
        latitude=str(event.latitude), longitude=str(event.longitude), edit_stamp=form.initial["edit_stamp"], **changes
    )
    data["slots-INITIAL_FORMS"] = "1"
    return client.post(f"/espace/evenements/{event.pk}/modifier/", data)


def test_moved_online_is_refused_without_a_link_at_the_status_field(client, member_a, organization_a):
    event = EventFactory(organization=organization_a)
    client.force_login(member_a)

    response = _post_edit(client, event, status="moved_online", status_message="Tout se passe en visio.")

    assert response.status_code == 200
    assert response.context["form"].errors["status"] == [str(rules.MOVED_ONLINE_NEEDS_LINK)]
    assert "a besoin de son lien" in response.content.decode()
    event.refresh_from_db()
    assert event.status == Event.Status.SCHEDULED
    assert not event.log.exists()


def test_moved_online_with_its_link_is_logged_shown_to_the_cress_and_online_in_json_ld(
    client, member_a, moderator_a, organization_a
):
    event = EventFactory(organization=organization_a, published_at=timezone.now() - datetime.timedelta(days=3))
    client.force_login(member_a)

    response = _post_edit(
        client,
        event,
        attendance_mode="mixed",
        online_url=LINK,
        status="moved_online",
        status_message="Tout se passe en visio.",
    )

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == Event.Status.MOVED_ONLINE
    entry = event.log.get(action=EventLogEntry.Action.STATUS_CHANGED)
    assert entry.actor == member_a
    assert entry.changes["status"] == ["Programmé", "Passé en ligne"]
    assert event.edited_after_publication  # in the CRESS's queue

    data = event_jsonld(Event.objects.with_details().get(pk=event.pk))
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventMovedOnline"
    assert data["location"] == {"@type": "VirtualLocation", "url": LINK}
    page = client.get(event.get_absolute_url()).content.decode()
    assert "OnlineEventAttendanceMode" in page and "MixedEventAttendanceMode" not in page

    client.force_login(moderator_a)
    review = client.get(reverse("admin:events_event_change", args=[event.pk]))
    texts = [change["text"] for item in review.context["changes_since_publication"] for change in item["changes"]]
    assert "Statut\u00a0: Programmé → Passé en ligne" in texts
    assert "changement de statut" in review.content.decode()


def test_json_ld_of_a_scheduled_mixed_event_stays_mixed():
    event = EventFactory(attendance_mode=Event.AttendanceMode.MIXED, online_url=LINK)
    data = event_jsonld(Event.objects.with_details().get(pk=event.pk))
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]


def test_the_service_refuses_moved_online_without_link_and_a_cancellation():
    event = EventFactory()
    with pytest.raises(ValueError, match="a besoin de son lien"):
        services.change_status(event=event, user=None, status=Event.Status.MOVED_ONLINE, message="Visio.")
    with pytest.raises(services.TransitionError):
        services.change_status(event=event, user=None, status=Event.Status.CANCELLED, message="Annulé.")
    assert Event.objects.get(pk=event.pk).status == Event.Status.SCHEDULED


def test_the_admin_refuses_moved_online_without_link_and_logs_a_moderators_status_change(
    client, moderator_a, organization_a
):
    event = EventFactory(organization=organization_a)
    client.force_login(moderator_a)
    url = reverse("admin:events_event_change", args=[event.pk])

    response = client.post(url, _change_form_data(client, url, status="moved_online", status_message="En visio."))

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["status"] == [str(rules.MOVED_ONLINE_NEEDS_LINK)]
    assert Event.objects.get(pk=event.pk).status == Event.Status.SCHEDULED

    response = client.post(
        url,
        _change_form_data(
            client,
            url,
            status="moved_online",
            status_message="En visio.",
            attendance_mode="mixed",
            online_url=LINK,
        ),
    )

    assert response.status_code == 302
    entry = Event.objects.get(pk=event.pk).log.get(action=EventLogEntry.Action.STATUS_CHANGED)
    assert (entry.actor, entry.changes["status"]) == (moderator_a, ["Programmé", "Passé en ligne"])


def test_the_import_refuses_moved_online_without_link(client, national, organization_a):
    client.force_login(national)
    response = post_import(
        client,
        content=csv_bytes([good_row(statut="moved_online"), good_row(statut="moved_online", lien_en_ligne=LINK)]),
        name="cress.csv",
        region_pk=organization_a.region.pk,
        organization_pk=organization_a.pk,
    )
    errors = response.context["plan"].errors
    assert len(errors) == 1
    assert "colonne « statut »" in errors[0] and "a besoin de son lien" in errors[0]
    assert not Event.objects.exists()


def test_uncancel_from_the_space_restores_the_event_and_the_cress_sees_it(
    client, member_a, moderator_a, organization_a
):
    event = EventFactory(organization=organization_a)
    client.force_login(member_a)
    client.post(f"/espace/evenements/{event.pk}/annuler/", {"message": "Salle indisponible."})
    event.refresh_from_db()
    assert event.is_cancelled
    preview = client.get(f"/espace/evenements/{event.pk}/apercu/").content.decode()
    assert f'action="/espace/evenements/{event.pk}/retablir/"' in preview
    assert "Rétablir l’événement" in preview

    response = client.post(f"/espace/evenements/{event.pk}/retablir/", follow=True)

    event.refresh_from_db()
    assert (event.status, event.status_message) == (Event.Status.SCHEDULED, "")
    assert any("rétabli" in str(m) for m in response.context["messages"])
    data = json.loads(json.dumps(event_jsonld(Event.objects.with_details().get(pk=event.pk))))
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    client.force_login(moderator_a)
    history = client.get(reverse("admin:events_event_change", args=[event.pk])).content.decode()
    assert "Annulé" in history and "Rétabli" in history
