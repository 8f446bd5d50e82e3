"""The Waktu (time standard) of a step: parsing the free text users and OCR write, formatting
it back in Indonesian, and converting durations to minutes for an SOP's total time.

Recognised forms (case-insensitive, see tests/fixtures/waktu_seeds.txt for the seeds' ones):

* durations: ``5 menit``, ``5menit``, ``1,5 jam``, ``1 (satu) hari``, ``dua jam``,
  ``setengah hari``, ``1/2 jam``, ``3 hari kerja``, ``2 minggu``, ``1 bulan``, ``1 tahun``,
  ``30 detik`` and the short units mnt, jm, hr, HK, mgg, bln, thn, dtk;
* several durations in one cell: ``1 jam 30 menit`` (one span), ``1 Hari 2 Hari`` (added up);
* ranges: ``3-5 hari``, ``1 – 2 jam``, ``1 s.d. 3 hari``, ``1 sampai dengan 3 hari``,
  ``2 hingga 4 jam``, ``1 jam - 2 jam``;
* a qualifier before the number: ``±``/``kurang lebih``/``sekitar`` (approximate),
  ``maks.``/``maksimal``/``paling lama``/``paling lambat``/``<`` (at most),
  ``min.``/``minimal``/``paling cepat``/``>`` (at least), ``@`` (each);
* a remark after the unit that starts with per, setiap, tiap, selama, dalam, setelah, sebelum,
  sejak, sampai, untuk, atau or "/" (``1 hari per minggu``, ``7 hari / sesuai kebutuhan``);
  it is kept as `Waktu.note`;
* OCR noise: a backtick or apostrophe inside a number (``1`5 Menit`` is 15 minutes), words
  broken by a hyphen and a space (``Ke- butuhan``), a trailing full stop;
* non-durations with a canonical label: "N/A" (N/A, NA, -, tidak ada), "Sesuai jadwal"
  (sesuai jadwal/jadual/agenda ..., terjadwal), "Sesuai kontrak", "Sesuai kebutuhan"
  (also menyesuaikan, kondisional), "Sesuai ketentuan" (sesuai ketentuan/peraturan/waktu yang
  ditetapkan), "Sesuai surat tugas" (also sesuai SPT), "Tentatif", "Segera", "Setiap saat",
  any other "sesuai ..." phrase (labelled "Sesuai " + the rest as written), and a point in the
  calendar such as "Bulan Januari tahun berjalan" or "akhir tahun" (labelled with its text).

Anything else is `UNKNOWN`, with the original text kept so nothing typed is ever lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

from sopstudio.model.numbering import number_to_words


class WaktuKind(str, Enum):
    """What a Waktu cell holds."""

    DURATION = "duration"
    NON_DURATION = "non-duration"
    EMPTY = "empty"
    UNKNOWN = "unknown"


#: Canonical units, smallest first (`format_waktu` reads falling units as one span).
UNITS: tuple[str, ...] = ("detik", "menit", "jam", "hari", "hari kerja", "minggu", "bulan", "tahun")

#: Qualifiers, stored as these short codes and printed as `QUALIFIER_TEXT`.
APPROX, AT_MOST, AT_LEAST, EACH = "±", "maks", "min", "@"
QUALIFIER_TEXT = {APPROX: "± ", AT_MOST: "paling lama ", AT_LEAST: "paling cepat ", EACH: "@ "}

#: Conversion used for sums: a working day of 7.5 hours (37.5 hours over a five-day week,
#: Perpres 21/2023), "hari" in a mutu baku meaning a working day like "hari kerja", a week of
#: five working days, a month of four weeks, a year of twelve months.
HOURS_PER_DAY = 7.5
DAYS_PER_WEEK = 5
WEEKS_PER_MONTH = 4


@dataclass(frozen=True)
class Waktu:
    """A parsed Waktu cell; `text` is always the original cell as typed."""

    text: str
    kind: WaktuKind
    #: For durations: the value, or the lower end of a range.
    low: float | None = None
    #: For durations: equal to `low` for a single value, the upper end of a range otherwise.
    high: float | None = None
    #: For durations: one of `UNITS`.
    unit: str = ""
    #: For durations: "", or one of APPROX, AT_MOST, AT_LEAST, EACH.
    qualifier: str = ""
    #: For durations: a remark after the unit, lower case ("per minggu").
    note: str = ""
    #: For non-durations: the canonical label ("Sesuai jadwal", "N/A", ...).
    label: str = ""
    #: For a duration written as several ("1 jam 30 menit", "1 Hari 2 Hari"): the single
    #: durations, added up by `total_minutes`; `low`, `high` and `unit` are then unset.
    parts: tuple[Waktu, ...] = ()

    @property
    def is_range(self) -> bool:
        """True for a duration written as a range ("3-5 hari")."""
        return self.kind is WaktuKind.DURATION and not self.parts and self.low != self.high


_UNIT_WORDS: dict[str, str] = {
    "detik": "detik", "dtk": "detik",
    "menit": "menit", "mnt": "menit", "min": "menit",
    "jam": "jam", "jm": "jam",
    "hari kerja": "hari kerja", "hk": "hari kerja",
    "hari kalender": "hari", "hari": "hari", "hr": "hari",
    "minggu": "minggu", "mgg": "minggu", "pekan": "minggu",
    "bulan": "bulan", "bln": "bulan",
    "tahun": "tahun", "thn": "tahun",
}  # fmt: skip

_QUALIFIER_WORDS: dict[str, str] = {
    "±": APPROX, "+/-": APPROX, "+-": APPROX, "~": APPROX, "kurang lebih": APPROX,
    "kurang-lebih": APPROX, "kira-kira": APPROX, "sekitar": APPROX, "lebih kurang": APPROX,
    "maks.": AT_MOST, "maks": AT_MOST, "maksimal": AT_MOST, "maksimum": AT_MOST,
    "paling lama": AT_MOST, "paling lambat": AT_MOST, "selambat-lambatnya": AT_MOST,
    "<=": AT_MOST, "≤": AT_MOST, "<": AT_MOST, "kurang dari": AT_MOST,
    "min.": AT_LEAST, "minimal": AT_LEAST, "minimum": AT_LEAST, "paling cepat": AT_LEAST,
    "sekurang-kurangnya": AT_LEAST, ">=": AT_LEAST, "≥": AT_LEAST, ">": AT_LEAST,
    "lebih dari": AT_LEAST,
    "@": EACH,
}  # fmt: skip

#: Number words: satu .. seratus, plus the fractions seen in mutu baku.
_NUMBER_WORDS: dict[str, float] = {number_to_words(n): float(n) for n in range(1, 101)}
_NUMBER_WORDS.update({"setengah": 0.5, "seperempat": 0.25, "satu setengah": 1.5, "½": 0.5})

_NOTE_STARTS = (
    "per", "setiap", "tiap", "selama", "dalam", "setelah", "sebelum", "sejak", "sampai",
    "untuk", "atau", "/",
)  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest words first so "hari kerja" wins over "hari"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM = (
    rf"(?:\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?|{_alternation(_NUMBER_WORDS)})"
    r"(?:\s*\(\s*[a-z ]+\s*\))?"  # "1 (satu)": the words repeat the digits
)
_UNIT = rf"(?:{_alternation(_UNIT_WORDS)})"
_RANGE_SEP = r"(?:-|s\.?\s?d\.?|s/d|sampai dengan|sampai|hingga)"
_DURATION = re.compile(
    rf"^(?:(?P<qualifier>{_alternation(_QUALIFIER_WORDS)})\s*)?"
    rf"(?P<low>{_NUM})\s*(?:(?P<low_unit>{_UNIT})\s*)?"
    rf"(?:{_RANGE_SEP}\s*(?P<high>{_NUM})\s*)?"
    rf"(?P<unit>{_UNIT})(?![a-z])\s*(?P<rest>.*)$"
)

_NA = {"n/a", "n.a", "na", "-", "--", "—", "tidak ada", "tdk ada", "nihil"}
#: (pattern on the normalised text, canonical label), tried in order.
_LABELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), label)
    for pattern, label in (
        (r"^(sesuai|menurut) (dengan )?(jadwal|jadual|agenda)\b|^terjadwal$", "Sesuai jadwal"),
        (r"^sesuai (dengan )?(masa )?kontrak\b", "Sesuai kontrak"),
        (r"^sesuai (dengan )?kebutuhan\b|^menyesuaikan$|^kondisional$", "Sesuai kebutuhan"),
        (
            r"^sesuai (dengan )?(ketentuan|peraturan|regulasi|waktu yang (di)?tetapkan)\b",
            "Sesuai ketentuan",
        ),
        (r"^sesuai (dengan )?(surat tugas|spt)\b", "Sesuai surat tugas"),
        (r"^tentatif$", "Tentatif"),
        (r"^segera$", "Segera"),
        (r"^(setiap saat|kapan saja|sewaktu-waktu)$", "Setiap saat"),
    )
)
_MONTH_NAMES = (
    "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
    "november|nopember|desember"
)
#: A point in the calendar rather than a duration ("Bulan Januari tahun berjalan"); such a
#: Waktu is labelled with its own text.
_CALENDAR = re.compile(
    rf"^((setiap |tiap )?(bulan )?({_MONTH_NAMES})\b"
    r"|(awal|akhir|pertengahan) (minggu|bulan|triwulan|semester|tahun)\b)"
)


def _normalise(text: str) -> str:
    """Lower case, single spaces, OCR noise removed."""
    text = " ".join(text.split()).lower()
    text = re.sub(r"(?<=\d)[`'’´](?=\d)", "", text)  # "1`5" is 15 with a stray mark
    text = re.sub(r"(?<=[a-z])- (?=[a-z])", "", text)  # "ke- butuhan": a broken line
    text = re.sub(r"\s*[–—−]\s*", " - ", text)  # dashes as range separators
    return text.strip(" .;,")


def _number(text: str) -> float:
    """The value of a number as matched by `_NUM`."""
    text = re.sub(r"\s*\(.*\)$", "", text).strip()
    if text in _NUMBER_WORDS:
        return _NUMBER_WORDS[text]
    if "/" in text:
        numerator, denominator = (float(part) for part in text.split("/"))
        return numerator / denominator if denominator else float("nan")
    return float(text.replace(",", "."))


def parse_waktu(text: str) -> Waktu:
    """Read a Waktu cell; never raises, unreadable text comes back as `UNKNOWN`."""
    norm = _normalise(text)
    if not norm:
        return Waktu(text, WaktuKind.EMPTY)
    if norm in _NA:
        return Waktu(text, WaktuKind.NON_DURATION, label="N/A")
    if (match := _DURATION.match(norm)) and (single := _duration(text, match)) is not None:
        return single
    if parts := _compound(text, norm):
        return Waktu(text, WaktuKind.DURATION, parts=parts)
    if label := _label(norm, text):
        return Waktu(text, WaktuKind.NON_DURATION, label=label)
    return Waktu(text, WaktuKind.UNKNOWN)


def _duration(text: str, match: re.Match[str]) -> Waktu | None:
    """The single duration `match` holds, or None when the match is not a sound duration."""
    unit = _UNIT_WORDS[match["unit"]]
    low = _number(match["low"])
    high = _number(match["high"]) if match["high"] else low
    low_unit = _UNIT_WORDS.get(match["low_unit"] or "", unit)
    note = match["rest"].strip()
    valid = (
        low_unit == unit
        and (match["high"] is not None or match["low_unit"] is None)
        and 0 < low <= high
        and (not note or note.startswith(_NOTE_STARTS))
    )
    if not valid:
        return None
    qualifier = _QUALIFIER_WORDS[match["qualifier"]] if match["qualifier"] else ""
    return Waktu(text, WaktuKind.DURATION, low, high, unit, qualifier, note)


_PART = re.compile(rf"(?:{_NUM})\s*{_UNIT}(?![a-z])")
_PART_SEPARATOR = re.compile(r"^(?:\s*(?:\+|,|;|dan|&)?\s*)$")


def _compound(text: str, norm: str) -> tuple[Waktu, ...]:
    """The parts of a cell holding several plain durations ("1 jam 30 menit", "1 Hari 2 Hari")."""
    parts: list[Waktu] = []
    position = 0
    for match in _PART.finditer(norm):
        if not _PART_SEPARATOR.match(norm[position : match.start()]):
            return ()
        single = _DURATION.match(match.group())
        part = _duration(match.group(), single) if single else None
        if part is None:
            return ()
        parts.append(part)
        position = match.end()
    if len(parts) < 2 or norm[position:].strip():
        return ()
    return tuple(parts)


def _label(norm: str, text: str) -> str:
    for pattern, label in _LABELS:
        if pattern.search(norm):
            return label
    if _CALENDAR.match(norm):
        cleaned = " ".join(text.split()).rstrip(" .;,")
        return cleaned[:1].upper() + cleaned[1:]
    if norm.startswith("sesuai "):
        # An unlisted "sesuai ..." keeps the rest as the user wrote it.
        rest = " ".join(text.split())[len("sesuai ") :].rstrip(" .;,")
        return f"Sesuai {rest}"
    return ""


def _format_number(value: float) -> str:
    """A number the Indonesian way: 2, 1,5, 0,25."""
    if value == int(value):
        return str(int(value))
    return f"{value:g}".replace(".", ",")


def format_waktu(w: Waktu) -> str:
    """The Waktu in canonical Indonesian: "5 menit", "1–2 hari", "± 1 jam", "Sesuai jadwal"."""
    if w.kind is WaktuKind.EMPTY:
        return ""
    if w.kind is WaktuKind.NON_DURATION:
        return w.label
    if w.kind is WaktuKind.UNKNOWN:
        return " ".join(w.text.split())
    if w.parts:
        # Falling units read as one span ("1 jam 30 menit"); otherwise the parts are added.
        units = [UNITS.index(p.unit) for p in w.parts]
        falling = all(a > b for a, b in pairwise(units))
        return (" " if falling else " + ").join(format_waktu(p) for p in w.parts)
    assert w.low is not None and w.high is not None
    amount = _format_number(w.low)
    if w.is_range:
        amount += f"–{_format_number(w.high)}"
    result = f"{QUALIFIER_TEXT.get(w.qualifier, '')}{amount} {w.unit}"
    if w.note:
        result += w.note if w.note.startswith("/") else f" {w.note}"
    return result


def unit_minutes(unit: str, hours_per_day: float = HOURS_PER_DAY) -> float:
    """Minutes in one `unit`, with the working-time conversion documented at `HOURS_PER_DAY`."""
    day = hours_per_day * 60
    return {
        "detik": 1 / 60,
        "menit": 1.0,
        "jam": 60.0,
        "hari": day,
        "hari kerja": day,
        "minggu": day * DAYS_PER_WEEK,
        "bulan": day * DAYS_PER_WEEK * WEEKS_PER_MONTH,
        "tahun": day * DAYS_PER_WEEK * WEEKS_PER_MONTH * 12,
    }[unit]


def total_minutes(
    w: Waktu, hours_per_day: float = HOURS_PER_DAY, upper: bool = True
) -> float | None:
    """Working minutes of one duration (a range counts its upper end, or the lower one with
    `upper=False`); None for anything that is not a duration.
    """
    if w.kind is not WaktuKind.DURATION:
        return None
    if w.parts:
        return sum(total_minutes(p, hours_per_day, upper) or 0.0 for p in w.parts)
    value = w.high if upper else w.low
    assert value is not None
    return value * unit_minutes(w.unit, hours_per_day)


def sum_minutes(
    items: Iterable[Waktu], hours_per_day: float = HOURS_PER_DAY, upper: bool = True
) -> tuple[float, int]:
    """The total working minutes of the durations among `items` and how many were not counted."""
    total, skipped = 0.0, 0
    for w in items:
        minutes = total_minutes(w, hours_per_day, upper)
        if minutes is None:
            skipped += 1
        else:
            total += minutes
    return total, skipped


def format_minutes(minutes: float, hours_per_day: float = HOURS_PER_DAY) -> str:
    """Working minutes as Indonesian working days, hours and minutes: "2 hari 1 jam 30 menit"."""
    rounded = round(minutes)
    if rounded <= 0:
        return "0 menit"
    day = round(hours_per_day * 60)
    days, rest = divmod(rounded, day)
    hours, mins = divmod(rest, 60)
    parts = [(days, "hari"), (hours, "jam"), (mins, "menit")]
    return " ".join(f"{value} {unit}" for value, unit in parts if value)
