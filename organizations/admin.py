from django.contrib import admin
from django.contrib.admin.widgets import AdminFileWidget
from django.utils.translation import gettext_lazy as _

from accounts.scoping import ScopedAdminMixin, ScopedInlineMixin
from core import images
from core.forms import CleanTextModelForm

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
    """Moderators read the organisations they see (accounts.policy.visible_organizations: based in their
    regions or running events there); national staff edit."""

    form = OrganizationAdminForm
    moderators_see = True
    list_display = ["name", "legal_form", "city", "department"]
    list_filter = [
        "legal_form",
        ("department__region", admin.RelatedOnlyFieldListFilter),
        ("department", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["department"]
    search_fields = ["name", "siret", "city"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["department"]
    inlines = [MembershipInline]
