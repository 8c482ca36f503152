"""The event form and the preview cost the same number of queries for 1 slot and for 30."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def _slots(n):
    return [
        (datetime.datetime(2026, 11, 1 + i, 18, tzinfo=PARIS), datetime.datetime(2026, 11, 1 + i, 20, tzinfo=PARIS))
        for i in range(n)
    ]


@pytest.mark.parametrize("page", ["apercu", "modifier"])
def test_event_space_pages_query_count_constant_in_slots(client, member_a, django_assert_num_queries, page):
    organization = member_a.organizations.get()
    one = EventFactory(organization=organization, state=Event.State.DRAFT, slots=_slots(1))
    thirty = EventFactory(
        organization=organization, state=Event.State.DRAFT, title="Autre", slug="autre", slots=_slots(30)
    )
    client.force_login(member_a)
    client.get(f"/espace/evenements/{one.pk}/{page}/")  # warm the session and caches
    with CaptureQueriesContext(connection) as queries:
        client.get(f"/espace/evenements/{one.pk}/{page}/")
    with django_assert_num_queries(len(queries.captured_queries)):
        response = client.get(f"/espace/evenements/{thirty.pk}/{page}/")
    assert response.status_code == 200
