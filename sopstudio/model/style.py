"""House styles (labels and drawing conventions) and page settings.

Each Biro or regional government prints SOPs a little differently: column labels, whether
the first and last activities are themselves terminators or separate Mulai/Selesai rows,
whether a column-number row is printed, paper and fonts. A `HouseStyle` captures that;
Styles are data: presets in resources/styles/*.style.json (see `style_json`), more in the
library. Nothing here names a government.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

MM = 72.0 / 25.4  # points per millimetre


class Paper(str, Enum):
    """Paper sizes used by Indonesian offices."""

    F4 = "f4"
    A4 = "a4"

    @property
    def portrait_size(self) -> tuple[float, float]:
        """(width, height) in points, portrait."""
        if self is Paper.F4:
            return (215 * MM, 330 * MM)
        return (210 * MM, 297 * MM)


@dataclass(frozen=True)
class Margins:
    """Page margins in points."""

    top: float = 15 * MM
    right: float = 15 * MM
    bottom: float = 15 * MM
    left: float = 15 * MM


@dataclass(frozen=True)
class PageSettings:
    """Paper, orientation and margins for one kind of page."""

    paper: Paper = Paper.F4
    landscape: bool = True
    margins: Margins = field(default_factory=Margins)

    @property
    def size(self) -> tuple[float, float]:
        """(width, height) in points."""
        w, h = self.paper.portrait_size
        return (h, w) if self.landscape else (w, h)

    @property
    def content_box(self) -> tuple[float, float, float, float]:
        """(x, y, width, height) of the printable area, y measured from the top."""
        w, h = self.size
        m = self.margins
        return (m.left, m.top, w - m.left - m.right, h - m.top - m.bottom)


@dataclass(frozen=True)
class Labels:
    """The words a house prints in the identity page and table headers."""

    nomor: str = "Nomor SOP"
    tanggal_pembuatan: str = "Tanggal Pembuatan"
    tanggal_revisi: str = "Tanggal Revisi"
    tanggal_efektif: str = "Tanggal Efektif"
    disahkan: str = "Disahkan oleh"
    judul: str = "Judul SOP"
    dasar_hukum: str = "Dasar Hukum"
    kualifikasi: str = "Kualifikasi Pelaksana"
    keterkaitan: str = "Keterkaitan"
    peralatan: str = "Peralatan/Perlengkapan"
    peringatan: str = "Peringatan"
    pencatatan: str = "Pencatatan dan Pendataan"
    no: str = "No"
    kegiatan: str = "Kegiatan"
    pelaksana: str = "Pelaksana"
    mutu_baku: str = "Mutu Baku"
    kelengkapan: str = "Kelengkapan"
    waktu: str = "Waktu"
    output: str = "Output"
    keterangan: str = "Keterangan"
    mulai: str = "Mulai"
    selesai: str = "Selesai"
    ya: str = "Ya"
    tidak: str = "Tidak"


@dataclass(frozen=True)
class Fonts:
    """Font family names as offices know them, and sizes in points.

    The family names are what Word users expect; the layout engine and the PDF map them
    to the metric-compatible free fonts bundled in resources/fonts.
    """

    family: str = "Arial"
    body_size: float = 8.0
    header_size: float = 8.0
    identity_size: float = 9.0
    title_size: float = 10.0


@dataclass(frozen=True)
class Letterhead:
    """How the unit's letterhead (kop: PEMERINTAH ... / BIRO ... / BAGIAN ...) is printed at
    the top left of the identity page. The lines themselves come from the SOP, never from
    the style; the style may add the emblem beside them."""

    bold: bool = True
    uppercase: bool = False
    #: Text size in points; 0 prints the letterhead at the identity text size.
    size: float = 0.0
    #: The Garuda or the regional emblem left of the lines, as the seeds place it: a PNG
    #: `data:` URL (see `sopstudio.model.logo`), "" for none.
    logo: str = ""
    #: Printed width of the logo in points (its height follows the image's proportions).
    logo_width: float = 42.0


@dataclass(frozen=True)
class SignatureBlock:
    """How "Disahkan oleh" is printed: jabatan, room to sign, name, pangkat, NIP."""

    #: Blank room (points) between jabatan and name for a wet signature or a TTE stamp.
    stamp_space: float = 42.0
    #: Print the pangkat/golongan line under the name.
    pangkat_line: bool = True
    #: Written before the grouped NIP digits.
    nip_prefix: str = "NIP."


@dataclass(frozen=True)
class HouseStyle:
    """How one house prints its SOPs. It holds no government's name: the letterhead and
    the signatory come from each SOP."""

    #: Identifier stored in each SOP (`Sop.style`), e.g. "ntt".
    name: str
    #: What users see in lists, e.g. "Provinsi NTT (Arial, Tahap Kegiatan)".
    description: str = ""
    labels: Labels = field(default_factory=Labels)
    fonts: Fonts = field(default_factory=Fonts)
    #: True: separate terminator rows (labelled `labels.mulai`/`labels.selesai`) around the
    #: activities; False: the first and last activities are themselves drawn as terminators,
    #: with `labels.mulai`/`labels.selesai` written inside (empty text: an empty capsule).
    separate_terminator_rows: bool = False
    #: Print the 1 2 3 ... column-number row under the headers.
    column_numbers: bool = True
    paper: Paper = Paper.F4
    letterhead: Letterhead = field(default_factory=Letterhead)
    signature: SignatureBlock = field(default_factory=SignatureBlock)


#: The style of a new SOP and of one naming a style nobody has: the plain national format.
PLAIN_STYLE = "permenpan"


class StyleCatalog:
    """The styles an SOP may name: the presets in resources/styles, then styles added
    (from the library or a file), which replace a preset of the same name."""

    def __init__(self, extra: Iterable[HouseStyle] = ()) -> None:
        from sopstudio.model.style_json import preset_styles

        self._styles = {style.name: style for style in (*preset_styles(), *extra)}

    def names(self) -> list[str]:
        """Every style name, presets first."""
        return list(self._styles)

    def get(self, name: str) -> HouseStyle | None:
        """The named style, None when there is none."""
        return self._styles.get(name)

    def style_of(self, name: str) -> HouseStyle:
        """The named style; the plain Permenpan-RB style for a name nobody has (the
        validator reports it), never another government's house."""
        return self._styles.get(name) or self._styles[PLAIN_STYLE]
