"""/sante/: is this application server able to answer? For the proxy, the load balancer, the monitoring."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache() -> None:
    key, value = f"sante:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 10)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not give back what was just stored")
    cache.delete(key)


@never_cache
@require_safe
def health(request):
    """200 when the database and the cache answer, 503 otherwise. The body names what failed and
    nothing more: the error itself (which may hold a host name) goes to the log."""
    checks = {}
    for name, check in (("database", _database), ("cache", _cache)):
        try:
            check()
        except Exception as error:
            logger.error("Health check: the %s fails: %s: %s", name, type(error).__name__, error)
            checks[name] = "error"
        else:
            checks[name] = "ok"
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503)
