"""seed_demo: realistic, deterministic, idempotent, and careful with demo accounts."""

import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from accounts.models import User
from events.models import Audience, Edition, Event, EventType, Theme, TimeSlot
from organizations.models import LegalForm, Organization
from regions.models import Region

pytestmark = pytest.mark.django_db


def _snapshot():
    events = Event.objects.order_by("slug")
    return [
        (
            e.slug,
            e.title,
            e.organization.slug,
            e.region.code,
            e.department.code if e.department else None,
            e.state,
            e.status,
            e.attendance_mode,
            e.latitude,
            e.longitude,
            tuple(e.slots.values_list("starts_at", "ends_at")),
            tuple(sorted(e.themes.values_list("slug", flat=True))),
        )
        for e in events.select_related("organization", "region", "department")
    ]


def test_seed_demo_is_deterministic_for_a_seed():
    call_command("seed_demo", events=60, seed=7, force=True)
    first = _snapshot()
    TimeSlot.objects.all().delete()
    Event.objects.all().delete()
    call_command("seed_demo", events=60, seed=7, force=True)
    assert _snapshot() == first
    TimeSlot.objects.all().delete()
    Event.objects.all().delete()
    call_command("seed_demo", events=60, seed=8, force=True)
    assert _snapshot() != first


def test_seed_demo_is_idempotent():
    call_command("seed_demo", events=50, seed=3, force=True)
    counts = (
        Event.objects.count(),
        Organization.objects.count(),
        User.objects.count(),
        TimeSlot.objects.count(),
    )
    call_command("seed_demo", events=50, seed=3, force=True)
    assert (
        Event.objects.count(),
        Organization.objects.count(),
        User.objects.count(),
        TimeSlot.objects.count(),
    ) == counts


def test_seed_demo_if_empty_does_nothing_on_a_seeded_database():
    call_command("seed_demo", events=10, seed=3, force=True)
    count = Event.objects.count()
    call_command("seed_demo", events=40, seed=4, force=True, if_empty=True)
    assert Event.objects.count() == count


def test_seed_demo_covers_regions_legal_forms_and_taxonomies():
    call_command("seed_demo", events=300, seed=2026, force=True)
    current = Edition.current()
    assert Event.objects.filter(edition=current).count() == 300
    for region in Region.objects.all():
        forms = set(Organization.objects.filter(department__region=region).values_list("legal_form", flat=True))
        assert forms == set(LegalForm.values), region
        assert Event.objects.filter(edition=current, region=region).exists(), region
    assert set(Theme.objects.filter(events__isnull=False).distinct()) == set(Theme.objects.all())
    assert set(EventType.objects.filter(events__isnull=False).distinct()) == set(EventType.objects.all())
    assert set(Audience.objects.filter(events__isnull=False).distinct()) == set(Audience.objects.all())
    states = set(Event.objects.values_list("state", flat=True))
    assert {"published", "pending", "changes_requested", "rejected"} <= states
    assert Event.objects.filter(status=Event.Status.CANCELLED).exists()
    assert Event.objects.filter(attendance_mode=Event.AttendanceMode.ONLINE).exists()
    assert Event.objects.filter(attendance_mode=Event.AttendanceMode.MIXED).exists()
    multi = [e for e in Event.objects.prefetch_related("slots") if len(e.slots.all()) > 1]
    assert multi
    # Every slot lies in its edition's window, in the event's own time zone.
    for slot in TimeSlot.objects.select_related("event__edition", "event__region"):
        local_day = slot.starts_at.astimezone(slot.event.region.tzinfo).date()
        assert slot.event.edition.accepts_day(local_day), slot


def test_seed_demo_places_events_in_their_department():
    call_command("seed_demo", events=120, seed=11, force=True)
    from regions.geodata import communes_in_department, haversine_km

    for event in Event.objects.exclude(attendance_mode=Event.AttendanceMode.ONLINE).select_related("department"):
        communes = communes_in_department(event.department.code)
        nearest = min(haversine_km(event.latitude, event.longitude, c.lat, c.lng) for c in communes)
        assert nearest < 1.0, event
        assert event.department.region_id == event.region_id


def test_seed_demo_creates_the_demo_accounts():
    call_command("seed_demo", events=20, seed=1, force=True)
    national = authenticate(email="national@demo.mois-ess.fr", password="demo-mois-ess")
    assert national is not None and national.is_staff and national.is_superuser
    assert list(national.groups.values_list("name", flat=True)) == ["Équipe nationale"]
    for region in Region.objects.all():
        moderator = authenticate(email=f"moderation-{region.slug}@demo.mois-ess.fr", password="demo-mois-ess")
        assert moderator is not None and moderator.is_staff and not moderator.is_superuser
        assert list(moderator.moderated_regions.all()) == [region]
        assert list(moderator.groups.values_list("name", flat=True)) == ["Modérateurs CRESS"]
    organization = Organization.objects.order_by("slug").first()
    owner = authenticate(email=f"{organization.slug}@demo.mois-ess.fr", password="demo-mois-ess")
    assert owner is not None and not owner.is_staff
    assert owner.memberships.get().organization == organization


def test_seed_demo_refuses_demo_accounts_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("seed_demo", events=5)
    assert not User.objects.exists()
    assert not Event.objects.exists()


def test_seed_demo_gives_a_comparable_previous_edition_with_nothing_waiting():
    call_command("seed_demo", events=100, seed=5, force=True)
    current = Edition.current()
    previous = Event.objects.exclude(edition=current)
    assert previous.count() == 80
    assert not previous.filter(state__in=[Event.State.PENDING, Event.State.CHANGES_REQUESTED]).exists()


def test_seed_demo_writes_the_moderation_history_of_each_state():
    from events.models import EventLogEntry

    call_command("seed_demo", events=100, seed=5, force=True)
    rejected = Event.objects.filter(state=Event.State.REJECTED).select_related("region").first()
    submitted, decided = rejected.log.order_by("created_at", "id")
    assert (submitted.action, submitted.created_at) == (EventLogEntry.Action.SUBMITTED, rejected.submitted_at)
    assert submitted.actor.memberships.get().organization_id == rejected.organization_id
    assert (decided.action, decided.message) == (EventLogEntry.Action.REJECTED, rejected.moderation_message)
    assert decided.actor.email == f"moderation-{rejected.region.slug}@demo.mois-ess.fr"
    assert not EventLogEntry.objects.filter(event__state=Event.State.DRAFT).exists()
    published = Event.objects.filter(state=Event.State.PUBLISHED).first()
    assert list(published.log.order_by("created_at").values_list("action", flat=True)) == ["submitted", "published"]
    call_command("seed_demo", events=100, seed=5, force=True)  # a rerun adds no second history
    assert published.log.count() == 2
