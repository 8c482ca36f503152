"""/favicon.ico: browsers ask for it whatever the page's <link rel="icon"> says. It redirects to the
icon in static/ (under its hashed, cacheable-for-ever name in production)."""

from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.views.decorators.http import require_safe


@require_safe
def favicon(request):
    return HttpResponsePermanentRedirect(static("favicon.ico"))
