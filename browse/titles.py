"""The <title> of a filtered list says its filters and its page number:
« Événements — Bretagne, Alimentation — page 2 »."""

from django.utils.translation import gettext as _

from core.text import format_day

# The filters named in the title, in the order of the form; the others (sort, edition, past events,
# radius) do not change what the list is about.
CHOICE_FILTERS = ("region", "departement", "theme", "type", "public", "format", "accessibilite", "temps_fort", "forme")


def _choice_labels(bound, values) -> list[str]:
    values = {str(value) for value in (values if isinstance(values, list | tuple | set) else [values])}
    return [str(label) for value, label in bound.field.choices if value != "" and str(value) in values]


def filter_labels(filterset, *, hidden=()) -> list[str]:
    """The labels of the filters that apply, as a visitor reads them in the form."""
    form = filterset.form
    form.is_valid()
    data = form.cleaned_data
    labels = []
    if data.get("q"):
        labels.append(f"« {data['q']} »")
    for name in CHOICE_FILTERS:
        if name not in hidden and data.get(name):
            labels.extend(_choice_labels(form[name], data[name]))
    if data.get("gratuit"):
        labels.append(_("gratuit"))
    if data.get("du") and data.get("au"):
        labels.append(_("du %(start)s au %(end)s") % {"start": format_day(data["du"]), "end": format_day(data["au"])})
    elif data.get("du"):
        labels.append(_("à partir du %(day)s") % {"day": format_day(data["du"])})
    elif data.get("au"):
        labels.append(_("jusqu’au %(day)s") % {"day": format_day(data["au"])})
    origin = filterset.origin
    if origin is not None:
        labels.append(_("autour de %(place)s") % {"place": origin.label})
    return labels


def list_title(base: str, filterset, page_number: int, *, hidden=()) -> str:
    parts = [base]
    labels = filter_labels(filterset, hidden=hidden)
    if labels:
        parts.append(", ".join(labels))
    if page_number > 1:
        parts.append(_("page %(number)s") % {"number": page_number})
    return " — ".join(parts)
