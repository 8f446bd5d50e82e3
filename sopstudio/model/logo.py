"""The letterhead logo (the Garuda or a regional emblem) as a style carries it: a PNG image in
a `data:` URL, so a `*.style.json` file is self-contained."""

from __future__ import annotations

import base64
import binascii
import struct

from sopstudio.model.errors import FormatError

PREFIX = "data:image/png;base64,"
#: Largest logo accepted, in bytes of PNG (an emblem scanned at print resolution is far less).
MAX_BYTES = 512 * 1024
_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def logo_url(png: bytes) -> str:
    """The `data:` URL of PNG bytes (FormatError if they are not a PNG within the limit)."""
    png_size(png)
    return PREFIX + base64.b64encode(png).decode("ascii")


def logo_png(url: str) -> bytes:
    """The PNG bytes of a logo `data:` URL; FormatError in Bahasa Indonesia otherwise."""
    if not url.startswith(PREFIX):
        raise FormatError("logo harus gambar PNG (data:image/png;base64,...)")
    try:
        png = base64.b64decode(url[len(PREFIX) :], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FormatError("logo: base64 rusak") from exc
    png_size(png)
    return png


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels from a PNG's header; FormatError if it is no PNG."""
    if len(png) > MAX_BYTES:
        raise FormatError(f"logo terlalu besar ({len(png)} bita; batas {MAX_BYTES})")
    if len(png) < 24 or not png.startswith(_SIGNATURE) or png[12:16] != b"IHDR":
        raise FormatError("logo bukan berkas PNG")
    width, height = struct.unpack(">II", png[16:24])
    if not width or not height:
        raise FormatError("logo PNG tanpa ukuran")
    return width, height
