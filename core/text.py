"""Text written by organisations and staff: rendered from Markdown through an allow-list, and kept
free of the invisible characters that break shared outputs.

**Markdown.** markdown-it-py (CommonMark, plus tables) parses in time linear in the text, with
nesting capped. Its output goes through nh3's allow-list, which drops raw HTML that is not allowed
and links whose scheme is not. The sanitiser's cost grows with the depth of the HTML it is given:
the renderer's own markup is at most ``MAX_NESTING`` deep, and a text with more than
``MAX_RAW_HTML_TAGS`` raw HTML opening tags gets them all shown as typed, not interpreted. The
rendered HTML of a text is cached under a hash of the text and ``RENDERER_VERSION``: pages render
each description once per revision, not once per view (``render_markdown_cached``).

**Spreadsheets.** ``spreadsheet_cell`` prefixes with an apostrophe a cell a spreadsheet would run as
a formula (CSV and xlsx exports); ``from_spreadsheet_cell`` undoes it for imports.

**Characters.** ``clean_text`` removes control characters (C0 and C1, except tab and line breaks
in multi-line text) and the bidirectional formatting characters that can make a title read
backwards (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C). Forms apply it to every text
field (``core.forms.CleanTextMixin``); outputs apply ``printable`` to what is already stored.

And the text helpers every layer shares: accent folding (`fold`), for sorting and searching French
names, and French dates (`format_day`)."""

import hashlib
import re
import unicodedata

import nh3
from django.core.cache import cache
from django.utils import formats
from markdown_it import MarkdownIt
from markdown_it.rules_block.table import table as gfm_table

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "u", "s", "ul", "ol", "li", "a", "blockquote",
    "h2", "h3", "h4", "hr", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}

# Part of the cache key of rendered HTML: bump it whenever the same text would render differently
# (another renderer, option, allow-list…), so that no page shows HTML made by the previous one.
RENDERER_VERSION = "markdown-it-1"
RENDER_CACHE_SECONDS = 7 * 24 * 3600
# Nesting of containers (a list in a quote in a list…) and of inline markup beyond which markdown-it
# stops interpreting: a few levels are plenty for an event's programme, and each level costs a pass
# per line. It also bounds the depth of the HTML given to the sanitiser, whose cost grows with depth.
MAX_NESTING = 10

# Limits of the texts rendered as Markdown, in characters (the forms and the import refuse more).
MAX_DESCRIPTION_LENGTH = 10_000
MAX_PAGE_BODY_LENGTH = 50_000

# Raw HTML opening tags (``<b>``, ``<br>``…) a text may use before all of them are shown as typed:
# enough for a pasted description, few enough to bound the depth of what the sanitiser parses.
MAX_RAW_HTML_TAGS = 250
_OPENING_TAG = re.compile(r"<[A-Za-z]")
# Cells of all the tables of one text. A table row shorter than its header is completed with empty
# cells, so that a wide header over many one-character rows would make hundreds of cells per character
# typed; rows beyond the budget stay plain text.
MAX_TABLE_CELLS = 2_000
_TABLE_CELLS_LEFT = "table_cells_left"


def _table_within_budget(state, start_line: int, end_line: int, silent: bool) -> bool:
    """markdown-it's table rule, with at most MAX_TABLE_CELLS cells over the whole text."""
    left = state.env.get(_TABLE_CELLS_LEFT, MAX_TABLE_CELLS)
    if start_line + 1 >= end_line:
        return False
    delimiter_row = state.src[state.bMarks[start_line + 1] : state.eMarks[start_line + 1]]
    columns = delimiter_row.count("|") + 1  # at least the table's number of columns
    rows = left // columns - 1  # besides the header
    if rows < 0:
        return False
    before = len(state.tokens)
    if not gfm_table(state, start_line, min(end_line, start_line + 2 + rows), silent):
        return False
    if not silent:
        cells = sum(1 for token in state.tokens[before:] if token.type in {"th_open", "td_open"})
        state.env[_TABLE_CELLS_LEFT] = left - cells
    return True


def _renderer(*, html: bool) -> MarkdownIt:
    options = {"html": html, "maxNesting": MAX_NESTING, "linkify": False, "typographer": False, "xhtmlOut": False}
    renderer = MarkdownIt("commonmark", options)
    renderer.block.ruler.at("table", _table_within_budget, {"alt": ["paragraph", "reference"]})
    renderer.enable("table")
    # markdown-it leaves a link with a scheme it distrusts as plain text, showing the address; the
    # sanitiser's list of schemes is the one rule: it keeps the link text and drops the address.
    renderer.validateLink = lambda url: True
    return renderer


_markdown = _renderer(html=True)
_markdown_escaping_html = _renderer(html=False)


