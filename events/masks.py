"""An event's themes and publics as bit masks on its own row.

``Event.theme_mask`` has bit *n* set when the event has the theme whose id is *n*; ``Event.audience_mask``
likewise for its publics. The list's facet counts, the home page's theme counts, the theme and public
filters and a search for a theme's or public's name read them from the edition's covering index instead of joining thousands of events to their
links (docs/performance.md). The link tables stay the truth: the masks are refreshed from them

- by the ``m2m_changed`` receiver below, whichever side the links are changed from (forms, admin,
  duplication, imports: ``set``, ``add``, ``remove``, ``clear``);
- by ``refresh()``, or ``mask()`` on the new rows, where links are created in bulk, which sends no signal
  (``seed_demo``, the benchmark seeds);
- when a theme or a public is deleted (its links go without signal).

``Event.save()`` never writes the masks of an existing row, so that an instance loaded before a change of
its links cannot put old bits back. Ids from 63 up have no bit (a signed 64-bit column): ``usable()``
tells the callers to count on the link tables then.
"""

from django.db.models import BigIntegerField, F, IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast, Coalesce
from django.db.models.lookups import Exact, GreaterThan
from django.db.models.signals import m2m_changed, post_delete

from .models import Audience, Event, Theme

# The mask of each many-to-many relation of the event.
MASK_OF = {"themes": "theme_mask", "audiences": "audience_mask"}
BITS = 63  # bit 63 is the sign of a signed 64-bit integer


def _links():
    """(link model, its column of the value's id, the event's mask field, the value model)."""
    return (
        (Event.themes.through, "theme_id", "theme_mask", Theme),
        (Event.audiences.through, "audience_id", "audience_mask", Audience),
    )


def usable(pks) -> bool:
    """Whether every one of these ids has its bit."""
    return all(0 <= pk < BITS for pk in pks)


def mask(pks) -> int:
    """The mask of these ids (for rows created in bulk with their links)."""
    bits = 0
    for pk in pks:
        if usable([pk]):
            bits |= 1 << pk
    return bits


def has(field: str, pk: int):
    """The condition: the event's mask has the bit of ``pk``."""
    return Exact(F(field).bitand(1 << pk), 1 << pk)


def has_any(field: str, pks):
    """The condition: the event's mask has one of the bits of ``pks`` at least."""
    bits = mask(pks)
    return GreaterThan(F(field).bitand(bits), 0) if bits else Exact(Value(1), 0)


def mask_of_links(through, column: str):
    """SQL expression: the sum of the bits of an event's links (each value once: the sum is their OR)."""
    bit = CombinedExpression(
        Cast(Value(1), BigIntegerField()), "<<", Cast(F(column), IntegerField()), output_field=BigIntegerField()
    )
    total = (
        through.objects.filter(event_id=OuterRef("pk"), **{f"{column}__lt": BITS})
        .order_by()
        .values("event_id")
        .annotate(total=Sum(bit, output_field=BigIntegerField()))
        .values("total")
    )
    return Coalesce(Subquery(total), Value(0), output_field=BigIntegerField())


def refresh(event_ids=None) -> int:
    """Recompute the masks of these events (all events when None) from their links: one UPDATE."""
    events = Event.objects.all() if event_ids is None else Event.objects.filter(pk__in=list(event_ids))
    return events.update(
        **{field: mask_of_links(through, column) for through, column, field, _model in _links()},
    )


def _links_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    for through, column, field, _model in _links():
        if sender is not through:
            continue
        if reverse and action == "pre_clear":  # theme.events.clear(): remember whose links go
            instance._mask_events = list(
                through.objects.filter(**{column: instance.pk}).values_list("event_id", flat=True)
            )
        elif action in {"post_add", "post_remove", "post_clear"}:
            if not reverse:
                refresh([instance.pk])
                instance.__dict__.pop(field, None)  # read again from the row when asked
            elif action == "post_clear":
                refresh(instance.__dict__.pop("_mask_events", []))
            else:
                refresh(pk_set or [])


def _value_deleted(sender, instance, **kwargs) -> None:
    for _through, _column, field, model in _links():
        if sender is model and usable([instance.pk]):
            bit = 1 << instance.pk
            Event.objects.filter(has(field, instance.pk)).update(**{field: F(field) - bit})


def connect() -> None:
    """Called once from ``EventsConfig.ready``."""
    m2m_changed.connect(_links_changed, dispatch_uid="events.masks.links")
    post_delete.connect(_value_deleted, sender=Theme, dispatch_uid="events.masks.theme")
    post_delete.connect(_value_deleted, sender=Audience, dispatch_uid="events.masks.audience")
