"""Rules on values shared by several models and forms."""

from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# The only links the site shows as links and publishes (pages, JSON-LD, API, feeds, exports): web
# addresses. Django's own URLField also takes ftp:// and ftps://; `javascript:`, `data:` and the like
# never pass any form, and the constraint below keeps them out of the database whatever writes to it.
WEB_URL_SCHEMES = ["http", "https"]
validate_web_url = URLValidator(schemes=WEB_URL_SCHEMES)


def web_url_constraint(*, field: str, name: str) -> models.CheckConstraint:
    """The database refuses anything but an empty value or an http(s) address in `field`."""
    starts = models.Q(**{field: ""})
    for scheme in WEB_URL_SCHEMES:
        starts |= models.Q(**{f"{field}__istartswith": f"{scheme}://"})
    return models.CheckConstraint(
        name=name,
        condition=starts,
        violation_error_message=_("Un lien doit être une adresse web commençant par https:// ou http://."),
    )
