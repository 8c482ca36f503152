"""Running requests or service calls at the same instant, each in its own thread (and so its own
database connection), for the tests of concurrent changes."""

import threading

import pytest
from django.conf import settings
from django.db import connection, connections
from django.test import Client

# Rows are locked by PostgreSQL; SQLite has no row locks (select_for_update does nothing there) and
# its in-memory test database is not shared by threads the way a server's is. The same re-checks
# are tested on both databases by changing the event between its loading and its change.
needs_row_locks = pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="Concurrent transactions need a database server with row locks (PostgreSQL): "
    "SQLite's in-memory test database cannot serve two threads at once.",
)


def run_together(*calls, timeout=60):
    """Call each function in a thread of its own; return what each returned (or raised)."""
    results = [None] * len(calls)

    def run(index, call):
        try:
            results[index] = call()
        except BaseException as error:  # reported to the test, which decides
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index, call)) for index, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    assert not any(thread.is_alive() for thread in threads), "a thread is still waiting (deadlock?)"
    return results


def same_browser(client) -> Client:
    """Another client with the same session: the same person, the same browser (a double click)."""
    twin = Client(raise_request_exception=False)
    twin.cookies[settings.SESSION_COOKIE_NAME] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return twin
