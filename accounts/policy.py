"""Who may see and do what: the one access policy of the site.

`accounts.roles` says who someone is (national staff, a CRESS moderator); this module answers, once,
the questions the rest of the site asks about it:

- which regions does this user moderate? (`scope_of`, `moderated_regions`; national staff: all)
- which organisations may they see? (`visible_organizations`)
- which objects of a kind are theirs, and is this one? (`scoped`, `in_scope`)
- which values may they set on a foreign key or a many-to-many? (`assignable`)
- may they preview this unpublished event? (`may_preview_event`)
- may they import, and for which regions and organisations? (`may_import`, `importable_regions`,
  `importable_organizations`)
- who moderates each region, who is national staff? (`region_moderators`, `national_staff_accounts`)

It sits low in the layers, beside the user model: it never imports the apps above it. It reaches their
models lazily by label, and otherwise filters the querysets it is given.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db.models import Q

from .roles import NATIONAL_GROUP, is_national_staff

# How a moderator's regions reach each kind of object they may see. An object outside these maps
# (users, groups, editions, pages…) is national staff's only.
_REGION_PATHS = {
    "regions.region": "pk",
    "regions.department": "region",
    "events.event": "region",
    "events.timeslot": "event__region",
    "events.eventlogentry": "event__region",
    "opendata.importedevent": "event__region",
    "opendata.source": "region",
    "events.eventreport": "event__region",
}
# Objects reached through the organisation they belong to.
_ORGANIZATION_PATHS = {
    "organizations.organization": "pk",
    "organizations.membership": "organization",
    "organizations.invitation": "organization",
}
# Public reference data: whoever may edit an event may pick any of these values.
_SHARED_CHOICES = {"events.theme", "events.eventtype", "events.audience", "events.highlight"}


@dataclass(frozen=True)
class Scope:
    """What a user's role covers: everything (national staff) or some regions (a moderator)."""

    national: bool
    region_ids: frozenset[int]

    @property
    def is_moderator(self) -> bool:
        return not self.national and bool(self.region_ids)

    @property
    def has_access(self) -> bool:
        return self.national or bool(self.region_ids)


def scope_of(user) -> Scope:
    """The user's scope, computed once per user object (request.user lives as long as the request)."""
    scope = getattr(user, "_access_scope", None)
    if scope is None:
        national = is_national_staff(user)
        region_ids = frozenset()
        if not national and user.is_authenticated and user.is_active and user.is_staff:
            region_ids = frozenset(user.moderated_regions.values_list("pk", flat=True))
        scope = Scope(national=national, region_ids=region_ids)
        user._access_scope = scope
    return scope


def _model(label: str):
    return apps.get_model(label)


# -- Regions and organisations -----------------------------------------------------------------------


def moderated_regions(user):
    """The regions this user moderates: all of them for national staff, none for anyone else."""
    scope = scope_of(user)
    regions = _model("regions.Region").objects.all()
    return regions if scope.national else regions.filter(pk__in=scope.region_ids)


def _organizations_of_regions(region_ids) -> Q:
    # Based in one of the regions, or running an event there. A subquery rather than a join: one row
    # per organisation, whatever its number of events.
    events = _model("events.Event").objects.filter(region__in=region_ids).values("organization_id")
    return Q(department__region__in=region_ids) | Q(pk__in=events)


def visible_organizations(user):
    """The organisations this staff user may see (their members' addresses included): all of them for
    national staff; for a moderator, those based in their regions or running events there."""
    scope = scope_of(user)
    organizations = _model("organizations.Organization").objects.all()
    if scope.national:
        return organizations
    if not scope.region_ids:
        return organizations.none()
    return organizations.filter(_organizations_of_regions(scope.region_ids))


# -- Any object --------------------------------------------------------------------------------------


def covers(model) -> bool:
    """Whether moderators may see some objects of this kind at all."""
    label = model._meta.label_lower
    return label in _REGION_PATHS or label in _ORGANIZATION_PATHS


def scoped(user, queryset):
    """The part of `queryset` in the user's scope."""
    scope = scope_of(user)
    if scope.national:
        return queryset
    label = queryset.model._meta.label_lower
    if not scope.region_ids or not covers(queryset.model):
        return queryset.none()
    if label in _REGION_PATHS:
        return queryset.filter(**{f"{_REGION_PATHS[label]}__in": scope.region_ids})
    organizations = _model("organizations.Organization").objects.filter(_organizations_of_regions(scope.region_ids))
    return queryset.filter(**{f"{_ORGANIZATION_PATHS[label]}__in": organizations.values("pk")})


def in_scope(user, obj) -> bool:
    """Whether this object is in the user's scope."""
    return scoped(user, type(obj)._default_manager.filter(pk=obj.pk)).exists()


def assignable(user, queryset):
    """The values of `queryset` this user may set on a foreign key or a many-to-many: national staff
    any; a moderator the shared taxonomies and what is in their scope (never an edition, a user…)."""
    scope = scope_of(user)
    if scope.national:
        return queryset
    if scope.has_access and queryset.model._meta.label_lower in _SHARED_CHOICES:
        return queryset
    return scoped(user, queryset)


# -- Events and imports ------------------------------------------------------------------------------


def may_preview_event(user, event) -> bool:
    """Who sees an event the public cannot: its organisation's members, its region's moderators,
    national staff."""
    if not user.is_authenticated:
        return False
    scope = scope_of(user)
    if scope.national or event.region_id in scope.region_ids:
        return True
    memberships = _model("organizations.Membership").objects
    return memberships.filter(user=user, organization_id=event.organization_id).exists()


def may_import(user) -> bool:
    return scope_of(user).has_access


def importable_regions(user):
    """A moderator imports events into the regions they moderate."""
    return moderated_regions(user).order_by("name")


def importable_organizations(user):
    """…on behalf of the organisations they see."""
    return visible_organizations(user).order_by("name")


# -- People ------------------------------------------------------------------------------------------


def national_staff_accounts():
    """Every account `roles.is_national_staff` says yes to, as a queryset."""
    national = Q(is_superuser=True) | Q(groups__name=NATIONAL_GROUP)
    return get_user_model().objects.filter(national, is_active=True, is_staff=True).distinct()


def region_moderators() -> dict[int, list]:
    """{region id: the active staff accounts linked to it}, in two queries."""
    accounts = (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True, moderated_regions__isnull=False)
        .prefetch_related("moderated_regions")
        .distinct()
    )
    by_region: dict[int, list] = {}
    for user in accounts:
        for region in user.moderated_regions.all():
            by_region.setdefault(region.pk, []).append(user)
    return by_region
