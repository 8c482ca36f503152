from django.contrib import admin

from .models import Audience, Edition, Event, EventType, Highlight, Theme, TimeSlot


@admin.register(Edition)
class EditionAdmin(admin.ModelAdmin):
    list_display = ["year", "starts_on", "ends_on", "submissions_open"]


@admin.register(Theme, EventType, Audience, Highlight)
class TermAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class TimeSlotInline(admin.TabularInline):
    model = TimeSlot
    extra = 0


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "organization", "region", "starts_at", "state", "status"]
    list_filter = ["state", "status", "edition", "region", "attendance_mode"]
    list_select_related = ["organization", "region"]
    search_fields = ["title", "organization__name"]
    autocomplete_fields = ["organization", "department"]
    filter_horizontal = ["themes", "audiences"]
    inlines = [TimeSlotInline]
