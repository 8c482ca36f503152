"""Who sees what in the admin: the one place every admin path goes through.

National staff see and manage everything. A regional moderator (a staff user with moderated
regions) sees, on the admin classes that declare how to reach a region, only what belongs to
their regions — in the changelist, the change, history and delete views, the actions, the
exports, the autocompletes and the list filters, because they all start from `get_queryset`.
Every other kind of object answers 403 to them; an object outside their regions answers 404.
"""

from dataclasses import dataclass

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from accounts.roles import is_national_staff, moderated_region_ids
from moisess.admin_inputs import BoundedSearchMixin
from moisess.forms import CleanTextModelForm


@dataclass(frozen=True)
class AdminScope:
    national: bool
    region_ids: frozenset[int]

    @property
    def is_moderator(self) -> bool:
        return not self.national and bool(self.region_ids)

    @property
    def has_access(self) -> bool:
        return self.national or bool(self.region_ids)


def admin_scope(user) -> AdminScope:
    """The user's scope, computed once per request (the user object lives as long as the request)."""
    scope = getattr(user, "_admin_scope", None)
    if scope is None:
        national = is_national_staff(user)
        scope = AdminScope(
            national=national, region_ids=frozenset() if national else frozenset(moderated_region_ids(user))
        )
        user._admin_scope = scope
    return scope


class ScopedAdminMixin(BoundedSearchMixin):
    """Mix into a ModelAdmin before `admin.ModelAdmin`.

    `region_lookup`: the ORM path from the model to its region (`"region"`, `"pk"` for regions);
    `None` keeps the model for national staff only. `moderator_can_change`: moderators may edit
    what they see (never add or delete).
    """

    region_lookup: str | None = None
    moderator_can_change = False
    form = CleanTextModelForm  # no control characters in what the admin saves
    # Django 6 makes https the default scheme of URL fields; say it now (and silence its warning).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def filter_to_regions(self, queryset, region_ids):
        return queryset.filter(**{f"{self.region_lookup}__in": region_ids})

    def scope_queryset(self, request, queryset):
        scope = admin_scope(request.user)
        if scope.national:
            return queryset
        if not scope.region_ids or self.region_lookup is None:
            return queryset.none()
        return self.filter_to_regions(queryset, scope.region_ids)

    def annotate_queryset(self, request, queryset):
        """Hook for annotations that the ordering or the columns need."""
        return queryset

    def get_queryset(self, request):
        # ModelAdmin.get_queryset, with annotations added before the ordering that may use them.
        queryset = self.annotate_queryset(request, self.model._default_manager.get_queryset())
        if ordering := self.get_ordering(request):
            queryset = queryset.order_by(*ordering)
        return self.scope_queryset(request, queryset)

    def get_search_results(self, request, queryset, search_term):
        # Autocomplete views call this with the admin's queryset; scoping again costs nothing
        # and keeps any other caller honest.
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return self.scope_queryset(request, queryset), may_have_duplicates

    def get_object(self, request, object_id, from_field=None):
        # Django redirects to the index when the object is missing; outside one's regions the
        # object must not exist at all.
        scope = admin_scope(request.user)
        if not scope.national and not self._moderator_sees_model(request):
            raise PermissionDenied  # a kind of object they may never see: refused before any lookup
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404(_("Cet objet n’existe pas ou n’est pas dans vos régions."))
        return obj

    # Django's French titles (« Sélectionnez l'objet organisation à afficher », « Affichage de
    # organisation ») read poorly: the model's own names instead, unless a subclass gives its own.
    def changelist_view(self, request, extra_context=None):
        title = capfirst(self.model._meta.verbose_name_plural)
        return super().changelist_view(request, {"title": title, **(extra_context or {})})

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        name = capfirst(self.model._meta.verbose_name)
        title = name if object_id else _("Ajout : %(name)s") % {"name": self.model._meta.verbose_name}
        return super().changeform_view(request, object_id, form_url, {"title": title, **(extra_context or {})})

    def in_scope(self, request, obj) -> bool:
        return self.scope_queryset(request, self.model._default_manager.filter(pk=obj.pk)).exists()

    def _moderator_sees_model(self, request) -> bool:
        return self.region_lookup is not None and admin_scope(request.user).is_moderator

    def has_module_permission(self, request):
        return admin_scope(request.user).national or self._moderator_sees_model(request)

    def has_view_permission(self, request, obj=None):
        if admin_scope(request.user).national:
            return True
        if not self._moderator_sees_model(request):
            return False
        return obj is None or self.in_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        if admin_scope(request.user).national:
            return True
        return self.moderator_can_change and self.has_view_permission(request, obj)

    def has_add_permission(self, request):
        return admin_scope(request.user).national

    def has_delete_permission(self, request, obj=None):
        return admin_scope(request.user).national


class ScopedInlineMixin:
    """Inlines follow their parent: seen with it, edited when a moderator may edit it."""

    moderator_can_change = False
    form = CleanTextModelForm

    def _allowed(self, request, obj, *, change: bool) -> bool:
        scope = admin_scope(request.user)
        if scope.national:
            return True
        # The parent's change view has already checked `obj` against the scope.
        return scope.is_moderator and (not change or self.moderator_can_change)

    def has_view_permission(self, request, obj=None):
        return self._allowed(request, obj, change=False)

    def has_change_permission(self, request, obj=None):
        return self._allowed(request, obj, change=True)

    def has_add_permission(self, request, obj=None):
        return self._allowed(request, obj, change=True)

    def has_delete_permission(self, request, obj=None):
        return self._allowed(request, obj, change=True)


class NationalOnlyAdmin(ScopedAdminMixin, admin.ModelAdmin):
    """Taxonomies, editions, users: national staff only."""

    region_lookup = None
