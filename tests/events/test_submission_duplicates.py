"""Before submitting, the form warns about an event of a similar title on the same day in the
same commune, with a link to it."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from events.duplicates import similar_events, titles_are_similar
from events.models import Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def _slot(day, hour=18):
    return [
        (datetime.datetime(2026, 11, day, hour, tzinfo=PARIS), datetime.datetime(2026, 11, day, hour + 2, tzinfo=PARIS))
    ]


def test_titles_similar_ignores_case_accents_punctuation():
    assert titles_are_similar("Répar’Café de la Maison", "repar cafe de la maison !")
    assert titles_are_similar("Atelier réparation vélos", "Atelier de réparation vélos")
    assert not titles_are_similar("Atelier vélo", "Conférence sur la finance solidaire")


def test_preview_warns_about_similar_published_event_with_link(client, member_a, member_b):
    existing = EventFactory(
        organization=member_b.organizations.get(), title="Répar’café du quartier", slots=_slot(27, 10)
    )
    draft = EventFactory(
        organization=member_a.organizations.get(),
        state=Event.State.DRAFT,
        title="Repar cafe du quartier",
        slots=_slot(27),
    )
    client.force_login(member_a)
    html = client.get(f"/espace/evenements/{draft.pk}/apercu/").content.decode()
    assert "Cet événement existe peut-être déjà" in html
    assert f'href="{existing.get_absolute_url()}"' in html


@pytest.mark.parametrize(
    ("title", "day", "postal_code", "city", "state"),
    [
        ("Répar’café du quartier", 28, "35000", "Rennes", Event.State.PUBLISHED),  # another day
        ("Répar’café du quartier", 27, "35400", "Saint-Malo", Event.State.PUBLISHED),  # another commune
        ("Conférence finance solidaire", 27, "35000", "Rennes", Event.State.PUBLISHED),  # another title
        ("Répar’café du quartier", 27, "35000", "Rennes", Event.State.DRAFT),  # someone's draft
        ("Répar’café du quartier", 27, "35000", "Rennes", Event.State.REJECTED),
    ],
)
def test_no_warning_when_not_similar(member_a, title, day, postal_code, city, state):
    EventFactory(title=title, slots=_slot(day), postal_code=postal_code, city=city, state=state)
    draft = EventFactory(
        organization=member_a.organizations.get(),
        state=Event.State.DRAFT,
        title="Répar’café du quartier",
        slug="brouillon",
        slots=_slot(27),
    )
    assert similar_events(draft) == []


def test_same_local_day_overseas(member_a):
    reunion = ZoneInfo("Indian/Reunion")
    from tests.factories import department

    late = [
        (datetime.datetime(2026, 11, 27, 23, tzinfo=reunion), datetime.datetime(2026, 11, 27, 23, 30, tzinfo=reunion))
    ]
    early = [(datetime.datetime(2026, 11, 27, 1, tzinfo=reunion), datetime.datetime(2026, 11, 27, 2, tzinfo=reunion))]
    common = {
        "department": department("974"),
        "postal_code": "97400",
        "city": "Saint-Denis",
        "latitude": -20.88,
        "longitude": 55.45,
    }
    other = EventFactory(title="Nuit de l’ESS", slots=late, **common)
    draft = EventFactory(
        organization=member_a.organizations.get(),
        state=Event.State.DRAFT,
        title="Nuit de l'ESS",
        slug="brouillon",
        slots=early,
        **common,
    )
    assert similar_events(draft) == [other]
