"""gunicorn's settings for the site: `gunicorn --config deploy/gunicorn.conf.py moisess.wsgi`.

The same command runs in `make serve`, the Dockerfile and compose.yaml (tests/security/test_deployment.py).
"""

import multiprocessing
import os

# Where the proxy finds this server (deploy/nginx.conf's upstream).
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Synchronous workers: a page is a few database queries and some rendering, all CPU on this side;
# 2 per core plus 1 keeps the cores busy while some wait on PostgreSQL or Redis.
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
# Load Django once, then fork: workers start fast and share the memory of the code.
preload_app = True
timeout = 30
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests (with jitter, not all at once): memory stays flat.
max_requests = 5000
max_requests_jitter = 500
# The proxy writes the access log (with the request id); gunicorn's own lines, as JSON.
accesslog = None
errorlog = "-"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "moisess.logs.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
    "loggers": {"gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
# Heartbeat files on a memory file system (a container's /tmp may be on a slow overlay).
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
