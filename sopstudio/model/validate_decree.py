"""Validation of a decree and its Lampiran (findings as for SOPs).

Locations: "field:<name>" for decree fields, "diktum:<index>", "lampiran:<sop id>".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from sopstudio.model.decree import Article, Decree, Diktum, sop_list_title
from sopstudio.model.layout.fonts import font_key
from sopstudio.model.style import StyleCatalog
from sopstudio.model.validate import (
    ERROR,
    WARNING,
    Finding,
    character_problems,
    has_errors,
    normalise_nomor,
    placeholder_in,
    validate_sop,
)

#: Every code `validate_decree` reports, with its severity.
DECREE_CODES: dict[str, str] = {
    "decree-missing-tentang": ERROR,
    "decree-missing-issuer": ERROR,
    "decree-missing-nomor": WARNING,
    "decree-missing-tanggal": WARNING,
    "decree-missing-tempat": WARNING,
    "decree-missing-menimbang": ERROR,
    "decree-missing-mengingat": ERROR,
    "decree-missing-body": ERROR,
    "decree-missing-signer": ERROR,
    "decree-missing-signer-nama": ERROR,
    "decree-placeholder-text": ERROR,
    "decree-empty-lampiran": ERROR,
    "decree-no-sop-list": ERROR,
    "decree-sop-list-mismatch": ERROR,
    "decree-duplicate-nomor": ERROR,
    "decree-duplicate-sop": ERROR,
    "decree-sop-invalid": ERROR,
    "decree-mapping-unknown-sop": WARNING,
    "decree-missing-promulgation": WARNING,
    "decree-hidden-characters": WARNING,
    "decree-glyph-missing": WARNING,
}


def _finding(code: str, message: str, location: str) -> Finding:
    return Finding(code, DECREE_CODES[code], message, location)


def validate_decree(decree: Decree, styles: StyleCatalog | None = None) -> list[Finding]:
    """All findings for a decree: its own fields, its body, its Lampiran (whose SOPs may name
    the house styles in `styles`, the presets by default), then the characters of its own
    fields."""
    catalog = styles or StyleCatalog()
    return [
        *_fields(decree),
        *_body(decree),
        *_lampiran(decree, catalog),
        *_characters(decree, catalog),
    ]


def _fields(decree: Decree) -> Iterator[Finding]:
    required = (
        ("tentang", decree.tentang, "decree-missing-tentang", "Tentang"),
        (
            "region",
            decree.issuing_office.strip(),
            "decree-missing-issuer",
            "Pejabat/daerah penetap",
        ),
        ("nomor", decree.nomor, "decree-missing-nomor", "Nomor keputusan"),
        (
            "tanggal_ditetapkan",
            decree.tanggal_ditetapkan,
            "decree-missing-tanggal",
            "Tanggal ditetapkan",
        ),
        (
            "tempat_ditetapkan",
            decree.tempat_ditetapkan,
            "decree-missing-tempat",
            "Tempat ditetapkan",
        ),
        (
            "signer.jabatan",
            decree.signer.jabatan,
            "decree-missing-signer",
            "Jabatan penanda tangan",
        ),
        ("signer.nama", decree.signer.nama, "decree-missing-signer-nama", "Nama penanda tangan"),
    )
    for name, value, code, label in required:
        if not value.strip():
            yield _finding(code, f"{label} belum diisi.", f"field:{name}")
    if not any(item.strip() for item in decree.menimbang):
        yield _finding("decree-missing-menimbang", "Menimbang belum diisi.", "field:menimbang")
    if not any(item.strip() for item in decree.mengingat):
        yield _finding("decree-missing-mengingat", "Mengingat belum diisi.", "field:mengingat")
    for name, texts in _texts(decree):
        if mark := placeholder_in(texts):
            yield _finding(
                "decree-placeholder-text",
                f'Isian sementara "{mark}" belum diganti.',
                f"field:{name}",
            )


def _texts(decree: Decree) -> Iterator[tuple[str, list[str]]]:
    """Every printed text of the decree's own fields, by field name."""
    signer = decree.signer
    yield "tentang", [decree.tentang]
    yield "issuer", [decree.issuer]
    yield "kop", decree.kop
    yield "menimbang", decree.menimbang
    yield "mengingat", decree.mengingat
    yield "memperhatikan", decree.memperhatikan
    yield "diktum", [d.text for d in decree.diktum]
    yield "chapters", [p for c in decree.chapters for a in c.articles for p in a.paragraphs]
    yield (
        "signer",
        [signer.jabatan, signer.nama, signer.pangkat, signer.atas_nama, signer.untuk_beliau],
    )
    yield "tembusan", decree.tembusan


