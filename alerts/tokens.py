"""The signed links of the alerts' mails. Each carries the address's ``key``: deleting the address or
changing its key revokes every link it was sent."""

from django.core import signing

from .models import Alert, Subscriber

CONFIRM_SALT = "alerts.confirm"
MANAGE_SALT = "alerts.manage"
CONFIRM_MAX_AGE = 7 * 86400  # an alert left unconfirmed is deleted after 7 days anyway


def confirm_token(alert) -> str:
    return signing.dumps([alert.pk, alert.subscriber.key], salt=CONFIRM_SALT, compress=True)


def manage_token(subscriber) -> str:
    return signing.dumps([subscriber.pk, subscriber.key], salt=MANAGE_SALT, compress=True)


def read_confirm_token(token: str):
    """The alert of a confirmation link, or None (forged, expired, revoked, already deleted)."""
    try:
        pk, key = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Alert.objects.select_related("subscriber").filter(pk=pk, subscriber__key=key).first()


def read_manage_token(token: str):
    """The address of a manage or unsubscribe link, or None."""
    try:
        pk, key = signing.loads(token, salt=MANAGE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Subscriber.objects.filter(pk=pk, key=key).first()
