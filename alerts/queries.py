"""An alert's saved search: the list's filters as a canonical query string, and the events it
matches, through the list's own filter path (``events.filters.EventFilter``) — never a second filter."""

from urllib.parse import urlencode

from django import forms
from django.http import QueryDict

from events.filters import EventFilter
from organizations.models import Organization

# What a saved search keeps: every filter of the list but the order, the page, the past events and the
# edition (an alert follows the edition under way, year after year).
IGNORED = {"tri", "page", "passes", "edition"}


def saved_filters() -> list[str]:
    return sorted(set(EventFilter.base_filters) - IGNORED)


def saved_search(data) -> str:
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
    return describe_many([query])[0]


def describe_many(queries: list[str]) -> list[list[tuple[str, str]]]:
    """``describe`` for several alerts in a fixed number of queries (the filters' choices once, the
    organisations named by any of them once)."""
    if not queries:
        return []
    form = EventFilter().form
    data = [QueryDict(query) for query in queries]
    slugs = {slug for item in data for slug in item.getlist("organisation")}
    names = dict(Organization.objects.filter(slug__in=slugs).values_list("slug", "name")) if slugs else {}
    return [_describe(item, form, names) for item in data]


def _describe(data, form, names) -> list[tuple[str, str]]:
    rows = []
    for name in saved_filters():
        values = data.getlist(name)
        if not values:
            continue
        field = form.fields[name]
        label = str(field.label)
        if name == "gratuit":
            if forms.CheckboxInput().value_from_datadict(data, None, name):
                rows.append((label, ""))
            continue
        if name == "organisation":
            shown = [names.get(value, value) for value in values]
        elif name == "rayon":
            shown = [f"{values[0]}\u00a0km"]
        else:
            choices = {str(key): str(text) for key, text in getattr(field, "choices", ()) or ()}
            shown = [choices.get(value, value) for value in values]
        rows.append((label, ", ".join(shown)))
    return rows
