"""Plain factories for the tests. Reference data (regions, departments, taxonomies, the 2026
edition) comes from the data migrations, so factories look it up rather than invent it."""

import datetime
import io
from zoneinfo import ZoneInfo

import factory
from django.core.management import call_command
from django.utils.text import slugify

from accounts.models import User
from events.models import Audience, Edition, Event, EventType, Theme, TimeSlot
from events.services import refresh_event_dates
from organizations.models import LegalForm, Membership, Organization
from regions import geodata
from regions.models import Department, Region


def region(slug="bretagne") -> Region:
    return Region.objects.get(slug=slug)


def department(code="35") -> Department:
    return Department.objects.select_related("region").get(code=code)


def main_place(department_code: str) -> tuple[str, str]:
    """(postal code, commune) that agree with a department (regions.places checks they do): Rennes
    for Ille-et-Vilaine, else the department's prefecture, else its first commune in the table."""
    if department_code == "35":
        return "35000", "Rennes"
    prefecture = Department.objects.filter(code=department_code).values_list("prefecture", flat=True).first()
    communes = geodata.communes_in_department(department_code)
    named = [
        c
        for c in communes
        if prefecture and geodata.normalize_city_name(c.name) == geodata.normalize_city_name(prefecture)
    ]
    commune = (named or list(communes))[0]
    return commune.postal_code, commune.name


STAFF_PASSWORD = "Ruisseau-Lanterne-1907"  # the password of the accounts add_moderator makes


def add_moderator(email, *args) -> User:
    """A staff account made by `manage.py add_moderator` (``--region SLUG`` or ``--national``)."""
    call_command("add_moderator", email, *args, "--password", STAFF_PASSWORD, stdout=io.StringIO())
    return User.objects.get(email=email)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"personne{n}@example.org")
    password = factory.django.Password("motdepasse-de-test")
    email_verified_at = factory.LazyFunction(lambda: datetime.datetime(2026, 9, 1, tzinfo=datetime.UTC))


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Association solidaire n°{n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    legal_form = LegalForm.ASSOCIATION
    department = factory.LazyFunction(lambda: department("35"))
    postal_code = factory.LazyAttribute(lambda o: main_place(o.department.code)[0] if o.department else "35000")
    city = factory.LazyAttribute(lambda o: main_place(o.department.code)[1] if o.department else "Rennes")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = Membership.Role.OWNER


MARTINIQUE = ZoneInfo("America/Martinique")


def martinique_slot(day: int, hour: int = 18, *, hours: int = 2, minute: int = 0):
    """A slot on that day of November 2026, at that hour in Martinique (UTC−4)."""
    start = datetime.datetime(2026, 11, day, hour, minute, tzinfo=MARTINIQUE)
    return start, start + datetime.timedelta(hours=hours)


def martinique_event(*slots, **fields) -> Event:
    """A published event in Fort-de-France; its slots are given in Martinique time
    (martinique_slot), by default 25 November 2026, 18:00–20:00 there."""
    place = {
        "department": department("972"),
        "postal_code": "97200",
        "city": "Fort-de-France",
        "latitude": 14.6161,
        "longitude": -61.0588,
    }
    return EventFactory(**{**place, **fields}, slots=list(slots) or [martinique_slot(25)])


class EventFactory(factory.django.DjangoModelFactory):
    """A published on-site event in Rennes on 27 November 2026, 18:00–20:00 Paris time.

    Pass `slots=[(start, end), …]` to choose its time slots, `themes=[…]` and `audiences=[…]`.
    """

    class Meta:
        model = Event
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory)
    edition = factory.LazyFunction(lambda: Edition.objects.get(year=2026))
    title = factory.Sequence(lambda n: f"Atelier de réparation n°{n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    summary = "Venez réparer vos objets avec des bénévoles."
    description = "Un **atelier** convivial."
    state = Event.State.PUBLISHED
    attendance_mode = Event.AttendanceMode.ON_SITE
    region = factory.LazyAttribute(lambda o: o.department.region if o.department else region("bretagne"))
    department = factory.LazyFunction(lambda: department("35"))
    venue_name = "Maison des associations"
    address = "6 cours des Alliés"
    postal_code = factory.LazyAttribute(lambda o: main_place(o.department.code)[0] if o.department else "35000")
    city = factory.LazyAttribute(lambda o: main_place(o.department.code)[1] if o.department else "Rennes")
    latitude = 48.1069
    longitude = -1.6764
    event_type = factory.LazyFunction(lambda: EventType.objects.get(slug="atelier"))

    @factory.post_generation
    def slots(obj, create, extracted, **kwargs):
        if not create:
            return
        tz = ZoneInfo(obj.region.timezone)
        pairs = extracted or [
            (
                datetime.datetime(2026, 11, 27, 18, tzinfo=tz),
                datetime.datetime(2026, 11, 27, 20, tzinfo=tz),
            )
        ]
        TimeSlot.objects.bulk_create([TimeSlot(event=obj, starts_at=s, ends_at=e) for s, e in pairs])
        refresh_event_dates(event=obj)

    @factory.post_generation
    def themes(obj, create, extracted, **kwargs):
        if create:
            obj.themes.set(extracted or [Theme.objects.get(slug="economie-circulaire-et-reemploi")])

    @factory.post_generation
    def audiences(obj, create, extracted, **kwargs):
        if create:
            obj.audiences.set(extracted or [Audience.objects.get(slug="grand-public")])
