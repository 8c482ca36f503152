from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as BaseGroupAdmin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from accounts.scoping import NationalOnlyAdmin
from core.forms import CleanTextMixin

from .models import User


class UserForm(CleanTextMixin, UserChangeForm):
    pass


class NewUserForm(CleanTextMixin, AdminUserCreationForm):
    pass


@admin.register(User)
class UserAdmin(NationalOnlyAdmin, BaseUserAdmin):
    """Only national staff manage accounts and name the moderators."""

    form = UserForm
    add_form = NewUserForm
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_staff", "email_verified_at"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups", "moderated_regions"]
    search_fields = ["email", "first_name", "last_name"]
    filter_horizontal = ["groups", "user_permissions", "moderated_regions"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Identité"), {"fields": ["first_name", "last_name"]}),
        (_("Modération"), {"fields": ["moderated_regions"]}),
        (
            _("Droits"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Dates"), {"fields": ["email_verified_at", "last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]


# Importing django.contrib.auth.admin registers Group with Django's own admin: replace it.
admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(NationalOnlyAdmin, BaseGroupAdmin):
    pass