def sanitize_html(html: str) -> str:
    """Keep only harmless markup: no script, no event handler, no javascript: link."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )


def render_markdown(text: str) -> str:
    """Markdown to sanitised HTML, in time linear in the text."""
    if not text:
        return ""
    renderer = _markdown
    tokens = renderer.parse(text, {})
    if _raw_html_tags(tokens) > MAX_RAW_HTML_TAGS:
        renderer = _markdown_escaping_html
        tokens = renderer.parse(text, {})
    return sanitize_html(renderer.renderer.render(tokens, renderer.options, {}))


def _raw_html_tags(tokens) -> int:
    """The opening tags of the raw HTML of a parsed text (closing tags add no depth)."""
    count = 0
    for token in tokens:
        if token.type == "html_block":
            count += len(_OPENING_TAG.findall(token.content))
        elif token.children:
            count += sum(
                len(_OPENING_TAG.findall(child.content)) for child in token.children if child.type == "html_inline"
            )
    return count


def render_markdown_cached(text: str) -> str:
    """``render_markdown``, computed once per text (and renderer version) for every page that shows it."""
    if not text:
        return ""
    key = f"markdown:{RENDERER_VERSION}:{hashlib.sha256(text.encode()).hexdigest()}"
    html = cache.get(key)
    if html is None:
        html = render_markdown(text)
        cache.set(key, html, RENDER_CACHE_SECONDS)
    return html


# -- Invisible characters ----------------------------------------------------------------------------------

# Bidirectional formatting: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), marks
# (U+200E, U+200F, U+061C). They reorder what follows them, in a title as in a calendar application.
_BIDI = r"\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
# C0 controls but tab, line feed and carriage return; DEL and the C1 controls (U+007F–U+009F).
_UNSAFE = re.compile(rf"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")
_UNSAFE_SINGLE_LINE = re.compile(rf"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_LINE_BREAKS = re.compile(r"\t|\r\n?|\n")


def clean_text(value: str, *, multiline: bool = True) -> str:
    """The text without control and bidirectional formatting characters.

    Multi-line text keeps its tabs and line breaks; single-line text gets a space for each of them.
    """
    if multiline:
        return _UNSAFE.sub("", value)
    return _UNSAFE_SINGLE_LINE.sub("", _LINE_BREAKS.sub(" ", value))


def has_unsafe_characters(value: str) -> bool:
    return _UNSAFE.search(value) is not None


def printable(value):
    """``clean_text`` for an output (feed, calendar, export…) of what may already be stored; other
    values pass through as they are."""
    return _UNSAFE.sub("", value) if isinstance(value, str) else value


def printable_html(content: bytes, content_type: str, charset: str) -> bytes:
    """An HTML page's body without control or bidirectional formatting characters (other bodies, and
    bodies that are not text in ``charset``, as they are)."""
    if not content_type.startswith("text/html"):
        return content
    try:
        html = content.decode(charset)
    except UnicodeDecodeError:
        return content
    return printable(html).encode(charset) if has_unsafe_characters(html) else content


def printable_data(value):
    """``printable`` applied to every string of a JSON-like structure (dicts, lists)."""
    if isinstance(value, str):
        return _UNSAFE.sub("", value)
    if isinstance(value, dict):
        return {key: printable_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [printable_data(item) for item in value]
    return value


# A spreadsheet runs a cell starting with = + - or @ as a formula (some after leading spaces, which they
# trim), and some a cell starting with a tab, a line break or NUL (CSV injection: OWASP, ASVS 1.2.10).
_FORMULA_START = re.compile(r"[\t\r\n\0]|\s*[=+\-@]")


def spreadsheet_cell(value: str) -> str:
    """Text for a spreadsheet cell (CSV or .xlsx): prefixed with an apostrophe, which shows it as text,
    when a spreadsheet would run it. A phone number « +33 … » is prefixed too: it stays readable."""
    return f"'{value}" if _FORMULA_START.match(value) else value


def from_spreadsheet_cell(value: str) -> str:
    """The inverse of spreadsheet_cell, for imports."""
    return value[1:] if value.startswith("'") and _FORMULA_START.match(value[1:]) else value


def _build_fold_table() -> dict[int, str]:
    """Every character of Latin-1 and Latin Extended-A whose decomposition drops an accent."""
    table = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base != char:
            table[code] = base.lower()
    table.update({ord("œ"): "oe", ord("Œ"): "oe", ord("æ"): "ae", ord("Æ"): "ae", ord("’"): "'"})
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str | None) -> str:
    """Lower-case ``text`` and strip its accents: « Économie » → « economie ».

    A translation table rather than Unicode decomposition: SQLite calls this once per row searched.
    """
    if not text:
        return ""
    return text.lower().translate(_FOLD_TABLE)


def format_date(value, fmt: str) -> str:
    """``value`` formatted as Django's ``date`` filter does, except that French writes the first day
    of a month as an ordinal: « samedi 1er novembre 2026, 14h00 », « 2 novembre ». The one date
    formatting function of the site (templates use it through the ``french_format`` filter)."""
    if getattr(value, "day", None) == 1:
        out, escaped = [], False
        for char in fmt:
            if escaped:
                out.append("\\" + char)
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == "j":
                out.append(r"\1\e\r")
            else:
                out.append(char)
        fmt = "".join(out)
    return formats.date_format(value, fmt)


def format_day(day, *, with_year: bool = False) -> str:
    """« 1er novembre », « 30 novembre 2026 »."""
    return format_date(day, "j F Y" if with_year else "j F")
