"""The demo content of seed_demo (events/demo/*.toml): its shape, French typography, lengths and taxonomy slugs."""

import pytest

from events import demo_content as content
from events.models import Audience, EventType, Highlight, Theme
from organizations.models import LegalForm

NBSP = "\u00a0"
NNBSP = "\u202f"
EVENT_PLACEHOLDERS = ("ville", "organisation")
LONG_CITY = "Saint-Rémy-de-Provence"  # a long real city name: titles must stay short once it is inserted


def placeholders(text: str) -> list[str]:
    """The names of the {placeholders} of ``text``; fails on a stray brace."""
    names = []
    rest = text
    while "{" in rest:
        before, _, after = rest.partition("{")
        assert "}" not in before, f"stray closing brace in {text!r}"
        name, closed, rest = after.partition("}")
        assert closed and "{" not in name, f"unclosed brace in {text!r}"
        names.append(name)
    assert "}" not in rest, f"stray closing brace in {text!r}"
    return names


def text_problems(text: str, where: str, allowed_placeholders: tuple[str, ...] = ()) -> list[str]:
    """What breaks the conventions of events/demo_content.py in ``text`` (placeholders, French typography)."""
    problems = []
    if text != text.strip():
        problems.append(f"{where}: leading or trailing whitespace")
    for needle, label in (("  ", "double space"), ("'", "straight apostrophe (use ’)"), ("...", "three dots (use …)")):
        if needle in text:
            problems.append(f"{where}: {label}")
    if "lorem" in text.lower():
        problems.append(f"{where}: lorem ipsum")
    problems += [f"{where}: unexpected {{{name}}}" for name in placeholders(text) if name not in allowed_placeholders]
    for placeholder in ("{ville}", "{organisation}"):
        for preposition in ("de ", "à ", "en ", "d’", "au ", "du "):
            if preposition + placeholder in text and not (
                preposition + placeholder == "de {ville}" and "du pays de {ville}" in text
            ):
                problems.append(f"{where}: {preposition!r} before {placeholder}")
    for i, char in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        context = repr(text[max(0, i - 30) : i + 5])
        if char == ":" and before != NBSP:
            problems.append(f"{where}: ':' without a no-break space before it, near {context}")
        elif char in ";!?" and before != NNBSP:
            problems.append(f"{where}: {char!r} without a narrow no-break space before it, near {context}")
        elif char == "«" and after != NBSP:
            problems.append(f"{where}: '«' without a no-break space after it, near {context}")
        elif char == "»" and before != NBSP:
            problems.append(f"{where}: '»' without a no-break space before it, near {context}")
        elif char in (NBSP, NNBSP) and (before in (" ", "") or after in (" ", "")):
            problems.append(f"{where}: misplaced no-break space, near {context}")
    return problems


def sentence_count(text: str) -> int:
    return sum(1 for i, char in enumerate(text) if char in ".!?…" and (i + 1 == len(text) or text[i + 1] == " "))


def test_text_problems_catch_broken_typography():
    def labels(text, allowed_placeholders=()):
        return [
            problem.split(": ", 1)[1].split(", near ")[0] for problem in text_problems(text, "t", allowed_placeholders)
        ]

    assert labels("Au programme\u00a0: «\u00a0un atelier\u00a0»\u202f! Place\u00a0{ville}\u202f;", ("ville",)) == []
    assert labels("Au programme\u00a0: « un atelier\u202f»\u202f!") == [
        "'«' without a no-break space after it",
        "'»' without a no-break space before it",
    ]
    assert labels("L'atelier à {ville} : venez ! ", ("ville",)) == [
        "leading or trailing whitespace",
        "straight apostrophe (use ’)",
        "'à ' before {ville}",
        "':' without a no-break space before it",
        "'!' without a narrow no-break space before it",
    ]
    assert labels("Collectif {quartier}", ("ville",)) == ["unexpected {quartier}"]


def test_organization_patterns_follow_the_legal_forms_in_order():
    assert list(content.ORGANIZATION_PATTERNS) == LegalForm.values


def test_organization_patterns_are_varied_and_well_written():
    names = [name for patterns in content.ORGANIZATION_PATTERNS.values() for name, _ in patterns]
    problems = []
    for legal_form, patterns in content.ORGANIZATION_PATTERNS.items():
        if len(patterns) < 12:
            problems.append(f"{legal_form}: only {len(patterns)} patterns")
        for name, description in patterns:
            where = f"organisation {name!r}"
            problems += text_problems(name, where, ("ville",)) + text_problems(description, where, ("ville",))
            if not 2 <= sentence_count(description) <= 4:
                problems.append(f"{where}: the description has {sentence_count(description)} sentences, not 2 to 4")
    assert problems == []
    assert len(names) == len(set(names)), "duplicate organisation names"


