"""/admin/taches/: the background jobs that failed for good, for national staff to run again or drop."""

import django_rq
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from redis.exceptions import RedisError
from rq.job import Job

from accounts.roles import is_national_staff
from core import jobs

SHOWN = 100


def _failed_jobs(queue) -> list[dict]:
    registry = queue.failed_job_registry
    found = []
    for job in Job.fetch_many(registry.get_job_ids(0, SHOWN - 1), connection=queue.connection):
        if job is None:  # expired between the two calls
            continue
        result = job.latest_result()
        error = (result.exc_string or "").strip().splitlines()[-1:] if result else []
        found.append({"id": job.id, "description": job.description, "ended_at": job.ended_at, "error": "".join(error)})
    return found


def jobs_view(request):
    if not is_national_staff(request.user):
        raise PermissionDenied
    context = {
        **admin.site.each_context(request),
        "title": _("Tâches en arrière-plan"),
        "queued": settings.BACKGROUND_JOBS,
    }
    if settings.BACKGROUND_JOBS:
        queue = django_rq.get_queue(jobs.QUEUE)
        try:
            if request.method == "POST":
                job_id = request.POST.get("job", "")
                if job_id not in queue.failed_job_registry:
                    messages.error(request, _("Cette tâche n’est plus dans la liste des échecs."))
                elif "retry" in request.POST:
                    queue.failed_job_registry.requeue(job_id)
                    messages.success(request, _("La tâche est relancée."))
                elif "delete" in request.POST:
                    queue.failed_job_registry.remove(job_id, delete_job=True)
                    messages.success(request, _("La tâche est supprimée."))
                return redirect("jobs_admin")
            context.update(
                waiting=queue.count,
                retrying=queue.scheduled_job_registry.count,
                failed_count=queue.failed_job_registry.count,
                failed=_failed_jobs(queue),
            )
        except RedisError:
            context["unreachable"] = True
    return TemplateResponse(request, "admin/jobs.html", context)


view = admin.site.admin_view(jobs_view)
