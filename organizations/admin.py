from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile

from events import images
from events.models import Event
from moderation.scoping import ScopedAdminMixin, ScopedInlineMixin
from moisess.forms import CleanTextModelForm

from .models import Membership, Organization


class MembershipInline(ScopedInlineMixin, admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


class OrganizationAdminForm(CleanTextModelForm):
    def clean_logo(self):
        # A new logo is checked and re-encoded (metadata dropped) as in the organisation space.
        upload = self.cleaned_data.get("logo")
        if isinstance(upload, UploadedFile):
            return images.process_image(upload, max_size=images.LOGO_SIZE)
        return upload


@admin.register(Organization)
class OrganizationAdmin(ScopedAdminMixin, admin.ModelAdmin):
    """Moderators read the organisations that have events in their regions; national staff edit."""

    form = OrganizationAdminForm
    region_lookup = "events__region"
    list_display = ["name", "legal_form", "city", "department"]
    list_filter = ["legal_form", ("department", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["department"]
    search_fields = ["name", "siret", "city"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["department"]
    inlines = [MembershipInline]

    def filter_to_regions(self, queryset, region_ids):
        # A subquery rather than a join: one row per organisation, whatever its number of events.
        return queryset.filter(pk__in=Event.objects.filter(region_id__in=region_ids).values("organization_id"))
