"""Telling the signatory's jabatan from the name that follows it.

Houses write "Disahkan oleh" as `JABATAN NAMA, gelar` on one line, e.g. "KEPALA BAGIAN
ORGANISASI EKO SETYO MAHANANI, ST., MT". The academic titles after the comma belong to the
name; where the jabatan ends is found from the SOP's own unit names (its letterhead lines),
then from a change of case, then (for upper-case text) from how a jabatan is built: position
words, a unit noun and the one word naming the unit, names joined by "DAN".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Words that open or extend a jabatan on their own (positions, acting marks, "SETDA").
POSITION_WORDS = frozenset(
    "KEPALA SEKRETARIS PLT PJ PLH WAKIL ASISTEN DIREKTUR INSPEKTUR CAMAT LURAH BUPATI "
    "WALIKOTA WALI GUBERNUR SEKDA SETDA KABAG KASUBAG KASUBBAG KABID KASI KASIE KARO".split()
)
#: Nouns naming a kind of unit; the word after one names the unit.
UNIT_WORDS = frozenset(
    "BAGIAN SUBBAGIAN SUB BIRO DINAS BADAN BIDANG SEKSI KANTOR UPT UPTD KECAMATAN KELURAHAN "
    "INSPEKTORAT SEKRETARIAT DAERAH KOTA KABUPATEN PROVINSI SATUAN UNIT".split()
)
_JOINERS = frozenset({"DAN", "&", "/"})
#: One academic or professional title: "ST.", "MT", "M.Si", "S.Sos.", "Dr.", "AKS", "M.A.P":
#: letters in groups of up to four each closed by a dot, or one short group without.
_TITLE = re.compile(r"^(?:(?:[A-Za-z]{1,4}\.)+[A-Za-z]{0,4}|[A-Za-z]{1,5})\.?$")


def is_titles(text: str) -> bool:
    """True when `text` is only academic titles, comma separated ("ST., MT")."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    return bool(parts) and all(_TITLE.match(part.replace(" ", "")) for part in parts)


def split_jabatan_nama(text: str, units: Iterable[str] = ()) -> tuple[str, str]:
    """(jabatan, nama with titles) of "JABATAN NAMA, gelar"; `units` are the unit names the
    jabatan may end with (the SOP's letterhead lines). Text that is all jabatan gives an
    empty name, text with no jabatan an empty jabatan (the validator then asks for it)."""
    head, comma, titles = text.partition(",")
    if comma and not is_titles(titles):
        head, titles = text, ""
    words = head.split()
    cut = _after_unit(words, units) or _case_change(words)
    if not cut and head.isupper():
        cut = _built_jabatan(words)
    if not cut:
        return "", " ".join(text.split())
    if cut >= len(words):
        return " ".join(text.split()), ""
    nama = " ".join(words[cut:])
    if titles.strip():
        nama = f"{nama},{titles.rstrip()}"
    return " ".join(words[:cut]), nama


def _key(word: str) -> str:
    return word.strip(".,").upper()


def _after_unit(words: list[str], units: Iterable[str]) -> int:
    """The word count up to the end of the last unit name found in `words` (0: none)."""
    keys = [_key(w) for w in words]
    best = 0
    for unit in units:
        unit_keys = [_key(w) for w in unit.split()]
        size = len(unit_keys)
        for start in range(1, len(keys) - size):  # a jabatan opens with a position word
            if keys[start : start + size] == unit_keys:
                best = max(best, start + size)
    return best


def _case_change(words: list[str]) -> int:
    """Where upper-case words give way to a name in mixed case (0: no such change)."""
    upper = [w.upper() == w for w in words]
    if upper and upper[0] and not all(upper):
        return upper.index(False)
    return 0


def _built_jabatan(words: list[str]) -> int:
    """The length of the jabatan by its build: position words and unit nouns, each unit noun
    followed by the one word naming the unit, names joined by DAN, & or / (0: none)."""
    index = 0
    while index < len(words):
        key = _key(words[index])
        if key in POSITION_WORDS:
            index += 1
        elif key in UNIT_WORDS:
            index += 2
            while index + 1 < len(words) and _key(words[index]) in _JOINERS:
                index += 2
        else:
            break
    return min(index, len(words))
