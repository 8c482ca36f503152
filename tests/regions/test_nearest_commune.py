"""regions.geodata.nearest_commune: the commune of a point, from the shipped table (no network)."""

import time

from regions.geodata import nearest_commune


def test_the_nearest_commune_of_points_in_france():
    assert (nearest_commune(48.3904, -4.4861).name, nearest_commune(48.3904, -4.4861).department) == ("Brest", "29")
    assert nearest_commune(45.4256, 4.3872).name == "Saint-Étienne"
    assert nearest_commune(-20.8789, 55.45).department == "974"  # overseas too
    rennes = nearest_commune(48.1113, -1.6800)
    assert (rennes.name, rennes.department) == ("Rennes", "35")
    assert rennes.postal_code.startswith("35")


def test_a_point_far_from_any_commune_has_none():
    assert nearest_commune(47.0, -7.5) is None  # the Atlantic
    assert nearest_commune(47.0, -5.5, max_km=10) is None


def test_a_thousand_lookups_are_fast():
    nearest_commune(48.0, 2.0)  # the index is built once
    started = time.perf_counter()
    for step in range(1000):
        nearest_commune(43.0 + step * 0.006, -1.0 + step * 0.008)
    assert time.perf_counter() - started < 2.0
