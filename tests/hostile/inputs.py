"""Hostile import inputs, built at the sizes issue 12 measured (and smaller, for tests).

Each builder returns the bytes a user could open or paste: a tab-separated table with very
many columns or a very long text, and DOCX files of ours (a sample SOP exported by
`write_sop_docx`) swollen with tables, shapes or section breaks. The tests feed them to the
importers; `benchmarks/hostile.py` (P6) times them.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path

from sopstudio.export.docx import write_sop_docx
from sopstudio.model import jsonio
from sopstudio.resources import SAMPLES

DOCUMENT = "word/document.xml"


@lru_cache(maxsize=1)
def base_docx() -> bytes:
    """A real DOCX of ours: the sample SOP "Penanganan Surat Masuk"."""
    sop = jsonio.load(SAMPLES / "sops" / "02-penanganan-surat-masuk.sop.json")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sop.docx"
        write_sop_docx(sop, path)
        return path.read_bytes()


def _with_body(transform) -> bytes:
    """The base DOCX with `transform(document_xml) -> document_xml` applied."""
    source = zipfile.ZipFile(io.BytesIO(base_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == DOCUMENT:
                # Stored, not deflated: the repetition would pass for a zip bomb otherwise.
                data = transform(data.decode("utf-8")).encode("utf-8")
                target.writestr(info.filename, data, zipfile.ZIP_STORED)
            else:
                target.writestr(info.filename, data)
    return out.getvalue()


def _before_last_sectpr(xml: str, insert: str) -> str:
    at = xml.rindex("<w:sectPr")
    return xml[:at] + insert + xml[at:]


def docx_with_tables(count: int) -> bytes:
    """The base DOCX followed by `count` copies of its tables (identity and flowchart, in
    turn), a paragraph between."""

    def transform(xml: str) -> str:
        tables = re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.DOTALL)
        copies = "".join(tables[i % len(tables)] + "<w:p/>" for i in range(count))
        return _before_last_sectpr(xml, copies)

    return _with_body(transform)


def docx_with_shapes(count: int) -> bytes:
    """The base DOCX with `count` DrawingML shapes (its own symbols and arrows, repeated)
    anchored in the paragraph that anchors its flowchart page, so they are matched to the
    table's cells and arrows as real ones are."""

    def transform(xml: str) -> str:
        drawings = re.findall(r"<w:drawing>.*?</w:drawing>", xml, re.DOTALL)
        runs = "".join(f"<w:r>{drawings[i % len(drawings)]}</w:r>" for i in range(count))
        anchor = xml.rindex("</w:p>", 0, xml.rindex("<w:tbl>"))
        return xml[:anchor] + runs + xml[anchor:]

    return _with_body(transform)


def docx_with_section_breaks(count: int) -> bytes:
    """The base DOCX with `count` empty paragraphs each ending a section."""

    def transform(xml: str) -> str:
        sect = '<w:sectPr><w:pgMar w:left="1134" w:top="1134"/></w:sectPr>'
        return _before_last_sectpr(xml, f"<w:p><w:pPr>{sect}</w:pPr></w:p>" * count)

    return _with_body(transform)


def tsv_with_columns(count: int) -> bytes:
    """A tab-separated SOP table whose rows have `count` cells."""
    header = "\t".join(["No", "Kegiatan", *(f"Pelaksana {i}" for i in range(count - 2))])
    row = "\t".join(["1", "Menerima surat", *(["X"] + [""] * (count - 3))])
    return f"Judul SOP\tPenanganan Surat\n{header}\n{row}\n".encode()


def long_text(size: int) -> bytes:
    """About `size` bytes of transcribed SOP rows (a legitimate shape, far too much of it)."""
    row = "{n}\tMenerima dan memeriksa surat masuk\tX\t\tSurat\t5 menit\tSurat\t\n"
    lines = [
        "Judul SOP\tPenanganan Surat Masuk",
        "No\tKegiatan\tKepala\tStaf\tKelengkapan\tWaktu\tOutput\tKeterangan",
    ]
    total, n = 0, 0
    while total < size:
        n += 1
        line = row.format(n=n)
        lines.append(line.rstrip("\n"))
        total += len(line)
    return "\n".join(lines).encode()
