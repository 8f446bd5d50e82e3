"""What text SOP Studio holds: decided once, applied at every entry point.

Legal text is Unicode scalar values with no control character but the tab and the line break
"\n", and no noncharacter: what XML 1.0 (DOCX), PDF strings and PostgreSQL text can carry.
`clean` makes any string legal: a lone surrogate becomes U+FFFD (visibly "something was
here"), CR LF / CR / NEL / U+2028 / U+2029 become "\n", and every other control character
(C0, DEL, C1) and noncharacter is removed.

Text is not normalised (NFC): what a user wrote is kept, and the content hashes of libraries
and packages written before stay valid; the exporters draw either form.

Typing and paste (the model ops), the importers, the JSON readers and the library all clean;
so the exporters only ever see legal text. Bidi controls and zero-width characters are legal
(some scripts need them) but validation flags them in identity fields (`validate.py`), and the
command line shows them escaped (`cli/terminal.py`).
"""

from __future__ import annotations

import dataclasses
import re
from enum import Enum
from typing import Any

_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
_SURROGATES = re.compile("[\ud800-\udfff]")
#: Controls but tab and "\n", plus the noncharacters U+FDD0..U+FDEF and U+xFFFE/U+xFFFF.
_ILLEGAL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17))
    + "]"
)


def clean(text: str) -> str:
    """`text` made legal (see the module docstring); legal text comes back unchanged."""
    if text.isascii() and text.isprintable():
        return text  # the common case, without a copy
    text = _LINE_BREAKS.sub("\n", _SURROGATES.sub("\ufffd", text))
    return _ILLEGAL.sub("", text)


def is_legal(text: str) -> bool:
    """True when `clean` would leave `text` as it is."""
    return clean(text) == text


def illegal_characters(text: str) -> list[str]:
    """The characters `clean` removes or replaces in `text`, each once, as "U+000B"."""
    found = _SURROGATES.findall(text) + _ILLEGAL.findall(text)
    found += [c for c in "\r\x85\u2028\u2029" if c in text]
    return sorted({f"U+{ord(c):04X}" for c in found})


def clean_tree(value: Any) -> tuple[Any, list[str]]:
    """A copy of a str, list or dataclass tree (a Sop, a Decree, a step) with every string
    cleaned, and the characters that were removed or replaced ("U+000B", ...).

    Enum members (e.g. `StepKind`, a str subclass) and non-field attributes are left alone.
    """
    found: set[str] = set()

    def walk(item: Any) -> Any:
        if isinstance(item, Enum):
            return item
        if isinstance(item, str):
            legal = clean(item)
            if legal != item:
                found.update(illegal_characters(item))
            return legal
        if isinstance(item, list):
            return [walk(x) for x in item]
        if isinstance(item, tuple):
            return tuple(walk(x) for x in item)
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            changes = {
                f.name: walk(getattr(item, f.name))
                for f in dataclasses.fields(item)
                if f.init and not f.name.startswith("_")
            }
            return dataclasses.replace(item, **changes)
        return item

    return walk(value), sorted(found)
