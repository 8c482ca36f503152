"""A database outage answers 503 with Retry-After and a French page, logs one line per interval instead of a
traceback per request, leaves nothing half-written, and the site is fine again as soon as the database is."""

import contextlib
import logging

import pytest
from django.db import IntegrityError, InterfaceError, OperationalError, connection
from django.test import Client, RequestFactory

from events.models import Event, EventLogEntry, TimeSlot
from moisess import middleware
from tests.space import event_data

pytestmark = pytest.mark.django_db

PAGES = ["/", "/evenements/", "/compte/connexion/", "/le-mois/", "/regions/"]
# The test's own transaction (and its savepoints) must outlive the simulated outage.
_TRANSACTION_CONTROL = ("SAVEPOINT", "RELEASE", "ROLLBACK")


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(middleware, "outage_log", middleware._OutageLog(middleware.LOG_INTERVAL, clock=clock))
    return clock


@contextlib.contextmanager
def database_down(*, after_insert_into=None, error=OperationalError):
    """Every statement fails, as with the server gone; with `after_insert_into`, once a row was
    written to that table (the server goes away in the middle of a transaction)."""
    state = {"written": after_insert_into is None}

    def refuse(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith(_TRANSACTION_CONTROL):
            return execute(sql, params, many, context)
        if not state["written"]:
            result = execute(sql, params, many, context)
            state["written"] = sql.lstrip().upper().startswith(f'INSERT INTO "{after_insert_into}"'.upper())
            return result
        raise error('connection to server at "db" (10.0.0.5), port 5432 failed: Connection refused')

    with connection.execute_wrapper(refuse):
        yield state


def _outage_records(caplog):
    return [r for r in caplog.records if r.levelno >= logging.WARNING]


def _assert_outage_page(response):
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == str(middleware.RETRY_AFTER)
    assert '<html lang="fr">' in html
    assert "Le site est momentanément indisponible" in html
    assert "Réessayez dans une minute." in html


def test_outage_answers_503_in_the_sites_layout_and_logs_one_line(clock, caplog):
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.INFO), database_down():
        responses = [client.get(url) for url in PAGES * 8]
        responses.append(client.post("/compte/connexion/", {"username": "a@example.org", "password": "x"}))
    for response in responses:
        _assert_outage_page(response)
        assert 'class="site-header"' in response.content.decode()  # the site's layout, without any query
    [record] = _outage_records(caplog)
    assert record.name == "moisess.middleware"
    assert record.exc_info is None
    assert "Database unavailable (OperationalError: connection to server" in record.getMessage()


def test_outage_logged_again_after_the_interval_with_the_refused_count(clock, caplog):
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.INFO), database_down(error=InterfaceError):
        for _ in range(5):
            client.get("/")
        clock.now += middleware.LOG_INTERVAL - 1
        client.get("/")
        clock.now += 2
        client.get("/")
    first, second = _outage_records(caplog)
    assert "InterfaceError" in first.getMessage()
    assert "1 request(s) refused" in first.getMessage()
    assert "6 request(s) refused" in second.getMessage()


def test_next_request_after_recovery_is_fine(client, clock):
    with database_down():
        _assert_outage_page(client.get("/"))
    assert client.get("/").status_code == 200


def test_event_form_sent_during_an_outage_leaves_nothing(client, member_a, clock):
    client.force_login(member_a)
    with database_down(after_insert_into="events_event") as outage:
        response = client.post("/espace/evenements/nouveau/", event_data())
    assert outage["written"]  # the event's row was written before the database went away
    _assert_outage_page(response)
    assert (Event.objects.count(), TimeSlot.objects.count(), EventLogEntry.objects.count()) == (0, 0, 0)
    # Once the database is back the same form saves, once.
    response = client.post("/espace/evenements/nouveau/", event_data())
    assert response.status_code == 302
    assert (Event.objects.count(), TimeSlot.objects.count(), EventLogEntry.objects.count()) == (1, 1, 1)


def test_outage_page_falls_back_to_a_self_contained_one(client, clock, monkeypatch):
    render = middleware.render_to_string

    def broken_layout(name, context):
        if name == "errors/database_unavailable.html":
            raise OperationalError("a template tag asked the database")
        return render(name, context)

    monkeypatch.setattr(middleware, "render_to_string", broken_layout)
    with database_down():
        response = client.get("/")
    _assert_outage_page(response)
    assert "site-header" not in response.content.decode()


@pytest.mark.parametrize("error", [IntegrityError("a bug"), ValueError("a bug")])
def test_other_errors_are_not_taken_for_an_outage(error):
    outage = middleware.DatabaseOutageMiddleware(lambda request: None)
    assert outage.process_exception(RequestFactory().get("/"), error) is None


def test_debug_keeps_the_traceback_page(settings):
    settings.DEBUG = True
    outage = middleware.DatabaseOutageMiddleware(lambda request: None)
    assert outage.process_exception(RequestFactory().get("/"), OperationalError("no such table")) is None