#: The decree's own fields checked for hidden characters and glyphs the fonts lack.
_CHARACTER_FIELDS = (
    "nomor",
    "tentang",
    "region",
    "issuer",
    "tempat_ditetapkan",
    "tanggal_ditetapkan",
    "menimbang",
    "mengingat",
    "memperhatikan",
)


def _characters(decree: Decree, styles: StyleCatalog) -> Iterator[Finding]:
    font = font_key(styles.style_of(decree.style).fonts.family)
    values = {name: getattr(decree, name) for name in _CHARACTER_FIELDS}
    values |= {"signer.jabatan": decree.signer.jabatan, "signer.nama": decree.signer.nama}
    for name, value in values.items():
        text = "\n".join(value) if isinstance(value, list) else value
        for code, message in character_problems(text, font, identity=True):
            yield _finding(f"decree-{code}", message, f"field:{name}")


def _body(decree: Decree) -> Iterator[Finding]:
    listing: list[Article] | list[Diktum]
    if decree.kind.is_peraturan:
        if not decree.chapters:
            yield _finding(
                "decree-missing-body", "Batang tubuh (BAB/Pasal) belum diisi.", "field:chapters"
            )
        if decree.promulgation is None:
            yield _finding(
                "decree-missing-promulgation",
                "Peraturan belum memuat bagian Diundangkan.",
                "field:promulgation",
            )
        listing = [a for c in decree.chapters for a in c.articles if a.lists_sops]
    else:
        if not decree.diktum:
            yield _finding("decree-missing-body", "Diktum belum diisi.", "field:diktum")
        listing = [d for d in decree.diktum if d.lists_sops]
    if decree.lampiran.sops and not listing:
        yield _finding(
            "decree-no-sop-list",
            "Tidak ada diktum/pasal yang memuat daftar SOP dalam Lampiran.",
            "field:diktum",
        )
    expected = decree.sop_titles()
    for index, diktum in enumerate(decree.diktum):
        if diktum.lists_sops and diktum.sop_items is not None:
            listed = [sop_list_title(item) for item in diktum.sop_items]
            if [t.casefold() for t in listed] != [t.casefold() for t in expected]:
                missing = [
                    t for t in expected if t.casefold() not in {x.casefold() for x in listed}
                ]
                extra = [t for t in listed if t.casefold() not in {x.casefold() for x in expected}]
                detail = "; ".join(
                    part
                    for part in (
                        f"tidak ada di diktum: {', '.join(missing)}" if missing else "",
                        f"tidak ada di Lampiran: {', '.join(extra)}" if extra else "",
                        "urutan berbeda" if not missing and not extra else "",
                    )
                    if part
                )
                yield _finding(
                    "decree-sop-list-mismatch",
                    f"Daftar SOP pada diktum tidak sesuai Lampiran ({detail}).",
                    f"diktum:{index}",
                )


def _lampiran(decree: Decree, styles: StyleCatalog | None) -> Iterator[Finding]:
    lampiran = decree.lampiran
    if not lampiran.sops and not lampiran.policy:
        yield _finding("decree-empty-lampiran", "Lampiran belum berisi SOP.", "field:lampiran")
    ids = Counter(sop.id for sop in lampiran.sops)
    nomors = Counter(normalise_nomor(sop.nomor) for sop in lampiran.sops if sop.nomor.strip())
    titles = {sop_list_title(sop.judul).casefold() for sop in lampiran.sops}
    for number, sop in enumerate(lampiran.sops, start=1):
        where = f"lampiran:{sop.id}"
        if ids[sop.id] > 1:
            yield _finding(
                "decree-duplicate-sop", f"SOP no. {number} dimuat lebih dari sekali.", where
            )
        if sop.nomor.strip() and nomors[normalise_nomor(sop.nomor)] > 1:
            yield _finding(
                "decree-duplicate-nomor",
                f"Nomor SOP '{sop.nomor}' (SOP no. {number}) dipakai lebih dari satu SOP.",
                where,
            )
        if has_errors(validate_sop(sop, styles=styles)):
            yield _finding(
                "decree-sop-invalid",
                f"SOP no. {number} '{sop.judul}' masih memiliki kesalahan.",
                where,
            )
    for row, mapping in enumerate(lampiran.mapping, start=1):
        title = mapping.new_title.strip()
        if title and sop_list_title(title).casefold() not in titles:
            yield _finding(
                "decree-mapping-unknown-sop",
                f"Tabel perubahan baris {row}: SOP baru '{title}' tidak ada di Lampiran.",
                f"mapping:{row - 1}",
            )
