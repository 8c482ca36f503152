"""E-mail alerts end to end: subscribe, confirm (double opt-in), publish, send_alerts, rerun, one-click
unsubscribe — with the tests' mail backend and the frozen clock of tests/conftest.py (20 November
2026, during the 2026 edition)."""

import datetime
import io
import re
from datetime import UTC

import pytest
from django.core import mail
from django.core.management import call_command
from django.http import QueryDict
from django.test import Client
from django.urls import reverse

from alerts import sending
from alerts.models import Alert, Subscriber
from alerts.queries import saved_search
from events import editions as phases
from events import services
from tests.moderation.helpers import pending_event

# Real commits: the mails leave once the transaction commits (core.jobs), as in production.
pytestmark = pytest.mark.django_db(transaction=True)

EMAIL = "camille@example.org"
QUERY = "region=bretagne&theme=economie-circulaire-et-reemploi"
SUBSCRIBE = reverse("alerts:subscribe")


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def links(message, name):
    prefix = reverse(name, args=["X"]).removesuffix("X/")
    return re.findall(rf"https?://[^\s\"<>]*{re.escape(prefix)}[^\s\"<>]+/", message.body)


def send_alerts(**options) -> str:
    out = io.StringIO()
    call_command("send_alerts", stdout=out, **options)
    return out.getvalue()


def publish(organization, moderator, *args, **fields):
    event = pending_event(organization, *args, **fields)
    return services.publish_event(event=event, moderator=moderator)


@pytest.fixture
def subscribed(client):
    response = client.post(SUBSCRIBE, {"email": "Camille@Example.org ", "query": QUERY})
    assert response.status_code == 302
    assert response["Location"] == reverse("alerts:sent")
    return mails_to(EMAIL)


def test_subscribe_confirm_send_rerun_unsubscribe(
    client, subscribed, organization_a, organization_b, moderator_a, moderator_b, _frozen_clock
):
    # The confirmation mail, nothing else.
    assert len(subscribed) == 1
    confirm_url = links(subscribed[0], "alerts:confirm")[0]
    assert confirm_url in subscribed[0].alternatives[0][0]

    # Before confirmation nothing is sent, even when a matching event is published.
    before = publish(organization_a, moderator_a, title="Publié avant la confirmation", slug="avant")
    _frozen_clock.shift(datetime.timedelta(minutes=5))
    send_alerts(force=True)
    assert len(mails_to(EMAIL)) == 1

    # Confirming: GET shows a button (a link scanner confirms nothing), POST confirms.
    path = confirm_url.split("://", 1)[1].split("/", 1)[1]
    assert client.get("/" + path).status_code == 200
    assert Alert.objects.get().confirmed_at is None
    response = client.post("/" + path)
    assert response.status_code == 302
    assert Alert.objects.get().confirmed_at is not None

    # Matching and non-matching events published after the confirmation.
    _frozen_clock.shift(datetime.timedelta(minutes=5))
    match_1 = publish(organization_a, moderator_a, title="Répar’café du Blosne", slug="repar-cafe-blosne")
    match_2 = publish(organization_a, moderator_a, title="Atelier vélo solidaire", slug="atelier-velo")
    elsewhere = publish(organization_b, moderator_b, "44", title="Portes ouvertes à Nantes", slug="nantes")
    draft_like = pending_event(organization_a, title="Encore en attente", slug="en-attente")
    _frozen_clock.shift(datetime.timedelta(hours=1))

    assert "mails=1" in send_alerts()
    [message] = mails_to(EMAIL)[1:]
    body, html = message.body, message.alternatives[0][0]
    for event in (match_1, match_2):
        assert event.title in body and event.get_absolute_url() in body
        assert event.get_absolute_url() in html
    for event in (before, elsewhere, draft_like):
        assert event.title not in body and event.title not in html
    assert "vendredi 27 novembre 2026, 18h00" in body
    assert "Maison des associations, Rennes (35)" in body
    assert "2 nouveaux événements" in message.subject
    unsubscribe_url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_url in body
    assert links(message, "alerts:manage")

    # A rerun, forced or the next day, sends nothing twice.
    assert "mails=0" in send_alerts(force=True)
    _frozen_clock.shift(datetime.timedelta(days=1))
    assert "mails=0" in send_alerts()
    assert len(mails_to(EMAIL)) == 2

    # The mail program's one-click unsubscribe: a POST without cookie nor CSRF token, effective at once.
    one_click = Client(enforce_csrf_checks=True)
    path = "/" + unsubscribe_url.split("://", 1)[1].split("/", 1)[1]
    response = one_click.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert Subscriber.objects.get(email=EMAIL).unsubscribed_at is not None
    publish(organization_a, moderator_a, title="Après la désinscription", slug="apres")
    _frozen_clock.shift(datetime.timedelta(days=1))
    send_alerts(force=True)
    assert len(mails_to(EMAIL)) == 2


