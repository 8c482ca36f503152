from django.contrib import admin
from django.contrib.admin.widgets import AdminFileWidget
from django.utils.translation import gettext_lazy as _

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
    # A new logo is checked and re-encoded (metadata dropped) as in the organisation space.
    logo = images.ReencodedImageField(label=_("Logo"), max_size=images.LOGO_SIZE, widget=AdminFileWidget)


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
