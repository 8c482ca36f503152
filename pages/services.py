"""Changes to the editorial pages: every save keeps a version in the page's history."""

from django.db import transaction
from django.utils import timezone

from core import pagecache

from .models import Page, PageRevision


@transaction.atomic
def save_page(*, page: Page, author) -> PageRevision:
    """Save the page as edited and record this version, by whom and when."""
    page.updated_at = timezone.now()
    page.updated_by = author
    page.save()
    pagecache.bump()
    return PageRevision.objects.create(
        page=page,
        title=page.title,
        lead=page.lead,
        body=page.body,
        author=author,
        created_at=page.updated_at,
    )
