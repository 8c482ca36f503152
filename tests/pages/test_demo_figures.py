"""On the demo data, the live figures of /le-mois/ and /ess/ match a count made independently."""

import pytest
from django.core.management import call_command

from events.models import Edition, Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_data():
    # The demo content module ships with the demo-data work; skip cleanly where it is not merged yet.
    pytest.importorskip("events.demo_content")
    call_command("seed_demo", events=60, seed=7, force=True, verbosity=0)


def test_live_figures_match_the_demo_data(client, demo_data):
    edition = Edition.current()
    published = [
        event
        for event in Event.objects.select_related("organization").filter(edition=edition)
        if event.state == Event.State.PUBLISHED
    ]
    assert published, "the demo data has published events"

    figures = client.get("/le-mois/").context["figures"]

    assert figures == {
        "events": len(published),
        "organizations": len({event.organization_id for event in published}),
        "regions": len({event.region_id for event in published}),
        "departments": len({event.department_id for event in published if event.department_id}),
    }
    by_form = client.get("/ess/").context["legal_forms"]
    for form in by_form:
        assert form["events"] == sum(1 for event in published if event.organization.legal_form == form["value"])
