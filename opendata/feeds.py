"""RSS feed of the latest published events (Django's syndication framework)."""

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from core.links import absolute
from core.text import format_date, printable_data
from events.models import Event

from .records import event_uid

FEED_SIZE = 50


def _query(selection) -> str:
    data = selection.filterset.data
    query = data.urlencode() if hasattr(data, "urlencode") else ""
    return f"?{query}" if query else ""


class PrintableRssFeed(Rss201rev2Feed):
    """Django's RSS writer refuses a control character (XML 1.0 cannot carry one) with an error, which
    would break the whole feed for one title: every text is made printable first, whatever is stored."""

    def __init__(self, *args, **kwargs):
        super().__init__(*printable_data(args), **printable_data(kwargs))

    def add_item(self, *args, **kwargs):
        super().add_item(*printable_data(args), **printable_data(kwargs))


class EventsFeed(Feed):
    """``/evenements/flux.xml?<filters>``: the selection is computed by the view (``views.events_feed``)."""

    feed_type = PrintableRssFeed
    language = "fr"

    def get_object(self, request):
        return request.opendata_selection

    def title(self, selection):
        return _("Mois de l’ESS : les derniers événements publiés")

    def link(self, selection):
        return absolute(reverse("events:list") + _query(selection))

    def feed_url(self, selection):
        # atom:link rel="self" is the document's own address, filters included (as feed validators check).
        return absolute(reverse("opendata:feed") + _query(selection))

    def description(self, selection):
        return _(
            "Les événements du Mois de l’économie sociale et solidaire, les plus récemment publiés d’abord. "
            "Données sous Licence Ouverte / Etalab 2.0."
        )

    def items(self, selection):
        return selection.events.order_by(F("published_at").desc(nulls_last=True), "-id")[:FEED_SIZE]

    def item_title(self, item: Event):
        if item.is_cancelled:
            return _("[Annulé] %(title)s") % {"title": item.title}
        return item.title

    def item_description(self, item: Event):
        slot = item.next_slot()
        when = ""
        if slot is not None:
            local = timezone.localtime(slot.starts_at, item.tzinfo)
            when = format_date(local, "l j F Y, H\\hi")
        where = _("En ligne") if item.attendance_mode == Event.AttendanceMode.ONLINE else item.city
        return " — ".join(part for part in (when, where, item.summary) if part)

    def item_link(self, item: Event):
        return absolute(item.get_absolute_url())

    def item_guid(self, item: Event):
        return event_uid(item.pk)

    item_guid_is_permalink = False

    def item_pubdate(self, item: Event):
        return item.published_at or item.created_at

    def item_updateddate(self, item: Event):
        return item.updated_at

    def item_author_name(self, item: Event):
        return item.organization.name

    def item_categories(self, item: Event):
        return [item.event_type.name, *(theme.name for theme in item.themes.all())]
