"""Background jobs (core.jobs) on a real RQ queue in the machine's Redis: mails and image sizes leave
the request, a mail server that is down delays mails and never a request, failed jobs are retried
with backoff, logged in one line, and shown to national staff, who may run them again."""

import io
import logging
import os

import django_rq
import pytest
import redis
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from rq import SimpleWorker

from accounts.models import User
from core import jobs
from events import services
from events.images import make_stored_image_sizes
from events.models import Event
from moderation.digest import send_digest
from regions.models import Region
from tests.factories import OrganizationFactory, add_moderator
from tests.moderation.helpers import pending_event
from tests.space import event_data

pytestmark = pytest.mark.django_db

REDIS_TEST_URL = "redis://127.0.0.1:6379/15"  # a database of its own, emptied around each test
SIGNUP = "/compte/inscription/"
PASSWORD = "un-mot-de-passe-assez-long"


@pytest.fixture
def queue(settings):
    connection = redis.Redis.from_url(REDIS_TEST_URL)
    try:
        connection.ping()
    except redis.ConnectionError:
        if os.environ.get("REQUIRE_REDIS"):
            pytest.fail("REQUIRE_REDIS is set but no Redis answers on 127.0.0.1:6379.")
        pytest.skip("No Redis on 127.0.0.1:6379 (.ci/run starts one)")
    connection.flushdb()
    settings.BACKGROUND_JOBS = True
    settings.RQ_QUEUES = {"default": {"URL": REDIS_TEST_URL}}
    yield django_rq.get_queue(jobs.QUEUE)
    connection.flushdb()


def work(queue) -> None:
    """Run what is queued, in this process (so that the test mailbox sees the mails)."""
    SimpleWorker([queue], connection=queue.connection, exception_handlers=[jobs.log_failure]).work(burst=True)


@pytest.fixture
def mail_server_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2


