"""/sante/ tells whether the database and the cache answer, without a secret; log lines are JSON
objects carrying the request id that the response sends back."""

import json
import logging

import pytest
from django.db import OperationalError

from moisess import health
from moisess.logs import JsonFormatter, RequestIdFilter

pytestmark = pytest.mark.django_db


def test_health_ok_when_database_and_cache_answer(client):
    response = client.get("/sante/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_health_503_when_the_cache_is_down_and_says_no_more(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://:s3cret@127.0.0.1:1/0",
        }
    }
    response = client.get("/sante/")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "error"}
    assert b"s3cret" not in response.content and b"127.0.0.1" not in response.content


def test_health_503_when_the_database_is_down(client, monkeypatch, caplog):
    def down():
        raise OperationalError('connection to server at "db.internal" failed: password authentication failed')

    monkeypatch.setattr(health, "_database", down)
    response = client.get("/sante/")
    assert response.status_code == 503
    assert response.json()["database"] == "error"
    assert b"db.internal" not in response.content
    assert "Health check: the database fails: OperationalError" in caplog.text  # the cause is in the log


@pytest.fixture
def json_log():
    """The lines the production handler writes for moisess.health."""
    lines = []

    class Collect(logging.Handler):
        def emit(self, record):
            lines.append(self.format(record))

    handler = Collect()
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("moisess.health")
    logger.addHandler(handler)
    yield lines
    logger.removeHandler(handler)


def test_log_lines_are_json_with_the_request_id_from_the_proxy(client, monkeypatch, json_log):
    monkeypatch.setattr(health, "_cache", lambda: 1 / 0)
    response = client.get("/sante/", HTTP_X_REQUEST_ID="3f2a9c0d5e6b4a7c8d9e0f1a2b3c4d5e")
    assert response["X-Request-ID"] == "3f2a9c0d5e6b4a7c8d9e0f1a2b3c4d5e"
    [line] = json_log
    entry = json.loads(line)
    assert entry["request_id"] == "3f2a9c0d5e6b4a7c8d9e0f1a2b3c4d5e"
    assert (entry["level"], entry["logger"]) == ("ERROR", "moisess.health")
    assert entry["message"] == "Health check: the cache fails: ZeroDivisionError: division by zero"


def test_request_id_made_when_missing_or_malformed(client):
    made = client.get("/sante/")["X-Request-ID"]
    assert len(made) == 32
    forged = client.get("/sante/", HTTP_X_REQUEST_ID='x"\n{"level": "CRITICAL"}')["X-Request-ID"]
    assert forged != made and len(forged) == 32 and forged.isalnum()


def test_json_lines_keep_plain_extras_only():
    record = logging.LogRecord("rq.worker", logging.ERROR, __file__, 1, "job %s failed", ("42",), None)
    record.job_id, record.kwargs = "42", {"body": "https://example.org/compte/verification/MQ/secret/"}
    entry = json.loads(JsonFormatter().format(record))
    assert entry["job_id"] == "42" and "kwargs" not in entry
    assert entry["message"] == "job 42 failed"
