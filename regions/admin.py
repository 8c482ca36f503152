from django.contrib import admin

from .models import Department, Region


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "timezone", "cress_name", "cress_website"]
    search_fields = ["name", "cress_name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "region", "prefecture"]
    list_filter = ["region"]
    search_fields = ["code", "name"]
