"""Who someone is: the roles of the site. What each role may see and do is `accounts.policy`."""

NATIONAL_GROUP = "Équipe nationale"
MODERATORS_GROUP = "Modérateurs CRESS"


def is_national_staff(user) -> bool:
    """ESS France's staff: every region, the taxonomies, the editions and the moderators."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return user.is_superuser or user.groups.filter(name=NATIONAL_GROUP).exists()
