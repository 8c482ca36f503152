"""Authentication through the rate limiter.

Every password check goes through `django.contrib.auth.authenticate()`: the site's login, the admin's
login, the current password asked by the account pages, and whatever calls it tomorrow. This backend,
the only one in AUTHENTICATION_BACKENDS, puts the limits of accounts/ratelimit.py in front of Django's
ModelBackend, so that a failure anywhere counts everywhere.
"""

from asgiref.sync import sync_to_async
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from . import ratelimit


class RateLimitedModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None
        ip = ratelimit.client_ip(request) if request is not None else ""
        rate = ratelimit.login_block(email=username, ip=ip)
        if rate is not None:
            if request is not None:
                ratelimit.note_throttled(request, rate)
            # authenticate() stops at PermissionDenied: no password is hashed, nothing more is counted.
            raise PermissionDenied
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            ratelimit.record_login_failure(email=username, ip=ip)
        else:
            ratelimit.record_login_success(email=username, ip=ip)
        return user

    async def aauthenticate(self, request, username=None, password=None, **kwargs):
        # ModelBackend has its own async path, which would skip the limiter.
        return await sync_to_async(self.authenticate)(request, username=username, password=password, **kwargs)
