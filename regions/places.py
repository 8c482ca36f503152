"""The place rule, written once: a postal code, its commune and its department must agree.

The organisation space's forms (events and organisations), the admin's forms and the import all ask
`check_place`, so that « 35000 Marseille » or an organisation « Rennes » at 69001 is refused the same
way, with a French message naming the communes of that postal code. The department (and so the
region, hence the CRESS that moderates) is the commune's: callers file the event or the organisation
under `PlaceCheck.department_code`."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import geodata

# How many communes of a postal code the message names before « … ».
COMMUNES_NAMED = 8


@dataclass
class PlaceCheck:
    commune: geodata.Commune | None = None
    # {"postal_code" | "city" | "department": French message}
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def department_code(self) -> str | None:
        return self.commune.department if self.commune else None


def communes_of(postal_code: str) -> str:
    """The names of the communes a postal code serves, for a message: « Rennes », « A, B ou C »."""
    names = list(dict.fromkeys(commune.name for commune in geodata.communes_for_postal_code(postal_code)))
    if len(names) > COMMUNES_NAMED:
        names = [*names[:COMMUNES_NAMED], "…"]
        return ", ".join(names)
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s ou %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


def check_place(postal_code: str, city: str, *, department_code: str | None = None) -> PlaceCheck:
    """Whether `postal_code` (5 digits) serves the commune `city` and, when given, lies in the
    department `department_code`. Empty values are the caller's to require."""
    postal_code = "".join((postal_code or "").split())
    if not postal_code or not (city or "").strip():
        return PlaceCheck()
    if not geodata.communes_for_postal_code(postal_code):
        return PlaceCheck(errors={"postal_code": _("Ce code postal est inconnu : vérifiez ses 5 chiffres.")})
    commune = geodata.commune_named(postal_code, city)
    if commune is None:
        return PlaceCheck(
            errors={
                "city": _(
                    "« %(city)s » n’est pas une commune du code postal %(code)s, qui dessert : %(communes)s. "
                    "Corrigez la commune ou le code postal."
                )
                % {"city": city.strip(), "code": postal_code, "communes": communes_of(postal_code)}
            }
        )
    if department_code and department_code != commune.department:
        return PlaceCheck(
            commune=commune,
            errors={
                "department": _("%(city)s (%(code)s) est dans le département %(department)s, pas dans le %(chosen)s.")
                % {
                    "city": commune.name,
                    "code": postal_code,
                    "department": commune.department,
                    "chosen": department_code,
                }
            },
        )
    return PlaceCheck(commune=commune)
