"""An alert's saved search: the list's filters as a canonical query string, and the events it
matches, through the list's own filter path (``events.filters.EventFilter``) — never a second filter."""

from urllib.parse import urlencode

from django.http import QueryDict

from events.filters import EventFilter
from organizations.models import Organization

# What a saved search keeps: every filter of the list but the order, the page, the past events and the
# edition (an alert follows the edition under way, year after year).
IGNORED = {"tri", "page", "passes", "edition"}


def saved_filters() -> list[str]:
    return sorted(set(EventFilter.base_filters) - IGNORED)


def canonical_query(data) -> str:
    """The valid filters of ``data`` (a QueryDict), sorted, each value once, URL-encoded: two ways of
    asking the same thing make the same alert. Invalid values are dropped as the list ignores them."""
    filterset = EventFilter(data)
    form = filterset.form
    form.is_valid()
    pairs = []
    for name in saved_filters():
        if name in form.errors and name != "organisation":
            continue
        values = data.getlist(name) if hasattr(data, "getlist") else [data.get(name)]
        for value in sorted({str(v).strip() for v in values if v is not None and str(v).strip()}):
            pairs.append((name, value))
    if "organisation" in form.errors:
        known = {organization.slug for organization in form.organizations or ()}
        pairs = [(name, value) for name, value in pairs if name != "organisation" or value in known]
    return urlencode(pairs)


def followed_organization(query: str) -> Organization | None:
    """The organisation an alert follows when its filters name exactly one."""
    slugs = QueryDict(query).getlist("organisation")
    if len(slugs) != 1:
        return None
    return Organization.objects.filter(slug=slugs[0]).first()


def matching_events(query: str, *, published_after, published_until):
    """The public events of the saved search published in (published_after, published_until]."""
    filterset = EventFilter(QueryDict(query))
    return filterset.qs.filter(published_at__gt=published_after, published_at__lte=published_until)


def describe(query: str) -> list[tuple[str, str]]:
    """(label, values) of each saved filter, in French, for the pages and the mails."""
    data = QueryDict(query)
    filterset = EventFilter(data)
    form = filterset.form
    form.is_valid()
    rows = []
    for name in saved_filters():
        values = data.getlist(name)
        if not values:
            continue
        field = form.fields[name]
        choices = dict(getattr(field, "choices", ()) or ())
        if name == "organisation":
            shown = [organization.name for organization in form.organizations or ()]
        elif name == "autour":
            shown = [values[0]]
        elif name == "gratuit":
            shown = [str(field.label)] if form.cleaned_data.get("gratuit") else []
            rows.extend([(str(field.label), "")] if shown else [])
            continue
        else:
            shown = [str(choices.get(value, value)) for value in values]
        rows.append((str(field.label), ", ".join(shown)))
    return rows
