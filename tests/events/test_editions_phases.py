"""The edition the site is in and its phase, on each kind of day of the year."""

import datetime

import pytest

from events import editions
from events.models import Edition

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def next_edition():
    # Defaults: 1–30 November 2027, submissions open from 1 May 2027.
    return Edition.objects.create(year=2027, **Edition.defaults_for(2027))


def test_during_the_edition():
    assert editions.site_edition(D(2026, 11, 20)).year == 2026
    assert editions.phase(D(2026, 11, 20)) == editions.DURING
    assert editions.phase(D(2026, 11, 1)) == editions.DURING
    assert editions.phase(D(2026, 11, 30)) == editions.DURING


def test_before_the_edition_once_submissions_opened():
    assert editions.site_edition(D(2026, 6, 1)).year == 2026
    assert editions.phase(D(2026, 6, 1)) == editions.BEFORE
    assert editions.phase(D(2026, 10, 31)) == editions.BEFORE


def test_after_the_edition_and_the_gap():
    assert editions.site_edition(D(2026, 12, 1)).year == 2026
    assert editions.phase(D(2026, 12, 1)) == editions.AFTER
    assert editions.phase(D(2027, 8, 1)) == editions.AFTER  # no next edition yet: the gap lasts


def test_next_edition_takes_over_when_its_submissions_open(next_edition):
    assert editions.site_edition(D(2027, 4, 30)).year == 2026
    assert editions.phase(D(2027, 4, 30)) == editions.AFTER
    assert editions.site_edition(D(2027, 5, 1)) == next_edition
    assert editions.phase(D(2027, 5, 1)) == editions.BEFORE
    assert editions.next_edition(Edition.objects.get(year=2026)) == next_edition


def test_next_edition_without_opening_date_is_announced_at_once(next_edition):
    Edition.objects.filter(pk=next_edition.pk).update(submissions_open_on=None)
    assert editions.site_edition(D(2026, 12, 1)) == next_edition
    assert editions.phase(D(2026, 12, 1)) == editions.BEFORE
    # An edition under way keeps the site.
    assert editions.site_edition(D(2026, 11, 20)).year == 2026


def test_no_edition_at_all():
    Edition.objects.all().delete()
    assert editions.site_edition(D(2026, 11, 20)) is None
    assert editions.phase(D(2026, 11, 20)) is None


def test_nothing_started_yet_gives_the_coming_edition():
    assert editions.site_edition(D(2026, 1, 10)).year == 2026
    assert editions.phase(D(2026, 1, 10)) == editions.BEFORE


def test_submissions_follow_the_dates_unless_staff_decide():
    edition = Edition.objects.get(year=2026)
    assert edition.submissions_open is None
    assert not edition.accepts_submissions_on(D(2026, 4, 30))
    assert edition.accepts_submissions_on(D(2026, 5, 1))
    assert edition.accepts_submissions_on(D(2026, 11, 30))
    assert not edition.accepts_submissions_on(D(2026, 12, 1))
    edition.submissions_open = True  # reopened by national staff
    assert edition.accepts_submissions_on(D(2026, 12, 1))
    edition.submissions_open = False
    assert not edition.accepts_submissions_on(D(2026, 11, 20))


def test_site_edition_is_a_couple_of_small_queries(django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        editions.phase(D(2026, 12, 1))