def test_mail_waits_for_the_commit_then_leaves_the_request_for_the_worker(
    client, queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(SIGNUP, {"email": "benevole@example.org", "password": PASSWORD})
    assert queue.count == 0  # nothing before the commit
    for callback in callbacks:
        callback()
    assert queue.count == 1 and mail.outbox == []  # queued, not sent by the request
    [job] = queue.get_jobs()
    assert job.description.startswith("send the e-mail « ") and job.description.endswith(" to 1 recipient")
    work(queue)
    assert [message.to for message in mail.outbox] == [["benevole@example.org"]]
    assert "/compte/verification/" in mail.outbox[0].body
    assert mail.outbox[0].alternatives[0].mimetype == "text/html"


def test_mail_server_down_delays_the_mail_not_the_request_and_retries_with_backoff(
    client, queue, mail_server_down, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SIGNUP, {"email": "benevole@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert User.objects.filter(email="benevole@example.org").exists()
    with caplog.at_level(logging.ERROR, logger="core.jobs"):
        work(queue)
    # Tried once, failed, scheduled again in a minute: one line says so.
    [job_id] = queue.scheduled_job_registry.get_job_ids()
    assert queue.fetch_job(job_id).retries_left == len(jobs.RETRY_INTERVALS) - 1
    [line] = [record.getMessage() for record in caplog.records if record.name == "core.jobs"]
    assert line.startswith("Could not send the e-mail « ")
    assert "ConnectionRefusedError" in line and "(try 1 of 6, next in 60 s)" in line
    assert "\n" not in line


def _fail_for_good(queue, caplog):
    """Run the queued job until it has no try left (the waits between tries skipped)."""
    [job] = queue.get_jobs()
    job.retries_left = 0
    job.save()
    with caplog.at_level(logging.ERROR, logger="core.jobs"):
        work(queue)
    return job.id


def test_failed_job_shown_to_national_staff_who_run_it_again(
    client,
    queue,
    settings,
    mail_server_down,
    django_capture_on_commit_callbacks,
    caplog,
    national,
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SIGNUP, {"email": "benevole@example.org", "password": PASSWORD})
    job_id = _fail_for_good(queue, caplog)
    assert job_id in queue.failed_job_registry
    assert "no try left: kept in the failed jobs (/admin/taches/)" in caplog.text

    client.force_login(add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne"))
    assert client.get("/admin/taches/").status_code == 403  # a regional moderator does not see them
    client.force_login(national)
    page = client.get("/admin/taches/").content.decode()
    assert "1 tâche en échec définitif" in page
    assert "send the e-mail « " in page and "ConnectionRefusedError" in page

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the mail server is back
    response = client.post("/admin/taches/", {"job": job_id, "retry": ""})
    assert response.status_code == 302
    work(queue)
    assert [message.to for message in mail.outbox] == [["benevole@example.org"]]
    assert queue.failed_job_registry.count == 0


def test_failed_job_can_be_dropped(
    client, queue, mail_server_down, django_capture_on_commit_callbacks, caplog, national
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SIGNUP, {"email": "benevole@example.org", "password": PASSWORD})
    job_id = _fail_for_good(queue, caplog)
    client.force_login(national)
    client.post("/admin/taches/", {"job": job_id, "delete": ""})
    assert queue.failed_job_registry.count == 0
    assert "Aucune tâche en échec définitif" in client.get("/admin/taches/").content.decode()


def test_decision_mail_is_a_job(client, queue, django_capture_on_commit_callbacks):
    organization = OrganizationFactory(name="Répar’Rennes", email="contact@repar.example.org")
    event = pending_event(organization, "35", title="Répar’café", slug="repar-cafe")
    moderator = add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")
    with django_capture_on_commit_callbacks(execute=True):
        services.publish_event(event=event, moderator=moderator)
    assert mail.outbox == [] and queue.count == 1
    work(queue)
    assert [message.to for message in mail.outbox] == [["contact@repar.example.org"]]


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (2000, 1000), (10, 120, 60)).save(buffer, format="JPEG")
    return buffer.getvalue()


def test_image_sizes_made_by_the_worker_and_the_page_shows_the_image_meanwhile(
    client, queue, member_a, django_capture_on_commit_callbacks
):
    client.force_login(member_a)
    data = event_data(image_alt="Un atelier de réparation")
    data["image"] = SimpleUploadedFile("photo.jpg", _jpeg(), content_type="image/jpeg")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/espace/evenements/nouveau/", data).status_code == 302
    event = Event.objects.get()
    assert event.image_sizes == {}
    assert event.image_page["url"] == event.image.url  # the image itself until its sizes exist
    work(queue)
    event.refresh_from_db()
    assert event.image_sizes["page"]["width"] == 800
    assert event.image_page["url"] != event.image.url


def test_sizes_of_an_image_replaced_before_its_job_ran_are_dropped(settings):
    storage = Event._meta.get_field("image").storage
    name = storage.save("evenements/ancienne.jpg", io.BytesIO(_jpeg()))  # no event has it any more
    make_stored_image_sizes(name)
    assert [path.name for path in (settings.MEDIA_ROOT / "evenements").iterdir()] == ["ancienne.jpg"]


def test_redis_down_runs_the_job_at_once_rather_than_lose_it(settings, caplog, django_capture_on_commit_callbacks):
    settings.BACKGROUND_JOBS = True
    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:1/0"}}
    with caplog.at_level(logging.ERROR, logger="core.jobs"), django_capture_on_commit_callbacks(execute=True):
        jobs.enqueue_mail(subject="Essai", body="Bonjour", to=["a@example.org"])
    assert [message.subject for message in mail.outbox] == ["Essai"]
    assert "Could not queue the job to send the e-mail « Essai » to 1 recipient" in caplog.text


def test_without_queue_a_failing_digest_keeps_its_news_for_tomorrow(mail_server_down, caplog):
    organization = OrganizationFactory(name="Répar’Rennes")
    pending_event(organization, "35", title="Répar’café", slug="repar-cafe")
    add_moderator("moderation@cress-bretagne.example.org", "--region", "bretagne")
    assert send_digest() == 0
    assert "Could not send the e-mail « " in caplog.text


def test_large_import_runs_in_the_background_and_mails_the_importer(
    client,
    queue,
    settings,
    monkeypatch,
    django_capture_on_commit_callbacks,
    national,
):
    from opendata import admin as opendata_admin
    from tests.opendata.test_import import csv_bytes, good_row, post_import

    monkeypatch.setattr(opendata_admin, "IMPORT_IN_BACKGROUND_FROM", 2)  # 2 events count as « large »
    importer = national
    client.force_login(importer)
    organization = OrganizationFactory()
    rows = [good_row(titre=f"Atelier vélo n°{n}") for n in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        response = post_import(
            client,
            content=csv_bytes(rows),
            name="cress.csv",
            region_pk=Region.objects.get(slug="bretagne").pk,
            organization_pk=organization.pk,
        )
    assert response.status_code == 302
    assert Event.objects.count() == 0 and queue.count == 1  # the page answered before the import ran
    with django_capture_on_commit_callbacks(execute=True):
        work(queue)  # the import, which queues its mail
    assert Event.objects.filter(organization=organization).count() == 3
    work(queue)
    [message] = mail.outbox
    assert message.to == [importer.email]
    assert message.subject == "Mois de l’ESS : import de « cress.csv » terminé"
    assert message.body.startswith("3 événements importés.")


def test_duplicated_image_sizes_are_made_by_the_worker(client, queue, member_a, django_capture_on_commit_callbacks):
    client.force_login(member_a)
    data = event_data(image_alt="Un atelier de réparation")
    data["image"] = SimpleUploadedFile("photo.jpg", _jpeg(), content_type="image/jpeg")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/espace/evenements/nouveau/", data)
    work(queue)
    original = Event.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/espace/evenements/{original.pk}/dupliquer/").status_code == 302
    copy = Event.objects.exclude(pk=original.pk).get()
    assert copy.image and copy.image_sizes == {}  # the request did not resize the image
    assert queue.count == 1
    work(queue)
    copy.refresh_from_db()
    assert copy.image_sizes["page"]["width"] == 800
    assert copy.image_sizes["page"]["name"] != original.image_sizes["page"]["name"]
