"""The edition's phase that sets the alerts' rhythm.

Stand-in, with the same names and signatures, for ``events.editions`` (branch ``phases``): when that
module is merged, ``schedule.py`` imports it instead and this file goes.
"""

import datetime

from django.utils import timezone

from events.models import Edition

BEFORE = "before"
DURING = "during"
AFTER = "after"


def site_edition(today: datetime.date | None = None):
    return Edition.current()


def phase(today: datetime.date | None = None) -> str:
    today = today or timezone.localdate()
    edition = site_edition(today)
    if edition is None or today > edition.ends_on:
        return AFTER
    if today < edition.starts_on:
        return BEFORE
    return DURING
