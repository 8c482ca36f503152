"""The taxonomies and the editions: national staff only. The review queue is moderation.admin."""

from django.contrib import admin

from accounts.scoping import NationalOnlyAdmin

from .models import Audience, Edition, EventType, Highlight, Theme


@admin.register(Edition)
class EditionAdmin(NationalOnlyAdmin):
    list_display = ["year", "submissions_open_on", "starts_on", "ends_on", "submissions_open"]


@admin.register(Theme, EventType, Audience, Highlight)
class TermAdmin(NationalOnlyAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]
