"""Matching an official named in step text to a lane: abbreviations and fuzzy token overlap."""

from __future__ import annotations

import re
from itertools import pairwise

#: Abbreviations offices write for jabatan, expanded to the words a lane header uses.
ABBREVIATIONS: dict[str, str] = {
    "kabag": "kepala bagian",
    "kasubag": "kepala subbagian",
    "kasubbag": "kepala subbagian",
    "kasub": "kepala subbagian",
    "kasubid": "kepala subbidang",
    "karo": "kepala biro",
    "sekda": "sekretaris daerah",
    "setda": "sekretariat daerah",
    "kabid": "kepala bidang",
    "kasi": "kepala seksi",
    "kasie": "kepala seksi",
    "kadis": "kepala dinas",
    "kaban": "kepala badan",
    "katim": "ketua tim",
    "jf": "pejabat fungsional",
    "jfu": "fungsional umum",
    "jft": "pejabat fungsional",
    "anjab": "analisis jabatan",
    "tu": "tata usaha",
}

#: Words that carry no identity of their own.
STOP_WORDS = frozenset(
    "yang dituju untuk dan di ke kepada selaku sdr bapak ibu provinsi ntt nusa tenggara timur "
    "terkait dari pada oleh atau setda sekretariat daerah pemerintah the a".split()
)

#: Words shared by many jabatan; they count, but less, and never match alone.
GENERIC = frozenset("kepala ketua pejabat anggota umum staf tim kerja pelaksana".split())


def tokens(text: str) -> list[str]:
    """The significant, abbreviation-expanded words of a name."""
    words = re.findall(r"[a-z0-9]+", text.casefold().replace("sub bagian", "subbagian"))
    out: list[str] = []
    for word in words:
        for part in ABBREVIATIONS.get(word, word).split():
            if part not in STOP_WORDS:
                out.append(part)
    return out


def alternatives(name: str) -> list[list[str]]:
    """The token lists of a lane name and of each "/"-separated alternative in it."""
    whole = tokens(name)
    parts = [tokens(p) for p in name.split("/")] if "/" in name else []
    return [t for t in [whole, *parts] if t]


def _rank(words: list[str]) -> str | None:
    """The unit a "kepala" heads ("kepala biro" -> "biro"): Kepala Biro is not Kasubag Biro."""
    for first, second in pairwise(words):
        if first == "kepala":
            return second
    return None


def _weight(words: set[str]) -> float:
    return sum(0.3 if w in GENERIC else 1.0 for w in words)


def match_score(mention: str, lane: str) -> float:
    """How well `mention` names `lane`: 0 (not at all), about 1 (one name contains the
    other), 2 (the same name)."""
    said_list = tokens(mention)
    said = set(said_list)
    if not said:
        return 0.0
    best = 0.0
    for alt in alternatives(lane):
        alt_set = set(alt)
        common = said & alt_set
        if said == alt_set:
            return 2.0  # the very name, even a generic one ("Ketua", "Anggota")
        ranks = (_rank(said_list), _rank(alt))
        if not common - GENERIC or (None not in ranks and ranks[0] != ranks[1]):
            continue
        # One name may carry extra qualifiers ("Kepala Biro Pengadaan Barang dan Jasa" for
        # the lane "Kepala Biro", "Kabag" for "Kepala Bagian Pembinaan"): measure against the
        # shorter, break ties by the longer.
        small, large = sorted((_weight(said), _weight(alt_set)))
        score = _weight(common) / small + 0.01 * _weight(common) / large
        best = max(best, score)
    return best


def best_lane(mention: str, lanes: list[str], threshold: float = 0.5) -> int | None:
    """The index of the lane `mention` names, or None when none is close enough."""
    scored = [(match_score(mention, lane), i) for i, lane in enumerate(lanes)]
    scored = [s for s in scored if s[0] >= threshold]
    if not scored:
        return None
    return max(scored)[1]


def starts_with_lane(text: str, lanes: list[str]) -> int | None:
    """The lane whose name (or an alternative of it) opens `text`, e.g. "Pemohon membawa ..."."""
    head = tokens(" ".join(text.split()[:8]))
    best: tuple[int, int] | None = None
    for index, lane in enumerate(lanes):
        for alt in alternatives(lane):
            longer = best is None or len(alt) > best[0]
            if head[: len(alt)] == alt and (set(alt) - GENERIC) and longer:
                best = (len(alt), index)
    return best[1] if best else None
