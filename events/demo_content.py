"""Demo content for the ``seed_demo`` command, read from the TOML files of ``events/demo/``.

Everything there is fictional French content, which ``seed_demo`` combines deterministically with a
``random.Random`` instance. This module only loads it and checks its shape; the editorial rules (typography,
lengths, taxonomy slugs) are checked by ``tests/events/test_demo_content.py``. Conventions of the texts:

- Placeholders: ``{ville}`` (a city name) and ``{organisation}`` (an organisation name), never after a
  preposition that would have to agree with the name ("de {ville}"); no other braces, so ``str.format`` works.
  Summaries have none.
- Typography: no-break space (U+00A0) before ":" and inside « guillemets », narrow no-break space (U+202F)
  before ";", "!" and "?", apostrophe U+2019, no-break space between a number and its unit.
"""

import tomllib
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "demo"
# The fields of an event template, in the order of the dicts handed to seed_demo, with their type.
EVENT_FIELDS = {"type": str, "themes": list, "publics": list, "title": str, "summary": str, "description": str}
EVENT_FIELDS |= {"online_ok": bool, "temps_fort": str}
OPTIONAL_EVENT_FIELDS = {"temps_fort"}  # absent when the event belongs to no highlight


def load(name: str, keys: set[str] | None = None, directory: Path = DATA_DIR) -> dict:
    """The table of ``<directory>/<name>.toml``; with ``keys``, it must have exactly those top-level keys."""
    path = directory / f"{name}.toml"
    with path.open("rb") as file:
        data = tomllib.load(file)
    if keys is not None and set(data) != keys:
        raise ValueError(f"{path}: expected the keys {sorted(keys)}, found {sorted(data)}")
    return data


def texts(values: object, where: str) -> list[str]:
    """``values`` if it is a non-empty list of strings."""
    if not (isinstance(values, list) and values and all(isinstance(value, str) for value in values)):
        raise ValueError(f"{where}: expected a non-empty list of strings")
    return values


def event_template(event: dict, where: str) -> dict:
    """``event`` with all the fields, ``temps_fort`` being None when absent; fails on a missing or unknown field."""
    missing, unknown = set(EVENT_FIELDS) - OPTIONAL_EVENT_FIELDS - set(event), set(event) - set(EVENT_FIELDS)
    wrong = [key for key, value in event.items() if not isinstance(value, EVENT_FIELDS.get(key, object))]
    if missing or unknown or wrong:
        raise ValueError(f"{where}: missing {sorted(missing)}, unknown {sorted(unknown)}, wrong type {wrong}")
    for key in ("themes", "publics"):
        texts(event[key], f"{where} {key}")
    return {key: event.get(key) for key in EVENT_FIELDS}


def _organization_patterns(data: dict) -> dict[str, list[tuple[str, str]]]:
    patterns = {}
    for legal_form, entries in data.items():
        if not isinstance(entries, list) or not all(
            isinstance(entry, dict) and set(entry) == {"name", "description"} for entry in entries
        ):
            raise ValueError(f"organizations.toml [[{legal_form}]]: each entry has exactly a name and a description")
        patterns[legal_form] = [tuple(texts([e["name"], e["description"]], legal_form)) for e in entries]
    return patterns


ORGANIZATION_PATTERNS = _organization_patterns(load("organizations"))
EVENT_TEMPLATES = [
    event_template(e, f"events.toml event #{i}") for i, e in enumerate(load("events", {"event"})["event"])
]
_places = load("places", {"venues", "streets"})
VENUE_PATTERNS = texts(_places["venues"], "places.toml venues")
STREET_NAMES = texts(_places["streets"], "places.toml streets")
PRICE_CONDITIONS = texts(load("prices", {"conditions"})["conditions"], "prices.toml conditions")
_messages = load("messages", {"cancellations", "rejections", "change_requests"})
CANCELLATION_MESSAGES = texts(_messages["cancellations"], "messages.toml cancellations")
REJECTION_REASONS = texts(_messages["rejections"], "messages.toml rejections")
CHANGE_REQUESTS = texts(_messages["change_requests"], "messages.toml change_requests")
_people = load("people", {"first_names", "last_names"})
FIRST_NAMES = texts(_people["first_names"], "people.toml first_names")
LAST_NAMES = texts(_people["last_names"], "people.toml last_names")
IMAGE_ALT_TEXTS = texts(load("images", {"alt_texts"})["alt_texts"], "images.toml alt_texts")
