"""Rules on values shared by several models and forms."""

import re

from django.core.exceptions import ValidationError
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


# -- French telephone numbers ------------------------------------------------------------------------------

# What may separate the digits of a number as people write it: spaces, dots, dashes, brackets.
_PHONE_SEPARATORS = re.compile(r"[\s.\-/()]")
# After the country code: metropolitan France (+33) and the overseas departments (+262 La Réunion and
# Mayotte, +269 Mayotte, +590 Guadeloupe and the northern islands, +594 Guyane, +596 Martinique) have
# nine digits; Saint-Pierre-et-Miquelon (+508), Wallis-et-Futuna (+681) and Nouvelle-Calédonie (+687)
# six; Polynésie française (+689) eight.
_FRENCH_PHONE = re.compile(
    r"0[1-9]\d{8}"
    r"|\+33(?:0)?[1-9]\d{8}"
    r"|\+(?:262|269|590|594|596)\d{9}"
    r"|\+(?:508|681|687)\d{6}"
    r"|\+689\d{8}"
)
PHONE_MESSAGE = _(
    "Ce numéro n’est pas un numéro de téléphone français : 10 chiffres commençant par 0 "
    "(par exemple 02 99 12 34 56), ou l’indicatif (+33, +262, +590, +594, +596, +687…) suivi du numéro."
)


def normalize_phone(value: str) -> str:
    """The number without separators, with + for a leading 00."""
    compact = _PHONE_SEPARATORS.sub("", value or "")
    return "+" + compact[2:] if compact.startswith("00") else compact


def is_french_phone(value: str) -> bool:
    return bool(_FRENCH_PHONE.fullmatch(normalize_phone(value)))


def validate_french_phone(value: str) -> None:
    """A telephone number of metropolitan France or overseas, as people write it (spaces, dots…)."""
    if value and not is_french_phone(value):
        raise ValidationError(PHONE_MESSAGE, code="phone")
