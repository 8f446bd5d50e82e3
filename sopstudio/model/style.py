"""House styles (labels and drawing conventions) and page settings.

Each Biro or regional government prints SOPs a little differently: column labels, whether
the first and last activities are themselves terminators or separate Mulai/Selesai rows,
whether a column-number row is printed, paper and fonts. A `HouseStyle` captures that;
`HOUSE_STYLES` holds the ones seen in the seeds.
"""

from __future__ import annotations

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
class HouseStyle:
    """How one house prints its SOPs."""

    name: str
    title: str
    labels: Labels = field(default_factory=Labels)
    fonts: Fonts = field(default_factory=Fonts)
    #: True: separate "Mulai"/"Selesai" terminator rows around the activities; False: the
    #: first and last activities are themselves drawn as terminators.
    separate_terminator_rows: bool = False
    #: Print the 1 2 3 ... column-number row under the headers.
    column_numbers: bool = True
    paper: Paper = Paper.F4


HOUSE_STYLES: dict[str, HouseStyle] = {
    style.name: style
    for style in (
        HouseStyle(
            name="ntt",
            title="Pemerintah Provinsi Nusa Tenggara Timur",
            labels=Labels(kegiatan="Tahap Kegiatan"),
            fonts=Fonts(family="Arial"),
            separate_terminator_rows=False,
            column_numbers=True,
        ),
        HouseStyle(
            name="malang",
            title="Pemerintah Kota/Kabupaten Malang",
            labels=Labels(
                judul="Nama SOP",
                tanggal_efektif="Tanggal Pengesahan",
                kegiatan="Uraian Prosedur",
                keterangan="Ket",
            ),
            fonts=Fonts(family="Bookman Old Style"),
            separate_terminator_rows=True,
            column_numbers=False,
        ),
    )
}


def house_style(name: str) -> HouseStyle:
    """The named house style, falling back to the NTT style for unknown names."""
    return HOUSE_STYLES.get(name, HOUSE_STYLES["ntt"])
