"""Creating forms that create once, however many times they are sent.

A creating form carries a one-time token (`new_token()`, in a hidden field named `form_token`). The
view carries the creation out inside `claim(...)`: the first sending inserts the token's row and
creates; a second sending of the same form — even at the same instant, from a double click — finds
the row and is sent to what the first one created. The row is inserted in the creation's own
transaction: a creation that fails leaves no row, and the form can be sent again.
"""

import datetime
import re
import secrets
from contextlib import contextmanager

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import SentForm

TOKEN_FIELD = "form_token"
# Long enough for the back button a day later; the rows are pruned after that.
KEPT_FOR_SECONDS = 2 * 24 * 3600
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def new_token() -> str:
    return secrets.token_urlsafe(24)


def token_from(request) -> str:
    """The token the form was sent with; a new one if it carries none (nothing to recognise it by)."""
    token = request.POST.get(TOKEN_FIELD, "")
    return token if _TOKEN_RE.match(token) else new_token()


class AlreadySent(Exception):
    """This form was already carried out; `url` is what it created."""

    def __init__(self, url: str):
        super().__init__(url)
        self.url = url


class _Claim:
    def __init__(self, row: SentForm):
        self.row = row

    def created(self, url: str) -> None:
        """Say where the created object is, for the next sendings of the same form."""
        self.row.url = url
        self.row.save(update_fields=["url"])


@contextmanager
def claim(*, user, token: str):
    """Carry a creating form out once. Raises AlreadySent (before the block runs) when it already was.

    with idempotency.claim(user=request.user, token=token) as sending:
        thing = create_it()
        sending.created(thing.get_absolute_url())
    """
    with transaction.atomic():
        try:
            with transaction.atomic():
                row = SentForm.objects.create(user=user, token=token)
        except IntegrityError:
            # The first sending has committed (a concurrent insert waits for it): its row is visible.
            sent = SentForm.objects.filter(user=user, token=token).first()
            raise AlreadySent(sent.url if sent else "") from None
        SentForm.objects.filter(
            user=user, created_at__lt=timezone.now() - datetime.timedelta(seconds=KEPT_FOR_SECONDS)
        ).delete()
        yield _Claim(row)


def redirect_to_created(request, sent: AlreadySent):
    """The answer to a form sent again: what its first sending created."""
    messages.info(request, _("Ce formulaire était déjà envoyé : voici ce qu’il a créé. Rien n’a été créé en double."))
    return redirect(sent.url or "space:dashboard")
