"""Text clean-up shared by the importers: HTML fragments, list items, label matching."""

from __future__ import annotations

import html
import re
from itertools import pairwise

_BREAK_TAGS = re.compile(r"<\s*(?:br\s*/?|/p|/li|/tr|/div|/h\d)\s*>", re.IGNORECASE)
_ITEM_TAGS = re.compile(r"<\s*li\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,400}>")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_MARKDOWN = re.compile(r"\*\*|(?<!\w)\*(?=\w)|(?<=\w)\*(?!\w)")


def clean_cell(text: str) -> str:
    """A cell's text without HTML tags, markdown bold and repeated spaces; lines kept."""
    text = _BREAK_TAGS.sub("\n", text)
    text = _ITEM_TAGS.sub("\n", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = _MARKDOWN.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def one_line(text: str) -> str:
    """The text on a single line."""
    return " ".join(text.split())


def fold(text: str) -> str:
    """The comparable form of a label: lower case, single spaces, no trailing colon."""
    return one_line(text).casefold().strip(" :.")


_BULLET = re.compile(
    r"^\s*(?:[-\u2022\u25cf\u25aa*]\s*|\d{1,2}\s*[.)]\s*|\d{1,2}\s+(?=[A-Z(])|[a-z][.)]\s+)",
    re.IGNORECASE,
)


def _marker(number: int) -> re.Pattern[str]:
    """Item marker `number` inside running text: "…Negara2. Peraturan" or "… 2 Peraturan"."""
    glued = rf"(?<=[a-z.;,)]){number}[.)]\s*"
    spaced = rf"(?:^|(?<=\s))(?<!Nomor\s)(?<!No\.\s)(?<!Tahun\s){number}(?:[.)]\s*|\s+)"
    return re.compile(rf"(?:{glued}|{spaced})(?=[A-Z(\"'])")


def _numbered_positions(text: str) -> list[int]:
    """Start offsets of the sequential markers "1." "2." ... run together in one line."""
    positions: list[int] = []
    start = 0
    number = 1
    while (match := _marker(number).search(text, start)) is not None:
        positions.append(match.start())
        start = match.end()
        number += 1
    return positions


def split_items(text: str) -> list[str]:
    """The items of a list cell: one per line, numbered items run together split apart,
    and items separated by semicolons."""
    lines = clean_cell(text).split("\n")
    items: list[str] = []
    for line in lines:
        positions = _numbered_positions(line)
        if len(positions) >= 2:
            bounds = [*positions, len(line)]
            if line[: positions[0]].strip():
                items.append(line[: positions[0]])
            items.extend(line[begin:end] for begin, end in pairwise(bounds))
        else:
            items.append(line)
    if len(items) == 1 and len(pieces := re.split(r";\s*(?=[A-Z])", items[0])) >= 2:
        # One run-on line "SOP A;SOP B;SOP C": the semicolons separate the items.
        items = [piece.strip(" ;") for piece in pieces]
    stripped = (_BULLET.sub("", item).strip() for item in items)
    return [item for item in stripped if item]


def starts_with_marker(text: str) -> bool:
    """True when a list cell's first line starts with a number or bullet ("1.", "-")."""
    first = clean_cell(text).split("\n", 1)[0]
    return bool(_BULLET.match(first))
