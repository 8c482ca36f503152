"""The « Je participe au Mois de l’ESS <year> » badge, drawn by the site for each edition (SVG and PNG)."""

import functools
import io
from xml.sax.saxutils import escape

import fontpkg
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

# The PNG's size, stated on the kit page; the SVG scales to any size.
PNG_SIZE = 600
BRAND = "#5a2382"
ACCENT = "#b3124f"
WHITE = "#ffffff"
# The PNG's typeface, installed from PyPI (fontpkg-inter, OFL): Pillow's own default font has no
# accented letters. The SVG names it first and falls back to system fonts.
FONT_FAMILY = "Inter"


def badge_lines(year: int) -> list[str]:
    """The badge's words, line by line: the same in the SVG and in the PNG."""
    return [_("Je participe au"), _("Mois de l’ESS"), str(year), _("économie sociale"), _("et solidaire")]


def badge_label(year: int) -> str:
    return _("Je participe au Mois de l’ESS %(year)s") % {"year": year}


def badge_svg(year: int) -> str:
    """A self-contained SVG: no script, no external reference, system fonts."""
    top, name, year_text, tagline, tagline_end = (escape(line) for line in badge_lines(year))
    label = escape(badge_label(year))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 600" width="600" height="600" role="img" aria-labelledby="badge-title">
  <title id="badge-title">{label}</title>
  <circle cx="300" cy="300" r="296" fill="{BRAND}"/>
  <circle cx="300" cy="300" r="270" fill="none" stroke="{WHITE}" stroke-width="6"/>
  <g fill="{WHITE}" font-family="'{FONT_FAMILY}', system-ui, 'Segoe UI', Roboto, Arial, sans-serif" text-anchor="middle">
    <text x="300" y="190" font-size="44">{top}</text>
    <text x="300" y="270" font-size="58" font-weight="700">{name}</text>
    <rect x="200" y="300" width="200" height="100" rx="16" fill="{ACCENT}"/>
    <text x="300" y="374" font-size="72" font-weight="700">{year_text}</text>
    <text x="300" y="450" font-size="34">{tagline}</text>
    <text x="300" y="490" font-size="34">{tagline_end}</text>
  </g>
</svg>
"""


@functools.cache
def _font_path() -> str:
    # One variable font file carries every weight.
    return str(fontpkg.path(FONT_FAMILY))


def badge_font(*, size: int, bold: bool) -> ImageFont.FreeTypeFont:
    font = ImageFont.truetype(_font_path(), size=size)
    font.set_variation_by_name("Bold" if bold else "Regular")
    return font


# Drawing and compressing costs about a second: each process keeps the few editions' images it drew.
@functools.lru_cache(maxsize=4)
def badge_png(year: int) -> bytes:
    """The same badge as a PNG_SIZE × PNG_SIZE image."""
    # Drawn at twice the size then reduced: Pillow does not antialias shapes.
    scale = 2
    size = PNG_SIZE * scale
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    s = size / 600
    draw.ellipse([4 * s, 4 * s, 596 * s, 596 * s], fill=BRAND)
    draw.ellipse([30 * s, 30 * s, 570 * s, 570 * s], outline=WHITE, width=round(6 * s))
    draw.rounded_rectangle([200 * s, 300 * s, 400 * s, 400 * s], radius=16 * s, fill=ACCENT)
    top, name, year_text, tagline, tagline_end = badge_lines(year)
    lines = (
        (top, 190, 44, False),
        (name, 270, 58, True),
        (year_text, 374, 72, True),
        (tagline, 450, 34, False),
        (tagline_end, 490, 34, False),
    )
    for text, baseline, font_size, bold in lines:
        font = badge_font(size=round(font_size * s), bold=bold)
        draw.text((300 * s, baseline * s), text, font=font, fill=WHITE, anchor="ms")
    image = image.resize((PNG_SIZE, PNG_SIZE), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
