"""The reference data loaded by the data migrations is complete and consistent."""

import pytest
from django.utils.text import slugify

from regions.models import Department, Region

pytestmark = pytest.mark.django_db

REGION_CODES = {
    "Auvergne-Rhône-Alpes": "84", "Bourgogne-Franche-Comté": "27", "Bretagne": "53",
    "Centre-Val de Loire": "24", "Corse": "94", "Grand Est": "44", "Hauts-de-France": "32",
    "Île-de-France": "11", "Normandie": "28", "Nouvelle-Aquitaine": "75", "Occitanie": "76",
    "Pays de la Loire": "52", "Provence-Alpes-Côte d’Azur": "93", "Guadeloupe": "01",
    "Martinique": "02", "Guyane": "03", "La Réunion": "04", "Mayotte": "06",
}  # fmt: skip
# Departments of each region (INSEE, since 2016).
DEPARTMENTS_BY_REGION = {
    "84": "01 03 07 15 26 38 42 43 63 69 73 74",
    "27": "21 25 39 58 70 71 89 90",
    "53": "22 29 35 56",
    "24": "18 28 36 37 41 45",
    "94": "2A 2B",
    "44": "08 10 51 52 54 55 57 67 68 88",
    "32": "02 59 60 62 80",
    "11": "75 77 78 91 92 93 94 95",
    "28": "14 27 50 61 76",
    "75": "16 17 19 23 24 33 40 47 64 79 86 87",
    "76": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "52": "44 49 53 72 85",
    "93": "04 05 06 13 83 84",
    "01": "971",
    "02": "972",
    "03": "973",
    "04": "974",
    "06": "976",
}
OVERSEAS_TIMEZONES = {
    "guadeloupe": "America/Guadeloupe",
    "martinique": "America/Martinique",
    "guyane": "America/Cayenne",
    "la-reunion": "Indian/Reunion",
    "mayotte": "Indian/Mayotte",
}


def test_reference_data_has_the_18_regions_with_insee_codes_and_slugs():
    regions = {region.name: region for region in Region.objects.all()}
    assert {name: region.code for name, region in regions.items()} == REGION_CODES
    for name, region in regions.items():
        assert region.slug == slugify(name)
        assert region.cress_name


def test_reference_data_time_zones_of_overseas_regions():
    zones = dict(Region.objects.values_list("slug", "timezone"))
    for slug, zone in OVERSEAS_TIMEZONES.items():
        assert zones.pop(slug) == zone
    assert set(zones.values()) == {"Europe/Paris"}


def test_reference_data_has_101_departments_each_in_its_region():
    actual = {}
    for department in Department.objects.select_related("region"):
        actual.setdefault(department.region.code, set()).add(department.code)
    expected = {code: set(codes.split()) for code, codes in DEPARTMENTS_BY_REGION.items()}
    assert actual == expected
    assert Department.objects.count() == 101


def test_reference_data_department_points_lie_in_their_region_map_view():
    for department in Department.objects.select_related("region"):
        region = department.region
        assert region.bbox_south <= department.latitude <= region.bbox_north, department
        assert region.bbox_west <= department.longitude <= region.bbox_east, department


def test_reference_data_known_prefectures():
    assert Department.objects.get(code="35").prefecture == "Rennes"
    assert Department.objects.get(code="2A").prefecture == "Ajaccio"
    assert Department.objects.get(code="974").prefecture == "Saint-Denis"
