from django.contrib import admin
from django.contrib.admin.widgets import AdminFileWidget
from django.utils.translation import gettext_lazy as _

from accounts.scoping import ScopedAdminMixin, ScopedInlineMixin
from core import images
from core.forms import CleanTextModelForm
from regions import places
from regions.models import Department

from .models import Membership, Organization


class MembershipInline(ScopedInlineMixin, admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


class OrganizationAdminForm(CleanTextModelForm):
    # A new logo is checked and re-encoded (metadata dropped) as in the organisation space.
    logo = images.ReencodedImageField(label=_("Logo"), max_size=images.LOGO_SIZE, widget=AdminFileWidget)

    def clean(self):
        """The postal code, the commune and the department agree (regions.places, as in the space and
        the import); without a department, the commune's is filed: it decides the region."""
        cleaned = super().clean()
        department = cleaned.get("department")
        place = places.check_place(
            cleaned.get("postal_code", ""), cleaned.get("city", ""), department_code=department and department.code
        )
        for name, message in place.errors.items():
            self.add_error(name, message)
        if not place.errors and place.commune is not None and department is None:
            cleaned["department"] = Department.objects.filter(code=place.department_code).first()
            self.instance.department = cleaned["department"]
        return cleaned


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
