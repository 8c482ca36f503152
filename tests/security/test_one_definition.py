"""One definition per concept (docs/architecture.md « Une définition par concept »): the callers of
each shared definition agree on a tricky case."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from events import rules
from events.duplicates import similar_events
from events.models import Event
from opendata.imports import RawRow, RowValidator, _Referentials
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
