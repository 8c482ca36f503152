"""One definition per concept (docs/architecture.md « Une définition par concept »): the callers of
each shared definition agree on a tricky case."""

import pytest
from django.core.exceptions import ValidationError

from events import rules
from events.models import Event
from opendata.imports import RawRow, RowValidator, _Referentials
from tests.factories import EventFactory, region

pytestmark = pytest.mark.django_db


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