def test_same_answer_for_known_and_unknown_addresses(client, subscribed):
    first = client.post(SUBSCRIBE, {"email": "inconnue@example.org", "query": QUERY})
    again = client.post(SUBSCRIBE, {"email": EMAIL, "query": QUERY})
    assert first.status_code == again.status_code == 302
    assert first["Location"] == again["Location"]
    assert client.get(first["Location"]).content == client.get(again["Location"]).content


def test_honeypot_and_rate_limit(client):
    response = client.post(SUBSCRIBE, {"email": EMAIL, "query": QUERY, "telecopie": "spam"})
    assert response.status_code == 200
    assert not Subscriber.objects.exists() and not mail.outbox
    for n in range(10):
        assert client.post(SUBSCRIBE, {"email": f"p{n}@example.org", "query": QUERY}).status_code == 302
    response = client.post(SUBSCRIBE, {"email": "encore@example.org", "query": QUERY})
    assert response.status_code == 429
    assert "Retry-After" in response


def test_confirmation_mails_per_address_are_limited_silently(client):
    for ip in range(5):
        response = client.post(SUBSCRIBE, {"email": EMAIL, "query": QUERY}, REMOTE_ADDR=f"10.0.0.{ip}")
        assert response.status_code == 302
    assert len(mails_to(EMAIL)) == 3


def test_canonical_query_drops_order_and_invalid_values():
    assert saved_search(QueryDict("theme=economie-circulaire-et-reemploi&tri=recent&region=bretagne&page=2")) == QUERY
    # An invalid value: the filter is left out, as the list ignores it.
    assert saved_search(QueryDict("region=nulle-part&theme=economie-circulaire-et-reemploi")) == (
        "theme=economie-circulaire-et-reemploi"
    )
    assert saved_search(QueryDict("q=jardin+%26+potager")) == "q=jardin+%26+potager"


def test_pages_link_to_alerts(client, organization_a):
    html = client.get(reverse("events:list"), {"region": "bretagne"}).content.decode()
    assert f'href="{SUBSCRIBE}?region=bretagne"' in html
    assert "Recevoir les nouveaux événements par e-mail" in html
    html = client.get(reverse("regions:detail", args=["bretagne"])).content.decode()
    assert f'href="{SUBSCRIBE}?region=bretagne"' in html
    html = client.get(organization_a.get_absolute_url()).content.decode()
    assert f'href="{SUBSCRIBE}?organisation=repar-rennes"' in html
    assert "Suivre cette organisation" in html


def test_following_an_organisation(client, organization_a, moderator_a, member_a, _frozen_clock):
    client.post(SUBSCRIBE, {"email": EMAIL, "query": "organisation=repar-rennes"})
    alert = Alert.objects.get()
    assert alert.organization == organization_a
    client.post(links(mails_to(EMAIL)[0], "alerts:confirm")[0].split("8000", 1)[-1])
    _frozen_clock.shift(datetime.timedelta(minutes=1))
    event = publish(organization_a, moderator_a, title="Nouveau chez Répar’Rennes", slug="nouveau")
    _frozen_clock.shift(datetime.timedelta(minutes=1))
    send_alerts()
    assert event.title in mails_to(EMAIL)[-1].body
    member = Client()
    member.force_login(member_a)
    html = member.get(reverse("space:audience", args=[organization_a.pk])).content.decode()
    assert "<strong>1</strong> alerte par e-mail suit l’organisation" in html


def _confirmed(email=EMAIL, query=QUERY, **fields):
    subscriber = Subscriber.objects.create(email=email, confirmed_at=sending.timezone.now(), **fields)
    now = sending.timezone.now()
    Alert.objects.create(subscriber=subscriber, query=query, confirmed_at=now, last_sent_at=now)
    return subscriber


def test_rhythm_follows_the_edition_phase(monkeypatch, organization_a, moderator_a, _frozen_clock):
    late = [(datetime.datetime(2026, 11, 30, 10, tzinfo=UTC), datetime.datetime(2026, 11, 30, 12, tzinfo=UTC))]
    _confirmed()
    _frozen_clock.shift(datetime.timedelta(minutes=1))
    publish(organization_a, moderator_a, title="Un", slug="un")
    _frozen_clock.shift(datetime.timedelta(minutes=1))
    monkeypatch.setattr(phases, "phase", lambda today=None: phases.AFTER)
    assert "mails=0" in send_alerts()
    monkeypatch.setattr(phases, "phase", lambda today=None: phases.BEFORE)
    assert "mails=1" in send_alerts()
    publish(organization_a, moderator_a, title="Deux", slug="deux", slots=late)
    _frozen_clock.shift(datetime.timedelta(days=3))
    assert "mails=0" in send_alerts()  # weekly before the edition
    _frozen_clock.shift(datetime.timedelta(days=4))
    assert "mails=1" in send_alerts()
    publish(organization_a, moderator_a, title="Trois", slug="trois", slots=late)
    monkeypatch.setattr(phases, "phase", lambda today=None: phases.DURING)
    _frozen_clock.shift(datetime.timedelta(days=1))
    assert "mails=1" in send_alerts()  # daily during it


