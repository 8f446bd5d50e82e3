"""Escaping text for XML markup (DOCX parts, reportlab paragraph markup).

What `xml.sax.saxutils.escape` and `quoteattr` give (once parsed), without importing
`xml.sax.saxutils`, which pulls in `urllib.request` and the email and http packages (~15 ms
of every export's start-up), and cheaper per call: a decree's DOCX escapes ~90,000 strings.
"""

from __future__ import annotations

from functools import lru_cache


def escape(text: str) -> str:
    """`text` with &, < and > escaped, for element content."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=4096)
def quoteattr(value: str) -> str:
    """`value` escaped and in double quotes, for an attribute (cached: attribute values
    repeat: font families, alignments, colours)."""
    escaped = (
        escape(value)
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )
    return f'"{escaped}"'
