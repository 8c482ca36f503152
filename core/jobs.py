"""Background jobs: the work a request must not wait for (mails, image sizes, large imports).

With ``settings.BACKGROUND_JOBS`` (on when REDIS_URL is set) a job goes to RQ's queue in Redis once
the current transaction commits, and ``manage.py rqworker --with-scheduler`` runs it: a mail server
that is down delays mails, never a request. A failing job is tried again after each of
RETRY_INTERVALS, then kept in RQ's failed-job registry, where national staff see it
(/admin/taches/) and may run it again. Without a queue, the job runs in this process when the
transaction commits, as before; its failure is logged and the request goes on.

Either way a failure is one log line (``log_failure``). A job is a module-level function whose
arguments are plain values (ids, file names, strings): never a model instance, stale by the time
it runs. This module imports no project app.
"""

import logging
from functools import partial

import django_rq
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from redis.exceptions import RedisError
from rq import Retry

logger = logging.getLogger(__name__)

QUEUE = "default"
# Seconds before each new try: 1 min, 5 min, 30 min, 2 h, 6 h. A mail server down for most of a
# day still gets its mails; after that the job waits in the failed-job registry.
RETRY_INTERVALS = [60, 300, 1800, 7200, 21600]


def enqueue(func, *args, description: str, **kwargs) -> bool:
    """Run ``func(*args, **kwargs)`` in the background once the current transaction commits
    (never if it rolls back). ``description`` completes « Could not … » in the log and names the
    job for national staff, e.g. "send the e-mail « … »".

    Return False only when the job ran here at once (no queue, no transaction) and failed.
    """
    if settings.BACKGROUND_JOBS:
        transaction.on_commit(partial(_push, func, args, kwargs, description))
        return True
    if _in_transaction():
        transaction.on_commit(partial(run_now, func, args, kwargs, description))
        return True
    return run_now(func, args, kwargs, description)


def _in_transaction() -> bool:
    """Whether the caller runs inside a transaction. The blocks in which Django's TestCase wraps
    each test don't count (as in Django's own check of durable blocks): the code runs as it would
    in production, in autocommit."""
    return any(not getattr(block, "_from_testcase", False) for block in transaction.get_connection().atomic_blocks)


def run_now(func, args, kwargs, description: str) -> bool:
    """Run a job in this process; log its failure in one line rather than raise."""
    try:
        func(*args, **kwargs)
    except Exception as error:
        logger.error("Could not %s: %s", description, _one_line(error), extra={"job": _name(func)})
        return False
    return True


def _push(func, args, kwargs, description: str) -> None:
    try:
        django_rq.get_queue(QUEUE).enqueue_call(
            func,
            args=args,
            kwargs=kwargs,
            description=description,
            retry=Retry(max=len(RETRY_INTERVALS), interval=RETRY_INTERVALS),
            failure_ttl=30 * 86400,  # a failed job stays a month in the registry
        )
    except RedisError as error:  # Redis unreachable: do the work now rather than lose it
        logger.error("Could not queue the job to %s (%s): running it now", description, _one_line(error))
        run_now(func, args, kwargs, description)


def log_failure(job, exc_type, exc_value, traceback) -> bool:
    """RQ exception handler (settings.RQ_EXCEPTION_HANDLERS): one line per failed try, saying
    whether and when the job will be tried again."""
    if job.retries_left:
        interval = job.get_retry_interval()
        tries = len(RETRY_INTERVALS) - job.retries_left + 1
        outcome = f"try {tries} of {len(RETRY_INTERVALS) + 1}, next in {interval} s"
    else:
        outcome = "no try left: kept in the failed jobs (/admin/taches/)"
    logger.error(
        "Could not %s: %s (%s)",
        job.description,
        _one_line(exc_value),
        outcome,
        extra={"job": job.func_name, "job_id": job.id},
    )
    return True  # go on to RQ's own handler, which keeps the job in the failed-job registry


def _one_line(error) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:300]}" if text else type(error).__name__


def _name(func) -> str:
    return f"{func.__module__}.{func.__qualname__}"


# -- Mail -------------------------------------------------------------------------------------------


def send_mail(
    *,
    subject: str,
    body: str,
    to: list[str],
    html: str = "",
    from_email: str | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """The job that sends one mail (text, and HTML when given, with extra ``headers`` such as
    List-Unsubscribe). It raises when the mail server refuses, so that the queue tries again."""
    message = EmailMultiAlternatives(subject=subject, body=body, to=to, from_email=from_email, headers=headers)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def enqueue_mail(
    *,
    subject: str,
    body: str,
    to: list[str],
    html: str = "",
    from_email: str | None = None,
    headers: dict[str, str] | None = None,
) -> bool:
    """Send a mail in the background once the transaction commits (see ``enqueue``)."""
    count = len(to)
    extra = {"headers": {str(k): str(v) for k, v in headers.items()}} if headers else {}
    return enqueue(
        send_mail,
        subject=str(subject),
        body=str(body),
        to=list(to),
        html=str(html),
        from_email=from_email,
        **extra,
        description=f"send the e-mail « {subject} » to {count} recipient{'s' if count > 1 else ''}",
    )


def enqueue_message(message: EmailMultiAlternatives) -> bool:
    """Send a mail built as an EmailMultiAlternatives in the background (see ``enqueue``)."""
    html = next((content for content, mimetype in message.alternatives if mimetype == "text/html"), "")
    return enqueue_mail(
        subject=message.subject,
        body=message.body,
        to=message.to,
        html=html,
        from_email=message.from_email,
        headers=dict(message.extra_headers),
    )
