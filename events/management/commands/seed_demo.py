"""Fill the database with realistic demo data: organisations, accounts and events.

Deterministic for a given seed (every object is drawn from its own seeded generator),
idempotent (objects are identified by their slug or e-mail; a rerun adds nothing), and
fast (bulk inserts, and one password hash shared by every demo account).
"""

import datetime
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from accounts.roles import MODERATORS_GROUP, NATIONAL_GROUP
from events import demo_content as content
from events import masks, services
from events.models import Audience, Edition, Event, EventType, Highlight, Theme, TimeSlot
from organizations.models import LegalForm, Membership, Organization
from regions.geodata import communes_in_department
from regions.models import Department, Region

DEMO_PASSWORD = "demo-mois-ess"
DEMO_DOMAIN = "demo.mois-ess.fr"
NATIONAL_EMAIL = f"national@{DEMO_DOMAIN}"

# How many organisations of each legal form every region gets.
ORGANIZATIONS_PER_REGION = {
    LegalForm.ASSOCIATION: 4,
    LegalForm.COOPERATIVE: 2,
    LegalForm.MUTUELLE: 1,
    LegalForm.FONDATION: 1,
    LegalForm.FONDS_DOTATION: 1,
    LegalForm.SOCIETE_COMMERCIALE_ESS: 2,
    LegalForm.AUTRE: 1,
}
# Rough share of events per region (by INSEE code), after the size of each region.
REGION_WEIGHTS = {
    "11": 14, "84": 12, "75": 9, "76": 9, "93": 8, "32": 8, "44": 8, "52": 6, "53": 5,
    "28": 5, "27": 4, "24": 4, "94": 1, "01": 1, "02": 1, "03": 1, "04": 2, "06": 1,
}  # fmt: skip
START_TIMES = [
    (9, 0),
    (9, 30),
    (10, 0),
    (14, 0),
    (14, 30),
    (17, 30),
    (18, 0),
    (18, 30),
    (19, 0),
    (20, 0),
]
DURATIONS = [60, 90, 120, 150, 180, 240]
STATE_WEIGHTS = [
    (Event.State.PUBLISHED, 82),
    (Event.State.PENDING, 7),
    (Event.State.CHANGES_REQUESTED, 3),
    (Event.State.REJECTED, 2),
    (Event.State.DRAFT, 6),
]
STATUS_WEIGHTS = [
    (Event.Status.SCHEDULED, 93),
    (Event.Status.CANCELLED, 3),
    (Event.Status.FULL, 2),
    (Event.Status.POSTPONED, 1),
    (Event.Status.MOVED_ONLINE, 1),
]


@dataclass
class History:
    """Where an event's moderation ends, and when: replayed through events.services."""

    state: str
    submitted_at: datetime.datetime
    decided_at: datetime.datetime
    message: str = ""  # the CRESS's reason or request
    cancellation: str = ""  # the organisation's message when it cancelled the event


@dataclass
class PlannedEvent:
    event: Event
    slots: list[tuple[datetime.datetime, datetime.datetime]]
    theme_slugs: list[str]
    audience_slugs: list[str]
    history: History


def _weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights, k=1)[0]


def _unique_slug(base: str, taken: set[str], max_length: int) -> str:
    base = base[:max_length].strip("-")
    slug, counter = base, 2
    while slug in taken:
        suffix = f"-{counter}"
        slug = f"{base[: max_length - len(suffix)].strip('-')}{suffix}"
        counter += 1
    taken.add(slug)
    return slug


