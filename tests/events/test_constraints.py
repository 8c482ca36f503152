"""The database itself refuses events that make no sense (named check constraints)."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from events.models import Event, TimeSlot
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def _refused(constraint_name, **changes):
    event = EventFactory()
    for name, value in changes.items():
        setattr(event, name, value)
    with pytest.raises(IntegrityError) as excinfo, transaction.atomic():
        event.save()
    # SQLite and PostgreSQL both name the violated constraint in their message.
    assert constraint_name in str(excinfo.value)


def test_constraints_refuse_latitude_out_of_range():
    _refused("event_latitude_in_range", latitude=91.0)


def test_constraints_refuse_longitude_out_of_range():
    _refused("event_longitude_in_range", longitude=-181.5)


def test_constraints_refuse_on_site_event_without_coordinates():
    _refused("event_on_site_has_point", latitude=None, longitude=None)


def test_constraints_refuse_mixed_event_without_coordinates():
    _refused(
        "event_on_site_has_point",
        attendance_mode=Event.AttendanceMode.MIXED,
        online_url="https://visio.example.org/x",
        longitude=None,
    )


def test_constraints_refuse_online_event_without_link():
    _refused("event_online_has_link", attendance_mode=Event.AttendanceMode.ONLINE, online_url="")


def test_constraints_refuse_image_without_alternative_text():
    _refused("event_image_has_alt", image="events/images/2026/photo.jpg", image_alt="")


def test_constraints_refuse_unknown_state():
    _refused("event_state_valid", state="approved")


def test_constraints_refuse_unknown_status():
    _refused("event_status_valid", status="maybe")


def test_constraints_refuse_slot_ending_before_it_starts():
    event = EventFactory()
    start = datetime.datetime(2026, 11, 20, 18, tzinfo=datetime.UTC)
    with pytest.raises(IntegrityError) as excinfo, transaction.atomic():
        TimeSlot.objects.create(event=event, starts_at=start, ends_at=start - datetime.timedelta(hours=1))
    assert "timeslot_ends_after_start" in str(excinfo.value)


def test_constraints_refuse_zero_length_slot():
    event = EventFactory()
    start = datetime.datetime(2026, 11, 20, 18, tzinfo=datetime.UTC)
    with pytest.raises(IntegrityError), transaction.atomic():
        TimeSlot.objects.create(event=event, starts_at=start, ends_at=start)


def test_constraints_accept_online_event_without_place():
    event = EventFactory(
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://visio.example.org/webinaire",
        latitude=None,
        longitude=None,
        department=None,
    )
    assert Event.objects.filter(pk=event.pk).exists()


def test_published_queryset_is_only_published_events():
    published = EventFactory(state=Event.State.PUBLISHED)
    for state in ("draft", "pending", "changes_requested", "rejected"):
        EventFactory(state=state)
    cancelled = EventFactory(state=Event.State.PUBLISHED, status=Event.Status.CANCELLED)
    assert set(Event.objects.published()) == {published, cancelled}