def test_event_templates_are_well_formed_and_well_written():
    problems = []
    for index, event in enumerate(content.EVENT_TEMPLATES):
        where = f"event #{index} {event['title']!r}"
        title, summary, description = event["title"], event["summary"], event["description"]
        for key in ("themes", "publics"):
            if not 1 <= len(event[key]) <= 3 or len(event[key]) != len(set(event[key])):
                problems.append(f"{where}: 1 to 3 distinct {key}, not {event[key]}")
        if event["type"] == "webinaire" and not event["online_ok"]:
            problems.append(f"{where}: a webinaire is online_ok")
        problems += text_problems(title, where, EVENT_PLACEHOLDERS)
        problems += text_problems(summary, where)
        problems += text_problems(description, where, EVENT_PLACEHOLDERS)
        if len(title.replace("{ville}", LONG_CITY)) > 110 or "{organisation}" in title:
            problems.append(f"{where}: titles are at most 110 characters with a long city, without the organisation")
        if "\n" in summary or "*" in summary or len(summary) > 190:
            problems.append(f"{where}: summaries are plain text on one line, at most 190 characters")
        if not 80 <= len(description.split()) <= 250 or "\n\n\n" in description:
            problems.append(f"{where}: descriptions have 80 to 250 words and no more than one blank line in a row")
    assert problems == []
    titles = [event["title"] for event in content.EVENT_TEMPLATES]
    assert len(titles) >= 110
    assert len(titles) == len(set(titles)), "duplicate event titles"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("key", "model", "minimum"),
    [("type", EventType, 4), ("themes", Theme, 5), ("publics", Audience, 4), ("temps_fort", Highlight, 2)],
)
def test_event_templates_use_every_term_of_each_taxonomy(key, model, minimum):
    counts = dict.fromkeys(model.objects.values_list("slug", flat=True), 0)
    assert counts, f"no {model.__name__} in the database"
    for event in content.EVENT_TEMPLATES:
        for slug in event[key] if isinstance(event[key], list) else [event[key]]:
            if slug is not None:  # an event without a temps fort
                assert slug in counts, f"unknown {key} slug {slug!r}"
                counts[slug] += 1
    assert {slug: count for slug, count in counts.items() if count < minimum} == {}


@pytest.mark.parametrize(
    ("name", "minimum", "max_length", "allowed_placeholders"),
    [
        ("VENUE_PATTERNS", 30, 80, ("ville",)),
        ("STREET_NAMES", 40, 60, ()),
        ("PRICE_CONDITIONS", 10, 120, ()),
        ("CANCELLATION_MESSAGES", 6, 500, ()),
        ("REJECTION_REASONS", 6, 500, ()),
        ("CHANGE_REQUESTS", 8, 500, ()),
        ("FIRST_NAMES", 30, 30, ()),
        ("LAST_NAMES", 30, 30, ()),
        ("IMAGE_ALT_TEXTS", 10, 200, ()),
    ],
)
def test_text_list_is_long_enough_distinct_and_well_written(name, minimum, max_length, allowed_placeholders):
    values = getattr(content, name)
    assert len(values) >= minimum
    assert len(values) == len(set(values)), "duplicates"
    assert [value for value in values if len(value) > max_length] == []
    assert [problem for value in values for problem in text_problems(value, repr(value), allowed_placeholders)] == []


def test_an_event_without_temps_fort_gets_none_and_a_malformed_one_is_refused():
    event = {key: content.EVENT_TEMPLATES[0][key] for key in content.EVENT_FIELDS if key != "temps_fort"}
    malformed = {key: value for key, value in event.items() if key != "title"} | {"titre": "x", "online_ok": "yes"}

    assert content.event_template(event, "e")["temps_fort"] is None
    with pytest.raises(ValueError, match=r"e: missing \['title'\], unknown \['titre'\], wrong type \['online_ok'\]"):
        content.event_template(malformed, "e")


def test_a_data_file_with_other_keys_is_refused_with_its_path(tmp_path):
    (tmp_path / "places.toml").write_text('venues = ["Salle des fêtes"]\nstreet = ["rue de la Gare"]\n', "utf-8")

    with pytest.raises(ValueError, match=r"places\.toml: expected the keys \['streets', 'venues'\]"):
        content.load("places", {"venues", "streets"}, directory=tmp_path)
