"""The content of a decree body and of its Lampiran front matter as typed blocks.

The PDF and DOCX exporters both typeset these blocks (portrait pages, flowing text), so the
two documents carry exactly the same words in the same order; the SOPs of the Lampiran are
drawn from the layout engine's pages instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sopstudio.model.decree import Decree, Signer
from sopstudio.model.numbering import diktum_ordinal, format_date_field, format_nip, letter_label


@dataclass(frozen=True)
class Heading:
    """Centred lines (title block); `bold` for the whole block."""

    lines: tuple[str, ...]
    bold: bool = True


@dataclass(frozen=True)
class Paragraph:
    """A plain paragraph; `align` is "left", "center", "right" or "justify"."""

    text: str
    align: str = "justify"
    bold: bool = False
    indent: int = 0  # indentation level (0 = flush with the text column)


@dataclass(frozen=True)
class Item:
    """A list item: its marker ("a.", "1.", "") and text, with optional sub-items."""

    marker: str
    text: str
    sub: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Clause:
    """A labelled clause in the hanging layout `Label : text`, e.g. Menimbang, KESATU.

    `items` follow the text (the lettered SOP list of a diktum), or stand alone when `text`
    is empty (Menimbang's a., b., ...).
    """

    label: str
    text: str = ""
    items: tuple[Item, ...] = ()
    bold_label: bool = False


@dataclass(frozen=True)
class Signature:
    """A signature block: place/date, delegation lines, office, space to sign, name (bold,
    underlined), pangkat and NIP. `side` is "right" (Ditetapkan) or "left" (Diundangkan and
    the Salinan certification of a Peraturan)."""

    lines_before: tuple[str, ...]  # "Ditetapkan di Kupang", "pada tanggal 09 Juli 2024"
    office: tuple[str, ...]  # "a.n. ...", "ub.", "KEPALA BIRO ...,"
    nama: str
    details: tuple[str, ...] = ()  # pangkat, NIP
    side: str = "right"


@dataclass(frozen=True)
class Table:
    """A bordered table at the left margin whose header row repeats on every page it spans.

    `widths` are fractions of the text width (their sum is the table's width); an empty
    header cell joins the header cell on its left. `caption` lines are centred above.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    caption: tuple[str, ...] = ()


@dataclass(frozen=True)
class RightBlock:
    """Lines set in a column at the right of the page (the Lampiran header)."""

    lines: tuple[tuple[str, str], ...]  # (label, value) pairs; label "" = continuation


@dataclass(frozen=True)
class PageBreak:
    """Start a new portrait page."""


Block = Heading | Paragraph | Clause | Signature | Table | RightBlock | PageBreak


#: The heads of region, whose decrees open with "DENGAN RAHMAT TUHAN YANG MAHA ESA"; a
#: Sekretaris Daerah or Kepala Biro decree names its issuer only (kepkaro seed).
_HEADS_OF_REGION = ("gubernur", "bupati", "walikota")

#: A list marker leading a paragraph: "1.", "1.1", "(2)", "a.", "aa.".
_MARKER = re.compile(r"^(\(\d+\)|\d+(?:\.\d+)+\.?|\d+\.|([a-z])\2{0,2}\.)\s+(?=\S)")


def _signer_block(
    signer: Signer, place_label: str, place: str, date: str, side: str = "right"
) -> Signature:
    before = (
        f"{place_label} di {place}".strip(),
        f"pada tanggal {format_date_field(date)}".strip(),
    )
    office = tuple(line for line in (signer.atas_nama, signer.untuk_beliau) if line.strip()) + (
        f"{signer.jabatan},",
    )
    return Signature(before, office, signer.nama, _signer_details(signer), side)


def _signer_details(signer: Signer) -> tuple[str, ...]:
    nip = f"NIP. {format_nip(signer.nip)}" if signer.nip else ""
    return tuple(x for x in (signer.pangkat, nip) if x)


def text_blocks(paragraphs: list[str]) -> list[Block]:
    """Paragraphs of an article or policy chapter; runs of paragraphs that start with a list
    marker ("1.", "(2)", "a.") become one hanging list so their markers line up."""
    blocks: list[Block] = []
    items: list[Item] = []
    for text in paragraphs:
        match = _MARKER.match(text)
        if match:
            items.append(Item(match.group(1), text[match.end() :]))
            continue
        if items:
            blocks.append(Clause("", items=tuple(items)))
            items = []
        blocks.append(Paragraph(text))
    if items:
        blocks.append(Clause("", items=tuple(items)))
    return blocks


def _sop_items(decree: Decree, override: list[str] | None) -> tuple[Item, ...]:
    titles = override if override is not None else decree.sop_titles()
    items = []
    for index, title in enumerate(titles, start=1):
        last = index == len(titles)
        ending = "." if last else ("; dan" if index == len(titles) - 1 else ";")
        items.append(Item(f"{letter_label(index)}.", title.rstrip(".;") + ending))
    return tuple(items)


def title_blocks(decree: Decree) -> list[Block]:
    """Kop (if any), issuer, instrument title, number, TENTANG and subject."""
    blocks: list[Block] = []
    if decree.kop:
        blocks.append(Heading(tuple(decree.kop)))
    else:
        blocks.append(Heading((decree.issuing_office,)))
    blocks.append(
        Heading(
            (
                decree.title,
                f"NOMOR : {decree.nomor}".rstrip(),
                "",
                "TENTANG",
                "",
                decree.tentang.upper(),
            )
        )
    )
    return blocks


def decree_body_blocks(decree: Decree) -> list[Block]:
    """Every block of the decree body, from the title to the Paraf Hierarki box."""
    blocks = title_blocks(decree)
    if decree.kind.value.split("_", 1)[1] in _HEADS_OF_REGION:
        blocks.append(Heading(("DENGAN RAHMAT TUHAN YANG MAHA ESA", f"{decree.issuing_office},")))
    else:
        blocks.append(Heading((f"{decree.issuing_office},",)))
    blocks.append(
        Clause(
            "Menimbang",
            items=tuple(Item(f"{letter_label(i)}.", t) for i, t in enumerate(decree.menimbang, 1)),
        )
    )
    blocks.append(
        Clause(
            "Mengingat", items=tuple(Item(f"{i}.", t) for i, t in enumerate(decree.mengingat, 1))
        )
    )
    if decree.memperhatikan:
        marker = len(decree.memperhatikan) > 1
        blocks.append(
            Clause(
                "Memperhatikan",
                items=tuple(
                    Item(f"{i}." if marker else "", t)
                    for i, t in enumerate(decree.memperhatikan, 1)
                ),
            )
        )
    blocks.append(Heading(("MEMUTUSKAN:",)))
    instrument = f"{decree.title} TENTANG {decree.tentang.upper()}."
    blocks.append(Clause("Menetapkan", text=instrument))
    if decree.kind.is_peraturan:
        blocks.extend(_chapters(decree))
    else:
        for index, diktum in enumerate(decree.diktum, start=1):
            items = _sop_items(decree, diktum.sop_items) if diktum.lists_sops else ()
            blocks.append(
                Clause(
                    diktum_ordinal(index, decree.ordinal_first), diktum.text, items, bold_label=True
                )
            )
    blocks.append(
        _signer_block(
            decree.signer, "Ditetapkan", decree.tempat_ditetapkan, decree.tanggal_ditetapkan
        )
    )
    if decree.promulgation is not None:
        p = decree.promulgation
        blocks.append(_signer_block(p.signer, "Diundangkan", p.tempat, p.tanggal, side="left"))
        if p.berita_daerah:
            blocks.append(Paragraph(p.berita_daerah.upper(), align="left", bold=True))
    if decree.salinan is not None:
        s = decree.salinan
        blocks.append(
            Signature(
                ("Salinan sesuai dengan aslinya",),
                (f"{s.jabatan},",),
                s.nama,
                _signer_details(s),
                "left",
            )
        )
    if decree.tembusan:
        blocks.append(Paragraph("Tembusan:", align="left"))
        blocks.append(
            Clause("", items=tuple(Item(f"{i}.", t) for i, t in enumerate(decree.tembusan, 1)))
        )
    if decree.paraf:
        blocks.append(
            # A small box (about 45% of the text width) at the left, as in the seeds.
            Table(
                ("PARAF HIERARKI", ""),
                tuple((p.jabatan, p.paraf) for p in decree.paraf),
                (0.33, 0.12),
            )
        )
    return blocks


def _chapters(decree: Decree) -> list[Block]:
    blocks: list[Block] = []
    pasal = 0
    for chapter in decree.chapters:
        blocks.append(Heading(tuple(chapter.title.split("\n"))))
        for article in chapter.articles:
            pasal += 1
            blocks.append(Heading((f"Pasal {pasal}",), bold=False))
            blocks.extend(text_blocks(article.paragraphs))
            if article.lists_sops:
                blocks.append(Clause("", items=_sop_items(decree, None)))
    return blocks


def lampiran_header(decree: Decree) -> RightBlock:
    """The LAMPIRAN header set at the top right of the first attachment page."""
    return RightBlock(
        (
            ("LAMPIRAN", ""),
            (decree.title, ""),
            ("NOMOR", decree.nomor),
            ("TANGGAL", format_date_field(decree.tanggal_ditetapkan)),
            ("TENTANG", decree.tentang.upper()),
        )
    )


def lampiran_front_blocks(decree: Decree) -> list[Block]:
    """The Lampiran's first pages: header, Daftar SOP, mapping table or policy chapters."""
    lampiran = decree.lampiran
    blocks: list[Block] = [PageBreak(), lampiran_header(decree)]
    # Over a list of SOPs the title lines are the caption of the Daftar SOP table (as in the
    # seeds); over policy text they head the text.
    if lampiran.title_lines and not lampiran.sops:
        blocks.append(Heading(tuple(lampiran.title_lines)))
    if lampiran.sops:
        blocks.append(
            Table(
                ("No", "Judul SOP", "Nomor SOP"),
                tuple(
                    (str(i), sop_title, sop.nomor)
                    for i, (sop, sop_title) in enumerate(
                        zip(lampiran.sops, decree.sop_titles(), strict=True), 1
                    )
                ),
                (0.08, 0.67, 0.25),
                caption=tuple(lampiran.title_lines) or ("DAFTAR STANDAR OPERASIONAL PROSEDUR",),
            )
        )
    if lampiran.mapping:
        old_year, new_year = lampiran.mapping_years
        blocks.append(
            Table(
                (
                    "No",
                    f"Nama SOP Lama ({old_year})".replace(" ()", ""),
                    "No",
                    f"Nama SOP Baru ({new_year})".replace(" ()", ""),
                ),
                tuple((m.old_no, m.old_title, m.new_no, m.new_title) for m in lampiran.mapping),
                (0.07, 0.43, 0.07, 0.43),
                caption=("TABEL PERUBAHAN STANDAR OPERASIONAL PROSEDUR",),
            )
        )
    for chapter in lampiran.policy:
        # Policy chapters ("I. PENDAHULUAN") are headed flush left, as in the kepkaro seed.
        blocks.extend(
            Paragraph(line, align="left", bold=True) for line in chapter.title.split("\n")
        )
        for article in chapter.articles:
            blocks.extend(text_blocks(article.paragraphs))
    return blocks
