"""The site all year round: each public default (home page, list, feed, widget, /organiser/, the event
form) in each phase of the 2026 edition (1–30 November 2026, submissions open from 1 May 2026), the clock
frozen on a day of that phase."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from defusedxml import ElementTree

from events.models import Edition, Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
BEFORE_DAY = datetime.datetime(2026, 10, 8, 10, tzinfo=PARIS)  # 24 days before the first one
AFTER_DAY = datetime.datetime(2026, 12, 1, 10, tzinfo=PARIS)  # the day after the last one
CREATE = "/espace/evenements/nouveau/"


def _text(response) -> str:
    assert response.status_code == 200
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\u00a0", " ").replace("\u202f", " ")


def _rss_titles(client) -> list[str]:
    root = ElementTree.fromstring(client.get("/evenements/flux.xml").content)
    return [item.findtext("title") for item in root.find("channel").findall("item")]


def _day(d, month=11, year=2026):
    return [(datetime.datetime(year, month, d, 18, tzinfo=PARIS), datetime.datetime(year, month, d, 20, tzinfo=PARIS))]


@pytest.fixture
def events():
    """Two events of the 2026 edition: one early in November, one late."""
    return [
        EventFactory(title="Atelier du début", slots=_day(3)),
        EventFactory(title="Forum de la fin", slots=_day(27)),
    ]


@pytest.fixture
def travel(_frozen_clock):
    def to(moment):
        _frozen_clock.move_to(moment)

    return to


# -- the header names the site's edition ----------------------------------------------------------------


def test_header_names_the_next_edition_once_its_submissions_open(client, travel):
    Edition.objects.create(year=2027, **Edition.defaults_for(2027))
    travel(AFTER_DAY)
    assert 'class="brand__year">2026<' in client.get("/").content.decode()
    travel(datetime.datetime(2027, 5, 2, 10, tzinfo=PARIS))
    assert 'class="brand__year">2027<' in client.get("/").content.decode()


# -- before ---------------------------------------------------------------------------------------------


def test_before_the_home_page_announces_the_dates_and_shows_the_first_events(client, travel, events):
    travel(BEFORE_DAY)
    text = _text(client.get("/"))
    assert "C’est dans 24 jours !" in text
    assert "proposez votre événement" in text
    assert "Atelier du début" in text and "Forum de la fin" in text
    assert "Toutes les éditions" in text


def test_before_the_home_page_without_events_looks_back_at_the_previous_edition(client, travel):
    previous = Edition.objects.create(year=2025, **Edition.defaults_for(2025))
    EventFactory(title="Souvenir de 2025", edition=previous, slots=_day(12, year=2025))
    travel(BEFORE_DAY)
    text = _text(client.get("/"))
    assert "retour sur l’édition 2025" in text
    assert "Souvenir de 2025" in text


def test_before_the_list_feed_and_widget_show_the_coming_events(client, travel, events):
    travel(BEFORE_DAY)
    assert len(client.get("/evenements/").context["page"].object_list) == 2
    assert set(_rss_titles(client)) == {"Atelier du début", "Forum de la fin"}
    widget = _text(client.get("/widget/"))
    assert "Atelier du début" in widget and "Aucun événement à venir" not in widget


def test_before_submissions_are_open(client, travel, member_a):
    travel(BEFORE_DAY)
    assert "Les inscriptions sont ouvertes." in _text(client.get("/organiser/"))
    client.force_login(member_a)
    response = client.get(CREATE)
    assert response.status_code == 200
    assert 'name="title"' in response.content.decode()
    assert "sont closes" not in response.content.decode()


# -- during ---------------------------------------------------------------------------------------------


def test_during_everything_is_as_usual(client, events, member_a):
    # The clock of every test: 20 November 2026, the edition under way.
    text = _text(client.get("/"))
    assert "Prochainement" in text and "Forum de la fin" in text
    assert "Atelier du début" not in text  # ended: not « coming »
    assert [e.title for e in client.get("/evenements/").context["page"].object_list] == ["Forum de la fin"]
    assert set(_rss_titles(client)) == {"Atelier du début", "Forum de la fin"}  # whatever their dates
    assert "Forum de la fin" in _text(client.get("/widget/"))
    assert "Les inscriptions sont ouvertes." in _text(client.get("/organiser/"))
    client.force_login(member_a)
    assert 'name="title"' in client.get(CREATE).content.decode()


# -- after ----------------------------------------------------------------------------------------------


def test_after_the_home_page_thanks_and_shows_figures_selection_and_archive(client, travel, events):
    travel(AFTER_DAY)
    response = client.get("/")
    text = _text(response)
    assert "Merci ! Le Mois de l’ESS 2026 est terminé." in text
    assert "Rendez-vous en novembre 2027" in text
    assert "2 événements" in text
    assert "Retour sur l’édition 2026" in text
    assert "Atelier du début" in text and "Forum de la fin" in text
    html = response.content.decode()
    assert 'href="/editions/2026/"' in html and 'href="/editions/"' in html
    # Themes count the edition's events, not « upcoming » ones (none).
    assert response.context["themes"][0].n_events + sum(t.n_events for t in response.context["themes"][1:]) >= 2


def test_after_the_home_page_says_when_the_next_edition_comes(client, travel, events):
    Edition.objects.create(year=2027, **Edition.defaults_for(2027))
    travel(AFTER_DAY)
    text = _text(client.get("/"))
    assert "Rendez-vous le 1er novembre 2027 pour l’édition 2027." in text
    assert "rouvriront le 1er mai 2027" in text


def test_after_the_list_shows_the_edition_with_ended_events_marked(client, travel, events):
    travel(AFTER_DAY)
    response = client.get("/evenements/")
    assert [e.title for e in response.context["page"].object_list] == ["Atelier du début", "Forum de la fin"]
    text = _text(response)
    assert "L’édition 2026 est terminée" in text
    assert text.count("(terminé)") == 2


def test_after_the_feed_and_the_widget_are_not_empty(client, travel, events):
    travel(AFTER_DAY)
    assert set(_rss_titles(client)) == {"Atelier du début", "Forum de la fin"}
    widget = _text(client.get("/widget/"))
    assert "voici ceux du Mois de l’ESS 2026, terminé" in widget
    assert "Atelier du début" in widget


def test_after_submissions_are_closed_saying_when_they_reopen(client, travel, member_a):
    travel(AFTER_DAY)
    text = _text(client.get("/organiser/"))
    assert "L’édition 2026 est terminée : les inscriptions sont closes." in text
    assert "Les inscriptions sont ouvertes." not in text
    client.force_login(member_a)
    text = _text(client.get(CREATE))
    assert "Inscriptions closes" in text
    assert "à l’annonce de la prochaine édition" in text
    client.post(CREATE, {"title": "Trop tard"})
    assert not Event.objects.filter(title="Trop tard").exists()

    Edition.objects.create(year=2027, **Edition.defaults_for(2027))
    assert "Elles rouvriront le 1 er mai 2027 pour le Mois de l’ESS 2027." in _text(client.get("/organiser/"))
    assert "Elles rouvriront le 1er mai 2027" in _text(client.get(CREATE))


def test_after_national_staff_may_reopen_submissions(client, travel, member_a):
    Edition.objects.filter(year=2026).update(submissions_open=True)
    travel(AFTER_DAY)
    assert "Les inscriptions sont ouvertes." in _text(client.get("/organiser/"))
    client.force_login(member_a)
    assert 'name="title"' in client.get(CREATE).content.decode()


# -- the gap: after, and no next edition for months -----------------------------------------------------


def test_in_the_gap_nothing_is_empty(client, travel, events, member_a):
    travel(datetime.datetime(2027, 8, 15, 10, tzinfo=PARIS))
    home = _text(client.get("/"))
    assert "Le Mois de l’ESS 2026 est terminé" in home and "Forum de la fin" in home
    assert len(client.get("/evenements/").context["page"].object_list) == 2
    assert len(_rss_titles(client)) == 2
    assert "Forum de la fin" in _text(client.get("/widget/"))
    assert "à l’annonce de la prochaine édition" in _text(client.get("/organiser/"))
    client.force_login(member_a)
    assert "Inscriptions closes" in _text(client.get(CREATE))


def test_next_edition_announced_brings_the_before_phase(client, travel, events):
    Edition.objects.create(
        year=2027, **{**Edition.defaults_for(2027), "submissions_open_on": datetime.date(2027, 3, 1)}
    )
    travel(datetime.datetime(2027, 3, 2, 10, tzinfo=PARIS))
    home = _text(client.get("/"))
    assert "Le Mois de l’économie sociale et solidaire 2027" in home
    assert "retour sur l’édition 2026" in home  # nothing published for 2027 yet
    # The widget falls back on the latest edition with events, saying so.
    widget = _text(client.get("/widget/"))
    assert "voici ceux du Mois de l’ESS 2026, terminé" in widget and "Forum de la fin" in widget
    # The feed: the most recently published, whatever the edition.
    assert len(_rss_titles(client)) == 2


@pytest.mark.parametrize("moment", [BEFORE_DAY, AFTER_DAY], ids=["before", "after"])
def test_home_page_queries_do_not_grow_with_events(client, travel, events, moment, django_assert_max_num_queries):
    travel(moment)
    client.get("/")  # warm the per-process caches
    with django_assert_max_num_queries(11):
        client.get("/")
    EventFactory.create_batch(6, slots=_day(15))
    with django_assert_max_num_queries(11):
        client.get("/")
