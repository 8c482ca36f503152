"""The README and docs/ checked against the code, so that they cannot drift apart.

- A figure the code holds is written in docs as a link to the file holding it, titled with the constant:
  `[60](../events/rules.py "MAX_SLOTS")`. Every such figure must equal the constant.
- The rate-limit table of docs/space.md names each constant of accounts/ratelimit.py, and all of them.
- The moderation decisions table and the CSV columns match events/workflow.py and opendata/exports.py.
- The README's configuration table lists every variable moisess/settings.py reads, with its numeric default.
- Every relative link (and its #anchor) points at something that exists; the README stays short.
"""

import ast
import importlib
import math
import re
from pathlib import Path

import pytest
from django.conf import settings

from accounts import ratelimit
from events import workflow
from events.management.commands import seed_demo
from events.models import Event
from opendata import exports

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"
SETTINGS_FILE = ROOT / "moisess" / "settings.py"
README_MAX_BYTES = 12_000
# Pages of the docs index written on other branches: their links are checked once the files exist.
PAGES_WRITTEN_ELSEWHERE = {DOCS / "architecture.md", DOCS / "security.md"}

LINK = re.compile(r"\[(?P<text>[^\]\n]*)\]\((?P<target>[^)\s]+)(?:\s+\"(?P<title>[^\"\n]*)\")?\)")
FENCED_CODE = re.compile(r"^```.*?^```", re.DOTALL | re.MULTILINE)
INLINE_CODE = re.compile(r"`[^`\n]*`")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
# How many of the constant's units one unit of the text is (seconds for durations, bytes, pixels).
UNITS = {
    "second": (1,),
    "seconds": (1,),
    "minute": (60,),
    "minutes": (60,),
    "hour": (3600,),
    "hours": (3600,),
    "day": (86400,),
    "days": (86400,),
    "MB": (10**6, 2**20),
    "megapixels": (10**6,),
}
ACCESSOR = re.compile(r"^(?P<name>[A-Za-z_]\w*)(?P<keys>(?:\[[^\]]+\])*)$")


def pages() -> list[Path]:
    return [README, *sorted(DOCS.glob("*.md"))]


def without_code(text: str) -> str:
    """The Markdown with code blocks removed and inline code blanked (their brackets are not links)."""
    return INLINE_CODE.sub("`code`", FENCED_CODE.sub("", text))


def links(page: Path):
    for match in LINK.finditer(without_code(page.read_text(encoding="utf-8"))):
        yield match["text"], match["target"], match["title"]


def anchors(page: Path) -> set[str]:
    """GitHub's anchors for the headings of a page."""
    text = FENCED_CODE.sub("", page.read_text(encoding="utf-8"))
    return {re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-") for heading in HEADING.findall(text)}


def figures() -> list[tuple[Path, str, Path, str]]:
    """Every link titled with a constant: (page, stated text, file, constant)."""
    found = []
    for page in pages():
        for text, target, title in links(page):
            if title is not None:
                found.append((page, text, (page.parent / target.split("#")[0]).resolve(), title))
    return found


def constant(source: Path, accessor: str):
    """The value named by ``NAME``, ``NAME['key']`` or ``NAME[0]`` in the module of ``source``."""
    match = ACCESSOR.match(accessor)
    assert match, f"{accessor!r} is not a constant's name (NAME, NAME['key'], NAME[0])"
    relative = source.relative_to(ROOT)
    if relative == Path("moisess/settings.py"):
        holder = settings  # Django's defaults too (PASSWORD_RESET_TIMEOUT…)
    else:
        holder = importlib.import_module(".".join(relative.with_suffix("").parts))
    value = getattr(holder, match["name"])
    for key in re.findall(r"\[([^\]]+)\]", match["keys"]):
        value = value[ast.literal_eval(key)]
    return value


def numbers_in(text: str) -> list[float]:
    return [float(number) for number in re.findall(r"\d+(?:\.\d+)?", text)]


def stated_matches(text: str, value) -> bool:
    expected = [float(item) for item in (value if isinstance(value, tuple | list) else [value])]
    numbers = numbers_in(text)
    unit = text.split()[-1] if text.split() else ""
    if unit in UNITS:
        return len(numbers) == len(expected) == 1 and any(
            math.isclose(numbers[0] * factor, expected[0]) for factor in UNITS[unit]
        )
    return len(numbers) == len(expected) and all(map(math.isclose, numbers, expected))


def table_rows(text: str) -> list[list[str]]:
    """The body rows of every Markdown table in ``text``, as lists of stripped cells."""
    rows = []
    for line in text.splitlines():
        if line.startswith("|") and not re.fullmatch(r"\|[\s\-:|]+\|", line):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def section(text: str, heading: str) -> str:
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


# -- Figures -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "text", "source", "accessor"),
    figures(),
    ids=lambda value: value.name if isinstance(value, Path) else str(value),
)
def test_figure_in_docs_equals_the_constant_it_links_to(page, text, source, accessor):
    assert source.suffix == ".py" and source.is_file(), f"{page.name}: [{text}] must link to a Python file"
    value = constant(source, accessor)
    assert stated_matches(text, value), (
        f"{page.name} says [{text}] for {source.relative_to(ROOT)} {accessor}, which is {value!r}"
    )


def test_docs_state_their_figures_as_links_to_the_code():
    # The convention is in use (a broken regular expression would otherwise check nothing).
    stated = {(page.name, accessor) for page, _text, _source, accessor in figures()}
    assert {("space.md", "MAX_SLOTS"), ("browsing.md", "CACHE_SECONDS"), ("opendata.md", "FEED_SIZE")} <= stated


