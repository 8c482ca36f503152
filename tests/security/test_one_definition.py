"""One definition per concept (docs/architecture.md « Une définition par concept »): the callers of
each shared definition agree on a tricky case."""

import datetime
from html import unescape
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from events import rules
from events.duplicates import similar_events
from events.filters import ACCESSIBILITY_FIELDS
from events.forms import ACCESS_FIELDS
from events.models import Event
from events.structured_data import event_jsonld
from opendata.imports import RawRow, RowValidator, _Referentials
from opendata.records import event_record
from tests.factories import EventFactory, region

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def test_the_model_and_the_import_refuse_a_mixed_event_without_link_with_the_same_message():
    event = EventFactory.build(attendance_mode=Event.AttendanceMode.MIXED, online_url="", is_free=False)
    with pytest.raises(ValidationError) as refused:
        event.clean()
    assert refused.value.message_dict == {
        "online_url": [rules.ONLINE_NEEDS_LINK],
        "price_conditions": [rules.PAID_NEEDS_PRICES],
    }
    validator = RowValidator(
        region=region("bretagne"), organizations={}, default_organization=None, referentials=_Referentials()
    )
    values = {"titre": "Atelier", "resume": "Un atelier", "format": "mixte", "gratuit": "non", "code_postal": "35000"}
    _planned, errors = validator.validate(RawRow(line=2, uid="", values=values))
    assert any(str(rules.ONLINE_NEEDS_LINK) in error for error in errors)
    assert any(str(rules.PAID_NEEDS_PRICES) in error for error in errors)


def test_the_moderator_sees_the_possible_duplicates_the_organisation_saw(client, moderator_a, member_a, member_b):
    def slot(hour):
        start = datetime.datetime(2026, 11, 27, hour, tzinfo=PARIS)
        return [(start, start + datetime.timedelta(hours=2))]

    existing = EventFactory(organization=member_b.organizations.get(), title="Répar’café du quartier", slots=slot(10))
    ours = member_a.organizations.get()
    EventFactory(organization=ours, title="Conférence sur la finance solidaire", slots=slot(14))  # not a duplicate
    pending = EventFactory(organization=ours, state=Event.State.PENDING, title="Repar cafe du quartier", slots=slot(18))
    assert similar_events(pending) == [existing]  # what the organisation's preview lists
    client.force_login(moderator_a)
    review = client.get(reverse("admin:events_event_change", args=[pending.pk]))
    assert list(review.context["duplicates"]) == [existing]


def test_has_a_place_and_the_accessibility_flags_read_the_same_in_every_output():
    mixed = EventFactory(
        attendance_mode=Event.AttendanceMode.MIXED, online_url="https://visio.example.org/a", access_visual=True
    )
    online = EventFactory(attendance_mode=Event.AttendanceMode.ONLINE, online_url="https://visio.example.org/b")
    assert [e.has_place for e in (mixed, online)] == [True, False]
    assert list(Event.objects.with_place()) == [mixed]
    assert event_record(mixed)["place"] and event_record(online)["place"] is None
    assert event_jsonld(online)["location"]["@type"] == "VirtualLocation"
    assert event_record(mixed)["accessibility"] == [value for value, _label in mixed.accessibility] == ["visuel"]
    assert list(ACCESSIBILITY_FIELDS.values()) == ACCESS_FIELDS


def test_the_form_and_the_import_refuse_the_same_slots_with_the_same_messages(client, member_a):
    from events.models import Edition
    from tests.space import event_data

    edition, _created = Edition.objects.get_or_create(year=2026, defaults=Edition.defaults_for(2026))
    client.force_login(member_a)
    same_start, outside = str(rules.SAME_START), str(rules.edition_day_error(edition, datetime.date(2026, 12, 2)))
    twice = [("2026-11-27", "18:00", "20:00"), ("2026-11-27", "18:00", "19:00")]
    assert same_start in unescape(client.post("/espace/evenements/nouveau/", event_data(slots=twice)).content.decode())
    late = [("2026-12-02", "18:00", "19:00")]
    assert outside in unescape(client.post("/espace/evenements/nouveau/", event_data(slots=late)).content.decode())

    validator = RowValidator(
        region=region("bretagne"), organizations={}, default_organization=None, referentials=_Referentials()
    )
    starts = [datetime.datetime(2026, 11, 27, 18, tzinfo=PARIS), datetime.datetime(2026, 12, 2, 18, tzinfo=PARIS)]
    pairs = [
        (starts[0], starts[0] + datetime.timedelta(hours=2)),
        (starts[0], starts[0] + datetime.timedelta(hours=1)),
        (starts[1], starts[1] + datetime.timedelta(hours=1)),
    ]
    values = {"titre": "Atelier", "resume": "Un atelier", "format": "presentiel", "code_postal": "35000"}
    _planned, errors = validator.validate(RawRow(line=2, uid="", values=values, slots=pairs))
    assert any(same_start in error for error in errors)
    assert any(outside in error for error in errors)
