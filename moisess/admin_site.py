"""The site's admin: Django's, with its login and password change under the site's account rules, and
« Voir sur le site » scoped like every other admin path."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path

from accounts import policy, ratelimit
from accounts.forms import AdminLoginForm
from events.models import Event
from moderation.dashboard import dashboard_context


class AdminSite(admin.AdminSite):
    login_form = AdminLoginForm

    def get_urls(self):
        urls = super().get_urls()
        own = path(
            "r/<path:content_type_id>/<path:object_id>/", self.admin_view(self.view_on_site), name="view_on_site"
        )
        return [own if getattr(url, "name", None) == "view_on_site" else url for url in urls]

    def index(self, request, extra_context=None):
        # Moderators and national staff land on the current edition's work, region by region.
        context = {**(extra_context or {})}
        event_admin = self._registry.get(Event)
        if event_admin is not None and policy.scope_of(request.user).has_access:
            context.update(dashboard_context(request, event_admin.get_queryset(request)))
        return super().index(request, context)

    def login(self, request, extra_context=None):
        # The form authenticates through accounts.backends, so the site's login limits count here too;
        # a refused attempt answers as the site's login does.
        response = super().login(request, extra_context)
        rate = ratelimit.throttled_rate(request)
        if rate is not None:
            response.status_code = 429
            response["Retry-After"] = str(rate.window)
        return response

    def password_change(self, request, extra_context=None):
        # One password change page, whose current-password check is rate limited.
        return redirect("accounts:password_change")

    def view_on_site(self, request, content_type_id, object_id):
        """Redirects to the object's public address, for an object the user may see in the admin.

        Django's own view answers any staff member for any object: the address of an event (its
        title and town) would reach a moderator of another region, drafts included. Anything the
        user may not see here is a 404, as in the change view.
        """
        try:
            model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
        except (ValueError, ContentType.DoesNotExist):
            raise Http404 from None
        model_admin = self._registry.get(model)
        if model_admin is None:
            raise Http404
        try:
            obj = model_admin.get_object(request, unquote(object_id))
        except PermissionDenied:
            raise Http404 from None
        if obj is None or not model_admin.has_view_permission(request, obj):
            raise Http404
        return shortcut(request, content_type_id, object_id)
