"""The events' theme and public masks (events.masks) always say what their links say."""

import importlib

import pytest
from django.apps import apps
from django.core.management import call_command
from django.http import QueryDict

from events import masks
from events.archive import theme_counts
from events.filters import EventFilter, public_events
from events.models import Audience, Edition, Event, Theme
from events.services import duplicate_event
from tests.factories import EventFactory, UserFactory

pytestmark = pytest.mark.django_db


def _expected(event_id: int) -> tuple[int, int]:
    themes = Event.themes.through.objects.filter(event_id=event_id).values_list("theme_id", flat=True)
    audiences = Event.audiences.through.objects.filter(event_id=event_id).values_list("audience_id", flat=True)
    return masks.mask(themes), masks.mask(audiences)


def assert_masks_agree_with_links():
    rows = Event.objects.values_list("pk", "theme_mask", "audience_mask")
    assert rows, "no events to check"
    for pk, theme_mask, audience_mask in rows:
        assert (theme_mask, audience_mask) == _expected(pk), pk


def test_every_way_of_changing_an_events_links_keeps_its_masks():
    a, b, c = Theme.objects.order_by("pk")[:3]
    public, other = Audience.objects.order_by("pk")[:2]
    event, neighbour = EventFactory(themes=[a]), EventFactory(themes=[a, b])
    assert Event.objects.get(pk=event.pk).theme_mask == 1 << a.pk
    event.themes.add(b, c)
    assert_masks_agree_with_links()
    event.themes.remove(a)
    assert_masks_agree_with_links()
    event.themes.set([c])
    event.audiences.set([public, other])
    assert Event.objects.get(pk=event.pk).theme_mask == 1 << c.pk
    assert_masks_agree_with_links()
    event.audiences.clear()
    assert Event.objects.get(pk=event.pk).audience_mask == 0
    # From the other side: the theme's events.
    c.events.add(neighbour)
    assert_masks_agree_with_links()
    b.events.remove(neighbour)
    assert_masks_agree_with_links()
    a.events.clear()
    assert Event.objects.get(pk=neighbour.pk).theme_mask == 1 << c.pk
    assert_masks_agree_with_links()
    public.events.set([event])
    assert_masks_agree_with_links()


def test_an_instance_read_before_its_links_changed_does_not_put_the_old_bits_back():
    a, b = Theme.objects.order_by("pk")[:2]
    event = EventFactory(themes=[a])
    stale = Event.objects.get(pk=event.pk)
    event.themes.set([b])
    stale.title = "Un autre titre"
    stale.save()
    saved = Event.objects.get(pk=event.pk)
    assert (saved.title, saved.theme_mask) == ("Un autre titre", 1 << b.pk)
    # The instance whose links changed reads its new mask.
    assert event.theme_mask == 1 << b.pk


def test_deleting_a_theme_takes_its_bit_off_the_events():
    a, b = Theme.objects.order_by("pk")[:2]
    event = EventFactory(themes=[a, b])
    a.delete()
    assert Event.objects.get(pk=event.pk).theme_mask == 1 << b.pk


def test_a_duplicate_has_the_masks_of_its_links():
    a, b = Theme.objects.order_by("pk")[:2]
    original = EventFactory(themes=[a, b], audiences=list(Audience.objects.order_by("pk")[:2]))
    copy = duplicate_event(original=original, edition=Edition.objects.get(year=2026), user=UserFactory())
    assert Event.objects.get(pk=copy.pk).theme_mask == (1 << a.pk) | (1 << b.pk)
    assert_masks_agree_with_links()


def test_the_demo_seed_creates_its_links_in_bulk_with_their_masks():
    call_command("seed_demo", events=60, seed=7, force=True)
    assert Event.objects.exclude(theme_mask=0).count() == Event.objects.count()
    assert_masks_agree_with_links()


def test_refresh_and_the_migration_fill_the_masks_from_the_links():
    events = [EventFactory(themes=list(Theme.objects.order_by("pk")[:n])) for n in (1, 2, 3)]
    Event.objects.update(theme_mask=0, audience_mask=0)
    assert masks.refresh([events[0].pk]) == 1
    assert Event.objects.get(pk=events[0].pk).theme_mask != 0
    assert Event.objects.get(pk=events[1].pk).theme_mask == 0
    migration = importlib.import_module("events.migrations.0015_perf_taxonomy_masks")
    migration.fill_masks(apps, None)
    assert_masks_agree_with_links()


def test_ids_beyond_the_masks_bits_are_counted_and_filtered_on_the_links():
    common = Theme.objects.order_by("pk").first()
    far = Theme.objects.create(pk=70, name="Un thème de plus", slug="un-theme-de-plus", position=99)
    EventFactory(themes=[common, far])
    EventFactory(themes=[far])
    EventFactory(themes=[common])
    assert_masks_agree_with_links()  # the bit-less id is left out of the mask
    counts = EventFilter(QueryDict(""), queryset=public_events()).facet_counts()
    assert counts["theme"][far.slug] == 2 and counts["theme"][common.slug] == 2
    filterset = EventFilter(QueryDict(f"theme={far.slug}"), queryset=public_events())
    assert filterset.qs.count() == 2
    # A search for the theme's name finds its events too.
    searched = EventFilter(QueryDict("q=thème de plus"), queryset=public_events())
    assert searched.qs.count() == 2
    edition = Edition.objects.get(year=2026)
    figures = {theme.slug: theme.n_events for theme in theme_counts(edition)}
    assert (figures[far.slug], figures[common.slug]) == (2, 2)


@pytest.mark.parametrize("query", ["theme={a}", "theme={a}&theme={b}", "public={p}", "theme={b}&public={p}"])
def test_the_masks_filter_as_the_links_do(query):
    a, b, c = Theme.objects.order_by("pk")[:3]
    public, other = Audience.objects.order_by("pk")[:2]
    for themes, audiences in (([a], [public]), ([b], [other]), ([a, b], []), ([c], [public, other]), ([c], [])):
        EventFactory(themes=themes, audiences=audiences)
    filterset = EventFilter(QueryDict(query.format(a=a.slug, b=b.slug, p=public.slug)), queryset=public_events())
    slugs = QueryDict(query.format(a=a.slug, b=b.slug, p=public.slug))
    expected = public_events()
    if "theme" in slugs:
        expected = expected.filter(themes__slug__in=slugs.getlist("theme"))
    if "public" in slugs:
        expected = expected.filter(audiences__slug__in=slugs.getlist("public"))
    assert sorted(filterset.qs.values_list("pk", flat=True)) == sorted(set(expected.values_list("pk", flat=True)))
    assert filterset.qs.exists()


def test_a_search_for_a_themes_name_finds_its_events_by_their_masks():
    theme = Theme.objects.get(slug="finance-solidaire")
    EventFactory(themes=[theme], title="Rencontre 1")
    EventFactory(title="Rencontre 2")
    searched = EventFilter(QueryDict(f"q={theme.name}"), queryset=public_events())
    assert list(searched.qs.values_list("themes__slug", flat=True)) == [theme.slug]


def test_the_home_pages_theme_counts_agree_with_the_links():
    a, b = Theme.objects.order_by("pk")[:2]
    EventFactory(themes=[a, b])
    EventFactory(themes=[a])
    EventFactory(themes=[b], state=Event.State.DRAFT)
    figures = {theme.pk: theme.n_events for theme in theme_counts(Edition.objects.get(year=2026))}
    assert (figures[a.pk], figures[b.pk]) == (2, 1)
    assert sum(figures.values()) == 3
