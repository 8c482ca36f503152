"""Helpers shared by the moderation tests."""

import datetime

from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from accounts.models import User
from events.models import Event, EventLogEntry
from organizations.models import Membership, Organization
from regions.models import Region
from tests.factories import EventFactory, department

PERSONAS = ["anonymous", "member_a", "moderator_a", "moderator_b", "moderator_ab", "national"]


def submitted(days_ago: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days_ago)


def pending_event(organization, dept="35", *, days_ago=2, **kwargs):
    """An event waiting for moderation for `days_ago` days; keyword arguments override anything."""
    fields = {
        "organization": organization,
        "department": department(dept),
        "state": Event.State.PENDING,
        "submitted_at": submitted(days_ago),
    }
    if dept == "44":
        fields.update(city="Nantes", postal_code="44000", latitude=47.2184, longitude=-1.5536)
    return EventFactory(**{**fields, **kwargs})


def login(client, request, name):
    """Log the client in as the persona fixture called `name` (nobody for "anonymous")."""
    if name == "anonymous":
        return None
    user = request.getfixturevalue(name)
    client.force_login(user)
    return user


def db_snapshot():
    """Everything an admin request could change, to compare before and after a refusal."""
    return {
        "events": list(Event.objects.order_by("pk").values()),
        "log": list(EventLogEntry.objects.order_by("pk").values()),
        "organizations": list(Organization.objects.order_by("pk").values()),
        "memberships": list(Membership.objects.order_by("pk").values()),
        "regions": list(Region.objects.order_by("pk").values()),
        "users": list(User.objects.order_by("pk").values()),
        "groups": list(Group.objects.order_by("pk").values_list("name", "permissions")),
        "mail": len(mail.outbox),
    }
