"""The decree (Keputusan / Peraturan) that enacts SOPs, and its Lampiran.

A Keputusan has a diktum (KESATU, KEDUA, ...); a Peraturan has chapters and articles
(BAB / Pasal), a promulgation block (Diundangkan) and a certified-copy block. The Lampiran
holds the SOPs themselves (embedded, so a decree is self-contained), an optional old->new
mapping table, or policy text in numbered chapters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from sopstudio.model.sop import Sop, new_id


class DecreeKind(str, Enum):
    """The kinds of decree that enact SOPs, named after their issuing official."""

    KEPUTUSAN_GUBERNUR = "keputusan_gubernur"
    KEPUTUSAN_BUPATI = "keputusan_bupati"
    KEPUTUSAN_WALIKOTA = "keputusan_walikota"
    KEPUTUSAN_SEKDA = "keputusan_sekda"
    KEPUTUSAN_KEPALA_BIRO = "keputusan_kepala_biro"
    PERATURAN_GUBERNUR = "peraturan_gubernur"
    PERATURAN_BUPATI = "peraturan_bupati"
    PERATURAN_WALIKOTA = "peraturan_walikota"

    @property
    def is_peraturan(self) -> bool:
        """True for a Peraturan (BAB/Pasal body), False for a Keputusan (diktum body)."""
        return self.value.startswith("peraturan")

    @property
    def instrument(self) -> str:
        """'Keputusan' or 'Peraturan'."""
        return "Peraturan" if self.is_peraturan else "Keputusan"

    @property
    def official(self) -> str:
        """The issuing office as written in the title ('Gubernur', 'Sekretaris Daerah', ...)."""
        return _OFFICIALS[self.value.split("_", 1)[1]]

    @property
    def label(self) -> str:
        """Human name, e.g. 'Keputusan Gubernur'."""
        return f"{self.instrument} {self.official}"


_OFFICIALS = {
    "gubernur": "Gubernur",
    "bupati": "Bupati",
    "walikota": "Wali Kota",
    "sekda": "Sekretaris Daerah",
    "kepala_biro": "Kepala Biro",
}


@dataclass
class Signer:
    """Who signs: optional a.n./ub. lines (delegated signature), jabatan, name, rank, NIP."""

    jabatan: str = ""
    nama: str = ""
    pangkat: str = ""
    nip: str = ""
    atas_nama: str = ""  # "a.n. Sekretaris Daerah Provinsi Nusa Tenggara Timur"
    untuk_beliau: str = ""  # "ub." line, e.g. "Kepala Biro Pengadaan Barang dan Jasa"


@dataclass
class Diktum:
    """One operative clause. `lists_sops` marks the clause followed by the lettered SOP list;
    `sop_items` overrides the list drawn from the Lampiran (None = use the Lampiran)."""

    text: str
    lists_sops: bool = False
    sop_items: list[str] | None = None


@dataclass
class Article:
    """A Pasal: paragraphs (ayat) or numbered definitions. `lists_sops` marks an article
    whose last paragraph is followed by the lettered list of the Lampiran's SOPs."""

    paragraphs: list[str] = field(default_factory=list)
    lists_sops: bool = False


@dataclass
class Chapter:
    """A BAB of a Peraturan, or a numbered chapter of a policy-text Lampiran."""

    title: str
    articles: list[Article] = field(default_factory=list)


@dataclass
class Promulgation:
    """The Diundangkan block of a Peraturan, signed by the Sekretaris Daerah."""

    tempat: str = ""
    tanggal: str = ""
    signer: Signer = field(default_factory=Signer)
    berita_daerah: str = ""  # "BERITA DAERAH KABUPATEN ... TAHUN 2024 NOMOR 12"


@dataclass
class ParafRow:
    """One line of the PARAF HIERARKI box."""

    jabatan: str
    paraf: str = ""


@dataclass
class MappingRow:
    """A row of the old -> new SOP table of a revision decree (either side may be blank)."""

    old_no: str = ""
    old_title: str = ""
    new_no: str = ""
    new_title: str = ""


@dataclass
class Lampiran:
    """The attachment: SOPs (embedded), an optional mapping table, or policy chapters."""

    title_lines: list[str] = field(default_factory=list)
    sops: list[Sop] = field(default_factory=list)
    mapping: list[MappingRow] = field(default_factory=list)
    mapping_years: tuple[str, str] = ("", "")
    policy: list[Chapter] = field(default_factory=list)


@dataclass
class Decree:
    """A Keputusan or Peraturan with its Lampiran."""

    kind: DecreeKind = DecreeKind.KEPUTUSAN_GUBERNUR
    region: str = ""  # "Nusa Tenggara Timur", "Kabupaten Malang"
    nomor: str = ""
    tentang: str = ""
    tempat_ditetapkan: str = ""
    tanggal_ditetapkan: str = ""
    #: Letterhead lines (kop) used by unit-level decrees, e.g. a Keputusan Kepala Biro.
    kop: list[str] = field(default_factory=list)
    #: The issuing office as printed (e.g. "KEPALA BIRO PENGADAAN BARANG/JASA ..."); empty =
    #: derived from kind and region.
    issuer: str = ""
    menimbang: list[str] = field(default_factory=list)
    mengingat: list[str] = field(default_factory=list)
    memperhatikan: list[str] = field(default_factory=list)
    #: "KESATU" or "PERTAMA": how the first diktum is named.
    ordinal_first: str = "KESATU"
    diktum: list[Diktum] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)
    promulgation: Promulgation | None = None
    salinan: Signer | None = None  # "Salinan sesuai dengan aslinya" certifier
    tembusan: list[str] = field(default_factory=list)
    paraf: list[ParafRow] = field(default_factory=list)
    lampiran: Lampiran = field(default_factory=Lampiran)
    id: str = field(default_factory=new_id)
    revision: int = 0

    @property
    def issuing_office(self) -> str:
        """The issuer line, e.g. 'GUBERNUR NUSA TENGGARA TIMUR'."""
        if self.issuer:
            return self.issuer
        return f"{self.kind.official} {self.region}".strip().upper()

    @property
    def title(self) -> str:
        """The instrument title, e.g. 'KEPUTUSAN GUBERNUR NUSA TENGGARA TIMUR'."""
        return f"{self.kind.instrument.upper()} {self.issuing_office}"

    @property
    def style(self) -> str:
        """The name of the house style the decree is set in: that of its first SOP (the
        issuing house); "" (the default style) without SOPs."""
        return self.lampiran.sops[0].style if self.lampiran.sops else ""

    def sop_titles(self) -> list[str]:
        """The Lampiran's SOP titles as the diktum lists them ('SOP ...')."""
        return [sop_list_title(sop.judul) for sop in self.lampiran.sops]


def sop_list_title(judul: str) -> str:
    """A title as listed in a diktum: prefixed with 'SOP' once, no trailing full stop."""
    title = judul.strip().rstrip(".;")
    return title if title.upper().startswith("SOP ") else f"SOP {title}"
