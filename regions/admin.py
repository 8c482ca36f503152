from django.contrib import admin

from moderation.scoping import ScopedAdminMixin

from .models import Department, Region


@admin.register(Region)
class RegionAdmin(ScopedAdminMixin, admin.ModelAdmin):
    """National staff keep the CRESS details up to date; moderators read their own region."""

    moderators_see = True
    list_display = ["name", "code", "timezone", "cress_name", "cress_website"]
    search_fields = ["name", "cress_name"]
    prepopulated_fields = {"slug": ["name"]}

    def has_add_permission(self, request):
        return False  # the 18 regions are reference data

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Department)
class DepartmentAdmin(ScopedAdminMixin, admin.ModelAdmin):
    """Reference data; moderators read (and autocomplete) their regions' departments."""

    moderators_see = True
    list_display = ["code", "name", "region", "prefecture"]
    list_filter = [("region", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["region"]
    search_fields = ["code", "name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