def test_bounced_address_receives_nothing(organization_a, moderator_a, _frozen_clock):
    _confirmed()
    call_command("alerts_bounced", EMAIL.upper(), stdout=io.StringIO())
    _frozen_clock.shift(datetime.timedelta(minutes=1))
    publish(organization_a, moderator_a, title="Un", slug="un")
    _frozen_clock.shift(datetime.timedelta(minutes=1))
    assert "mails=0" in send_alerts(force=True)
    assert not mails_to(EMAIL)


def test_manage_page_deletes_an_alert_and_unsubscribes(client):
    from alerts import tokens

    subscriber = _confirmed()
    Alert.objects.create(subscriber=subscriber, query="region=bretagne", confirmed_at=subscriber.confirmed_at)
    url = reverse("alerts:manage", args=[tokens.manage_token(subscriber)])
    assert "Bretagne" in client.get(url).content.decode()
    client.post(url, {"delete": Alert.objects.get(query="region=bretagne").pk})
    assert Alert.objects.count() == 1
    client.post(url, {"unsubscribe": "1"})
    assert not Alert.objects.exists()
    assert Subscriber.objects.get().unsubscribed_at is not None
    # A forged or revoked link is refused.
    assert client.get(reverse("alerts:manage", args=["faux"])).status_code == 400
    Subscriber.objects.update(key="changee")
    assert client.get(url).status_code == 400


def test_unsubscribe_link_other_posts_need_csrf():
    from alerts import tokens

    subscriber = _confirmed()
    url = reverse("alerts:unsubscribe", args=[tokens.manage_token(subscriber)])
    response = Client(enforce_csrf_checks=True).post(url, {"autre": "chose"})
    assert response.status_code == 403
    assert Subscriber.objects.get().unsubscribed_at is None


def test_purge(_frozen_clock):
    stale = Subscriber.objects.create(email="jamais@example.org")
    Alert.objects.create(subscriber=stale, query="")
    kept = _confirmed()
    _frozen_clock.shift(datetime.timedelta(days=8))
    send_alerts()
    assert list(Subscriber.objects.all()) == [kept]
    assert Alert.objects.filter(subscriber=kept).count() == 1
    _frozen_clock.shift(datetime.timedelta(days=366))
    sending.purge()
    assert not Subscriber.objects.exists()


def test_personal_data_covers_alerts(client, member_a):
    _confirmed(email=member_a.email)
    client.force_login(member_a)
    data = client.get(reverse("pages:personal_data")).json()
    assert data["alertes_par_e_mail"]["adresse"] == member_a.email
    assert data["alertes_par_e_mail"]["alertes"][0]["parametres"] == QUERY


def test_a_query_too_long_for_an_alert_is_refused(client):
    from urllib.parse import urlencode

    from events.models import Theme
    from regions.models import Department, Region

    query = urlencode(
        [("departement", code) for code in Department.objects.values_list("code", flat=True)]
        + [("region", slug) for slug in Region.objects.values_list("slug", flat=True)]
        + [("theme", slug) for slug in Theme.objects.values_list("slug", flat=True)]
    )
    assert len(saved_search(QueryDict(query))) > 2000
    response = client.post(SUBSCRIBE, {"email": EMAIL, "query": query})
    assert response.status_code == 200
    assert "trop longue pour une alerte" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_account_page_links_to_the_alerts_of_its_address(client, member_a):
    client.force_login(member_a)
    assert "Mes alertes par e-mail" not in client.get(reverse("accounts:account")).content.decode()
    _confirmed(email=member_a.email)
    html = client.get(reverse("accounts:account")).content.decode()
    assert "Mes alertes par e-mail" in html
    manage = re.search(r'href="(/alertes/gerer/[^"]+)"', html)[1]
    assert QUERY.split("&")[0].split("=")[0] in client.get(manage).content.decode().lower()


def test_manage_page_queries_do_not_grow_with_alerts(client, organization_a, django_assert_max_num_queries):
    from alerts import tokens

    subscriber = _confirmed()
    url = reverse("alerts:manage", args=[tokens.manage_token(subscriber)])
    with django_assert_max_num_queries(16) as few:
        client.get(url)
    for query in ["region=bretagne", "organisation=repar-rennes", "gratuit=on&rayon=30&autour=35000"]:
        Alert.objects.create(subscriber=subscriber, query=query, confirmed_at=subscriber.confirmed_at)
    with django_assert_max_num_queries(len(few.captured_queries) + 1):  # the organisations' names
        html = client.get(url).content.decode()
    assert "Répar’Rennes" in html and "Gratuit uniquement" in html and "30\u00a0km" in html
