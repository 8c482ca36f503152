"""The admin's inputs from the address bar, bounded like the public filters: a date filter's dates
(registered for every date field by ``moisess.apps.AdminConfig``) and the search text.

Both are typed by hand as often as clicked: a value out of range is ignored with a French message
above the list rather than a 500 (a date in year 1 overflows when shifted to UTC; a search of
thousands of words is an SQL expression too deep for SQLite).
"""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import smart_split
from django.utils.translation import gettext_lazy as _

from .forms import BoundedDateField, BoundedDateTimeField

MAX_SEARCH_LENGTH = 200
MAX_SEARCH_WORDS = 10


class BoundedDateFieldListFilter(admin.DateFieldListFilter):
    """Django's date filter, whose « since » and « until » values are read by a bounded form field."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        form_field = BoundedDateTimeField() if isinstance(field, models.DateTimeField) else BoundedDateField()
        for name in (self.lookup_kwarg_since, self.lookup_kwarg_until):
            if name not in self.used_parameters:
                continue
            try:
                # Aware datetimes from here on: a typed « 2026-11-01 » is midnight in the site's time zone.
                self.used_parameters[name] = [form_field.clean(value) for value in self.used_parameters[name]]
            except ValidationError as error:
                del self.used_parameters[name]
                messages.warning(
                    request,
                    _("Le filtre « %(title)s » est ignoré : %(error)s")
                    % {"title": self.title, "error": " ".join(error.messages)},
                )


def bounded_search_term(search_term: str) -> str:
    """The first MAX_SEARCH_WORDS words of at most MAX_SEARCH_LENGTH characters (quotes kept together)."""
    return " ".join(list(smart_split(search_term[:MAX_SEARCH_LENGTH]))[:MAX_SEARCH_WORDS])


class BoundedSearchMixin:
    """Mix into a ModelAdmin with ``search_fields``: each word of a search is one more SQL condition
    on every search field, so a search keeps its first MAX_SEARCH_WORDS words."""

    def get_search_results(self, request, queryset, search_term):
        bounded = bounded_search_term(search_term)
        match = getattr(request, "resolver_match", None)
        from_autocomplete = match is not None and match.url_name == "autocomplete"  # a JSON answer: no message
        if bounded != " ".join(smart_split(search_term)) and not from_autocomplete:
            messages.warning(
                request,
                _(
                    "Recherche trop longue : seuls ses %(words)s premiers mots (%(length)s caractères au plus) "
                    "sont cherchés."
                )
                % {"words": MAX_SEARCH_WORDS, "length": MAX_SEARCH_LENGTH},
            )
        return super().get_search_results(request, queryset, bounded)
