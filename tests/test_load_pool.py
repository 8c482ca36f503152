"""`make load`'s pool of addresses (bench/load.py): drawn the same way every run, every family there,
every address plain ASCII as a browser sends it, and the weights of the November mix as the issue says."""

from bench import load


def _data():
    return {
        "year": 2027,
        "regions": ["bretagne", "ile-de-france"],
        "themes": ["economie-circulaire-et-reemploi", "emploi"],
        "types": ["atelier", "visite"],
        "events": [f"evenement-{n}" for n in range(50)],
    }


def test_the_pool_is_the_same_every_run_and_covers_every_family():
    pool = load.url_pool(_data())
    assert pool == load.url_pool(_data())
    assert set(pool) == {"list", "map", "geojson", "event", "home", "region", "api", "rss", "ical", "floor"}
    assert all(pool[family] for family in pool)
    addresses = [address for family in pool.values() for address in family]
    assert all(address.isascii() and address.startswith("/") for address in addresses)
    assert any("q=coop%C3%A9rative" in address for address in pool["list"])
    assert all(address.startswith("/evenements/?region=") for address in pool["list"])


def test_the_table_compares_with_the_first_trial():
    row = {"Name": "Aggregated", "Type": "", "Request Count": "100", "Requests/s": "242.0", "50%": "60",
           "95%": "170", "99%": "400", "Failure Count": "0"}  # fmt: skip
    table = load.table([row], {"list (filters)": {**row, "Requests/s": "120"}})
    assert "| **all (mixed traffic)** | 100 | 242.0 | 11.0× |" in table
    assert "| list (filters), alone | 100 | 120.0 | 10.0× |  |" in table


def test_the_table_divides_each_family_alone_by_the_floor_alone():
    row = {"Name": "Aggregated", "Type": "", "Request Count": "100", "Requests/s": "300.0", "50%": "60",
           "95%": "170", "99%": "400", "Failure Count": "0"}  # fmt: skip
    solo = {"floor": row, "event page": {**row, "Requests/s": "150"}}
    table = load.table([row], solo)
    assert "| floor, alone | 100 | 300.0 |  |  |" in table
    assert "| event page, alone | 100 | 150.0 |  | 0.50 |" in table