class Command(BaseCommand):
    help = "Crée des données de démonstration réalistes (organisations, comptes, événements)."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=600, help="Nombre d'événements de l'édition courante.")
        parser.add_argument("--seed", type=int, default=2026, help="Graine du générateur (résultat reproductible).")
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Ne rien faire si la base contient déjà des événements.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Créer les comptes de démonstration même quand DEBUG est désactivé.",
        )

    def handle(self, *args, events, seed, force, if_empty, **options):
        if if_empty and Event.objects.exists():
            self.stdout.write("The database already has events: nothing to seed.")
            return
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to create demo accounts (shared password) with DEBUG off. "
                "Use --force if this database really is a demo."
            )
        if events < 0:
            raise CommandError("--events must be zero or more.")
        if not Edition.objects.exists():
            raise CommandError("No edition exists; run the migrations first.")
        self.seed = seed
        self.password_hash = make_password(DEMO_PASSWORD)
        self.now = timezone.now()
        edition, previous = self._editions(timezone.localdate(self.now))
        self.regions = {region.code: region for region in Region.objects.all()}
        self.departments_by_region = {}
        for department in Department.objects.select_related("region"):
            self.departments_by_region.setdefault(department.region.code, []).append(department)
        self.themes = {term.slug: term for term in Theme.objects.all()}
        self.types = {term.slug: term for term in EventType.objects.all()}
        self.audiences = {term.slug: term for term in Audience.objects.all()}
        self.highlights = {term.slug: term for term in Highlight.objects.all()}

        with transaction.atomic():
            created_users = self._seed_staff()
            organizations, created_orgs = self._seed_organizations()
            self._load_actors()
            if edition.starts_on <= timezone.localdate(self.now):
                created_events = self._seed_events(edition, organizations, events, tag="")
                # A previous edition of comparable size, so that the figures' comparison reads like a real one.
                size = events * 4 // 5
            else:
                # Before the edition: its first events, the whole of the last one (its archive), and the one
                # before it, for the archive's year-on-year figures.
                created_events = self._seed_events(edition, organizations, events // 4, tag="")
                size = events
                older, _ = Edition.objects.get_or_create(
                    year=previous.year - 1,
                    defaults={**Edition.defaults_for(previous.year - 1), "submissions_open": False},
                )
                created_events += self._seed_events(older, organizations, events * 4 // 5, tag=str(older.year))
            created_events += self._seed_events(previous, organizations, size, tag=str(previous.year))
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data: {created_orgs} organisations, {created_users + created_orgs} accounts and "
                f"{created_events} events created (seed {seed})."
            )
        )

    # Accounts -----------------------------------------------------------------------------

    def _seed_staff(self) -> int:
        User = get_user_model()
        wanted = [
            User(
                email=NATIONAL_EMAIL,
                first_name="Équipe",
                last_name="nationale",
                is_staff=True,
                is_superuser=True,
                password=self.password_hash,
                email_verified_at=self.now,
            )
        ]
        for region in self.regions.values():
            wanted.append(
                User(
                    email=f"moderation-{region.slug}@{DEMO_DOMAIN}",
                    first_name="Modération",
                    last_name=region.cress_name or region.name,
                    is_staff=True,
                    password=self.password_hash,
                    email_verified_at=self.now,
                )
            )
        existing = set(User.objects.filter(email__in=[u.email for u in wanted]).values_list("email", flat=True))
        User.objects.bulk_create([u for u in wanted if u.email not in existing])
        links = []
        moderators = User.objects.filter(email__startswith="moderation-", email__endswith=f"@{DEMO_DOMAIN}")
        by_email = {user.email: user for user in moderators}
        for region in self.regions.values():
            user = by_email.get(f"moderation-{region.slug}@{DEMO_DOMAIN}")
            if user is not None:
                links.append(User.moderated_regions.through(user_id=user.pk, region_id=region.pk))
        User.moderated_regions.through.objects.bulk_create(links, ignore_conflicts=True)
        # The groups carry the admin permissions that match each role (accounts migration 0002).
        for group_name, users in (
            (MODERATORS_GROUP, moderators),
            (NATIONAL_GROUP, User.objects.filter(email=NATIONAL_EMAIL)),
        ):
            group = Group.objects.filter(name=group_name).first()
            if group is not None:
                group.user_set.add(*users)
        return len(wanted) - len(existing)

    def _load_actors(self) -> None:
        """Who submits (the organisation's owner) and who decides (the region's moderator) in the history."""
        User = get_user_model()
        self.moderator_ids = {
            region.pk: user_id
            for region in self.regions.values()
            if (
                user_id := User.objects.filter(email=f"moderation-{region.slug}@{DEMO_DOMAIN}")
                .values_list("pk", flat=True)
                .first()
            )
        }
        self.owner_ids = dict(
            Membership.objects.filter(user__email__endswith=f"@{DEMO_DOMAIN}").values_list("organization_id", "user_id")
        )
        self.users = User.objects.in_bulk([*self.moderator_ids.values(), *self.owner_ids.values()])

    # Organisations ------------------------------------------------------------------------

    def _plan_organizations(self) -> list[tuple[Organization, str]]:
        taken: set[str] = set()
        planned = []
        for code in sorted(self.regions):
            for legal_form, count in ORGANIZATIONS_PER_REGION.items():
                for index in range(count):
                    rng = random.Random(f"{self.seed}:organization:{code}:{legal_form}:{index}")
                    department = rng.choice(self.departments_by_region[code])
                    commune = rng.choice(communes_in_department(department.code))
                    pattern, description = rng.choice(content.ORGANIZATION_PATTERNS[legal_form])
                    name = pattern.format(ville=commune.name)
                    slug = _unique_slug(slugify(name), taken, 200)
                    street = rng.choice(content.STREET_NAMES)
                    organization = Organization(
                        name=name,
                        slug=slug,
                        legal_form=legal_form,
                        description=description.format(ville=commune.name),
                        website=f"https://{slug[:40].strip('-')}.example.org",
                        email=f"contact@{slug[:40].strip('-')}.example.org",
                        phone=f"0{rng.randint(1, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                        f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                        address=f"{rng.randint(1, 120)} {street}",
                        postal_code=commune.postal_code,
                        city=commune.name,
                        department=department,
                    )
                    planned.append((organization, code))
        return planned

    def _seed_organizations(self):
        User = get_user_model()
        planned = self._plan_organizations()
        slugs = [organization.slug for organization, _ in planned]
        existing = set(Organization.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        new = [organization for organization, _ in planned if organization.slug not in existing]
        Organization.objects.bulk_create(new, batch_size=500)
        emails = [f"{slug}@{DEMO_DOMAIN}" for slug in slugs]
        existing_emails = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
        User.objects.bulk_create(
            [
                User(email=email, password=self.password_hash, email_verified_at=self.now)
                for email in emails
                if email not in existing_emails
            ],
            batch_size=500,
        )
        organizations = {o.slug: o for o in Organization.objects.filter(slug__in=slugs)}
        users = {u.email: u for u in User.objects.filter(email__in=emails)}
        Membership.objects.bulk_create(
            [
                Membership(
                    user=users[f"{slug}@{DEMO_DOMAIN}"],
                    organization=organizations[slug],
                    role=Membership.Role.OWNER,
                )
                for slug in slugs
            ],
            ignore_conflicts=True,
        )
        by_region: dict[str, list[Organization]] = {}
        for organization, code in planned:
            by_region.setdefault(code, []).append(organizations[organization.slug])
        return by_region, len(new)

    # Events -------------------------------------------------------------------------------

    def _editions(self, today: datetime.date) -> tuple[Edition, Edition]:
        """The demo's editions relative to today, so that the site is alive whatever the date: the
        November to come (or under way), announced with its submissions open, and the one before it.

        In November the first is under way; on any other day the site is before it, with the previous
        edition in the archive (on 1 December, the edition that just ended and the next one announced).
        """
        year = today.year if today <= datetime.date(today.year, 11, 30) else today.year + 1
        defaults = Edition.defaults_for(year)
        # Open since the previous edition ended, and at least a month ago: the first events have had time
        # to be submitted and reviewed.
        opens = min(datetime.date(year - 1, 12, 1), today - datetime.timedelta(days=30), defaults["starts_on"])
        edition, _ = Edition.objects.get_or_create(year=year, defaults={**defaults, "submissions_open_on": opens})
        previous, _ = Edition.objects.get_or_create(
            year=year - 1, defaults={**Edition.defaults_for(year - 1), "submissions_open": False}
        )
        return edition, previous

    def _plan_event(self, index: int, edition: Edition, organizations, tag: str, taken: set[str]) -> PlannedEvent:
        rng = random.Random(f"{self.seed}:event:{edition.year}:{index}")
        template = content.EVENT_TEMPLATES[index % len(content.EVENT_TEMPLATES)]
        code = _weighted(rng, REGION_WEIGHTS.items())
        region = self.regions[code]
        organization = rng.choice(organizations[code])
        in_region = {d.pk: d for d in self.departments_by_region[code]}
        if rng.random() < 0.7 and organization.department_id in in_region:
            department = in_region[organization.department_id]
        else:
            department = rng.choice(self.departments_by_region[code])
        commune = rng.choice(communes_in_department(department.code))

        if template["type"] == "webinaire":
            mode = Event.AttendanceMode.ONLINE
        elif template["online_ok"]:
            mode = _weighted(
                rng,
                [
                    (Event.AttendanceMode.ON_SITE, 60),
                    (Event.AttendanceMode.ONLINE, 25),
                    (Event.AttendanceMode.MIXED, 15),
                ],
            )
        else:
            mode = Event.AttendanceMode.ON_SITE

        values = {"ville": commune.name, "organisation": organization.name}
        title = template["title"].format(**values)[:140]
        slug = _unique_slug(slugify(f"{title} {commune.name} {tag}".strip()), taken, 150)
        state = _weighted(rng, STATE_WEIGHTS)
        if edition.ends_on < timezone.localdate(self.now) and state in {
            Event.State.PENDING,
            Event.State.CHANGES_REQUESTED,
        }:
            state = Event.State.PUBLISHED  # a past edition has nothing left waiting
        status = _weighted(rng, STATUS_WEIGHTS) if state == Event.State.PUBLISHED else Event.Status.SCHEDULED
        is_free = rng.random() < 0.8
        registration = rng.random()
        submitted_at = datetime.datetime(edition.year, 9, 15, 9, tzinfo=datetime.UTC) + datetime.timedelta(
            minutes=rng.randint(0, 60 * 24 * 60)
        )
        if edition.starts_on > timezone.localdate(self.now):
            # An edition still to come: submitted since its submissions opened, decided by now.
            opened = datetime.datetime.combine(
                edition.submissions_open_on or self.now.date(), datetime.time(9), datetime.UTC
            )
            span = max((self.now - datetime.timedelta(days=8) - opened).total_seconds() // 60, 0)
            submitted_at = opened + datetime.timedelta(minutes=int(span * rng.random()))
        on_site = mode != Event.AttendanceMode.ONLINE
        # Drawn first, as when it was written on the event: a seed gives the same data as before.
        cancellation = rng.choice(content.CANCELLATION_MESSAGES) if status == Event.Status.CANCELLED else ""
        event = Event(
            organization=organization,
            edition=edition,
            title=title,
            slug=slug,
            summary=template["summary"].format(**values)[:200],
            description=template["description"].format(**values),
            # A cancellation is the organisation's, through the services like the moderation (below).
            status=Event.Status.SCHEDULED if status == Event.Status.CANCELLED else status,
            attendance_mode=mode,
            region=region,
            department=department if on_site else None,
            venue_name=rng.choice(content.VENUE_PATTERNS).format(ville=commune.name) if on_site else "",
            address=f"{rng.randint(1, 150)} {rng.choice(content.STREET_NAMES)}" if on_site else "",
            postal_code=commune.postal_code if on_site else "",
            city=commune.name if on_site else "",
            # A few hundred metres around the town hall, so markers of one commune do not overlap.
            latitude=round(commune.lat + rng.uniform(-0.003, 0.003), 5) if on_site else None,
            longitude=round(commune.lng + rng.uniform(-0.003, 0.003), 5) if on_site else None,
            # « Passé en ligne » has its link (events.rules.status_error), even for an event planned on site.
            online_url=f"https://visio.example.org/{slug[:60]}"
            if mode != Event.AttendanceMode.ON_SITE or status == Event.Status.MOVED_ONLINE
            else "",
            event_type=self.types[template["type"]],
            highlight=self.highlights.get(template["temps_fort"] or ""),
            is_free=is_free,
            price_conditions="" if is_free else rng.choice(content.PRICE_CONDITIONS),
            registration_url=f"https://{organization.slug[:40].strip('-')}.example.org/inscription"
            if registration < 0.5
            else "",
            registration_email=organization.email if 0.5 <= registration < 0.7 else "",
            registration_phone=organization.phone if 0.7 <= registration < 0.8 else "",
            access_motor=rng.random() < 0.5,
            access_hearing=rng.random() < 0.15,
            access_visual=rng.random() < 0.15,
            access_psychic=rng.random() < 0.1,
            access_intellectual=rng.random() < 0.1,
        )
        decided_at = (
            submitted_at + datetime.timedelta(days=rng.randint(1, 6))
            if state == Event.State.PUBLISHED
            else submitted_at + datetime.timedelta(days=3)
        )
        history = History(
            state=state,
            submitted_at=submitted_at,
            decided_at=decided_at,
            message=rng.choice(content.REJECTION_REASONS)
            if state == Event.State.REJECTED
            else rng.choice(content.CHANGE_REQUESTS)
            if state == Event.State.CHANGES_REQUESTED
            else "",
            cancellation=cancellation,
        )
        return PlannedEvent(
            event=event,
            slots=self._plan_slots(rng, edition, region),
            theme_slugs=template["themes"],
            audience_slugs=template["publics"],
            history=history,
        )

    def _plan_slots(self, rng: random.Random, edition: Edition, region: Region):
        tz = ZoneInfo(region.timezone)
        days = (edition.events_end_on - edition.events_start_on).days
        first_day = edition.events_start_on + datetime.timedelta(days=rng.randint(0, days))
        hour, minute = rng.choice(START_TIMES)
        duration = datetime.timedelta(minutes=rng.choice(DURATIONS))
        count = 1
        roll = rng.random()
        if roll < 0.08:
            count = rng.randint(2, 4)  # e.g. a workshop every week
        elif roll < 0.1:
            count = rng.randint(5, 12)  # a daily exhibition or a series
        step = datetime.timedelta(days=7 if count <= 4 else 1)
        slots = []
        for n in range(count):
            day = first_day + step * n
            if day > edition.events_end_on:
                break
            start = datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
            slots.append((start, start + duration))
        return slots

    def _seed_events(self, edition: Edition, organizations, count: int, tag: str) -> int:
        taken: set[str] = set()
        plans = [self._plan_event(index, edition, organizations, tag, taken) for index in range(count)]
        existing = set(Event.objects.filter(slug__in=[p.event.slug for p in plans]).values_list("slug", flat=True))
        plans = [plan for plan in plans if plan.event.slug not in existing]
        for plan in plans:
            plan.event.starts_at = plan.slots[0][0]
            plan.event.ends_at = plan.slots[-1][1]
            # The links below are created in bulk, without the signal that keeps the masks.
            plan.event.theme_mask = masks.mask(self.themes[slug].pk for slug in plan.theme_slugs)
            plan.event.audience_mask = masks.mask(self.audiences[slug].pk for slug in plan.audience_slugs)
        Event.objects.bulk_create([plan.event for plan in plans], batch_size=500)
        # bulk_create sets primary keys on SQLite and PostgreSQL alike; read them back by slug anyway
        # so that the links below never depend on the backend.
        ids = dict(Event.objects.filter(slug__in=[p.event.slug for p in plans]).values_list("slug", "id"))
        slots, theme_links, audience_links = [], [], []
        for plan in plans:
            plan.event.pk = event_id = ids[plan.event.slug]
            slots += [TimeSlot(event_id=event_id, starts_at=start, ends_at=end) for start, end in plan.slots]
            theme_links += [
                Event.themes.through(event_id=event_id, theme_id=self.themes[slug].pk) for slug in plan.theme_slugs
            ]
            audience_links += [
                Event.audiences.through(event_id=event_id, audience_id=self.audiences[slug].pk)
                for slug in plan.audience_slugs
            ]
        TimeSlot.objects.bulk_create(slots, batch_size=1000)
        Event.themes.through.objects.bulk_create(theme_links, batch_size=1000)
        Event.audiences.through.objects.bulk_create(audience_links, batch_size=1000)
        for plan in plans:
            self._replay_history(plan.event, plan.history)
        return len(plans)

    def _replay_history(self, event: Event, history: History) -> None:
        """The moderation history the state implies, through the same services as the site: the
        organisation's submission, the CRESS's decision, and maybe the organisation's cancellation."""
        if history.state == Event.State.DRAFT:
            return
        owner = self.users.get(self.owner_ids.get(event.organization_id))
        moderator = self.users.get(self.moderator_ids.get(event.region_id))
        services.submit_event(event=event, user=owner, at=history.submitted_at)
        quiet = {"moderator": moderator, "notify": False, "at": history.decided_at}
        if history.state == Event.State.PUBLISHED:
            services.publish_event(event=event, **quiet)
        elif history.state == Event.State.REJECTED:
            services.reject_event(event=event, reason=history.message, **quiet)
        elif history.state == Event.State.CHANGES_REQUESTED:
            services.request_changes(event=event, message=history.message, **quiet)
        if history.cancellation:
            services.cancel_event(
                event=event,
                user=owner,
                message=history.cancellation,
                at=history.decided_at + datetime.timedelta(days=1),
            )
