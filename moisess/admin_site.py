"""The site's admin: Django's, with its login and password change under the site's account rules."""

from django.contrib import admin
from django.shortcuts import redirect

from accounts import ratelimit
from accounts.forms import AdminLoginForm


class AdminSite(admin.AdminSite):
    login_form = AdminLoginForm

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
