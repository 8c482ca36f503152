"""Create or update a CRESS moderator (or, with --national, a member of ESS France's staff)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from accounts.roles import MODERATORS_GROUP, NATIONAL_GROUP
from regions.models import Region


class Command(BaseCommand):
    help = (
        "Create or update a staff account that moderates the events of the given regions "
        "(--region SLUG, repeatable), or national staff with --national."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The person's e-mail address (their login).")
        parser.add_argument(
            "--region",
            action="append",
            default=[],
            dest="regions",
            metavar="SLUG",
            help="A region to moderate (its slug, e.g. bretagne); repeat for several.",
        )
        parser.add_argument("--national", action="store_true", help="National staff (ESS France): every region.")
        parser.add_argument(
            "--password", help="Set this password (otherwise a new account gets none and must reset it)."
        )

    def handle(self, *args, email, regions, national, password, **options):
        email = email.strip().lower()
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"« {email} » is not a valid e-mail address.") from None
        if national == bool(regions):
            raise CommandError("Give either --national or at least one --region SLUG.")
        found = {region.slug: region for region in Region.objects.filter(slug__in=regions)}
        unknown = sorted(set(regions) - set(found))
        if unknown:
            known = ", ".join(Region.objects.order_by("slug").values_list("slug", flat=True))
            raise CommandError(f"Unknown region(s): {', '.join(unknown)}. Known slugs: {known}.")

        User = get_user_model()
        with transaction.atomic():
            user, created = User.objects.get_or_create(email=email, defaults={"is_staff": True})
            if password:
                try:
                    validate_password(password, user)
                except ValidationError as error:
                    raise CommandError(" ".join(error.messages)) from None
                user.set_password(password)
            elif created:
                user.set_unusable_password()
            user.is_staff = True
            user.is_active = True
            user.save()
            moderators, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
            national_group, _ = Group.objects.get_or_create(name=NATIONAL_GROUP)
            if national:
                user.groups.add(national_group)
                user.groups.remove(moderators)
                user.moderated_regions.clear()
            else:
                user.groups.add(moderators)
                user.groups.remove(national_group)
                user.moderated_regions.set(found.values())

        what = "national staff" if national else "moderator of " + ", ".join(sorted(found))
        self.stdout.write(self.style.SUCCESS(f"{'Created' if created else 'Updated'} {email}: {what}."))