def test_stated_matches_reads_units():
    assert stated_matches("5 MB", 5 * 1024 * 1024)
    assert stated_matches("1.5 MB", 1_500_000)
    assert stated_matches("24 hours", 24 * 3600)
    assert stated_matches("1600 × 1600 px", (1600, 1600))
    assert stated_matches("5, 10, 20 or 50", (5, 10, 20, 50))
    assert not stated_matches("5 minutes", 5)
    assert not stated_matches("600 × 600", (600, 800))


# -- Tables that mirror the code --------------------------------------------------------------------


def test_rate_limit_table_lists_every_rate_of_the_code_with_its_figures():
    rates = {name: value for name, value in vars(ratelimit).items() if isinstance(value, ratelimit.Rate)}
    window_seconds = {"minute": 60, "hour": 3600, "day": 86400}
    documented = {}
    for row in table_rows(section((DOCS / "space.md").read_text(encoding="utf-8"), "Anti-abuse")):
        name = row[-1].strip("`")
        if name in rates or re.fullmatch(r"[A-Z_]+", name):
            limit = re.match(r"(\d+) per (?:(\d+) )?(minute|hour|day)s?\b", row[2])
            assert limit, f"docs/space.md, {name}: « {row[2]} » should read « N per [M] minute(s)/hour(s)/day(s) »"
            documented[name] = ratelimit.Rate(int(limit[1]), int(limit[2] or 1) * window_seconds[limit[3]])
    assert sorted(documented) == sorted(rates), "docs/space.md must list every Rate of accounts/ratelimit.py"
    for name, rate in rates.items():
        assert documented[name] == rate, f"docs/space.md says {documented[name]} for {name}, the code {rate}"


def test_decision_table_matches_the_states_each_decision_starts_from():
    labels = {state.value.replace("_", " "): state for state in Event.State}
    decisions = {name: workflow.TRANSITIONS[name].sources for name in workflow.DECISIONS}
    documented = {}
    for row in table_rows((DOCS / "moderation.md").read_text(encoding="utf-8")):
        name = row[0].strip("`")
        if name in decisions:
            documented[name] = {labels[re.sub(r"\(.*?\)", "", label).strip()] for label in row[1].split(",")}
    assert documented == decisions


def test_csv_columns_in_docs_are_the_export_columns():
    text = (DOCS / "opendata.md").read_text(encoding="utf-8")
    listed = re.search(r"\*\*CSV columns\*\*[^:]*:\s*`([^`]+)`", text)
    assert listed, "docs/opendata.md lists the CSV columns as « **CSV columns** (…): `id; uid; …` »"
    assert [column.strip() for column in listed[1].split(";")] == exports.COLUMNS


def settings_variables() -> dict[str, int | None]:
    """Every environment variable moisess/settings.py reads, with its default when it is an integer."""
    readers = {"envbool", "envint", "envlist", "envstr", "os.environ.get"}
    found = {}
    for node in ast.walk(ast.parse(SETTINGS_FILE.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and ast.unparse(node.func) in readers and node.args:
            name = node.args[0]
            if isinstance(name, ast.Constant) and isinstance(name.value, str):
                default = node.args[1] if len(node.args) > 1 else None
                numeric = isinstance(default, ast.Constant) and type(default.value) is int
                found[name.value] = default.value if numeric else None
    return found


def test_readme_configuration_lists_every_variable_with_its_numeric_default():
    rows = table_rows(section(README.read_text(encoding="utf-8"), "Configuration"))
    row_of = {name: row for row in rows for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", row[0])}
    variables = settings_variables()
    assert {"DEBUG", "SECRET_KEY", "DATABASE_URL", "GEOCODER_TIMEOUT_MS"} <= variables.keys()
    missing = sorted(variables.keys() - row_of.keys())
    assert not missing, f"README.md, « Configuration »: add a row for {', '.join(missing)} (read by settings.py)"
    for name, default in variables.items():
        if default is not None:
            assert re.search(rf"(?<![\d.]){default}(?![\d.])", row_of[name][1]), (
                f"README.md, « Configuration »: {name} defaults to {default} in settings.py"
            )


def test_readme_keeps_the_demo_accounts():
    text = README.read_text(encoding="utf-8")
    assert f"**`{seed_demo.DEMO_PASSWORD}`**" in text
    assert f"`{seed_demo.NATIONAL_EMAIL}`" in text
    assert f"`moderation-<region-slug>@{seed_demo.DEMO_DOMAIN}`" in text
    assert f"`<organisation-slug>@{seed_demo.DEMO_DOMAIN}`" in text


# -- Links and size ---------------------------------------------------------------------------------


@pytest.mark.parametrize("page", pages(), ids=lambda page: page.name)
def test_relative_links_point_at_existing_files_and_headings(page):
    broken = []
    for text, target, _title in links(page):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:…
            continue
        path, _, anchor = target.partition("#")
        destination = (page.parent / path).resolve() if path else page
        if destination in PAGES_WRITTEN_ELSEWHERE and not destination.exists():
            continue
        if not destination.exists():
            broken.append(f"[{text}]({target}): no such file")
        elif anchor and destination.suffix == ".md" and anchor not in anchors(destination):
            broken.append(f"[{text}]({target}): no such heading in {destination.name}")
    assert not broken, f"{page.relative_to(ROOT)}: " + "; ".join(broken)


def test_readme_is_short():
    size = len(README.read_bytes())
    assert size <= README_MAX_BYTES, f"README.md is {size} bytes: move reference material to docs/"
