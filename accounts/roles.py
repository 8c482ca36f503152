"""Who may do what: one place for the roles of the site."""

NATIONAL_GROUP = "Équipe nationale"
MODERATORS_GROUP = "Modérateurs CRESS"


def is_national_staff(user) -> bool:
    """ESS France's staff: every region, the taxonomies, the editions and the moderators."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return user.is_superuser or user.groups.filter(name=NATIONAL_GROUP).exists()


def moderated_region_ids(user) -> set[int]:
    """The regions a staff user moderates (empty for anyone else)."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return set()
    return set(user.moderated_regions.values_list("pk", flat=True))
