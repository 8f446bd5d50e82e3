"""Indonesian legal numbering and formatting: diktum ordinals, letter lists, numbers in words,
long dates, NIP and Nomor SOP.
"""

from __future__ import annotations

import datetime
import re

from babel.dates import format_date, get_month_names

_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
#: Scales above a thousand, largest first.
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))
#: Extra month spellings found in older decrees and typed by users; babel supplies the rest.
_MONTH_ALIASES = {"pebruari": 2, "nopember": 11, "agt": 8, "agus": 8, "sept": 9, "nop": 11}


def number_to_words(n: int) -> str:
    """An integer in Indonesian words, as in "1 (satu) kali": 21 -> "dua puluh satu"."""
    if n < 0:
        return f"minus {number_to_words(-n)}"
    if n == 0:
        return "nol"
    return _words(n)


def _words(n: int) -> str:
    """Words for 1 <= n; the prefix se- replaces "satu" before sepuluh/sebelas/seratus/seribu."""
    for scale, name in _SCALES:
        if n >= scale:
            head, rest = divmod(n, scale)
            return _join(f"{_words(head)} {name}", rest)
    if n >= 1000:
        head, rest = divmod(n, 1000)
        return _join("seribu" if head == 1 else f"{_words(head)} ribu", rest)
    if n >= 100:
        head, rest = divmod(n, 100)
        return _join("seratus" if head == 1 else f"{_UNITS[head]} ratus", rest)
    if n >= 20:
        head, rest = divmod(n, 10)
        return _join(f"{_UNITS[head]} puluh", rest)
    if n >= 12:
        return f"{_UNITS[n - 10]} belas"
    if n == 11:
        return "sebelas"
    if n == 10:
        return "sepuluh"
    return _UNITS[n]


def _join(head: str, rest: int) -> str:
    return f"{head} {_words(rest)}" if rest else head


def diktum_ordinal(n: int, first: str = "KESATU") -> str:
    """The n-th diktum's name: KESATU (or PERTAMA), KEDUA, ..., KEDUA BELAS, KEDUA PULUH SATU."""
    if n < 1:
        raise ValueError(f"diktum number must be >= 1, not {n}")
    if first not in ("KESATU", "PERTAMA"):
        raise ValueError(f"first must be KESATU or PERTAMA, not {first!r}")
    if n == 1:
        return first
    # The prefix ke- attaches to the whole numeral: ke + "dua belas" = "kedua belas".
    return f"ke{_words(n)}".upper()


def letter_label(n: int) -> str:
    """The legal list letter for item n: a..z, then aa..zz, then aaa..zzz (74 -> "vvv")."""
    if n < 1:
        raise ValueError(f"list item number must be >= 1, not {n}")
    repeat, index = divmod(n - 1, 26)
    return chr(ord("a") + index) * (repeat + 1)


def format_long_date(date: datetime.date, zero_pad: bool = True) -> str:
    """An Indonesian long date through babel: "09 Juli 2024" (or "9 Juli 2024" unpadded)."""
    return format_date(date, "dd MMMM y" if zero_pad else "d MMMM y", locale="id")


def format_month_year(year: int, month: int) -> str:
    """An Indonesian month and year: "Juni 2022"."""
    return format_date(datetime.date(year, month, 1), "LLLL y", locale="id")


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def format_date_field(text: str, zero_pad: bool = True) -> str:
    """How a stored date field is printed: ISO dates become long dates, other text is kept."""
    stripped = text.strip()
    try:
        if match := _ISO_DATE.match(stripped):
            year, month, day = map(int, match.groups())
            return format_long_date(datetime.date(year, month, day), zero_pad)
        if match := _ISO_MONTH.match(stripped):
            year, month = map(int, match.groups())
            return format_month_year(year, month)
    except ValueError:
        pass  # "2024-13-40" is not a date: shown as typed, and validation reports it
    return text


def _month_numbers() -> dict[str, int]:
    months: dict[str, int] = dict(_MONTH_ALIASES)
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale="id").items():
                months[name.lower().rstrip(".")] = number
    return months


_MONTHS = _month_numbers()
_LONG_DATE = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]+)\.?\s+(\d{4})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def parse_indonesian_date(text: str) -> str | None:
    """The ISO form of an Indonesian date: "17 September 2024" -> "2024-09-17",
    "Juni 2022" -> "2022-06", "17/09/2024" -> "2024-09-17"; None when it is not a date.
    """
    cleaned = " ".join(text.split())
    if _ISO_DATE.match(cleaned) or _ISO_MONTH.match(cleaned):
        # format_date_field keeps text it cannot read as a date, such as "2024-02-30".
        return cleaned if format_date_field(cleaned) != cleaned else None
    day: int | None
    if match := _NUMERIC_DATE.match(cleaned):
        day, month, year = map(int, match.groups())
    elif match := _LONG_DATE.match(cleaned):
        day = int(match.group(1)) if match.group(1) else None
        month = _MONTHS.get(match.group(2).lower(), 0)
        year = int(match.group(3))
    else:
        return None
    try:
        datetime.date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def format_nip(text: str) -> str:
    """An 18-digit NIP grouped 8-6-1-3 ("19710329 199903 1 002"); other input is unchanged."""
    digits = "".join(text.split())
    if len(digits) != 18 or not digits.isdigit():
        return text
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def nomor_sop(n: int, year: int) -> str:
    """The Nomor SOP assigned by renumbering: "01 Tahun 2024"."""
    if n < 1:
        raise ValueError(f"SOP number must be >= 1, not {n}")
    return f"{n:02d} Tahun {year}"
