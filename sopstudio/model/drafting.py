"""Drafting help for decrees: the default diktum or BAB/Pasal body, Mengingat suggestions
and renumbering of the Lampiran's SOPs.

The generated texts follow the signed decrees in `shared/seeds`; every clause stays an
ordinary editable `Diktum`/`Article` once generated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sopstudio.model.decree import Article, Chapter, Decree, Diktum
from sopstudio.model.numbering import diktum_ordinal, nomor_sop
from sopstudio.model.sop import Sop

SOP_AP = "Standar Operasional Prosedur Administrasi Pemerintahan"


def default_diktum(decree: Decree, unit: str, monitor: str) -> list[Diktum]:
    """The usual seven clauses of a Keputusan enacting SOPs.

    `unit` names the organisation whose SOPs these are ("Biro Organisasi Sekretariat Daerah
    Provinsi Nusa Tenggara Timur"); `monitor` who monitors and evaluates them.
    """
    n = lambda i: diktum_ordinal(i, decree.ordinal_first)  # noqa: E731
    instrument = decree.kind.instrument
    return [
        Diktum(f"{SOP_AP} pada {unit}."),
        Diktum(
            f"Standar Operasional Prosedur sebagaimana dimaksud dalam Diktum {n(1)} tercantum "
            f"dalam Lampiran yang merupakan bagian tidak terpisahkan dari {instrument} ini."
        ),
        Diktum(
            f"Standar Operasional Prosedur sebagaimana dimaksud dalam Diktum {n(2)} meliputi:",
            lists_sops=True,
        ),
        Diktum(
            f"Standar Operasional Prosedur sebagaimana dimaksud dalam Diktum {n(3)} dilaksanakan "
            f"oleh seluruh Aparatur Sipil Negara pada {unit}."
        ),
        Diktum(
            "Dalam rangka menjamin mutu pelayanan yang pelaksanaannya sesuai dengan Standar "
            "Operasional Prosedur Administrasi Pemerintahan, monitoring dan evaluasi dilakukan "
            "secara berkala sekurang-kurangnya 1 (satu) kali dalam 1 (satu) tahun."
        ),
        Diktum(
            f"Monitoring dan evaluasi sebagaimana dimaksud dalam Diktum {n(5)} dilaksanakan oleh "
            f"{monitor}."
        ),
        Diktum(f"{instrument} ini mulai berlaku pada tanggal ditetapkan."),
    ]


def default_chapters(decree: Decree, unit: str, monitor: str) -> list[Chapter]:
    """The BAB/Pasal body of a Peraturan enacting SOPs (four chapters, five articles)."""
    title = f"{decree.kind.label} {decree.region}".strip()
    region = decree.region or "Daerah"
    return [
        Chapter(
            "BAB I\nKETENTUAN UMUM",
            [
                Article(
                    [
                        f"Dalam {title} ini yang dimaksud dengan:",
                        f"1. Daerah adalah {region}.",
                        f"2. {decree.kind.official} adalah {decree.kind.official} {region}.",
                        f"3. Unit Kerja adalah {unit}.",
                        f"4. {SOP_AP} yang selanjutnya disingkat SOP AP adalah serangkaian "
                        "instruksi tertulis yang dibakukan mengenai berbagai proses penyelenggaraan "
                        "aktivitas organisasi, bagaimana dan kapan harus dilakukan, dimana dan oleh "
                        "siapa dilakukan.",
                    ]
                )
            ],
        ),
        Chapter(
            "BAB II\nSTANDAR OPERASIONAL PROSEDUR",
            [
                Article(
                    [
                        f"(1) Dengan {decree.kind.instrument} ini ditetapkan SOP AP pada {unit}.",
                        "(2) SOP AP sebagaimana dimaksud pada ayat (1) meliputi:",
                    ],
                    lists_sops=True,
                ),
                Article(
                    [
                        "SOP AP sebagaimana dimaksud dalam Pasal 2 tercantum dalam Lampiran yang "
                        f"merupakan bagian tidak terpisahkan dari {decree.kind.instrument} ini."
                    ]
                ),
            ],
        ),
        Chapter(
            "BAB III\nMONITORING DAN EVALUASI",
            [
                Article(
                    [
                        "(1) Monitoring dan evaluasi pelaksanaan SOP AP dilakukan secara berkala "
                        "sekurang-kurangnya 1 (satu) kali dalam 1 (satu) tahun.",
                        f"(2) Monitoring dan evaluasi sebagaimana dimaksud pada ayat (1) "
                        f"dilaksanakan oleh {monitor}.",
                    ]
                )
            ],
        ),
        Chapter(
            "BAB IV\nKETENTUAN PENUTUP",
            [
                Article(
                    [
                        f"{decree.kind.instrument} ini mulai berlaku pada tanggal diundangkan.",
                        "Agar setiap orang mengetahuinya, memerintahkan pengundangan "
                        f"{title} ini dengan penempatannya dalam Berita Daerah {region}.",
                    ]
                )
            ],
        ),
    ]


def draft_body(decree: Decree, unit: str, monitor: str) -> None:
    """Fill the decree's diktum (Keputusan) or chapters (Peraturan) with the default texts."""
    if decree.kind.is_peraturan:
        decree.chapters = default_chapters(decree, unit, monitor)
        decree.diktum = []
    else:
        decree.diktum = default_diktum(decree, unit, monitor)
        decree.chapters = []


#: Legal hierarchy (UU 12/2011 order) for sorting Mengingat: pattern -> rank.
_HIERARCHY: tuple[tuple[str, int], ...] = (
    (r"^undang-undang dasar", 0),
    (r"^(undang-undang|uu)\b", 1),
    (r"^peraturan pemerintah pengganti", 2),
    (r"^(peraturan pemerintah|pp)\b", 3),
    (r"^(peraturan presiden|perpres)\b", 4),
    (r"^(peraturan menteri|permen|permendagri|permenpan)", 5),
    (r"^peraturan (lembaga|badan|kepala)", 6),
    (r"^(peraturan daerah|perda)\b", 7),
    (r"^(peraturan gubernur|pergub)\b", 8),
    (r"^(peraturan (bupati|wali ?kota)|perbup|perwali)\b", 9),
    (r"^keputusan", 10),
)


def _legal_key(text: str) -> str:
    """A comparison key: lower case, single spaces, no trailing punctuation."""
    return re.sub(r"\s+", " ", text).strip().rstrip(".;,").lower()


def _rank(text: str) -> int:
    key = _legal_key(text)
    for pattern, rank in _HIERARCHY:
        if re.match(pattern, key):
            return rank
    return len(_HIERARCHY)


def suggest_mengingat(sops: Iterable[Sop]) -> list[str]:
    """The union of the SOPs' Dasar Hukum, de-duplicated, in legal-hierarchy order.

    Items differing only in case, spacing or trailing punctuation count as one; the first
    spelling seen is kept. Within a rank the first-seen order is kept.
    """
    seen: dict[str, str] = {}
    for sop in sops:
        for item in sop.dasar_hukum:
            key = _legal_key(item)
            if key and key not in seen:
                seen[key] = re.sub(r"\s+", " ", item).strip().rstrip(".;,")
    ordered = sorted(enumerate(seen.values()), key=lambda pair: (_rank(pair[1]), pair[0]))
    return [text for _, text in ordered]


def renumber(decree: Decree, year: int) -> list[tuple[Sop, str]]:
    """Assign 'NN Tahun YYYY' to the Lampiran's SOPs in order; return (sop, old nomor) pairs."""
    changed = []
    for index, sop in enumerate(decree.lampiran.sops, start=1):
        new = nomor_sop(index, year)
        if sop.nomor != new:
            changed.append((sop, sop.nomor))
            sop.nomor = new
    return changed
