"""Free slugs for new rows, allocated without races.

Looking for a free slug and then inserting leaves a window where another request takes the same one
(two identical forms sent at once): the second insert then fails on the unique constraint. Here the
insert itself is the test: it runs in a savepoint, and a slug taken meanwhile makes it try the next
one instead of failing the request.
"""

import secrets

from django.db import IntegrityError, models, transaction
from django.utils.text import slugify

# Numbered candidates tried after the free one found first; then random ones.
NUMBERED_ATTEMPTS = 5
RANDOM_ATTEMPTS = 5


def _candidates(base: str, taken: set[str]):
    n, tried = 1, 0
    while tried < NUMBERED_ATTEMPTS:
        slug = base if n == 1 else f"{base}-{n}"
        n += 1
        if slug in taken:
            continue
        tried += 1
        yield slug
    for _attempt in range(RANDOM_ATTEMPTS):
        yield f"{base}-{secrets.token_hex(3)}"


def insert_with_unique_slug(instance: models.Model, *, source: str, fallback: str, max_length: int) -> None:
    """Insert a new `instance` (it must have no primary key yet) under a free slug made from `source`:
    its first `max_length` characters, then a suffix (« -2 », or 7 random characters in the end).

    An integrity error on something else than the slug is raised as it is.
    """
    model = type(instance)
    base = slugify(source)[:max_length].strip("-") or fallback
    # One query for the slugs of the same stem, so that the usual case inserts at the first try.
    taken = set(model._default_manager.filter(slug__startswith=base).values_list("slug", flat=True))
    for slug in _candidates(base, taken):
        instance.slug = slug
        try:
            with transaction.atomic():
                instance.save(force_insert=True)
        except IntegrityError:
            if not model._default_manager.filter(slug=slug).exists():
                raise  # another constraint: not ours to retry
            instance.pk = None
            continue
        return
    raise IntegrityError(f"No free slug found for {base!r}.")
