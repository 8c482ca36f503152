"""The admin side of the access policy: every admin path goes through it.

What a user may see and set is decided by `accounts.policy`; this module applies it to the admin.
National staff see and manage everything. A regional moderator (a staff user with moderated
regions) sees, on the admin classes that say `moderators_see`, only what is in their scope — in the
changelist, the change, history and delete views, the actions, the exports, the autocompletes and
the list filters, because they all start from `get_queryset`. Every other kind of object answers 403
to them; an object outside their scope answers 404. The choices of every foreign key and
many-to-many they may edit are limited to `policy.assignable`, and a posted value outside it is
refused at its field.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.admin_inputs import BoundedSearchMixin
from core.forms import CleanTextModelForm

from . import policy

OUT_OF_SCOPE = _("Ce choix n’existe pas ou n’est pas dans votre périmètre de modération.")


class ScopedValuesFormMixin:
    """Refuses, at the field, a related value the user may not set (`policy.assignable`).

    The fields' choices are already limited by the admin; this also holds for a field a form
    declares itself, whose queryset the admin never sees.
    """

    scope_user = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.error_messages = {**field.error_messages, "invalid_choice": OUT_OF_SCOPE}

    def clean(self):
        cleaned = super().clean()
        for name, field in self.fields.items():
            if isinstance(field, forms.ModelChoiceField) and cleaned.get(name):
                chosen = cleaned[name]
                pks = {obj.pk for obj in chosen} if isinstance(field, forms.ModelMultipleChoiceField) else {chosen.pk}
                allowed = policy.assignable(self.scope_user, field.queryset.model._default_manager.filter(pk__in=pks))
                if allowed.count() != len(pks):
                    self.add_error(name, OUT_OF_SCOPE)
        return cleaned


def scoped_form(form_class, user):
    """`form_class`, refusing the related values `user` may not set (national staff: unchanged)."""
    if policy.scope_of(user).national:
        return form_class
    return type(form_class.__name__, (ScopedValuesFormMixin, form_class), {"scope_user": user})


class ScopedFieldsMixin:
    """Choices of foreign keys and many-to-manys limited to what the user may set."""

    def _scope_choices(self, db_field, request, kwargs):
        if policy.scope_of(request.user).national:
            return
        queryset = kwargs.get("queryset")
        if queryset is None:
            queryset = self.get_field_queryset(kwargs.get("using"), db_field, request)
        if queryset is None:
            queryset = db_field.remote_field.model._default_manager.using(kwargs.get("using")).all()
        kwargs["queryset"] = policy.assignable(request.user, queryset)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        self._scope_choices(db_field, request, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        self._scope_choices(db_field, request, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class ScopedAdminMixin(ScopedFieldsMixin, BoundedSearchMixin):
    """Mix into a ModelAdmin before `admin.ModelAdmin`.

    `moderators_see`: moderators see the objects of their scope (`accounts.policy.scoped`); otherwise
    the model is national staff's only. `moderator_can_change`: moderators may edit what they see
    (never add or delete), and set only the related values `accounts.policy.assignable` allows.
    """

    moderators_see = False
    moderator_can_change = False
    form = CleanTextModelForm  # no control characters in what the admin saves
    # Django 6 makes https the default scheme of URL fields; say it now (and silence its warning).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def scope_queryset(self, request, queryset):
        if policy.scope_of(request.user).national:
            return queryset
        if not self.moderators_see:
            return queryset.none()
        return policy.scoped(request.user, queryset)

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
        scope = policy.scope_of(request.user)
        if not scope.national and not self._moderator_sees_model(request):
            raise PermissionDenied  # a kind of object they may never see: refused before any lookup
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404(_("Cet objet n’existe pas ou n’est pas dans vos régions."))
        return obj

    def get_form(self, request, obj=None, change=False, **kwargs):
        return scoped_form(super().get_form(request, obj, change=change, **kwargs), request.user)

    def get_changelist_form(self, request, **kwargs):
        return scoped_form(super().get_changelist_form(request, **kwargs), request.user)

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
        return self.moderators_see and policy.scope_of(request.user).is_moderator

    def has_module_permission(self, request):
        return policy.scope_of(request.user).national or self._moderator_sees_model(request)

    def has_view_permission(self, request, obj=None):
        if policy.scope_of(request.user).national:
            return True
        if not self._moderator_sees_model(request):
            return False
        return obj is None or self.in_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        if policy.scope_of(request.user).national:
            return True
        return self.moderator_can_change and self.has_view_permission(request, obj)

    def has_add_permission(self, request):
        return policy.scope_of(request.user).national

    def has_delete_permission(self, request, obj=None):
        return policy.scope_of(request.user).national


class ScopedInlineMixin(ScopedFieldsMixin):
    """Inlines follow their parent: seen with it, edited when a moderator may edit it."""

    moderator_can_change = False
    form = CleanTextModelForm

    def _allowed(self, request, obj, *, change: bool) -> bool:
        scope = policy.scope_of(request.user)
        if scope.national:
            return True
        # The parent's change view has already checked `obj` against the scope.
        return scope.is_moderator and (not change or self.moderator_can_change)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = scoped_form(formset.form, request.user)  # a class made for this call
        return formset

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
