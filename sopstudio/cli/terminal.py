"""Text made safe for a terminal: what the CLI prints can never drive the terminal.

A title, a Nomor or a manifest field from a package is data someone else wrote. Printed raw,
an ESC sequence could move the cursor and rewrite the plan a user reads before `--yes`, a CR
or a newline could forge a line, a bidi override could reverse what a line says. `safe` shows
each such character as an escape instead; every CLI module prints through it.
"""

from __future__ import annotations

import unicodedata

#: Categories escaped: controls (C0, DEL, C1), format characters (bidi controls, zero-width
#: characters), lone surrogates, and the line and paragraph separators.
_ESCAPED = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def safe(text: object, keep_newlines: bool = False) -> str:
    """`str(text)` with every control, format (bidi, zero-width) and surrogate character
    written as a JSON-compatible escape ("\\u001b", "\\n", "\\t"). With `keep_newlines` the
    line breaks of a block we laid out ourselves (e.g. indented JSON) stay line breaks."""
    text = str(text)
    if text.isascii() and text.isprintable():
        return text
    return "".join(_escape(c, keep_newlines) for c in text)


def _escape(char: str, keep_newlines: bool) -> str:
    if unicodedata.category(char) not in _ESCAPED or (keep_newlines and char == "\n"):
        return char
    named = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(char)
    if named:
        return named
    code = ord(char)
    if code > 0xFFFF:  # as a UTF-16 pair, the way JSON writes it
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"
