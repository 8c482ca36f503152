from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from accounts.roles import is_national_staff
from core.forms import CleanTextModelForm
from core.text import render_markdown_cached

from . import services, views
from .models import Page, PageRevision


class PageRevisionInline(admin.TabularInline):
    """The page's history, read-only: versions are written by services.save_page only."""

    model = PageRevision
    extra = 0
    can_delete = False
    show_change_link = False
    fields = ["created_at", "author", "title", "rendered_body"]
    readonly_fields = fields
    verbose_name = _("version enregistrée")
    verbose_name_plural = _("historique des modifications")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return is_national_staff(request.user)

    @admin.display(description=_("texte"))
    def rendered_body(self, revision):
        return format_html(
            "<details><summary>{}</summary><pre>{}</pre></details>", _("Voir le Markdown"), revision.body
        )


class PageForm(CleanTextModelForm):
    class Meta:
        model = Page
        fields = ["title", "lead", "body"]
        widgets = {
            "title": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "lead": forms.Textarea(attrs={"rows": 2, "class": "vLargeTextField"}),
            "body": forms.Textarea(attrs={"rows": 28, "class": "vLargeTextField page-body-editor"}),
        }


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    """Only national staff (ESS France) edit the campaign's pages; moderators get 403.

    The set of pages is fixed (one per route): pages are neither added nor deleted here.
    """

    form = PageForm
    change_form_template = "admin/pages/page/change_form.html"
    list_display = ["title", "public_link", "updated_at", "updated_by"]
    list_select_related = ["updated_by"]
    fields = ["slug", "title", "lead", "body", "rendered_preview", "updated_at", "updated_by"]
    readonly_fields = ["slug", "rendered_preview", "updated_at", "updated_by"]
    inlines = [PageRevisionInline]

    class Media:
        css = {"all": ["css/admin-pages.css"]}

    def has_module_permission(self, request):
        return is_national_staff(request.user)

    def has_view_permission(self, request, obj=None):
        return is_national_staff(request.user)

    def has_change_permission(self, request, obj=None):
        return is_national_staff(request.user)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("adresse"))
    def public_link(self, page):
        return format_html('<a href="{0}">{0}</a>', page.get_absolute_url())

    @admin.display(description=_("aperçu du texte enregistré"))
    def rendered_preview(self, page):
        # render_markdown sanitises through the same allow-list as event descriptions.
        return mark_safe(f'<div class="page-preview">{render_markdown_cached(page.body)}</div>')

    def save_model(self, request, obj, form, change):
        services.save_page(page=obj, author=request.user)

    def get_urls(self):
        preview = self.admin_site.admin_view(self.preview_view)
        return [path("<int:object_id>/apercu/", preview, name="pages_page_preview"), *super().get_urls()]

    def preview_view(self, request, object_id):
        """The public page as it would look with the submitted, unsaved text (opened in a new tab)."""
        page = get_object_or_404(Page, pk=object_id)
        if not self.has_change_permission(request, page) or request.method != "POST":
            raise PermissionDenied
        form = self.get_form(request, page)(request.POST, instance=page)
        # An invalid form still previews what it can: the text is what the editor wants to see.
        form.is_valid()
        return views.render_page(request, form.instance, preview=True, errors=form.errors)
