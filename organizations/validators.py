from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# La Poste's SIREN is the one exception to the Luhn rule: its establishments' SIRET
# digits add up to a multiple of 5 instead.
LA_POSTE_SIREN = "356000000"


def normalize_siret(value: str) -> str:
    return "".join(ch for ch in value if not ch.isspace())


def siret_is_valid(value: str) -> bool:
    siret = normalize_siret(value)
    if len(siret) != 14 or not siret.isdigit():
        return False
    if siret.startswith(LA_POSTE_SIREN):
        return sum(int(d) for d in siret) % 5 == 0
    total = 0
    for index, char in enumerate(reversed(siret)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def validate_siret(value: str) -> None:
    siret = normalize_siret(value)
    if len(siret) != 14 or not siret.isdigit():
        raise ValidationError(_("Le SIRET compte exactement 14 chiffres."), code="siret_length")
    if not siret_is_valid(siret):
        raise ValidationError(
            _("Ce numéro SIRET n’est pas valide : vérifiez qu’aucun chiffre n’a été inversé ou oublié."),
            code="siret_checksum",
        )
